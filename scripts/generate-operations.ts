import type { OperationEntry } from "./lib/operation-entry.ts";

const TYPE_FIELDS = ["request", "streamRequest", "response", "chunk"] as const;

/** The client's operation table: a small runtime object plus the types of each operation. */
export function generateOperations(entries: readonly OperationEntry[]): string {
  const runtime = entries.map((entry) => {
    const fields = [
      `method: ${JSON.stringify(entry.method)}`,
      `path: ${JSON.stringify(entry.path)}`,
      `resource: ${JSON.stringify(entry.resource)}`,
      `name: ${JSON.stringify(entry.name)}`,
      // Only the exceptions are written (most operations need a key): every byte of this table ships
      // in the client's bundle.
      ...(entry.public ? ["public: true"] : []),
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
    ` * and \`public: true\` when it needs no API key.`,
    ` */`,
    `export const operations = {`,
    ...runtime,
    `} as const;`,
    ``,
    `/** The operationIds of the Atoma API. */`,
    `export type OperationId = keyof typeof operations;`,
    ``,
    `/**`,
    ` * The request, streaming request, response and stream chunk types of each operation: an operation`,
    ` * with a \`chunk\` can answer with a stream of them.`,
    ` */`,
    `export interface OperationTypes {`,
    ...types,
    `}`,
    ``,
  ].join("\n");
}
