import { IntegrityError } from "../errors.js";
import { verifyResponseHash } from "./verify-response-hash.js";
import { verifySuiSignature, type SuiSigner, type VerifySignerOptions } from "./verify-sui-signature.js";

/** What {@link verifySignedBody} proved. */
export interface SignedBody extends SuiSigner {
  /** The body's `response_hash` (base64), now known to cover the body. */
  responseHash: string;
}

const SIGNATURE_KEY = ',"signature":';
const ENCODER = new TextEncoder();

/**
 * Verifies a plain (non-confidential) JSON body or stream chunk of chat, completions, embeddings or
 * images, which ends with `"signature"` then `"response_hash"` ("Verifiable responses" in the API
 * notes): `response_hash` must be the BLAKE2b-256 of the text before the last `,"signature":`
 * closed with `}`, and `signature` must sign that hash.
 *
 * Pass the raw text exactly as received (a response's `text()`, an SSE event's `data`), not JSON
 * re-serialized by the caller: the hash covers those exact bytes.
 *
 * @returns The signer's address and key, and the verified `response_hash`.
 * @throws {IntegrityError} `missing-field` when the fields are absent, `malformed` when they are not
 *   the last two fields or not well-formed, `hash-mismatch` when the body was changed, and the
 *   signature types of {@link verifySuiSignature}.
 * @example
 * const text = await response.text();
 * const { signer } = await verifySignedBody(text, { trustedSigners: ["0x4d2a…"] });
 * const completion = JSON.parse(text);
 */
export async function verifySignedBody(body: string, options: VerifySignerOptions = {}): Promise<SignedBody> {
  // The fields are appended last, and a `"` inside a JSON string is always escaped, so the last
  // `,"signature":` is where they start, whatever nested objects precede them.
  const at = body.lastIndexOf(SIGNATURE_KEY);
  if (at < 0) throw new IntegrityError("the body has no signature field", { type: "missing-field" });
  const { signature, response_hash } = parseTrailer(body.slice(at + 1));
  const hash = verifyResponseHash(ENCODER.encode(`${body.slice(0, at)}}`), response_hash);
  return { ...(await verifySuiSignature(hash, signature, options)), responseHash: response_hash };
}

/** The tail after the last `,`: exactly `"signature":"…","response_hash":"…"}`, as JSON. */
function parseTrailer(tail: string): { signature: string; response_hash: string } {
  let trailer: unknown;
  try {
    trailer = JSON.parse(`{${tail}`);
  } catch {
    throw new IntegrityError("signature and response_hash are not the last fields of a JSON body", {
      type: "malformed",
    });
  }
  const fields = trailer as Record<string, unknown>;
  if (typeof fields.signature !== "string" || typeof fields.response_hash !== "string") {
    throw new IntegrityError("the body lacks a string signature or response_hash", {
      type: "missing-field",
    });
  }
  const keys = Object.keys(fields);
  if (keys.length !== 2 || keys[0] !== "signature") {
    throw new IntegrityError("signature and response_hash are not the last two fields of the body", {
      type: "malformed",
    });
  }
  return { signature: fields.signature, response_hash: fields.response_hash };
}
