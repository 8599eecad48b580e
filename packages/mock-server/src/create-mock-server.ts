import { Hono } from "hono";
import { cors } from "hono/cors";
import { createConfidentialNode } from "./confidential/confidential-node.js";
import { ConnectionDropped } from "./faults/connection-drop.js";
import type { Faults } from "./faults/faults.js";
import { operations, spec, type SpecOperation } from "./generated/spec.js";
import { createHandlers } from "./handlers/create-handlers.js";
import { createLockNode } from "./handlers/lock-node.js";
import type { HandlerContext } from "./handlers/result.js";
import { answerUnrouted } from "./pipeline/answer-unrouted.js";
import { handleError } from "./pipeline/handle-error.js";
import { injectFaults } from "./pipeline/inject-faults.js";
import { logRequest } from "./pipeline/log-request.js";
import { openConfidential } from "./pipeline/open-confidential.js";
import { parseBody } from "./pipeline/parse-body.js";
import type { PipelineEnv, PipelineStep } from "./pipeline/pipeline-env.js";
import { limitBodySize, DEFAULT_MAX_BODY_BYTES } from "./pipeline/limit-body-size.js";
import {
  createRequestLog,
  DEFAULT_MAX_LOGGED_REQUESTS,
  type RequestLogEntry,
} from "./pipeline/request-log.js";
import { requireApiKey } from "./pipeline/require-api-key.js";
import { requireServedModel } from "./pipeline/require-served-model.js";
import { runHandler } from "./pipeline/run-handler.js";
import { serializeResult } from "./pipeline/serialize-result.js";
import { createResponseSigner, type ResponseSigner, type SignatureScheme } from "./signing.js";
import { createBodyValidator } from "./spec/body-validator.js";

/** The operations that run a model: the proxy refuses a model it does not serve on these. */
const INFERENCE_OPERATIONS: ReadonlySet<string> = new Set([
  "chat_completions_create",
  "completions_create",
  "embeddings_create",
  "image_generations_create",
]);

/** The models served when the options name none. */
export const DEFAULT_MODELS = [
  "meta-llama/Llama-3.3-70B-Instruct",
  "deepseek-ai/DeepSeek-R1",
  "intfloat/multilingual-e5-large-instruct",
  "black-forest-labs/FLUX.1-schnell",
] as const;

/**
 * Atoma's proxy's keep-alive interval: its `STREAM_KEEP_ALIVE_INTERVAL_IN_SECONDS = 15`, used as
 * milliseconds, so hundreds of keep-alives come while a first token is slow.
 */
export const STREAM_KEEP_ALIVE_MS = 15;

/** How the mock server behaves. Every option has a default fit for tests. */
export interface MockServerOptions {
  /** The only API key accepted. Default: any non-empty bearer token. */
  apiKey?: string;
  /** The 32-byte secret key responses are signed with, of `signatureScheme`. Default: a fresh one per server. */
  signingKey?: Uint8Array;
  /**
   * The Sui signature scheme of the node's key: `ed25519` (flag 0x00), `secp256k1` (0x01) or
   * `secp256r1` (0x02), as real nodes may use any. Default `ed25519`.
   */
  signatureScheme?: SignatureScheme;
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
  /**
   * A `: keep-alive` comment after each this many ms a stream has nothing to send, as Atoma's proxy
   * writes them (0: none; a request's `x-mock-keep-alive` overrides it). Default 15.
   */
  keepAliveMs?: number;
  /**
   * The largest request body accepted, in bytes; a larger one is refused with 413
   * `PAYLOAD_TOO_LARGE` before it is read whole. Default 10 MiB: room for base64 images and large
   * embeddings batches.
   */
  maxBodyBytes?: number;
  /**
   * How many requests {@link MockServer.requests} keeps, the latest; older ones are dropped, so a
   * long-running server does not grow. 0 keeps none. Default 1000.
   */
  maxLoggedRequests?: number;
}

/** A running mock server's handler and what tests can observe of it. */
export interface MockServer {
  /** The web-standard handler: runs in-process, or behind {@link listen}. */
  fetch(request: Request, env?: unknown): Promise<Response>;
  /** The requests received, oldest first: the last `maxLoggedRequests` (default 1000). */
  readonly requests: RequestLogEntry[];
  /** The signer of responses: its Sui address is what verification should find. */
  readonly signer: Pick<ResponseSigner, "publicKey" | "address">;
  /** The confidential node's X25519 public key. */
  readonly nodePublicKey: Uint8Array;
}

/**
 * A spec-driven Atoma server: validates, answers deterministically, streams, signs, and fails on demand.
 * Each operation's route is a pipeline of small steps, run in this order: log, API key, body (read
 * within the size limit, parsed, validated), faults, then (wrapping what follows) serialization, the
 * confidential unwrap, and the handler.
 */
export function createMockServer(options: MockServerOptions = {}): MockServer {
  const models = options.models ?? DEFAULT_MODELS;
  const context: HandlerContext = { created: options.created ?? 1_736_950_000, models };
  const validateBody = createBodyValidator(spec, operations);
  const signer = createResponseSigner(options.signingKey, options.signatureScheme);
  const node = createConfidentialNode({ lockTtlMs: options.lockTtlMs });
  const handlers = createHandlers(createLockNode(node, new Set(options.confidentialModels ?? models)));
  const faultInjection = { defaults: options.faults, attempts: new Map<string, number>() };
  const serialization = { signer, keepAliveMs: options.keepAliveMs ?? STREAM_KEEP_ALIVE_MS };
  const log = createRequestLog(options.maxLoggedRequests ?? DEFAULT_MAX_LOGGED_REQUESTS);
  const limitBody = limitBodySize(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);

  /** The steps of one operation's route, in the order a request meets them. */
  function stepsOf(operation: SpecOperation): [PipelineStep, ...PipelineStep[]] {
    const steps: [PipelineStep, ...PipelineStep[]] = [logRequest(log, operation)];
    const auth = operation.public ? [] : [requireApiKey(options.apiKey)];
    const body = operation.request ? [limitBody, parseBody(operation, validateBody)] : [];
    // As the proxy's routes run them: a plain route reads its body before the key is checked, a
    // confidential route checks the key first.
    if (operation.confidentialOf === undefined) steps.push(...body, ...auth);
    else steps.push(...auth, ...body);
    if (INFERENCE_OPERATIONS.has(operation.operationId)) steps.push(requireServedModel(models));
    steps.push(injectFaults(operation, faultInjection), serializeResult(serialization));
    if (operation.confidentialOf === undefined) {
      steps.push(runHandler(handlers[operation.operationId], context));
    } else {
      const plain = operations.find((candidate) => candidate.operationId === operation.confidentialOf)!;
      steps.push(openConfidential(plain, { node, validateBody, signer }));
      steps.push(runHandler(handlers[operation.confidentialOf], context));
    }
    return steps;
  }

  const app = new Hono<PipelineEnv>();
  // Browsers may call it from any page (a dev server, a test page): the SDK runs in browsers too.
  app.use("*", cors({ origin: "*", exposeHeaders: ["x-request-id", "retry-after", "retry-after-ms"] }));
  for (const operation of operations) app.on(operation.method, operation.path, ...stepsOf(operation));
  app.all("*", answerUnrouted(operations));
  app.onError(handleError);

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
    requests: log.entries,
    signer: { publicKey: signer.publicKey, address: signer.address },
    nodePublicKey: node.publicKey,
  };
}
