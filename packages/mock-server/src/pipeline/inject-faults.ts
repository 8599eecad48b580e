import type { Context } from "hono";
import { proxyError } from "../proxy-error.js";
import { dropConnection } from "../faults/connection-drop.js";
import { type Faults, readFaults } from "../faults/faults.js";
import { sleep } from "../faults/write-frames.js";
import type { SpecOperation } from "../generated/spec.js";
import { stableId } from "../ids.js";
import type { PipelineEnv, PipelineStep } from "./pipeline-env.js";

/** What fault injection keeps across requests. */
export interface FaultInjectionOptions {
  /** The server's faults, which each request's `x-mock-*` headers override. */
  defaults: Faults | undefined;
  /** How many times each request has been tried, for `failAttempts`. */
  attempts: Map<string, number>;
}

/**
 * Answers with an injected error, drops the connection or waits, as the request's faults ask; the
 * faults that shape the body are left for serialization.
 */
export function injectFaults(
  operation: SpecOperation,
  { defaults, attempts }: FaultInjectionOptions,
): PipelineStep {
  return async (c, next) => {
    const faults = readFaults(c.req.raw.headers, defaults);
    c.set("faults", faults);
    if (faults.status !== undefined && failsThisAttempt(c, operation, faults, attempts)) {
      return proxyError(faults.status, undefined, {
        body: faults.errorBody,
        headers: retryHeaders(faults),
      });
    }
    if (faults.dropAfterChunks === 0) dropConnection(c.env);
    if (faults.latencyMs) await sleep(faults.latencyMs);
    await next();
  };
}

/** Counts attempts of the same request, so only the first `failAttempts` fail. */
function failsThisAttempt(
  c: Context<PipelineEnv>,
  operation: SpecOperation,
  faults: Faults,
  attempts: Map<string, number>,
): boolean {
  if (faults.failAttempts === undefined) return true;
  const key = c.req.header("x-mock-attempt-key") ?? stableId(operation.operationId, c.get("rawBody") ?? "");
  const attempt = (attempts.get(key) ?? 0) + 1;
  attempts.set(key, attempt);
  return attempt <= faults.failAttempts;
}

function retryHeaders(faults: Faults): Record<string, string> {
  return {
    ...(faults.retryAfter !== undefined && { "retry-after": faults.retryAfter }),
    ...(faults.retryAfterMs !== undefined && { "retry-after-ms": String(faults.retryAfterMs) }),
  };
}
