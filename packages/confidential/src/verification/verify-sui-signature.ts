import { decodeBase64 } from "../crypto/base64.js";
import { verifyEd25519Async } from "../crypto/ed25519-verify-async.js";
import { IntegrityError } from "../errors.js";
import { ED25519_FLAG, normalizeSuiAddress, suiAddress } from "./sui-address.js";

/** Options of {@link verifySuiSignature} and {@link verifySignedBody}. */
export interface VerifySignerOptions {
  /**
   * The Sui addresses allowed to sign (any case, short or long form). When given, a valid signature
   * by any other key is rejected with an {@link IntegrityError} of type `untrusted-signer`. Without
   * it, any valid signature passes and the caller should check `signer` itself: a signature alone
   * only proves that *some* key signed these bytes.
   */
  trustedSigners?: Iterable<string>;
}

/** Who signed a response. */
export interface SuiSigner {
  /** The signer's Sui address: `0x` + 64 lowercase hex digits. */
  signer: string;
  /** The signer's 32-byte Ed25519 public key, as carried in the signature. */
  publicKey: Uint8Array;
}

const SIGNATURE_LENGTH = 1 + 64 + 32;

/**
 * Verifies a Sui signature over a response hash: base64 of one flag byte `0x00` (Ed25519), the
 * 64-byte Ed25519 signature of the 32 raw hash bytes, and the signer's 32-byte public key. Ed25519 runs
 * in WebCrypto where the runtime has it (see `verifyEd25519Async`), else in JavaScript.
 *
 * @param hash The 32 hash bytes, as returned by {@link verifyResponseHash}.
 * @param signature The response's `signature` field.
 * @returns The signer's address and public key.
 * @throws {IntegrityError} `missing-field` (not a string), `malformed` (not base64, wrong length),
 *   `unsupported-signature-flag` (a scheme other than Ed25519), `invalid-signature` (does not
 *   verify), `untrusted-signer` (valid, but outside `trustedSigners`).
 * @example
 * const { signer } = await verifySuiSignature(hash, response.signature, { trustedSigners: [nodeAddress] });
 */
export async function verifySuiSignature(
  hash: Uint8Array,
  signature: string,
  options: VerifySignerOptions = {},
): Promise<SuiSigner> {
  const bytes = decodeSignature(signature);
  const publicKey = bytes.slice(65);
  if (!(await verifyEd25519Async(bytes.subarray(1, 65), hash, publicKey))) {
    throw new IntegrityError("signature does not verify over response_hash", {
      type: "invalid-signature",
    });
  }
  const signer = suiAddress(publicKey);
  if (options.trustedSigners) requireTrusted(signer, options.trustedSigners);
  return { signer, publicKey };
}

function decodeSignature(signature: unknown): Uint8Array {
  if (typeof signature !== "string") {
    throw new IntegrityError("signature is missing", { type: "missing-field" });
  }
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(signature);
  } catch (error) {
    throw new IntegrityError("signature is not valid base64", { type: "malformed", cause: error });
  }
  if (bytes.length === 0) throw new IntegrityError("signature is empty", { type: "malformed" });
  const flag = bytes[0]!;
  if (flag !== ED25519_FLAG) {
    const hex = flag.toString(16).padStart(2, "0");
    throw new IntegrityError(`signature scheme flag 0x${hex} is not supported; only 0x00 (Ed25519) is`, {
      type: "unsupported-signature-flag",
    });
  }
  if (bytes.length !== SIGNATURE_LENGTH) {
    throw new IntegrityError(`an Ed25519 Sui signature has ${SIGNATURE_LENGTH} bytes, not ${bytes.length}`, {
      type: "malformed",
    });
  }
  return bytes;
}

function requireTrusted(signer: string, trustedSigners: Iterable<string>): void {
  for (const address of trustedSigners) {
    if (normalizeSuiAddress(address) === signer) return;
  }
  throw new IntegrityError(`signer ${signer} is not one of the trusted signers`, {
    type: "untrusted-signer",
  });
}
