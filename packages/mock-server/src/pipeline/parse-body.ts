import { proxyError } from "../proxy-error.js";
import type { SpecOperation } from "../generated/spec.js";
import type { BodyValidator } from "../spec/body-validator.js";
import type { PipelineStep } from "./pipeline-env.js";

/**
 * Reads the body (kept as `rawBody`), parses it as JSON and holds it to the operation's request schema.
 * `limitBodySize`, the step before, has refused one too large.
 */
export function parseBody(operation: SpecOperation, validateBody: BodyValidator): PipelineStep {
  return async (c, next) => {
    const raw = await c.req.text();
    c.set("rawBody", raw);
    const entry = c.get("entry");
    try {
      entry.body = JSON.parse(raw);
    } catch {
      return proxyError(400, "the request body is not valid JSON");
    }
    const problem = validateBody(operation, entry.body);
    if (problem) return proxyError(400, `invalid request body: ${problem}`);
    c.set("body", entry.body);
    await next();
  };
}
