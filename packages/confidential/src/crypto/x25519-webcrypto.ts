import { spentKeyPair, type X25519KeyPair } from "./x25519-key-pair.js";

const X25519 = { name: "X25519" } as const;
/** The X25519 base point u = 9 (RFC 7748 §4.1): X25519(private, 9) is the public key. */
const BASE_POINT = Uint8Array.of(9, ...new Array<number>(31).fill(0));
/** The PKCS#8 header of a raw 32-byte X25519 private key (RFC 8410). */
// prettier-ignore
const PKCS8_X25519_PREFIX = Uint8Array.of(0x30, 0x2e, 2, 1, 0, 0x30, 5, 6, 3, 0x2b, 0x65, 0x6e, 4, 0x22, 4, 0x20);

/**
 * An X25519 key pair in WebCrypto: generated, or imported from `privateKey`. The private key is a
 * non-extractable `CryptoKey`: its bytes are never in JavaScript memory.
 */
export async function webCryptoX25519KeyPair(privateKey?: Uint8Array): Promise<X25519KeyPair> {
  let secret: CryptoKey | undefined;
  let publicKey: Uint8Array;
  if (privateKey) {
    secret = await importPrivateKey(privateKey);
    publicKey = await agree(secret, BASE_POINT);
  } else {
    const pair = (await crypto.subtle.generateKey(X25519, false, ["deriveBits"])) as CryptoKeyPair;
    secret = pair.privateKey;
    publicKey = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
  }
  return {
    publicKey,
    get spent() {
      return secret === undefined;
    },
    async sharedSecret(nodePublicKey) {
      const key = secret;
      secret = undefined;
      if (!key) throw spentKeyPair();
      return agree(key, nodePublicKey);
    },
    discard() {
      secret = undefined;
    },
  };
}

async function importPrivateKey(privateKey: Uint8Array): Promise<CryptoKey> {
  const pkcs8 = new Uint8Array(PKCS8_X25519_PREFIX.length + 32);
  pkcs8.set(PKCS8_X25519_PREFIX);
  pkcs8.set(privateKey, PKCS8_X25519_PREFIX.length);
  try {
    return await crypto.subtle.importKey("pkcs8", pkcs8, X25519, false, ["deriveBits"]);
  } finally {
    pkcs8.fill(0);
  }
}

/** X25519(private, public): rejects with an OperationError on a low-order public key. */
async function agree(privateKey: CryptoKey, publicKey: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", publicKey as BufferSource, X25519, false, []);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: "X25519", public: key }, privateKey, 256));
}
