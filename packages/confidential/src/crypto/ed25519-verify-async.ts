import { verifyEd25519 } from "./ed25519-verify.js";

/**
 * Imported signer keys, by their bytes: every chunk of a stream is signed by the same node, and a
 * client talks to a handful of nodes (at most {@link MAX_KEYS} kept, least recently used dropped).
 * Keys are public: nothing secret is cached.
 */
const MAX_KEYS = 16;
const keys = new Map<string, Promise<CryptoKey>>();
/** Whether this runtime's WebCrypto does Ed25519: unknown until the first key is imported. */
let native: boolean | undefined;

/**
 * Ed25519 verification through WebCrypto where the runtime has it (native code, and concurrent: Node
 * runs it on its thread pool, so a batch of chunks is verified in parallel), else {@link verifyEd25519}.
 * Measured on Node 20: 0.19 ms one at a time, 0.08 ms each in a batch, against 1.3 ms in JavaScript.
 * Both accept every signature made by the key; WebCrypto follows RFC 8032 where ZIP-215 accepts a few
 * more forged-looking encodings. Never rejects: anything malformed is `false`.
 */
export async function verifyEd25519Async(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): Promise<boolean> {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  if (native !== false) {
    let key: CryptoKey | undefined;
    try {
      key = await importKey(publicKey);
      native = true;
    } catch (error) {
      // No WebCrypto (an insecure browser context) or no Ed25519 in it: JavaScript from now on. A key
      // WebCrypto refuses (a DataError) is no key.
      if (native !== undefined || isDataError(error)) return false;
      native = false;
    }
    if (key) {
      try {
        return await crypto.subtle.verify("Ed25519", key, signature as BufferSource, message as BufferSource);
      } catch {
        return false;
      }
    }
  }
  return verifyEd25519(signature, message, publicKey);
}

function importKey(publicKey: Uint8Array): Promise<CryptoKey> {
  const id = String.fromCharCode(...publicKey);
  let key = keys.get(id);
  if (key) keys.delete(id);
  else {
    key = crypto.subtle.importKey("raw", publicKey as BufferSource, "Ed25519", false, ["verify"]);
    // A failed import is not kept: the next signature by that key tries again.
    key.catch(() => keys.delete(id));
    if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value!);
  }
  keys.set(id, key);
  return key;
}

const isDataError = (error: unknown) => error instanceof DOMException && error.name === "DataError";
