import type { APIPromise } from "./api-promise.js";
import { operations, type OperationId, type OperationTypes } from "./generated/operations.js";
import type { RequestOptions } from "./options.js";

type Operations = typeof operations;

/** The operations with a method: all but the confidential ones (`@atoma-ts/confidential` calls those). */
export type PlainOperationId = {
  [K in OperationId]: Operations[K] extends { confidentialOf: string } ? never : K;
}[OperationId];

/** The parsed response of an operation. */
export type ResponseOf<K extends OperationId> = OperationTypes[K]["response"];

/** The method of an operation: its (non-streaming) request, if it takes one, then the call's options. */
export type Method<K extends OperationId> = OperationTypes[K] extends { request: infer Params }
  ? (params: Params, options?: RequestOptions) => APIPromise<ResponseOf<K>>
  : (options?: RequestOptions) => APIPromise<ResponseOf<K>>;

/** Every plain operation as `client[resource][name]`, e.g. `chat.create`, `models.listOpenRouter`. */
export type Resources = {
  [R in Operations[PlainOperationId]["resource"]]: {
    [K in PlainOperationId as Operations[K]["resource"] extends R ? Operations[K]["name"] : never]: Method<K>;
  };
};

/** Makes an operation's call: `body` is undefined for an operation that takes none. */
export type Caller = (
  id: OperationId,
  body: unknown,
  options: RequestOptions | undefined,
) => APIPromise<unknown>;

/** Builds the methods from the generated operation table; a `GET` takes no parameters. */
export function createResources(call: Caller): Resources {
  const resources: Record<string, Record<string, (...args: never[]) => unknown>> = {};
  for (const [id, op] of Object.entries(operations) as [OperationId, Operations[OperationId]][]) {
    if ("confidentialOf" in op) continue;
    (resources[op.resource] ??= {})[op.name] = (first?: unknown, options?: RequestOptions) =>
      op.method === "GET" ? call(id, undefined, first as RequestOptions) : call(id, first, options);
  }
  return resources as unknown as Resources;
}
