import type { Context } from "hono";
import type { SpecOperation } from "../generated/spec.js";

/** Answers what no operation serves with an empty body, as the proxy's router does: 405 with `allow` on a known path, else 404. */
export function answerUnrouted(operations: readonly SpecOperation[]) {
  return (c: Context): Response => {
    const allowed = operations
      .filter((operation) => operation.path === c.req.path)
      .map(({ method }) => method);
    if (allowed.length) {
      return new Response(null, { status: 405, headers: { allow: allowed.join(", ") } });
    }
    return new Response(null, { status: 404 });
  };
}
