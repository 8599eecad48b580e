import type { ConfidentialSession } from "./confidential-session.js";
import { DecryptionError, IntegrityError } from "../errors.js";
import type { Verification } from "../verification/verification.js";
import { verifyResponseHash } from "../verification/verify-response-hash.js";
import { verifySuiSignature, type VerifySignerOptions } from "../verification/verify-sui-signature.js";

/** An opened and verified payload: the plaintext JSON, and who signed it. */
export interface OpenedPayload {
  value: object;
  verification: Verification;
}

const DECODER = new TextDecoder();

/**
 * Opens a confidential response (protocol step 6) or stream event (step 7): decrypts it with the
 * session and the nonce it carries, checks `response_hash` against the BLAKE2b-256 of the exact
 * decrypted bytes and `signature` against that hash (and `trustedSigners`), and only then parses the
 * plaintext. The plaintext bytes are zeroed before returning or throwing; nothing of them reaches an
 * error.
 *
 * @throws {DecryptionError} the payload does not decrypt, or decrypts to something that is not a
 *   JSON object (`invalid-plaintext`).
 * @throws {IntegrityError} a field is missing, or the hash or the signature does not hold.
 */
export async function openSealedPayload(
  payload: unknown,
  session: ConfidentialSession,
  options: VerifySignerOptions,
): Promise<OpenedPayload> {
  if (payload === null || typeof payload !== "object") {
    throw new IntegrityError("the confidential payload is not a JSON object", { type: "malformed" });
  }
  const sealed = payload as { nonce: string; ciphertext: string; response_hash: string; signature: string };
  const plaintext = session.open(sealed);
  try {
    const hash = verifyResponseHash(plaintext, sealed.response_hash);
    const { signer } = await verifySuiSignature(hash, sealed.signature, options);
    return { value: parsePlaintext(plaintext), verification: { signer, responseHash: sealed.response_hash } };
  } finally {
    plaintext.fill(0);
  }
}

function parsePlaintext(plaintext: Uint8Array): object {
  let value: unknown;
  try {
    value = JSON.parse(DECODER.decode(plaintext));
  } catch {
    // JSON.parse's message quotes the text it failed on: it is dropped, not kept as a cause.
    value = undefined;
  }
  if (value === null || typeof value !== "object") {
    throw new DecryptionError("the decrypted payload is not a JSON object", { type: "invalid-plaintext" });
  }
  return value;
}
