import { AtomaError } from "./errors.js";
import { operations, type OperationId } from "./generated/operations.js";
import type { ResolvedOptions } from "./options.js";
import type { Outgoing } from "./send.js";

/** `POST /v1/chat/completions`: how errors name an operation. */
export const operationName = (id: OperationId): string => `${operations[id].method} ${operations[id].path}`;

const ENCODED_JSON = Symbol.for("@atoma-ts/client.EncodedJson");

/**
 * A JSON body already encoded, sent as it is (and sent again on a retry): for a caller passing on a
 * request someone else built, such as `@atoma-ts/ai-sdk`, which would otherwise parse and re-encode it.
 * Known by a global symbol, so that another copy of this package knows it too; a client without this
 * class encodes it through `toJSON`, which gives the same JSON.
 */
export class EncodedJson {
  readonly [ENCODED_JSON] = true;

  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

const isEncodedJson = (body: unknown): body is EncodedJson =>
  typeof body === "object" && body !== null && ENCODED_JSON in body;

/**
 * The request of an operation: the base URL and path, the client's headers (with the API key) under the
 * call's, and the body as JSON (an {@link EncodedJson} as it is), or a `ReadableStream` as it is.
 *
 * @throws {AtomaError} the operation needs an API key and there is none.
 */
export function operationRequest(
  config: ResolvedOptions,
  id: OperationId,
  body: unknown,
  extraHeaders: HeadersInit | undefined,
): Outgoing {
  const entry = operations[id];
  const operation = operationName(id);
  const streamed = body instanceof ReadableStream;

  const headers: Record<string, string> =
    body === undefined ? { ...config.headers } : { "content-type": "application/json", ...config.headers };
  if (extraHeaders) setCallHeaders(headers, extraHeaders);
  if (!("public" in entry) && !headers.authorization) {
    throw new AtomaError(`${operation} needs an API key: set apiKey or ATOMA_API_KEY`);
  }

  return {
    url: config.baseUrl + entry.path,
    init: { method: entry.method, headers, body: encodeBody(body), duplex: "half" },
    operation,
    schemaPath: entry.path,
    replayable: !streamed,
  };
}

/**
 * Sets a call's headers over the client's in `target`, names lower-cased. A record is read as it is: a
 * `Headers` copy would check and sort it, which `fetch` does anyway (about 1 µs of a call through the
 * AI SDK, bench/README.md).
 */
function setCallHeaders(target: Record<string, string>, headers: HeadersInit): void {
  if (headers instanceof Headers || Array.isArray(headers)) {
    new Headers(headers).forEach((value, name) => {
      target[name] = value;
    });
    return;
  }
  for (const name in headers) target[name.toLowerCase()] = headers[name]!;
}

/** The body as sent: a stream as it is, else JSON (encoded now, unless it already is). */
function encodeBody(body: unknown): BodyInit | undefined {
  if (body instanceof ReadableStream) return body;
  if (isEncodedJson(body)) return body.text;
  return JSON.stringify(body);
}

/** The `Request` that `raw` (openapi-fetch) makes: it remembers whether its body was a stream. */
export class RawRequest extends Request {
  readonly replayable: boolean;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.replayable = !(init?.body instanceof ReadableStream);
  }
}

/**
 * The outgoing form of a `raw` request. A body that can be sent again is read into bytes here, so each
 * attempt sends a fresh copy.
 */
export async function rawRequest(request: Request, baseUrl: string): Promise<Outgoing> {
  // A middleware added with `raw.use()` may have replaced openapi-fetch's request with a plain one.
  const replayable = !(request instanceof RawRequest) || request.replayable;
  const body = replayable && request.body ? await request.arrayBuffer() : request.body;
  const path = request.url.startsWith(baseUrl) ? request.url.slice(baseUrl.length) : request.url;
  return {
    url: request.url,
    init: { method: request.method, headers: request.headers, body, duplex: "half" },
    operation: `${request.method} ${path}`,
    schemaPath: path,
    replayable,
  };
}
