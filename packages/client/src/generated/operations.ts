// Generated from openapi/atoma.yaml by scripts/generate.ts. Do not edit: change the spec and run `pnpm generate`.

import type { components } from "@atoma-ts/types";

/**
 * Every operation of the Atoma API, keyed by operationId: where it lives, what the client calls it,
 * and `public: true` when it needs no API key.
 */
export interface OperationTable {
  chat_completions_create: { method: "POST"; path: "/v1/chat/completions"; resource: "chat"; name: "create" };
  completions_create: { method: "POST"; path: "/v1/completions"; resource: "completions"; name: "create" };
  embeddings_create: { method: "POST"; path: "/v1/embeddings"; resource: "embeddings"; name: "create" };
  image_generations_create: {
    method: "POST";
    path: "/v1/images/generations";
    resource: "images";
    name: "generate";
  };
  models_list: { method: "GET"; path: "/v1/models"; resource: "models"; name: "list" };
  open_router_models_list: {
    method: "GET";
    path: "/v1/open_router/models";
    resource: "models";
    name: "listOpenRouter";
    public: true;
  };
  health: { method: "GET"; path: "/health"; resource: "health"; name: "check"; public: true };
  nodes_create: { method: "POST"; path: "/v1/nodes"; resource: "nodes"; name: "register"; public: true };
  nodes_create_lock: { method: "POST"; path: "/v1/nodes/lock"; resource: "nodes"; name: "lock" };
  confidential_chat_completions_create: {
    method: "POST";
    path: "/v1/confidential/chat/completions";
    resource: "chat";
    name: "create";
    confidentialOf: "chat_completions_create";
  };
  confidential_completions_create: {
    method: "POST";
    path: "/v1/confidential/completions";
    resource: "completions";
    name: "create";
    confidentialOf: "completions_create";
  };
  confidential_embeddings_create: {
    method: "POST";
    path: "/v1/confidential/embeddings";
    resource: "embeddings";
    name: "create";
    confidentialOf: "embeddings_create";
  };
  confidential_image_generations_create: {
    method: "POST";
    path: "/v1/confidential/images/generations";
    resource: "images";
    name: "generate";
    confidentialOf: "image_generations_create";
  };
}

/** The {@link OperationTable} at run time. */
export const operations: OperationTable = {
  chat_completions_create: { method: "POST", path: "/v1/chat/completions", resource: "chat", name: "create" },
  completions_create: { method: "POST", path: "/v1/completions", resource: "completions", name: "create" },
  embeddings_create: { method: "POST", path: "/v1/embeddings", resource: "embeddings", name: "create" },
  image_generations_create: {
    method: "POST",
    path: "/v1/images/generations",
    resource: "images",
    name: "generate",
  },
  models_list: { method: "GET", path: "/v1/models", resource: "models", name: "list" },
  open_router_models_list: {
    method: "GET",
    path: "/v1/open_router/models",
    resource: "models",
    name: "listOpenRouter",
    public: true,
  },
  health: { method: "GET", path: "/health", resource: "health", name: "check", public: true },
  nodes_create: { method: "POST", path: "/v1/nodes", resource: "nodes", name: "register", public: true },
  nodes_create_lock: { method: "POST", path: "/v1/nodes/lock", resource: "nodes", name: "lock" },
  confidential_chat_completions_create: {
    method: "POST",
    path: "/v1/confidential/chat/completions",
    resource: "chat",
    name: "create",
    confidentialOf: "chat_completions_create",
  },
  confidential_completions_create: {
    method: "POST",
    path: "/v1/confidential/completions",
    resource: "completions",
    name: "create",
    confidentialOf: "completions_create",
  },
  confidential_embeddings_create: {
    method: "POST",
    path: "/v1/confidential/embeddings",
    resource: "embeddings",
    name: "create",
    confidentialOf: "embeddings_create",
  },
  confidential_image_generations_create: {
    method: "POST",
    path: "/v1/confidential/images/generations",
    resource: "images",
    name: "generate",
    confidentialOf: "image_generations_create",
  },
};

/** The operationIds of the Atoma API. */
export type OperationId = keyof OperationTable;

/**
 * The request, streaming request, response and stream chunk types of each operation: an operation
 * with a `chunk` can answer with a stream of them.
 */
export interface OperationTypes {
  chat_completions_create: {
    request: components["schemas"]["CreateChatCompletionRequest"];
    streamRequest: components["schemas"]["CreateChatCompletionStreamRequest"];
    response: components["schemas"]["ChatCompletionResponse"];
    chunk: components["schemas"]["ChatCompletionChunk"];
  };
  completions_create: {
    request: components["schemas"]["CompletionRequest"];
    streamRequest: components["schemas"]["CreateCompletionsStreamRequest"];
    response: components["schemas"]["CompletionsResponse"];
    chunk: components["schemas"]["CompletionChunk"];
  };
  embeddings_create: {
    request: components["schemas"]["CreateEmbeddingRequest"];
    response: components["schemas"]["CreateEmbeddingResponse"];
  };
  image_generations_create: {
    request: components["schemas"]["CreateImageRequest"];
    response: components["schemas"]["CreateImageResponse"];
  };
  models_list: { response: components["schemas"]["ModelList"] };
  open_router_models_list: { response: components["schemas"]["OpenRouterModelsResponse"] };
  health: { response: components["schemas"]["HealthResponse"] };
  nodes_create: {
    request: components["schemas"]["NodesCreateRequest"];
    response: components["schemas"]["NodesCreateResponse"];
  };
  nodes_create_lock: {
    request: components["schemas"]["NodesCreateLockRequest"];
    response: components["schemas"]["NodesCreateLockResponse"];
  };
  confidential_chat_completions_create: {
    request: components["schemas"]["ConfidentialComputeRequest"];
    response: components["schemas"]["ConfidentialComputeResponse"];
    chunk: components["schemas"]["ConfidentialComputeStreamResponse"];
  };
  confidential_completions_create: {
    request: components["schemas"]["ConfidentialComputeRequest"];
    response: components["schemas"]["ConfidentialComputeResponse"];
    chunk: components["schemas"]["ConfidentialComputeStreamResponse"];
  };
  confidential_embeddings_create: {
    request: components["schemas"]["ConfidentialComputeRequest"];
    response: components["schemas"]["ConfidentialComputeResponse"];
  };
  confidential_image_generations_create: {
    request: components["schemas"]["ConfidentialComputeRequest"];
    response: components["schemas"]["ConfidentialComputeResponse"];
  };
}
