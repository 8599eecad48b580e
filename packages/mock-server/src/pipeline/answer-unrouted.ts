import type { Context } from "hono";
import { errorResponse } from "../error-response.js";
import type { SpecOperation } from "../generated/spec.js";

/** Answers what no operation serves: 405 with `allow` on a known path, else 404. */
export function answerUnrouted(operations: readonly SpecOperation[]) {
  return (c: Context): Response => {
    const allowed = operations
      .filter((operation) => operation.path === c.req.path)
      .map(({ method }) => method);
    if (allowed.length) {
      return errorResponse(405, "METHOD_NOT_ALLOWED", `${c.req.method} is not allowed on ${c.req.path}`, {
        headers: { allow: allowed.join(", ") },
      });
    }
    return errorResponse(404, "NOT_FOUND", `No operation at ${c.req.method} ${c.req.path}`);
  };
}
