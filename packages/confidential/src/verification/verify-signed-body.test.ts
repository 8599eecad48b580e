import { describe, expect, it } from "vitest";
import { isIntegrityError } from "../errors.js";
import { suiAddress } from "./sui-address.js";
import { CHAT_RESPONSE } from "../test-utils/fixtures.js";
import { referenceBlake2b256, toBase64 } from "../test-utils/node-reference.js";
import { signBody, signerKey, suiSign, withTrailer, type SignerKey } from "../test-utils/sui-signing.js";
import { verifySignedBody } from "./verify-signed-body.js";
import type { VerifySignerOptions } from "./verify-sui-signature.js";

const node = signerKey(3);
const other = signerKey(4);
const NODE = suiAddress(node.publicKey);

/** A chunk with a nested `,"signature":` before the real one, and multibyte text. */
const CHUNK = JSON.stringify({
  id: "chatcmpl-2",
  object: "chat.completion.chunk",
  choices: [{ index: 0, delta: { content: '日本語 ✓ "quoted" ,"signature":' }, finish_reason: null }],
  metadata: { kind: "x", signature: "not this one" },
});

async function rejection(body: string, options?: VerifySignerOptions): Promise<unknown> {
  try {
    await verifySignedBody(body, options);
  } catch (error) {
    return error;
  }
  throw new Error("expected an IntegrityError");
}

describe("verifySignedBody", () => {
  it.each([
    { given: "a chat completion", unsigned: CHAT_RESPONSE },
    { given: "a stream chunk with a nested signature key", unsigned: CHUNK },
  ])("verifies $given signed by a node", async ({ unsigned }) => {
    const body = signBody(unsigned, node);
    expect(await verifySignedBody(body)).toEqual({
      signer: NODE,
      publicKey: node.publicKey,
      scheme: "ed25519",
      responseHash: toBase64(referenceBlake2b256(unsigned)),
    });
    expect((await verifySignedBody(`${body}\n`, { trustedSigners: [NODE] })).signer).toBe(NODE);
  });

  const signed = signBody(CHAT_RESPONSE, node);
  const { signature, response_hash } = JSON.parse(signed) as { signature: string; response_hash: string };
  const head = CHAT_RESPONSE.slice(0, -1);

  const hash = referenceBlake2b256(CHAT_RESPONSE);
  const resigned = (key: SignerKey, extra: { flag?: number } = {}) =>
    withTrailer(CHAT_RESPONSE, suiSign(hash, key, extra), response_hash);
  const changed = CHAT_RESPONSE.replace("Bonjour", "Bonjoux");

  it.each([
    { given: "a body without signature fields", body: CHAT_RESPONSE, type: "missing-field" },
    {
      given: "a body without response_hash",
      body: `${head},"signature":"${signature}"}`,
      type: "missing-field",
    },
    {
      given: "a numeric signature",
      body: `${head},"signature":1,"response_hash":"${response_hash}"}`,
      type: "missing-field",
    },
    {
      given: "fields in the other order",
      body: `${head},"signature":"${signature}","response_hash":"${response_hash}","x":1}`,
      type: "malformed",
    },
    { given: "a truncated body", body: signed.slice(0, -2), type: "malformed" },
    {
      given: "a changed byte of the body",
      body: signed.replace("Bonjour", "Bonjoux"),
      type: "hash-mismatch",
    },
    {
      given: "a changed body whose hash was recomputed",
      body: withTrailer(changed, signature, toBase64(referenceBlake2b256(changed))),
      type: "invalid-signature",
    },
    {
      given: "a tampered response_hash",
      body: signed.replace(response_hash, toBase64(hash.map((b, i) => (i === 0 ? b ^ 1 : b)))),
      type: "hash-mismatch",
    },
    {
      given: "a signature by another key claiming the node's key",
      body: withTrailer(CHAT_RESPONSE, suiSign(hash, other, { publicKey: node.publicKey }), response_hash),
      type: "invalid-signature",
    },
    {
      given: "a non-Ed25519 flag",
      body: resigned(node, { flag: 0x03 }),
      type: "unsupported-signature-flag",
    },
  ])("rejects $given ($type)", async ({ body, type }) => {
    const error = await rejection(body);
    expect(isIntegrityError(error)).toBe(true);
    expect(error).toMatchObject({ type });
  });

  it("rejects a valid signature by a node outside the required set (untrusted-signer)", async () => {
    const byOther = resigned(other);
    expect((await verifySignedBody(byOther)).signer).toBe(suiAddress(other.publicKey));
    const error = await rejection(byOther, { trustedSigners: [NODE] });
    expect(isIntegrityError(error)).toBe(true);
    expect(error).toMatchObject({ type: "untrusted-signer" });
  });
});
