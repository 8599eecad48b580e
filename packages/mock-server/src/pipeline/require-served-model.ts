import { proxyError } from "../proxy-error.js";
import type { PipelineStep } from "./pipeline-env.js";

/**
 * Refuses a request for a model this server does not serve, as the proxy does: 400 `REQUEST_ERROR`,
 * "Request error: Model not supported". For the inference operations, whose body names a `model`.
 */
export function requireServedModel(models: readonly string[]): PipelineStep {
  const served = new Set(models);
  return async (c, next) => {
    const { model } = c.get("body") as { model?: unknown };
    if (typeof model === "string" && !served.has(model)) return proxyError(400, "Model not supported");
    await next();
  };
}
