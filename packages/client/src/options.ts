import { AtomaError } from "./errors.js";
import { createLog, type Log, type Logger, type LogLevel } from "./log.js";
import type { Middleware } from "./middleware.js";

/** A `fetch` function: the global one, or any function with its signature (a mock, a proxy-aware one). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The Atoma API's address. */
export const DEFAULT_BASE_URL = "https://api.atoma.network";
/**
 * Four minutes until the response headers arrive. A non-streaming answer's headers come only once the
 * whole answer is generated, so this covers about 7,000 tokens at 30 tokens/s; a server that accepts
 * and never answers fails with an `APITimeoutError` after it. It stays under the 300 s after which
 * Node's `fetch` (undici's `headersTimeout`) gives up on its own with a bare connection error.
 */
export const DEFAULT_TIMEOUT = 240_000;
export const DEFAULT_MAX_RETRIES = 2;

/** Options every call takes, on top of its parameters; each overrides the client's setting for that call. */
export interface RequestOptions {
  /**
   * Cancels the request. Aborting it before the response headers arrive rejects the call with an
   * `APIUserAbortError`; aborting it later cancels the reading of the body, as with `fetch`.
   *
   * @example
   * ```ts
   * const controller = new AbortController();
   * setTimeout(() => controller.abort(), 5_000);
   * await atoma.chat.create(params, { signal: controller.signal });
   * ```
   */
  signal?: AbortSignal;
  /**
   * Milliseconds to wait for the response headers, over all attempts and the waits between them; then the
   * call rejects with an `APITimeoutError` and the connection is closed. Reading the body is not timed,
   * so a long stream is not cut (a stream has its own `idleTimeout`). `Infinity` waits forever. Node's
   * `fetch` gives up by itself after 300 s without headers unless given a dispatcher with a longer
   * `headersTimeout`; for answers that take longer, stream them.
   *
   * @default 240_000 (4 minutes), or the client's `timeout`
   */
  timeout?: number;
  /**
   * How many times to retry after a connection error, 408, 409, 429 or 5xx. `0` sends once.
   *
   * @default 2, or the client's `maxRetries`
   */
  maxRetries?: number;
  /**
   * Extra request headers, over the client's `headers`.
   *
   * @example
   * ```ts
   * await atoma.models.list({ headers: { "x-trace-id": traceId } });
   * ```
   */
  headers?: HeadersInit;
}

/** How {@link createAtomaClient} is configured. Every option is optional. */
export interface ClientOptions {
  /**
   * The API key, sent as `Authorization: Bearer <key>`. Only operations that need one fail without it, at
   * the call, with an `AtomaError`.
   *
   * @default the environment variable `ATOMA_API_KEY`, else `ATOMASDK_BEARER_AUTH` (the official SDK's)
   */
  apiKey?: string;
  /**
   * The API's address: an `http:` or `https:` URL, checked when the client is created. A trailing
   * slash or `/v1` is ignored (the operations' paths start with `/v1`).
   *
   * @default "https://api.atoma.network"
   * @example "http://localhost:8080"
   */
  baseUrl?: string;
  /**
   * The `fetch` to send requests with. It is called with a URL (or a `Request`) and an init, like the
   * global one.
   *
   * @default globalThis.fetch, looked up at each call (so a polyfill installed later is used)
   */
  fetch?: FetchLike;
  /**
   * Headers sent with every request.
   *
   * @example { "x-app": "my-app/1.0" }
   */
  headers?: HeadersInit;
  /**
   * Milliseconds to wait for the response headers, retries included (see {@link RequestOptions.timeout}).
   *
   * @default 240_000 (4 minutes): a non-streaming answer arrives whole, so the wait covers generating it
   */
  timeout?: number;
  /**
   * Retries after a connection error, 408, 409, 429 or 5xx, with exponential backoff (0.5 s, 1 s, 2 s…,
   * less up to 25% jitter) or what a `Retry-After` or `retry-after-ms` header asks; no wait is longer
   * than 60 s. Other 4xx are never retried, nor a request whose body is a `ReadableStream`.
   *
   * @default 2
   */
  maxRetries?: number;
  /**
   * Middleware run around every call: the methods, `request()` and `raw` (see {@link Middleware}). Each
   * sees the `Request` as sent (with its `Authorization` header) and the final `Response` (after retries).
   *
   * @example
   * ```ts
   * const log: Middleware = { onResponse: ({ request, response }) => console.log(request.url, response.status) };
   * createAtomaClient({ middleware: [log] });
   * ```
   */
  middleware?: Middleware[];
  /**
   * Allows a client with an API key in a browser. Off by default, because a key in a web page is
   * readable by everyone who opens it: call Atoma from your server instead, and turn this on only when
   * the key is the user's own (typed into the page) or the page is a private tool.
   *
   * @default false
   */
  dangerouslyAllowBrowser?: boolean;
  /**
   * What the client logs to `logger`, each level with those above it: `"error"` a call that failed (its
   * error's message); `"warn"` a retry about to happen (the status or connection error code, the
   * delay); `"info"` one line per attempt (method, path, status, milliseconds, attempt number, request
   * id); `"debug"` the headers and bodies of requests and responses, the `Authorization` header
   * redacted (`Bearer ***`), a confidential operation's bodies and a stream's never shown. An invalid
   * value throws an `AtomaError` when the client is created.
   *
   * @default the environment variable `ATOMA_LOG` (an invalid value is ignored, with one warning), else "off"
   * @example "info"
   */
  logLevel?: LogLevel;
  /**
   * Where the client logs: any object with `error`, `warn`, `info` and `debug` methods taking a string,
   * such as `console`, a pino or a winston logger.
   *
   * @default console
   * @example
   * ```ts
   * import pino from "pino";
   * createAtomaClient({ logLevel: "info", logger: pino() });
   * ```
   */
  logger?: Logger;
}

/** The client's options with every default applied; held in the client's closure, never on an object users see. */
export interface ResolvedOptions {
  baseUrl: string;
  fetch: FetchLike | undefined;
  /** Lower-case names; includes `authorization` when there is a key. */
  headers: Record<string, string>;
  timeout: number;
  maxRetries: number;
  middleware: Middleware[];
  /** The levels that are on, built once per client. */
  log: Log;
}

/**
 * Applies the defaults (the key and log level from the environment where there is one), normalises the
 * headers, checks the base URL and the log level, and makes the log.
 *
 * @throws {AtomaError} the base URL is not an `http:` or `https:` URL, `logLevel` is not a level, or a
 *   key is used in a browser without `dangerouslyAllowBrowser`.
 */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const env = environment();
  const apiKey = options.apiKey || env?.ATOMA_API_KEY || env?.ATOMASDK_BEARER_AUTH;
  if (apiKey && isBrowser() && !options.dangerouslyAllowBrowser) {
    throw new AtomaError(
      "createAtomaClient: an API key in a browser is readable by everyone who opens the page. Call Atoma " +
        "from your server, or pass dangerouslyAllowBrowser: true if the key is the user's own.",
    );
  }
  const headers = Object.fromEntries(new Headers(options.headers));
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  return {
    baseUrl: normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL),
    fetch: options.fetch,
    headers,
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    middleware: options.middleware ?? [],
    log: createLog(options.logLevel, options.logger ?? console, env?.ATOMA_LOG),
  };
}

/**
 * The base URL as the operations' paths are appended to it: without trailing slashes or `/v1`. One
 * without a scheme fails here rather than at every call, where `fetch` would call it a connection error.
 */
function normalizeBaseUrl(baseUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {}
  if (url?.protocol !== "http:" && url?.protocol !== "https:") {
    throw new AtomaError(`baseUrl "${baseUrl}" is not an http(s) URL: start it with "https://" or "http://"`);
  }
  return baseUrl.replace(/\/+$/, "").replace(/\/v1$/, "").replace(/\/+$/, "");
}

/** A page's main thread (a window with a document), where a key is shown to every visitor. */
function isBrowser(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown };
  return typeof scope.window === "object" && typeof scope.document === "object";
}

/** The environment variables: none in browsers (no `process`), nor in Deno without env access (it throws). */
function environment(): Record<string, string | undefined> | undefined {
  try {
    const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
    return (
      env && {
        ATOMA_API_KEY: env.ATOMA_API_KEY,
        ATOMASDK_BEARER_AUTH: env.ATOMASDK_BEARER_AUTH,
        ATOMA_LOG: env.ATOMA_LOG,
      }
    );
  } catch {}
}

/**
 * The key of the settings a client shares with the layers built on it (`withStreaming` and kin copy it
 * along, as they copy the client's methods). A registered symbol, so two copies of the package agree.
 */
export const CLIENT_SETTINGS: unique symbol = Symbol.for("@atoma-ts/client settings") as never;

/** What a layer over the client may need to know of its configuration: never the key or headers. */
export interface ClientSettings {
  /** The client's `maxRetries`: a layer that retries by itself (a confidential call) keeps to it. */
  maxRetries: number;
}

/** The settings of a client, or undefined for an object that is not one (a hand-made base, a mock). */
export function clientSettingsOf(client: object): ClientSettings | undefined {
  return (client as { [CLIENT_SETTINGS]?: ClientSettings })[CLIENT_SETTINGS];
}
