import type { ConfidentialComputeRequest, NodesCreateLockRequest } from "@atoma-ts/types";
import type { Context } from "hono";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { createBodyValidator } from "./spec/body-validator.js";
import {
  ConfidentialRefusal,
  createConfidentialNode,
  IMAGE_COMPUTE_UNITS,
  type OpenedRequest,
} from "./confidential-node.js";
import { errorResponse } from "./error-response.js";
import { type Faults, readFaults } from "./faults.js";
import { operations, spec, type SpecOperation } from "./generated/spec.js";
import { chatCompletion } from "./handlers/chat.js";
import { completion } from "./handlers/completions.js";
import { embeddings } from "./handlers/embeddings.js";
import { imageGeneration } from "./handlers/images.js";
import { health, listModels, listOpenRouterModels, registerNode } from "./handlers/listings.js";
import type { HandlerContext, HandlerResult, OperationHandler } from "./handlers/result.js";
import { stableId } from "./ids.js";
import { loggableHeaders, type RequestLogEntry } from "./request-log.js";
import { createResponseSigner, type ResponseSigner } from "./signing.js";
import { type BodyOutcome, type Drop, sleep, sseEvent, writeFrames } from "./sse.js";
import { toBase64 } from "./base64.js";

/** The models served when the options name none. */
export const DEFAULT_MODELS = [
  "meta-llama/Llama-3.3-70B-Instruct",
  "deepseek-ai/DeepSeek-R1",
  "intfloat/multilingual-e5-large-instruct",
  "black-forest-labs/FLUX.1-schnell",
] as const;

/** How the mock server behaves. Every option has a default fit for tests. */
export interface MockServerOptions {
  /** The only API key accepted. Default: any non-empty bearer token. */
  apiKey?: string;
  /** The 32-byte Ed25519 secret key responses are signed with. Default: a fresh one per server. */
  signingKey?: Uint8Array;
  /** Faults for every request (each request's `x-mock-*` headers override them). */
  faults?: Faults;
  /** The models served. Default: {@link DEFAULT_MODELS}. */
  models?: readonly string[];
  /** The models a node can be locked for (others get 503 from `/v1/nodes/lock`). Default: all models. */
  confidentialModels?: readonly string[];
  /** How long a node lock lasts, in ms. Default 5000, as Atoma's. */
  lockTtlMs?: number;
  /** The `created` timestamp of every response. Default: a fixed one, so responses are deterministic. */
  created?: number;
  /** A `: keep-alive` comment after every N events of a stream (0: none). Default 4. */
  keepAliveEvery?: number;
}

/** A running mock server's handler and what tests can observe of it. */
export interface MockServer {
  /** The web-standard handler: runs in-process, or behind {@link listen}. */
  fetch(request: Request, env?: unknown): Promise<Response>;
  /** Every request received, oldest first. */
  readonly requests: RequestLogEntry[];
  /** The signer of responses: its Sui address is what verification should find. */
  readonly signer: Pick<ResponseSigner, "publicKey" | "address">;
  /** The confidential node's X25519 public key. */
  readonly nodePublicKey: Uint8Array;
}

const HANDLERS: Record<string, OperationHandler> = {
  chat_completions_create: chatCompletion,
  completions_create: completion,
  embeddings_create: embeddings,
  image_generations_create: imageGeneration,
  models_list: listModels,
  open_router_models_list: listOpenRouterModels,
  health,
  nodes_create: registerNode,
};

const JSON_HEADERS = { "content-type": "application/json" };
const SSE_HEADERS = { "content-type": "text/event-stream", "cache-control": "no-cache" };

/** A spec-driven Atoma server: validates, answers deterministically, streams, signs, and fails on demand. */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const models = options.models ?? DEFAULT_MODELS;
  const confidentialModels = new Set(options.confidentialModels ?? models);
  const context: HandlerContext = { created: options.created ?? 1_736_950_000, models };
  const validateBody = createBodyValidator(spec, operations);
  const signer = createResponseSigner(options.signingKey);
  const node = createConfidentialNode({ lockTtlMs: options.lockTtlMs });
  const attempts = new Map<string, number>();
  const requests: RequestLogEntry[] = [];
  const app = new Hono();
  const handlers: Record<string, OperationHandler> = {
    ...HANDLERS,
    nodes_create_lock(body: NodesCreateLockRequest) {
      if (!confidentialModels.has(body.model)) {
        throw new ConfidentialRefusal(
          503,
          "NO_NODE",
          `No node serves ${body.model} with confidential compute`,
        );
      }
      return { kind: "json", body: node.lock(body), signed: false };
    },
  };

  async function handle(c: Context, operation: SpecOperation): Promise<Response> {
    const entry: RequestLogEntry = {
      method: c.req.method,
      path: c.req.path,
      operationId: operation.operationId,
      headers: loggableHeaders(c.req.raw.headers),
      body: undefined,
      status: undefined,
      outcome: undefined,
    };
    const requestId = `req_${requests.push(entry)}`;
    const response = await respond(c, operation, entry);
    entry.status = response.status;
    response.headers.set("x-request-id", requestId);
    return response;
  }

  async function respond(c: Context, operation: SpecOperation, entry: RequestLogEntry) {
    if (!operation.public && !authorized(c.req.header("authorization"))) {
      return errorResponse(401, "UNAUTHORIZED", "Missing or invalid bearer token");
    }
    const raw = operation.request ? await c.req.text() : "";
    if (operation.request) {
      try {
        entry.body = JSON.parse(raw);
      } catch {
        return errorResponse(400, "INVALID_JSON", "The request body is not valid JSON");
      }
      const problem = validateBody(operation, entry.body);
      if (problem) return errorResponse(400, "INVALID_BODY", `Invalid request body: ${problem}`);
    }

    const faults = readFaults(c.req.raw.headers, options.faults);
    if (faults.status !== undefined && shouldFail(c, operation, raw, faults)) {
      return errorResponse(faults.status, "MOCK_FAULT", `Injected failure ${faults.status}`, {
        body: faults.errorBody,
        headers: retryHeaders(faults),
      });
    }
    if (faults.dropAfterChunks === 0) return dropConnection(c.env);
    if (faults.latencyMs) await sleep(faults.latencyMs);

    let result: HandlerResult;
    try {
      result = operation.confidentialOf
        ? await runConfidential(operation, entry)
        : handlers[operation.operationId]!(entry.body, context);
    } catch (error) {
      if (error instanceof ConfidentialRefusal) return errorResponse(error.status, error.code, error.message);
      throw error;
    }
    return await serialize(result, faults, entry, dropperFor(c.env));
  }

  function authorized(header: string | undefined): boolean {
    const token = /^Bearer (.+)$/.exec(header ?? "")?.[1]?.trim();
    return Boolean(token) && (options.apiKey === undefined || token === options.apiKey);
  }

  /** Counts attempts of the same request, so only the first `failAttempts` fail. */
  function shouldFail(c: Context, operation: SpecOperation, raw: string, faults: Faults): boolean {
    if (faults.failAttempts === undefined) return true;
    const key = c.req.header("x-mock-attempt-key") ?? stableId(operation.operationId, raw);
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    return attempt <= faults.failAttempts;
  }

  async function runConfidential(operation: SpecOperation, entry: RequestLogEntry): Promise<HandlerResult> {
    const plainOperation = operations.find(
      (candidate) => candidate.operationId === operation.confidentialOf,
    )!;
    const body = entry.body as ConfidentialComputeRequest;
    const isImage = plainOperation.operationId === "image_generations_create";
    const opened = await node.open(body, isImage ? { imageUnits: IMAGE_COMPUTE_UNITS } : {});
    const problem = validateBody(plainOperation, opened.plaintext);
    if (problem)
      throw new ConfidentialRefusal(400, "INVALID_BODY", `Invalid encrypted request body: ${problem}`);
    const stream = (opened.plaintext as { stream?: unknown }).stream === true;
    if (body.stream != null && body.stream !== stream) {
      throw new ConfidentialRefusal(
        400,
        "INVALID_BODY",
        "stream does not match the encrypted request's stream",
      );
    }
    entry.confidential = { operationId: plainOperation.operationId, stream };
    return sealResult(handlers[plainOperation.operationId]!(opened.plaintext, context), opened);
  }

  /** Protocol steps 6 and 7: each plain body or chunk, encrypted and signed; usage in clear. */
  async function sealResult(result: HandlerResult, opened: OpenedRequest): Promise<HandlerResult> {
    const nonce = node.nonce(); // one nonce for the whole response, as Atoma's nodes do
    const seal = async (plain: object) => {
      const { ciphertext, nonce: sealedNonce, hash } = opened.seal(JSON.stringify(plain), nonce);
      const usage = (plain as { usage?: unknown }).usage;
      return {
        ciphertext,
        nonce: sealedNonce,
        ...(usage ? { usage } : {}),
        signature: await signer.signHash(hash),
        response_hash: toBase64(hash),
      };
    };
    return result.kind === "json"
      ? { kind: "json", body: await seal(result.body), signed: false }
      : { kind: "stream", chunks: await Promise.all(result.chunks.map(seal)), signed: false };
  }

  async function serialize(
    result: HandlerResult,
    faults: Faults,
    entry: RequestLogEntry,
    drop: Drop,
  ): Promise<Response> {
    const writing = { onEnd: (outcome: BodyOutcome) => (entry.outcome = outcome), drop };
    if (result.kind === "json") {
      const json = JSON.stringify(result.body);
      const text = result.signed ? await signer.signBody(json) : json;
      if (!faults.writeSize) {
        entry.outcome = "complete";
        return new Response(text, { headers: JSON_HEADERS });
      }
      return new Response(writeFrames([() => text], faults, writing), { headers: JSON_HEADERS });
    }
    // Chunks are signed as they go out, so a long stream starts at once.
    const frames: (() => string | Promise<string>)[] = result.chunks.map((chunk) => async () => {
      const json = JSON.stringify(chunk);
      return sseEvent(result.signed ? await signer.signBody(json) : json);
    });
    if (faults.streamEnd === "done") frames.push(() => sseEvent("[DONE]"));
    const body = writeFrames(frames, { ...faults, keepAliveEvery: options.keepAliveEvery ?? 4 }, writing);
    return new Response(body, { headers: SSE_HEADERS });
  }

  // Browsers may call it from any page (a dev server, a test page): the SDK runs in browsers too.
  app.use("*", cors({ origin: "*", exposeHeaders: ["x-request-id", "retry-after", "retry-after-ms"] }));
  for (const operation of operations) {
    app.on(operation.method, operation.path, (c) => handle(c, operation));
  }
  app.all("*", (c) => {
    const allowed = operations
      .filter((operation) => operation.path === c.req.path)
      .map(({ method }) => method);
    if (allowed.length) {
      return errorResponse(405, "METHOD_NOT_ALLOWED", `${c.req.method} is not allowed on ${c.req.path}`, {
        headers: { allow: allowed.join(", ") },
      });
    }
    return errorResponse(404, "NOT_FOUND", `No operation at ${c.req.method} ${c.req.path}`);
  });
  app.onError((error) => {
    if (error instanceof ConnectionDropped) throw error;
    return errorResponse(500, "INTERNAL", `Mock server error: ${error.message}`);
  });

  return {
    fetch: async (request, env) => {
      try {
        return await app.fetch(request, env);
      } catch (error) {
        // In-process, a dropped connection is a failed fetch, as a network error would be.
        if (error instanceof ConnectionDropped) throw new TypeError("fetch failed: mock connection dropped");
        throw error;
      }
    },
    requests,
    signer: { publicKey: signer.publicKey, address: signer.address },
    nodePublicKey: node.publicKey,
  };
}

function retryHeaders(faults: Faults): Record<string, string> {
  return {
    ...(faults.retryAfter !== undefined && { "retry-after": faults.retryAfter }),
    ...(faults.retryAfterMs !== undefined && { "retry-after-ms": String(faults.retryAfterMs) }),
  };
}

class ConnectionDropped extends Error {}

/** The socket of a request served by the Node adapter (`listen`); none in-process. */
const socketOf = (env: unknown) =>
  (env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket;

/** Drops the connection before any response: behind Node, the socket itself is destroyed. */
function dropConnection(env: unknown): never {
  socketOf(env)?.destroy();
  throw new ConnectionDropped("mock: connection dropped");
}

/** Drops mid-body: destroys the socket behind Node; in-process, errors the body as a cut would. */
function dropperFor(env: unknown): Drop {
  const socket = socketOf(env);
  return socket
    ? () => socket.destroy()
    : (controller) => controller.error(new TypeError("terminated: mock connection dropped"));
}
