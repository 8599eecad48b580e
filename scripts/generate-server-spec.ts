import type { OperationEntry } from "./lib/operation-entry.ts";
import type { SpecNode } from "./lib/spec.ts";

/**
 * The mock server's copy of the spec: the whole document (its schemas are compiled at start-up), its
 * operations, and their types, so the server needs no spec parsing of its own and the published
 * package carries the spec it was built from.
 */
export function generateServerSpec(spec: SpecNode, entries: readonly OperationEntry[]): string {
  const union = (ids: string[]) => ids.map((id) => JSON.stringify(id)).join(" | ");
  const plainIds = entries.filter((entry) => !entry.confidentialOf).map((entry) => entry.operationId);
  const operations = entries.map(serverOperation);
  return [
    `import type { SpecDocument } from "../spec/spec-document.js";`,
    ``,
    `/** The Atoma OpenAPI document. */`,
    `export const spec: SpecDocument = ${JSON.stringify(spec)};`,
    ``,
    `/** The operationIds of the spec. */`,
    `export type OperationId = ${union(entries.map((entry) => entry.operationId))};`,
    ``,
    `/** The operations answered in clear; each confidential one encrypts one of them. */`,
    `export type PlainOperationId = ${union(plainIds)};`,
    ``,
    `/** One operation of the spec; the schema fields are component schema names. */`,
    `export interface SpecOperation {`,
    `  operationId: OperationId;`,
    `  method: string;`,
    `  path: string;`,
    `  /** True when the operation needs no API key. */`,
    `  public: boolean;`,
    `  /** The plain operation whose request and response a confidential one encrypts. */`,
    `  confidentialOf?: PlainOperationId;`,
    `  request?: string;`,
    `  /** The request variant with \`stream: true\`. */`,
    `  streamRequest?: string;`,
    `  response: string;`,
    `  /** One stream event's data, when the operation can answer with a stream. */`,
    `  chunk?: string;`,
    `}`,
    ``,
    `/** Every operation of the spec, in its order. */`,
    `export const operations: readonly SpecOperation[] = ${JSON.stringify(operations)};`,
    ``,
  ].join("\n");
}

/** An entry without the client's resource and method names: the mock server has no use for them. */
function serverOperation({ resource: _resource, name: _name, ...operation }: OperationEntry) {
  return operation;
}
