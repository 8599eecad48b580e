import type { CreateEmbeddingRequest, CreateEmbeddingResponse, EmbeddingObject } from "@atoma-ts/types";
import type { APIPromise } from "./api-promise.js";
import {
  operations,
  type OperationId,
  type OperationTable,
  type OperationTypes,
} from "./generated/operations.js";
import type { RequestOptions } from "./options.js";

/** The operations with a method: all but the confidential ones (`@atoma-ts/confidential` calls those). */
export type PlainOperationId = {
  [K in OperationId]: OperationTable[K] extends { confidentialOf: string } ? never : K;
}[OperationId];

/** The parsed response of an operation. */
export type ResponseOf<K extends OperationId> = OperationTypes[K]["response"];

/** The method of an operation that takes a request body (a POST): the body, then the call's options. */
export type MethodWithBody<K extends OperationId, Params> = (
  params: Params,
  options?: RequestOptions,
) => APIPromise<ResponseOf<K>>;

/** The method of an operation without a request body (a GET): only the call's options. */
export type MethodWithoutBody<K extends OperationId> = (
  options?: RequestOptions,
) => APIPromise<ResponseOf<K>>;

/**
 * An embeddings response whose vectors have the type the request's `encoding_format` asks for:
 * `number[]` for `"float"` (the default), the base64 of the float32 bytes for `"base64"`.
 */
export type EmbeddingsResponse<Vector extends number[] | string = number[] | string> = Omit<
  CreateEmbeddingResponse,
  "data"
> & { data: (Omit<EmbeddingObject, "embedding"> & { embedding: Vector })[] };

/**
 * `embeddings.create`, the one method whose response type follows a request field: vectors are
 * `string` when `encoding_format` is `"base64"`, `number[]` when it is `"float"` or absent, and
 * either when it is not known until run time. `Extra` is what a wrapper adds to the response (the
 * confidential client's `verification`).
 */
export interface EmbeddingsCreate<Options = RequestOptions, Extra = unknown> {
  (
    params: CreateEmbeddingRequest & { encoding_format: "base64" },
    options?: Options,
  ): APIPromise<EmbeddingsResponse<string> & Extra>;
  (
    params: CreateEmbeddingRequest & { encoding_format?: "float" | null },
    options?: Options,
  ): APIPromise<EmbeddingsResponse<number[]> & Extra>;
  (params: CreateEmbeddingRequest, options?: Options): APIPromise<EmbeddingsResponse & Extra>;
}

/** The method of an operation, by whether it takes a request body. */
export type Method<K extends OperationId> = K extends "embeddings_create"
  ? EmbeddingsCreate
  : OperationTypes[K] extends { request: infer Params }
    ? MethodWithBody<K, Params>
    : MethodWithoutBody<K>;

/** Every plain operation as `client[resource][name]`, e.g. `chat.create`, `models.listOpenRouter`. */
export type Resources = {
  [R in OperationTable[PlainOperationId]["resource"]]: {
    [
      K in PlainOperationId as OperationTable[K]["resource"] extends R ? OperationTable[K]["name"] : never
    ]: Method<K>;
  };
};

/** Makes an operation's call: `body` is undefined for an operation that takes none. */
export type Caller = (
  id: OperationId,
  body: unknown,
  options: RequestOptions | undefined,
) => APIPromise<unknown>;

/**
 * Builds the methods from the generated operation table. In this API a GET takes no request body and
 * every other method takes one, so a GET's only argument is the call's options.
 */
export function createResources(call: Caller): Resources {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const [id, op] of Object.entries(operations) as [OperationId, OperationTable[OperationId]][]) {
    if ("confidentialOf" in op) continue;
    const resource = (resources[op.resource] ??= {});
    if (op.method === "GET") {
      resource[op.name] = (options?: RequestOptions) => call(id, undefined, options);
    } else {
      resource[op.name] = (params: unknown, options?: RequestOptions) => call(id, params, options);
    }
  }
  return resources as Resources;
}
