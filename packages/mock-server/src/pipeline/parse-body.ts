import { proxyError } from "../proxy-error.js";
import type { SpecOperation } from "../generated/spec.js";
import type { BodyValidator } from "../spec/body-validator.js";
import type { PipelineStep } from "./pipeline-env.js";

/** Reads the JSON body and holds it to the operation's request schema. */
export function parseBody(operation: SpecOperation, validateBody: BodyValidator): PipelineStep {
  return async (c, next) => {
    const raw = await c.req.text();
    const entry = c.get("entry");
    c.set("rawBody", raw);
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
