import { ed25519 } from "@noble/curves/ed25519.js";
import { blake2b } from "@noble/hashes/blake2.js";
import { bytesToHex, concatBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { toBase64 } from "./base64.js";

/** Sui's signature scheme flag for Ed25519. */
const ED25519_FLAG = 0x00;
/** The PKCS#8 header of a raw 32-byte Ed25519 secret key (RFC 8410). */
// prettier-ignore
const PKCS8_ED25519_PREFIX = Uint8Array.of(0x30, 0x2e, 2, 1, 0, 0x30, 5, 6, 3, 0x2b, 0x65, 0x70, 4, 0x22, 4, 0x20);

/** Signs responses as an Atoma node does ("Verifiable responses" in the API notes). */
export interface ResponseSigner {
  /** The signer's Ed25519 public key. */
  readonly publicKey: Uint8Array;
  /** The signer's Sui address: `0x` + hex BLAKE2b-256(flag || public key). */
  readonly address: string;
  /** Base64 Sui signature (flag, signature, public key) over 32 hash bytes. */
  signHash(hash: Uint8Array): Promise<string>;
  /** Appends `signature` then `response_hash` to a compact JSON object's text. */
  signBody(json: string): Promise<string>;
}

/**
 * A signer with the given 32-byte Ed25519 secret key, or a fresh one. Signs with WebCrypto where
 * the runtime has Ed25519 (about ten times faster), else with @noble/curves; Ed25519 is
 * deterministic, so both give the same bytes.
 */
export function createResponseSigner(
  secretKey: Uint8Array = ed25519.utils.randomSecretKey(),
): ResponseSigner {
  const publicKey = ed25519.getPublicKey(secretKey);
  const webKey = importWebCryptoKey(secretKey);
  const sign = async (hash: Uint8Array) => {
    const key = await webKey;
    return key
      ? new Uint8Array(await crypto.subtle.sign("Ed25519", key, hash as Uint8Array<ArrayBuffer>))
      : ed25519.sign(hash, secretKey);
  };
  const signHash = async (hash: Uint8Array) =>
    toBase64(concatBytes(Uint8Array.of(ED25519_FLAG), await sign(hash), publicKey));
  return {
    publicKey,
    address: `0x${bytesToHex(blake2b(concatBytes(Uint8Array.of(ED25519_FLAG), publicKey), { dkLen: 32 }))}`,
    signHash,
    async signBody(json) {
      // The hash covers exactly the bytes before `,"signature":`, closed with `}`.
      const hash = blake2b(utf8ToBytes(json), { dkLen: 32 });
      return `${json.slice(0, -1)},"signature":"${await signHash(hash)}","response_hash":"${toBase64(hash)}"}`;
    },
  };
}

async function importWebCryptoKey(secretKey: Uint8Array): Promise<CryptoKey | undefined> {
  try {
    const pkcs8 = concatBytes(PKCS8_ED25519_PREFIX, secretKey) as Uint8Array<ArrayBuffer>;
    return await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, false, ["sign"]);
  } catch {
    return undefined; // no Ed25519 in this runtime's WebCrypto
  }
}
