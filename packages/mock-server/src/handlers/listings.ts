import type {
  HealthResponse,
  ModelList,
  NodesCreateResponse,
  OpenRouterModelsResponse,
} from "@atoma-ts/types";
import type { HandlerContext, HandlerResult } from "./result.js";

const unsigned = (body: object): HandlerResult => ({ kind: "json", body, signed: false });

/** `GET /v1/models`. */
export function listModels(_body: unknown, context: HandlerContext): HandlerResult {
  const body: ModelList = {
    object: "list",
    data: context.models.map((id) => ({ id, object: "model", created: context.created, owned_by: "atoma" })),
  };
  return unsigned(body);
}

/** `GET /v1/open_router/models`. */
export function listOpenRouterModels(_body: unknown, context: HandlerContext): HandlerResult {
  const body: OpenRouterModelsResponse = {
    data: context.models.map((id) => ({ id, name: id.split("/").at(-1), created: context.created })),
  };
  return unsigned(body);
}

/** `GET /health`. */
export function health(): HandlerResult {
  const body: HealthResponse = { message: "ok" };
  return unsigned(body);
}

/** `POST /v1/nodes`: registration is accepted as long as the body is valid. */
export function registerNode(): HandlerResult {
  const body: NodesCreateResponse = { message: "Node public address registered successfully" };
  return unsigned(body);
}
