/** How deep to look into a failure's causes: undici nests the code two levels down. */
const MAX_DEPTH = 5;

/**
 * The code of a failed `fetch`, from its causes: `ECONNREFUSED`, `ENOTFOUND`, `ECONNRESET`, a TLS code
 * such as `CERT_HAS_EXPIRED`, or undici's own (`UND_ERR_HEADERS_TIMEOUT`). Undici throws a bare
 * `TypeError: fetch failed` whose `cause` (or, for a host with several addresses, the first of an
 * `AggregateError`'s `errors`) holds it. Browsers give no code.
 */
export function failureCode(failure: unknown): string | undefined {
  let current = failure;
  for (let depth = 0; depth < MAX_DEPTH && typeof current === "object" && current !== null; depth++) {
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string") return code;
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return undefined;
}

/**
 * The message of a failure's innermost cause, in a few words (undici's "bad port", "invalid
 * onRequestStart method"), for a failure without a code; nothing for a failure without a cause: a
 * browser's lone `TypeError: Failed to fetch` says nothing more than "could not reach".
 */
export function innermostCauseMessage(failure: unknown): string | undefined {
  let message: string | undefined;
  let current = failure;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const cause = (current as { cause?: unknown } | null)?.cause;
    if (!(cause instanceof Error)) break;
    message = cause.message.slice(0, 100);
    current = cause;
  }
  return message;
}

/** The host (and port) a request goes to, for error messages: never the path, query or credentials. */
export function hostOf(input: string | Request): string {
  try {
    return new URL(typeof input === "string" ? input : input.url).host;
  } catch {
    return "the server";
  }
}
