import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { IntegrityError } from "../errors.js";
import { spentKeyPair, type X25519KeyPair } from "./x25519-key-pair.js";

/**
 * The AES-256 key of a confidential exchange, from the client's ephemeral key pair (spent by this
 * call, whatever its outcome), the node's public key and the request's salt. The shared secret is
 * zeroed before returning.
 *
 * @throws {IntegrityError} `invalid-node-key` when the node's key is not 32 bytes or is a low-order
 *   point (which would make the "shared" secret public).
 * @throws {Error} when the key pair was already spent (a request is sealed once).
 */
export async function deriveSessionKey(
  keyPair: X25519KeyPair,
  nodePublicKey: Uint8Array,
  salt: Uint8Array,
): Promise<Uint8Array> {
  if (nodePublicKey.length !== 32) {
    keyPair.discard();
    throw new IntegrityError(`the node's X25519 public key has ${nodePublicKey.length} bytes, not 32`, {
      type: "invalid-node-key",
    });
  }
  if (keyPair.spent) throw spentKeyPair();
  let shared: Uint8Array;
  try {
    // Confidential protocol step 2: X25519(client private, node public).
    shared = await keyPair.sharedSecret(nodePublicKey);
  } catch {
    // The error is dropped: it comes from code that held the private key.
    throw new IntegrityError("the node's X25519 public key is a low-order point", {
      type: "invalid-node-key",
    });
  }
  try {
    // Confidential protocol step 3: HKDF-SHA256(ikm = shared secret, salt, info = empty), 32 bytes.
    // In JavaScript: 17 µs, where WebCrypto's HKDF costs two calls of about 0.1 ms each.
    return hkdf(sha256, shared, salt, new Uint8Array(0), 32);
  } finally {
    shared.fill(0);
  }
}
