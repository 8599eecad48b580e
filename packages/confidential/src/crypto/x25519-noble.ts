import { x25519 } from "@noble/curves/ed25519.js";
import { spentKeyPair, type X25519KeyPair } from "./x25519-key-pair.js";

/**
 * An X25519 key pair in JavaScript (@noble/curves), for runtimes whose WebCrypto lacks X25519: fresh
 * from `crypto.getRandomValues`, or a copy of `privateKey`. Its private key bytes are zeroed once
 * used or discarded.
 */
export function nobleX25519KeyPair(privateKey?: Uint8Array): X25519KeyPair {
  let secret: Uint8Array | undefined = privateKey
    ? privateKey.slice()
    : crypto.getRandomValues(new Uint8Array(32));
  const forget = () => {
    secret?.fill(0);
    secret = undefined;
  };
  return {
    publicKey: x25519.getPublicKey(secret),
    get spent() {
      return secret === undefined;
    },
    async sharedSecret(nodePublicKey) {
      const key = secret;
      if (!key) throw spentKeyPair();
      try {
        // Throws on a low-order point; noble's error names no bytes.
        return x25519.getSharedSecret(key, nodePublicKey);
      } finally {
        forget();
      }
    },
    discard: forget,
  };
}
