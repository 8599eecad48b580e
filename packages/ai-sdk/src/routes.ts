import type { OperationTable } from "@atoma-ts/client";
import { operations } from "@atoma-ts/client/internal";

/** The operations `@ai-sdk/openai-compatible`'s models call. */
const ROUTED = [
  "chat_completions_create",
  "completions_create",
  "embeddings_create",
  "image_generations_create",
] as const;

type RoutedId = (typeof ROUTED)[number];

/** An Atoma operation the AI SDK's models call, and the client's resource and method that serve it. */
export interface Route {
  operationId: RoutedId;
  resource: OperationTable[RoutedId]["resource"];
  name: OperationTable[RoutedId]["name"];
}

/** The routes by path after `/v1`, read off the generated operation table. */
const ROUTES = new Map<string, Route>(
  ROUTED.map((operationId) => {
    const { path, resource, name } = operations[operationId];
    return [path.slice("/v1".length), { operationId, resource, name }];
  }),
);

/**
 * The route of a URL the models built (`<baseURL>/v1/chat/completions`), or undefined for any other
 * URL. Only the part after the last `/v1` counts, so a base URL with a path of its own still works.
 */
export function routeOf(url: string): Route | undefined {
  // Read off the string (query and fragment left out): `new URL` cost 6 µs a call, a third of what this
  // package added to a plain call (bench/ai-sdk.ts).
  const path = /^[^?#]*\/v1(\/[^?#]*)/.exec(url)?.[1];
  return path === undefined ? undefined : ROUTES.get(path);
}
