import { ed25519 } from "@noble/curves/ed25519.js";
import { p256 } from "@noble/curves/nist.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { blake2b } from "@noble/hashes/blake2.js";
import { bytesToHex, concatBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { toBase64 } from "./base64.js";

/** The Sui signature schemes an Atoma node can sign with. */
export type SignatureScheme = "ed25519" | "secp256k1" | "secp256r1";

/** The PKCS#8 header of a raw 32-byte Ed25519 secret key (RFC 8410). */
// prettier-ignore
const PKCS8_ED25519_PREFIX = Uint8Array.of(0x30, 0x2e, 2, 1, 0, 0x30, 5, 6, 3, 0x2b, 0x65, 0x70, 4, 0x22, 4, 0x20);

/** How a node's Sui keystore signs in one scheme (sui-types flags; fastcrypto's signers). */
interface SchemeSigner {
  flag: number;
  randomSecretKey(): Uint8Array;
  publicKey(secretKey: Uint8Array): Uint8Array;
  /** Makes the 64-byte signature of `hash` for one secret key. */
  signer(secretKey: Uint8Array): (hash: Uint8Array) => Promise<Uint8Array>;
}

// ECDSA as fastcrypto signs: SHA-256 of the message, RFC 6979 nonces, compact r || s with a low s,
// and a compressed public key.
const ECDSA_OPTIONS = { prehash: true, lowS: true, format: "compact" } as const;

const SCHEMES: Record<SignatureScheme, SchemeSigner> = {
  ed25519: {
    flag: 0x00,
    randomSecretKey: () => ed25519.utils.randomSecretKey(),
    publicKey: (secretKey) => ed25519.getPublicKey(secretKey),
    signer: ed25519Signer,
  },
  secp256k1: {
    flag: 0x01,
    randomSecretKey: () => secp256k1.utils.randomSecretKey(),
    publicKey: (secretKey) => secp256k1.getPublicKey(secretKey, true),
    signer: (secretKey) => async (hash) => secp256k1.sign(hash, secretKey, ECDSA_OPTIONS),
  },
  secp256r1: {
    flag: 0x02,
    randomSecretKey: () => p256.utils.randomSecretKey(),
    publicKey: (secretKey) => p256.getPublicKey(secretKey, true),
    signer: (secretKey) => async (hash) => p256.sign(hash, secretKey, ECDSA_OPTIONS),
  },
};

/** Signs responses as an Atoma node does ("Verifiable responses" in the API notes). */
export interface ResponseSigner {
  /** The signature scheme of the key. */
  readonly scheme: SignatureScheme;
  /** The signer's public key: 32 bytes (Ed25519) or 33, compressed (secp256k1, secp256r1). */
  readonly publicKey: Uint8Array;
  /** The signer's Sui address: `0x` + hex BLAKE2b-256(flag || public key). */
  readonly address: string;
  /** Base64 Sui signature (flag, signature, public key) over 32 hash bytes. */
  signHash(hash: Uint8Array): Promise<string>;
  /** Appends `signature` then `response_hash` to a compact JSON object's text. */
  signBody(json: string): Promise<string>;
}

/**
 * A signer with the given 32-byte secret key of `scheme`, or a fresh one. Ed25519 signs with WebCrypto
 * where the runtime has it (about ten times faster), else with @noble/curves, which gives the same bytes
 * (Ed25519 is deterministic); the ECDSA schemes sign with @noble/curves.
 */
export function createResponseSigner(
  secretKey?: Uint8Array,
  scheme: SignatureScheme = "ed25519",
): ResponseSigner {
  const { flag, randomSecretKey, publicKey: publicKeyOf, signer } = SCHEMES[scheme];
  const key = secretKey ?? randomSecretKey();
  const publicKey = publicKeyOf(key);
  const sign = signer(key);
  const signHash = async (hash: Uint8Array) =>
    toBase64(concatBytes(Uint8Array.of(flag), await sign(hash), publicKey));
  return {
    scheme,
    publicKey,
    address: `0x${bytesToHex(blake2b(concatBytes(Uint8Array.of(flag), publicKey), { dkLen: 32 }))}`,
    signHash,
    async signBody(json) {
      // The hash covers exactly the bytes before `,"signature":`, closed with `}`.
      const hash = blake2b(utf8ToBytes(json), { dkLen: 32 });
      return `${json.slice(0, -1)},"signature":"${await signHash(hash)}","response_hash":"${toBase64(hash)}"}`;
    },
  };
}

function ed25519Signer(secretKey: Uint8Array): (hash: Uint8Array) => Promise<Uint8Array> {
  const webKey = importWebCryptoKey(secretKey);
  return async (hash) => {
    const key = await webKey;
    if (!key) return ed25519.sign(hash, secretKey);
    return new Uint8Array(await crypto.subtle.sign("Ed25519", key, hash as Uint8Array<ArrayBuffer>));
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
