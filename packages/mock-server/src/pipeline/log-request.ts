import type { SpecOperation } from "../generated/spec.js";
import type { PipelineStep } from "./pipeline-env.js";
import { loggableHeaders, type RequestLog, type RequestLogEntry } from "./request-log.js";

/**
 * The first step: adds the request to the log, then records the status answered and names the
 * response with `x-request-id`.
 */
export function logRequest(log: RequestLog, operation: SpecOperation): PipelineStep {
  return async (c, next) => {
    const entry: RequestLogEntry = {
      method: c.req.method,
      path: c.req.path,
      operationId: operation.operationId,
      headers: loggableHeaders(c.req.raw.headers),
      body: undefined,
      status: undefined,
      outcome: undefined,
    };
    const requestId = `req_${log.add(entry)}`;
    c.set("entry", entry);
    await next();
    entry.status = c.res.status;
    c.res.headers.set("x-request-id", requestId);
  };
}
