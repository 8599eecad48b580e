import { listOperations, schemaNameOf, type SpecNode, type SpecOperation } from "./spec.ts";

const JSON_TYPE = "application/json";
const SSE_TYPE = "text/event-stream";

/**
 * What the generated files know of one operation, all of it read from the spec: the contract between
 * the generator and every file it writes. Schema fields are component schema names.
 */
export interface OperationEntry {
  operationId: string;
  method: string;
  path: string;
  /** The client's resource and method name (`x-atoma-client`): `chat.create`. */
  resource: string;
  name: string;
  /** True when the operation needs no API key. */
  public: boolean;
  /** The plain operation whose request and response a confidential one encrypts. */
  confidentialOf?: string;
  request?: string;
  /** The request variant with `stream: true`. */
  streamRequest?: string;
  response: string;
  /** One stream event's data, when the operation can answer with a stream. */
  chunk?: string;
}

/** The entry of every operation, in the spec's order. */
export function describeOperations(spec: SpecNode): OperationEntry[] {
  return listOperations(spec).map((operation) => describeOperation(spec, operation));
}

/** Reads the entry of one operation, failing loudly on anything the convention does not allow. */
export function describeOperation(
  spec: SpecNode,
  { path, method, operation }: SpecOperation,
): OperationEntry {
  const where = `${method.toUpperCase()} ${path}`;
  const client = operation["x-atoma-client"];
  if (!operation.operationId) throw new Error(`${where}: no operationId`);
  if (!client?.resource || !client?.method)
    throw new Error(`${where}: no x-atoma-client resource and method`);

  const ok = operation.responses?.["200"]?.content ?? {};
  const response = schemaNameOf(ok[JSON_TYPE]?.schema);
  if (!response) throw new Error(`${where}: the 200 ${JSON_TYPE} response is not a named schema`);
  const chunk = ok[SSE_TYPE] ? schemaNameOf(ok[SSE_TYPE].schema?.items) : undefined;
  if (ok[SSE_TYPE] && !chunk) throw new Error(`${where}: the ${SSE_TYPE} schema has no items $ref`);

  const body = operation.requestBody?.content?.[JSON_TYPE]?.schema;
  const variants: SpecNode[] = body?.oneOf ?? (body ? [body] : []);
  const isStreamRequest = (variant: SpecNode) => streamConst(spec, variant) === true;
  const request = variants.find((variant) => !isStreamRequest(variant));
  const streamRequest = variants.find(isStreamRequest);

  const security: unknown[] = operation.security ?? spec.security ?? [];
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    resource: client.resource,
    name: client.method,
    public: security.length === 0,
    confidentialOf: client.confidentialOf,
    request: request && requireName(request, `${where}: request body`),
    streamRequest: streamRequest && requireName(streamRequest, `${where}: stream request body`),
    response,
    chunk,
  };
}

function requireName(node: SpecNode, what: string): string {
  const name = schemaNameOf(node);
  if (!name) throw new Error(`${what} is not a named schema`);
  return name;
}

/** The `const` of a request schema's `stream` property, looking through `allOf`. */
function streamConst(spec: SpecNode, node: SpecNode): unknown {
  const name = schemaNameOf(node);
  const schema: SpecNode = name ? spec.components.schemas[name] : node;
  if (schema.properties?.stream && "const" in schema.properties.stream) return schema.properties.stream.const;
  for (const part of schema.allOf ?? []) {
    const found = streamConst(spec, part);
    if (found !== undefined) return found;
  }
  return undefined;
}
