/** What was proved of a response or stream chunk: who signed it, and the hash they signed. */
export interface Verification {
  /** The signer's Sui address (`0x` + 64 lowercase hex digits): the node that answered. */
  signer: string;
  /** The `response_hash` (base64 of BLAKE2b-256), now known to cover the bytes received. */
  responseHash: string;
}

/**
 * A value whose hash and signature were checked. `verification` is not enumerable, so the value
 * still serializes (`JSON.stringify`, a spread) as the server sent it.
 */
export type Verified<T> = T & { readonly verification: Verification };

/** Adds `verification` to a parsed body or chunk, as a non-enumerable property. */
export function attachVerification<T extends object>(value: T, verification: Verification): Verified<T> {
  return Object.defineProperty(value, "verification", { value: verification }) as Verified<T>;
}

/**
 * The {@link Verification} of a body or chunk returned by a verifying or confidential client, or
 * `undefined` for any other value. Handy for stream chunks, which are typed as the plain chunk.
 *
 * @example
 * for await (const chunk of await verified.chat.stream(params)) {
 *   console.log(verificationOf(chunk)?.signer, chunk.choices[0]?.delta.content);
 * }
 */
export function verificationOf(value: unknown): Verification | undefined {
  if (value === null || typeof value !== "object" || !Object.hasOwn(value, "verification")) return undefined;
  return (value as Verified<object>).verification;
}
