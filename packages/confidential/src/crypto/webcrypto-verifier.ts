import { createSignerKeyCache } from "./signer-key-cache.js";

/** A signature check: never rejects; anything malformed is `false`. */
export type SignatureVerifier = (
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
) => Promise<boolean>;

/** How one signature scheme is checked in WebCrypto, and in JavaScript where WebCrypto lacks it. */
export interface WebCryptoScheme {
  /** The algorithm of `importKey("raw", …)`, e.g. `"Ed25519"` or `{ name: "ECDSA", namedCurve: "P-256" }`. */
  importAlgorithm: AlgorithmIdentifier | EcKeyImportParams;
  /** The algorithm of `verify`, e.g. `"Ed25519"` or `{ name: "ECDSA", hash: "SHA-256" }`. */
  verifyAlgorithm: AlgorithmIdentifier | EcdsaParams;
  /** The same check in JavaScript, for runtimes whose WebCrypto does not have the scheme. */
  fallback: (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;
}

/**
 * A verifier that runs in WebCrypto where the runtime has the scheme (native code, and concurrent:
 * Node runs it on its thread pool, so a batch of chunks is verified in parallel), else in JavaScript.
 * Whether WebCrypto has it is learnt from the first key imported.
 */
export function createWebCryptoVerifier(scheme: WebCryptoScheme): SignatureVerifier {
  const keys = createSignerKeyCache<Promise<CryptoKey>>();
  let native: boolean | undefined;

  function importKey(publicKey: Uint8Array): Promise<CryptoKey> {
    return keys.get(publicKey, () => {
      const key = crypto.subtle.importKey("raw", publicKey as BufferSource, scheme.importAlgorithm, false, [
        "verify",
      ]);
      // A failed import is not kept: the next signature by that key tries again.
      key.catch(() => keys.forget(publicKey));
      return key;
    });
  }

  return async (signature, message, publicKey) => {
    if (native === false) return scheme.fallback(signature, message, publicKey);
    let key: CryptoKey;
    try {
      key = await importKey(publicKey);
      native = true;
    } catch (error) {
      // A key WebCrypto refuses (a DataError) is no key. Any other failure means no WebCrypto (an
      // insecure browser context) or no such scheme in it: JavaScript from now on.
      if (native !== undefined || isDataError(error)) return false;
      native = false;
      return scheme.fallback(signature, message, publicKey);
    }
    try {
      return await crypto.subtle.verify(
        scheme.verifyAlgorithm,
        key,
        signature as BufferSource,
        message as BufferSource,
      );
    } catch {
      return false;
    }
  };
}

const isDataError = (error: unknown) => error instanceof DOMException && error.name === "DataError";
