// Independent readers of what the server writes, so the server is not tested with its own code.
import { ed25519 } from "@noble/curves/ed25519.js";
import { blake2b } from "@noble/hashes/blake2.js";
import { bytesToHex, concatBytes } from "@noble/hashes/utils.js";

/** The SSE of a whole body: data payloads and comments, in order (no partial events). */
export function readSSE(text: string): { data: string[]; comments: string[]; raw: string } {
  const data: string[] = [];
  const comments: string[] = [];
  for (const block of text.split("\n\n")) {
    for (const line of block.split("\n")) {
      if (line.startsWith("data: ")) data.push(line.slice(6));
      else if (line.startsWith(":")) comments.push(line);
    }
  }
  return { data, comments, raw: text };
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
export const unbase64 = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

/** Checks a signed body as the API notes describe; returns the signer's Sui address. */
export function verifySignedJson(text: string): string {
  const at = text.lastIndexOf(',"signature":');
  if (at < 0) throw new Error("no signature");
  const hash = blake2b(new TextEncoder().encode(text.slice(0, at) + "}"), { dkLen: 32 });
  const { signature, response_hash } = JSON.parse(text) as { signature: string; response_hash: string };
  if (base64(hash) !== response_hash) throw new Error("response_hash mismatch");
  return verifySuiSignature(hash, signature);
}

/** Verifies a base64 Sui Ed25519 signature over a hash; returns the signer's address. */
export function verifySuiSignature(hash: Uint8Array, signature: string): string {
  const bytes = unbase64(signature);
  if (bytes.length !== 97 || bytes[0] !== 0) throw new Error("not an Ed25519 Sui signature");
  const publicKey = bytes.subarray(65);
  if (!ed25519.verify(bytes.subarray(1, 65), hash, publicKey)) throw new Error("bad signature");
  return `0x${bytesToHex(blake2b(concatBytes(Uint8Array.of(0), publicKey), { dkLen: 32 }))}`;
}
