import { decodeBase64 } from "../crypto/base64.js";
import { IntegrityError } from "../errors.js";
import { SIGNATURE_SCHEMES, type SchemeFormat, type SuiSignatureScheme } from "./signature-schemes.js";
import { normalizeSuiAddress, suiAddress } from "./sui-address.js";

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
  /** The signer's public key, as carried in the signature (32 bytes for Ed25519, 33 for ECDSA). */
  publicKey: Uint8Array;
  /** The key's signature scheme. */
  scheme: SuiSignatureScheme;
}

/**
 * Verifies a Sui signature over a response hash: base64 of `flag || signature || public key` in any
 * scheme an Atoma node can sign with, as sui-types and fastcrypto define them:
 * - `0x00` Ed25519: the 64-byte signature of the 32 raw hash bytes and a 32-byte key (in WebCrypto
 *   where the runtime has it, see `verifyEd25519Async`, else in JavaScript);
 * - `0x01` secp256k1 and `0x02` secp256r1: ECDSA over SHA-256 of the 32 hash bytes, the 64-byte compact
 *   `r || s` with a low s (a high s is refused, as fastcrypto refuses it), and a 33-byte compressed
 *   key (P-256 in WebCrypto where it can; secp256k1 in node:crypto where the runtime has the curve,
 *   else in JavaScript).
 *
 * @param hash The 32 hash bytes, as returned by {@link verifyResponseHash}.
 * @param signature The response's `signature` field.
 * @returns The signer's address, public key and scheme.
 * @throws {IntegrityError} `missing-field` (not a string), `malformed` (not base64, wrong length for
 *   its scheme), `unsupported-signature-flag` (not a scheme above), `invalid-signature` (does not
 *   verify), `untrusted-signer` (valid, but outside `trustedSigners`).
 * @example
 * const { signer } = await verifySuiSignature(hash, response.signature, { trustedSigners: [nodeAddress] });
 */
export async function verifySuiSignature(
  hash: Uint8Array,
  signature: string,
  options: VerifySignerOptions = {},
): Promise<SuiSigner> {
  const { format, bytes } = decodeSignature(signature);
  const signatureBytes = bytes.subarray(1, 1 + format.signatureLength);
  const publicKey = bytes.slice(1 + format.signatureLength);
  if (!(await format.verify(signatureBytes, hash, publicKey))) {
    throw new IntegrityError(`${format.scheme} signature does not verify over response_hash`, {
      type: "invalid-signature",
    });
  }
  const signer = suiAddress(publicKey, format.scheme);
  if (options.trustedSigners) requireTrusted(signer, options.trustedSigners);
  return { signer, publicKey, scheme: format.scheme };
}

/** The signature's bytes and the format its flag names, its length checked against that format. */
function decodeSignature(signature: unknown): { format: SchemeFormat; bytes: Uint8Array } {
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
  const format = SIGNATURE_SCHEMES.get(flag);
  if (!format) {
    const hex = flag.toString(16).padStart(2, "0");
    throw new IntegrityError(
      `signature scheme flag 0x${hex} is not supported; only 0x00 (Ed25519), 0x01 (secp256k1) and 0x02 (secp256r1) are`,
      { type: "unsupported-signature-flag" },
    );
  }
  const length = 1 + format.signatureLength + format.publicKeyLength;
  if (bytes.length !== length) {
    throw new IntegrityError(`a ${format.scheme} Sui signature has ${length} bytes, not ${bytes.length}`, {
      type: "malformed",
    });
  }
  return { format, bytes };
}

function requireTrusted(signer: string, trustedSigners: Iterable<string>): void {
  for (const address of trustedSigners) {
    if (normalizeSuiAddress(address) === signer) return;
  }
  throw new IntegrityError(`signer ${signer} is not one of the trusted signers`, {
    type: "untrusted-signer",
  });
}
