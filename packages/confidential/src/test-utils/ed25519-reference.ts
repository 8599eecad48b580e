// Ed25519 as noble answers it, and the values the verifier tests build corner cases from.
import { ed25519 } from "@noble/curves/ed25519.js";
import { fromHex } from "./node-reference.js";

/** The order of Ed25519's base point. */
export const L = 2n ** 252n + 27742317777372353535851937790883648493n;

/** A number as 32 little-endian bytes, as Ed25519 encodes scalars and y coordinates. */
export const le = (n: bigint) => fromHex(n.toString(16).padStart(64, "0")).reverse();

/** Noble's answer, false where it throws. */
export function nobleVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}
