import type { PlainOperationId } from "../generated/spec.js";
import { chatCompletion } from "./chat.js";
import { completion } from "./completions.js";
import { embeddings } from "./embeddings.js";
import { imageGeneration } from "./images.js";
import { health, listModels, listOpenRouterModels, registerNode } from "./listings.js";
import type { OperationHandler } from "./result.js";

/**
 * The handler of every plain operation (a confidential one is answered by the plain one it encrypts).
 * Keyed by the generated ids: an operation added to the spec fails the typecheck until it has one.
 */
export function createHandlers(lockNode: OperationHandler): Record<PlainOperationId, OperationHandler> {
  return {
    chat_completions_create: chatCompletion,
    completions_create: completion,
    embeddings_create: embeddings,
    image_generations_create: imageGeneration,
    models_list: listModels,
    open_router_models_list: listOpenRouterModels,
    health,
    nodes_create: registerNode,
    nodes_create_lock: lockNode,
  };
}
