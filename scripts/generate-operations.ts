import type { SpecOperationEntry } from "../packages/mock-server/src/spec-document.ts";
import { listOperations, schemaNameOf, type SpecNode, type SpecOperation } from "./lib/spec.ts";

const JSON_TYPE = "application/json";
const SSE_TYPE = "text/event-stream";

/** What the client and the mock server need to know of one operation; all of it read from the spec. */
export type OperationEntry = SpecOperationEntry;

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
    needsAuth: security.length > 0,
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

const TYPE_FIELDS = ["request", "streamRequest", "response", "chunk"] as const;

/** The client's operation table: a small runtime object plus the types of each operation. */
export function generateOperations(spec: SpecNode): string {
  const entries = listOperations(spec).map((operation) => describeOperation(spec, operation));
  const runtime = entries.map((entry) => {
    const fields = [
      `method: ${JSON.stringify(entry.method)}`,
      `path: ${JSON.stringify(entry.path)}`,
      `resource: ${JSON.stringify(entry.resource)}`,
      `name: ${JSON.stringify(entry.name)}`,
      // Only the exceptions are written (most operations need a key; few stream): every byte of this
      // table ships in the client's bundle.
      ...(entry.needsAuth ? [] : ["public: true"]),
      ...(entry.chunk ? ["streams: true"] : []),
      ...(entry.confidentialOf ? [`confidentialOf: ${JSON.stringify(entry.confidentialOf)}`] : []),
    ];
    return `  ${entry.operationId}: { ${fields.join(", ")} },`;
  });
  const types = entries.map((entry) => {
    const fields = TYPE_FIELDS.filter((field) => entry[field]).map(
      (field) => `${field}: Schemas[${JSON.stringify(entry[field])}];`,
    );
    return `  ${entry.operationId}: { ${fields.join(" ")} };`;
  });
  return [
    `import type { components } from "@atoma-ts/types";`,
    ``,
    `type Schemas = components["schemas"];`,
    ``,
    `/**`,
    ` * Every operation of the Atoma API, keyed by operationId: where it lives, what the client calls it,`,
    ` * \`public: true\` when it needs no API key, and \`streams: true\` when it can answer with a stream.`,
    ` */`,
    `export const operations = {`,
    ...runtime,
    `} as const;`,
    ``,
    `/** The operationIds of the Atoma API. */`,
    `export type OperationId = keyof typeof operations;`,
    ``,
    `/** The request, streaming request, response and stream chunk types of each operation. */`,
    `export interface OperationTypes {`,
    ...types,
    `}`,
    ``,
  ].join("\n");
}
