import { verifySecp256k1, verifySecp256r1 } from "../crypto/ecdsa-verify.js";
import { verifyEd25519Async } from "../crypto/ed25519-verify-async.js";
import type { SignatureVerifier } from "../crypto/webcrypto-verifier.js";

/** The Sui signature schemes an Atoma node can sign with. */
export type SuiSignatureScheme = "ed25519" | "secp256k1" | "secp256r1";

/** What a serialized Sui signature of one scheme holds after its flag byte, and how it is checked. */
export interface SchemeFormat {
  scheme: SuiSignatureScheme;
  flag: number;
  /** 64 bytes for every scheme: Ed25519's signature, or ECDSA's compact r || s. */
  signatureLength: 64;
  /** 32 bytes for Ed25519, 33 (a compressed point) for the ECDSA curves. */
  publicKeyLength: number;
  verify: SignatureVerifier;
}

/** Every scheme, with Sui's flag (sui-types `SignatureScheme`): the first byte of `flag || signature || public key`. */
const SCHEME_FORMATS: readonly SchemeFormat[] = [
  { scheme: "ed25519", flag: 0x00, signatureLength: 64, publicKeyLength: 32, verify: verifyEd25519Async },
  { scheme: "secp256k1", flag: 0x01, signatureLength: 64, publicKeyLength: 33, verify: verifySecp256k1 },
  { scheme: "secp256r1", flag: 0x02, signatureLength: 64, publicKeyLength: 33, verify: verifySecp256r1 },
];

/** The schemes by flag, as a signature names them. */
export const SIGNATURE_SCHEMES: ReadonlyMap<number, SchemeFormat> = new Map(
  SCHEME_FORMATS.map((format) => [format.flag, format]),
);

/** The format of a scheme, by name. */
export function schemeFormat(scheme: SuiSignatureScheme): SchemeFormat {
  const format = SCHEME_FORMATS.find((candidate) => candidate.scheme === scheme);
  if (format) return format;
  throw new TypeError(`Unknown Sui signature scheme: ${String(scheme)}`);
}
