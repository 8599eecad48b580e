import { describe, expect, it } from "vitest";
import * as confidential from "./index.js";
import { decodeBase64 } from "./crypto/base64.js";
import { sealRequest, suiAddress, verifyResponseHash, verifySuiSignature } from "./index.js";
import { CHAT_REQUEST, CHAT_RESPONSE, NODE_PRIVATE_KEY, NODE_PUBLIC_KEY } from "./test-utils/fixtures.js";
import {
  aesGcmOpen,
  aesGcmSeal,
  nodeSessionKey,
  referenceBlake2b256,
  toBase64,
  utf8,
} from "./test-utils/node-reference.js";
import { signerKey, suiSign } from "./test-utils/sui-signing.js";

describe("@atoma-ts/confidential", () => {
  it("exports the public API and nothing else at runtime", () => {
    expect(Object.keys(confidential).sort()).toEqual([
      "Base64Error",
      "DEFAULT_IMAGE_COMPUTE_UNITS",
      "DecryptionError",
      "IntegrityError",
      "NodeUnavailableError",
      "createConfidentialClient",
      "isBase64Error",
      "isDecryptionError",
      "isIntegrityError",
      "isNodeUnavailableError",
      "sealRequest",
      "suiAddress",
      "verificationOf",
      "verifyResponseHash",
      "verifySignedBody",
      "verifySuiSignature",
      "withVerification",
    ]);
  });

  it("runs a whole confidential exchange against a node written with node:crypto", async () => {
    const { body, session } = await sealRequest({
      plaintext: CHAT_REQUEST,
      nodePublicKey: NODE_PUBLIC_KEY,
      modelName: "meta-llama/Llama-3.3-70B-Instruct",
      stackSmallId: 42,
      stream: false,
    });

    // The node: decrypt, answer, hash and sign the answer, seal it with the same key.
    const key = nodeSessionKey(
      NODE_PRIVATE_KEY,
      decodeBase64(body.client_dh_public_key),
      decodeBase64(body.salt),
    );
    expect(
      new TextDecoder().decode(aesGcmOpen(key, decodeBase64(body.nonce), decodeBase64(body.ciphertext))),
    ).toBe(CHAT_REQUEST);
    const node = signerKey(7);
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const hash = referenceBlake2b256(CHAT_RESPONSE);
    const response = {
      nonce: toBase64(nonce),
      ciphertext: toBase64(aesGcmSeal(key, nonce, utf8(CHAT_RESPONSE))),
      response_hash: toBase64(hash),
      signature: suiSign(hash, node),
    };

    // The client: open, check the hash of what was opened, check who signed it.
    const plaintext = session.open(response);
    session.destroy();
    const verified = await verifySuiSignature(
      verifyResponseHash(plaintext, response.response_hash),
      response.signature,
      {
        trustedSigners: [suiAddress(node.publicKey)],
      },
    );
    expect(verified.signer).toBe(suiAddress(node.publicKey));
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(JSON.parse(CHAT_RESPONSE));
  });
});
