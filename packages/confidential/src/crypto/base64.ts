import { Base64Error } from "../errors.js";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const PAD = 61; // "="
const INVALID = 255;

/** Code unit → 6-bit value, or INVALID. */
const DECODE = (() => {
  const table = new Uint8Array(128).fill(INVALID);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/**
 * Encodes bytes as standard base64 (RFC 4648 §4: `+`, `/`, `=` padding), the encoding of every
 * binary field of the Atoma API.
 *
 * @example encodeBase64(new TextEncoder().encode("foobar")) // "Zm9vYmFy"
 */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? "=" : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? "=" : ALPHABET[n & 63]!;
  }
  return out;
}

/**
 * Decodes standard base64 (RFC 4648 §4) strictly: the length must be a multiple of 4, padding may
 * only end the string, no whitespace or URL-safe characters, and the unused bits before padding must
 * be zero (so each byte string has exactly one encoding).
 *
 * @throws {Base64Error} for anything else; its message gives the position, never the input.
 * @example decodeBase64("Zm9vYmFy") // the bytes of "foobar"
 */
export function decodeBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) {
    throw new Base64Error(`Invalid base64: length ${text.length} is not a multiple of 4`);
  }
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  const end = text.length - padding;
  let bits = 0;
  let count = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? DECODE[code]! : INVALID;
    if (value === INVALID) {
      const what = code === PAD ? "padding" : "character";
      throw new Base64Error(`Invalid base64: unexpected ${what} at index ${i}`);
    }
    bits = ((bits << 6) | value) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[o++] = (bits >> count) & 0xff;
    }
  }
  if ((bits & ((1 << count) - 1)) !== 0) {
    throw new Base64Error("Invalid base64: non-zero bits before the padding");
  }
  return out;
}
