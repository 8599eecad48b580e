import { describe, expect, it } from "vitest";
import { isIntegrityError } from "../errors.js";
import { CHAT_RESPONSE } from "../test-utils/fixtures.js";
import { referenceBlake2b256, toBase64, utf8 } from "../test-utils/node-reference.js";
import { verifyResponseHash } from "./verify-response-hash.js";

const plaintext = utf8(CHAT_RESPONSE);
const hash = referenceBlake2b256(plaintext);

describe("verifyResponseHash", () => {
  it("accepts the BLAKE2b-256 of exactly the bytes, and returns the hash bytes", () => {
    expect(verifyResponseHash(plaintext, toBase64(hash))).toEqual(hash);
  });

  it.each([
    {
      given: "the hash of other bytes",
      bytes: utf8(`${CHAT_RESPONSE} `),
      hash: toBase64(hash),
      type: "hash-mismatch",
    },
    {
      given: "a changed hash",
      bytes: plaintext,
      hash: toBase64(hash.map((b, i) => (i === 31 ? b ^ 1 : b))),
      type: "hash-mismatch",
    },
    { given: "a 31-byte hash", bytes: plaintext, hash: toBase64(hash.subarray(1)), type: "malformed" },
    { given: "a hash that is not base64", bytes: plaintext, hash: "not base64", type: "malformed" },
    { given: "no hash", bytes: plaintext, hash: undefined as unknown as string, type: "missing-field" },
  ])("rejects $given with an IntegrityError ($type)", ({ bytes, hash: claimed, type }) => {
    let caught: unknown;
    try {
      verifyResponseHash(bytes, claimed);
    } catch (error) {
      caught = error;
    }
    expect(isIntegrityError(caught)).toBe(true);
    expect(caught).toMatchObject({ type });
  });
});
