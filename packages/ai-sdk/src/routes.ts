import type { OperationTable } from "@atoma-ts/client";
import { operations } from "@atoma-ts/client/internal";

/** The operation each kind of `@ai-sdk/openai-compatible` model calls. */
const OPERATION_OF = {
  chat: "chat_completions_create",
  completion: "completions_create",
  embedding: "embeddings_create",
  image: "image_generations_create",
} as const;

/** A kind of model the provider makes. */
export type ModelKind = keyof typeof OPERATION_OF;

type RoutedId = (typeof OPERATION_OF)[ModelKind];

/** The Atoma operation a model calls, and the client's resource and method that serve it. */
export interface Route {
  operationId: RoutedId;
  /** The operation's path, from `/v1` on. */
  path: OperationTable[RoutedId]["path"];
  resource: OperationTable[RoutedId]["resource"];
  name: OperationTable[RoutedId]["name"];
}

/** The route of a kind of model, read off the generated operation table. */
export function routeOf(kind: ModelKind): Route {
  const operationId = OPERATION_OF[kind];
  const { path, resource, name } = operations[operationId];
  return { operationId, path, resource, name };
}
