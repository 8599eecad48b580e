import type { HandlerContext, OperationHandler } from "../handlers/result.js";
import type { PipelineStep } from "./pipeline-env.js";

/** The last step in: answers the plain, validated body; the steps before it sign, seal and write the answer. */
export function runHandler(handler: OperationHandler, context: HandlerContext): PipelineStep {
  return async (c) => {
    c.set("result", handler(c.get("body"), context));
  };
}
