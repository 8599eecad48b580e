import { proxyError } from "../proxy-error.js";
import type { PipelineStep } from "./pipeline-env.js";

/** Refuses a request without a bearer token, or with another key than `apiKey` when there is one. */
export function requireApiKey(apiKey: string | undefined): PipelineStep {
  return async (c, next) => {
    const token = /^Bearer (.+)$/.exec(c.req.header("authorization") ?? "")?.[1]?.trim();
    if (!token || (apiKey !== undefined && token !== apiKey)) {
      return proxyError(401);
    }
    await next();
  };
}
