import type { MiddlewareHandler } from "hono";
import type { Faults } from "../faults/faults.js";
import type { HandlerResult } from "../handlers/result.js";
import type { RequestLogEntry } from "./request-log.js";

/** What the steps of a route hand on to each other, on Hono's context (`c.set`, `c.get`). */
export interface PipelineEnv {
  Variables: {
    /** This request's entry in the request log. */
    entry: RequestLogEntry;
    /**
     * The body as received (within the size limit), for operations that take one: what tells attempts
     * of a request apart.
     */
    rawBody?: string;
    /** The validated body; once a confidential request is opened, the plain request inside. */
    body: unknown;
    /** The faults of this request. */
    faults: Faults;
    /** What the handler answered; unset when a step answered with an error instead. */
    result?: HandlerResult;
  };
}

/** One step of a route: a Hono middleware over {@link PipelineEnv}. */
export type PipelineStep = MiddlewareHandler<PipelineEnv>;
