import type { OperationId } from "@atoma-ts/client";

/** An Atoma operation the AI SDK's models call, and the client resource that serves it. */
export interface Route {
  operationId: OperationId &
    ("chat_completions_create" | "completions_create" | "embeddings_create" | "image_generations_create");
  resource: "chat" | "completions" | "embeddings" | "images";
}

/** The paths `@ai-sdk/openai-compatible` posts to (after `/v1`), and the operation each one is. */
const ROUTES: Record<string, Route> = {
  "/chat/completions": { operationId: "chat_completions_create", resource: "chat" },
  "/completions": { operationId: "completions_create", resource: "completions" },
  "/embeddings": { operationId: "embeddings_create", resource: "embeddings" },
  "/images/generations": { operationId: "image_generations_create", resource: "images" },
};

/**
 * The route of a URL the models built (`<baseURL>/v1/chat/completions`), or undefined for any other
 * URL. Only the part after the last `/v1` counts, so a base URL with a path of its own still works.
 */
export function routeOf(url: string): Route | undefined {
  // Read off the string (query and fragment left out): `new URL` cost 6 µs a call, a third of what this
  // package added to a plain call (bench/ai-sdk.ts).
  const path = /^[^?#]*\/v1(\/[^?#]*)/.exec(url)?.[1];
  return path !== undefined && Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
}
