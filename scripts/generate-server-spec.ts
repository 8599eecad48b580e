import type { OperationEntry } from "./lib/operation-entry.ts";
import type { SpecNode } from "./lib/spec.ts";

/**
 * The mock server's copy of the spec: the whole document (its schemas are compiled at start-up), its
 * operations, and their types, so the server needs no spec parsing of its own and the published
 * package carries the spec it was built from.
 */
export function generateServerSpec(spec: SpecNode, entries: readonly OperationEntry[]): string {
  const plain = entries.filter((entry) => !entry.confidentialOf);
  const confidential = entries.filter((entry) => entry.confidentialOf);
  const operations = entries.map(serverOperation);
  return [
    `import type { SpecDocument } from "../spec/spec-document.js";`,
    ``,
    `/** The Atoma OpenAPI document. */`,
    `export const spec: SpecDocument = ${JSON.stringify(spec)};`,
    ``,
    `/** The operations answered in clear. */`,
    `export type PlainOperationId = ${idUnion(plain)};`,
    ``,
    `/** The operations that encrypt a plain one's request and response. */`,
    `export type ConfidentialOperationId = ${idUnion(confidential)};`,
    ``,
    `/** The operationIds of the spec. */`,
    `export type OperationId = PlainOperationId | ConfidentialOperationId;`,
    ``,
    `/** What every operation has; the schema fields are component schema names. */`,
    `interface OperationFields {`,
    `  method: string;`,
    `  path: string;`,
    `  /** True when the operation needs no API key. */`,
    `  public: boolean;`,
    `  request?: string;`,
    `  /** The request variant with \`stream: true\`. */`,
    `  streamRequest?: string;`,
    `  response: string;`,
    `  /** One stream event's data, when the operation can answer with a stream. */`,
    `  chunk?: string;`,
    `}`,
    ``,
    `/** A plain operation: its handler answers it. */`,
    `export interface PlainOperation extends OperationFields {`,
    `  operationId: PlainOperationId;`,
    `  confidentialOf?: undefined;`,
    `}`,
    ``,
    `/** A confidential operation: the plain one it encrypts answers it. */`,
    `export interface ConfidentialOperation extends OperationFields {`,
    `  operationId: ConfidentialOperationId;`,
    `  confidentialOf: PlainOperationId;`,
    `}`,
    ``,
    `/** One operation of the spec. */`,
    `export type SpecOperation = PlainOperation | ConfidentialOperation;`,
    ``,
    `/** Every operation of the spec, in its order. */`,
    `export const operations: readonly SpecOperation[] = ${JSON.stringify(operations)};`,
    ``,
  ].join("\n");
}

/** The operationIds of some entries as a TypeScript union of string literals. */
function idUnion(entries: readonly OperationEntry[]): string {
  return entries.map((entry) => JSON.stringify(entry.operationId)).join(" | ");
}

/** An entry without the client's resource and method names: the mock server has no use for them. */
function serverOperation({ resource: _resource, name: _name, ...operation }: OperationEntry) {
  return operation;
}
