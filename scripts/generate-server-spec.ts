import { describeOperation } from "./generate-operations.ts";
import { listOperations, type SpecNode } from "./lib/spec.ts";

/**
 * The mock server's copy of the spec: the whole document (its schemas are compiled at start-up)
 * and the same operation entries the client's table is made from, so the server needs no spec
 * parsing of its own and the published package carries the spec it was built from.
 */
export function generateServerSpec(spec: SpecNode): string {
  const entries = listOperations(spec).map((operation) => describeOperation(spec, operation));
  return [
    `import type { SpecDocument, SpecOperationEntry } from "../spec-document.js";`,
    ``,
    `/** The Atoma OpenAPI document. */`,
    `export const spec: SpecDocument = ${JSON.stringify(spec)};`,
    ``,
    `/** Every operation of the spec, as the generator reads it. */`,
    `export const operations: readonly SpecOperationEntry[] = ${JSON.stringify(entries)};`,
    ``,
  ].join("\n");
}
