import { describe, expect, it } from "vitest";
import { decodeBase64 } from "../crypto/base64.js";
import { openSealedPayload } from "./open-sealed-payload.js";
import { sealRequest } from "./seal-request.js";
import { suiAddress } from "../verification/sui-address.js";
import { CHAT_REQUEST, CHAT_RESPONSE, NODE_PRIVATE_KEY, NODE_PUBLIC_KEY } from "../test-utils/fixtures.js";
import {
  aesGcmSeal,
  nodeSessionKey,
  referenceBlake2b256,
  toBase64,
  utf8,
} from "../test-utils/node-reference.js";
import { signerKey, suiSign } from "../test-utils/sui-signing.js";

const node = signerKey(9);

/** A session, and a node answering to it with any plaintext, sealed and signed as the protocol says. */
async function exchange() {
  const { body, session } = await sealRequest({
    plaintext: CHAT_REQUEST,
    nodePublicKey: NODE_PUBLIC_KEY,
    modelName: "m",
    stackSmallId: 1,
    stream: false,
  });
  const key = nodeSessionKey(
    NODE_PRIVATE_KEY,
    decodeBase64(body.client_dh_public_key),
    decodeBase64(body.salt),
  );
  const answer = (plaintext: string) => {
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const hash = referenceBlake2b256(plaintext);
    return {
      nonce: toBase64(nonce),
      ciphertext: toBase64(aesGcmSeal(key, nonce, utf8(plaintext))),
      response_hash: toBase64(hash),
      signature: suiSign(hash, node),
    };
  };
  return { session, answer };
}

describe("openSealedPayload", () => {
  it("decrypts, verifies, then parses", async () => {
    const { session, answer } = await exchange();
    const payload = answer(CHAT_RESPONSE);
    const opened = await openSealedPayload(payload, session, {
      trustedSigners: [suiAddress(node.publicKey)],
    });
    expect(opened.value).toEqual(JSON.parse(CHAT_RESPONSE));
    expect(opened.verification).toEqual({
      signer: suiAddress(node.publicKey),
      responseHash: payload.response_hash,
    });
  });

  it("refuses a signature by a key outside the trusted signers, and a forged one", async () => {
    const { session, answer } = await exchange();
    const payload = answer(CHAT_RESPONSE);
    await expect(openSealedPayload(payload, session, { trustedSigners: ["0x1"] })).rejects.toMatchObject({
      type: "untrusted-signer",
    });
    const forged = { ...payload, signature: suiSign(referenceBlake2b256("other"), node) };
    await expect(openSealedPayload(forged, session, {})).rejects.toMatchObject({
      type: "invalid-signature",
    });
  });

  it.each([
    { given: "not json at all: SECRET-PLAINTEXT", why: "text" },
    { given: "42", why: "a number" },
    { given: "null", why: "null" },
  ])("refuses a verified plaintext that is $why, and quotes none of it", async ({ given }) => {
    const { session, answer } = await exchange();
    let error: unknown;
    try {
      await openSealedPayload(answer(given), session, {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ name: "DecryptionError", type: "invalid-plaintext" });
    expect(JSON.stringify(error) + String(error)).not.toContain("SECRET");
    expect((error as Error).cause).toBeUndefined();
  });

  it.each([null, "text", 7])("refuses a payload that is not an object: %s", async (payload) => {
    const { session } = await exchange();
    await expect(openSealedPayload(payload, session, {})).rejects.toMatchObject({ type: "malformed" });
  });

  it("checks the hash before it parses", async () => {
    const { session, answer } = await exchange();
    const payload = { ...answer("not json"), response_hash: toBase64(referenceBlake2b256("other")) };
    await expect(openSealedPayload(payload, session, {})).rejects.toMatchObject({ type: "hash-mismatch" });
  });
});
