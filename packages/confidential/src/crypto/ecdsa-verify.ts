import { p256 } from "@noble/curves/nist.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { builtinNodeCrypto, type NodeCrypto } from "./node-crypto.js";
import { createNodeSecp256k1Verifier, type NodeSecp256k1Verify } from "./node-ecdsa-verifier.js";
import { createWebCryptoVerifier, type SignatureVerifier } from "./webcrypto-verifier.js";

// Sui's ECDSA schemes, as fastcrypto signs and checks them (Secp256k1KeyPair, Secp256r1KeyPair): the
// message is hashed with SHA-256 before ECDSA, the signature is the 64-byte compact r || s, the public
// key the 33-byte compressed point, and a signature whose s is in the upper half of the group order is
// refused (signers always normalize to low s).

const ECDSA_OPTIONS = { prehash: true, lowS: true, format: "compact" } as const;

/** Whether `signature` (64 bytes, r || s) has s in the lower half of the curve's group order. */
function hasLowS(curve: typeof p256 | typeof secp256k1, signature: Uint8Array): boolean {
  try {
    return !curve.Signature.fromBytes(signature, "compact").hasHighS();
  } catch {
    return false;
  }
}

/**
 * secp256k1 (Sui flag `0x01`) in node:crypto when given one that has the curve, else in JavaScript
 * (noble, which checks the low-s rule itself). No runtime's WebCrypto has this curve, but Node's
 * node:crypto does: 0.3 ms a signature against noble's 1.4. Which one is decided at the first signature,
 * not at import. The verifier never throws.
 */
export function createSecp256k1Verifier(nodeCrypto: NodeCrypto | undefined): SignatureVerifier {
  let verifyInNode: NodeSecp256k1Verify | undefined;
  let decided = false;
  return async (signature, message, publicKey) => {
    if (signature.length !== 64 || publicKey.length !== 33) return false;
    if (!decided) {
      decided = true;
      verifyInNode = nodeCrypto && createNodeSecp256k1Verifier(nodeCrypto);
    }
    try {
      if (!verifyInNode) return secp256k1.verify(signature, message, publicKey, ECDSA_OPTIONS);
      return hasLowS(secp256k1, signature) && verifyInNode(signature, message, publicKey);
    } catch {
      return false;
    }
  };
}

/** secp256k1 (Sui flag `0x01`): in node:crypto where the runtime has the curve, else in JavaScript. */
export const verifySecp256k1 = createSecp256k1Verifier(builtinNodeCrypto());

/** P-256 in JavaScript, for runtimes whose WebCrypto cannot import a compressed key. */
function verifyP256InJavaScript(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return p256.verify(signature, message, publicKey, ECDSA_OPTIONS);
  } catch {
    return false;
  }
}

// WebCrypto's ECDSA hashes the message with SHA-256 itself, as fastcrypto does, and reads r || s.
const verifyP256InWebCrypto = createWebCryptoVerifier({
  importAlgorithm: { name: "ECDSA", namedCurve: "P-256" },
  verifyAlgorithm: { name: "ECDSA", hash: "SHA-256" },
  fallback: verifyP256InJavaScript,
});

/**
 * secp256r1 / P-256 (Sui flag `0x02`): in WebCrypto where it can, else in JavaScript. WebCrypto accepts
 * a high s, so the low-s rule is checked here first. Never throws.
 */
export async function verifySecp256r1(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): Promise<boolean> {
  if (signature.length !== 64 || publicKey.length !== 33 || !hasLowS(p256, signature)) return false;
  return verifyP256InWebCrypto(signature, message, publicKey);
}
