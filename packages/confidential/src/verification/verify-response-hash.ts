import { decodeBase64 } from "../crypto/base64.js";
import { blake2b256 } from "../crypto/blake2b-256.js";
import { IntegrityError } from "../errors.js";

/**
 * Checks a `response_hash` against the bytes it covers: for a confidential response the decrypted
 * plaintext, exactly as decrypted (protocol step 6); for a plain response the body without its
 * signature fields (see {@link verifySignedBody}, which does that for you).
 *
 * @param bytes The bytes the node hashed.
 * @param responseHash The body's `response_hash`: base64 of 32 bytes.
 * @returns The 32 hash bytes, which the response's `signature` signs (see {@link verifySuiSignature}).
 * @throws {IntegrityError} `missing-field` when `responseHash` is not a string, `malformed` when it
 *   is not base64 of 32 bytes, `hash-mismatch` when it is not the BLAKE2b-256 of `bytes`.
 * @example
 * const plaintext = session.open(response);
 * const hash = verifyResponseHash(plaintext, response.response_hash);
 * const { signer } = await verifySuiSignature(hash, response.signature);
 */
export function verifyResponseHash(bytes: Uint8Array, responseHash: string): Uint8Array {
  const claimed = decodeHash(responseHash);
  const actual = blake2b256(bytes);
  if (!bytesEqual(claimed, actual)) {
    throw new IntegrityError("response_hash does not match the BLAKE2b-256 of the response", {
      type: "hash-mismatch",
    });
  }
  return actual;
}

function decodeHash(responseHash: unknown): Uint8Array {
  if (typeof responseHash !== "string") {
    throw new IntegrityError("response_hash is missing", { type: "missing-field" });
  }
  let claimed: Uint8Array;
  try {
    claimed = decodeBase64(responseHash);
  } catch (error) {
    throw new IntegrityError("response_hash is not valid base64", { type: "malformed", cause: error });
  }
  if (claimed.length !== 32) {
    throw new IntegrityError(`response_hash has ${claimed.length} bytes, not 32`, { type: "malformed" });
  }
  return claimed;
}

/** Equality without an early exit, so the time taken does not tell where two hashes differ. */
function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
