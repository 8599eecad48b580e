import type { OperationEntry } from "./lib/operation-entry.ts";

const TYPE_FIELDS = ["request", "streamRequest", "response", "chunk"] as const;

/** The fields of one operation in the client's table, as `name: value` source. */
function tableFields(entry: OperationEntry): string[] {
  return [
    `method: ${JSON.stringify(entry.method)}`,
    `path: ${JSON.stringify(entry.path)}`,
    `resource: ${JSON.stringify(entry.resource)}`,
    `name: ${JSON.stringify(entry.name)}`,
    // Only the exceptions are written (most operations need a key): every byte of this table ships
    // in the client's bundle.
    ...(entry.public ? ["public: true"] : []),
    ...(entry.confidentialOf ? [`confidentialOf: ${JSON.stringify(entry.confidentialOf)}`] : []),
  ];
}

/**
 * The client's operation table: its type (public: the client's method types are built from it), the
 * small runtime object (internal), and the types of each operation's bodies.
 */
export function generateOperations(entries: readonly OperationEntry[]): string {
  const tableTypes = entries.map((entry) => `  ${entry.operationId}: { ${tableFields(entry).join("; ")} };`);
  const runtime = entries.map((entry) => `  ${entry.operationId}: { ${tableFields(entry).join(", ")} },`);
  const types = entries.map((entry) => {
    const fields = TYPE_FIELDS.filter((field) => entry[field]).map(
      (field) => `${field}: components["schemas"][${JSON.stringify(entry[field])}];`,
    );
    return `  ${entry.operationId}: { ${fields.join(" ")} };`;
  });
  return [
    `import type { components } from "@atoma-ts/types";`,
    ``,
    `/**`,
    ` * Every operation of the Atoma API, keyed by operationId: where it lives, what the client calls it,`,
    ` * and \`public: true\` when it needs no API key.`,
    ` */`,
    `export interface OperationTable {`,
    ...tableTypes,
    `}`,
    ``,
    `/** The {@link OperationTable} at run time. */`,
    `export const operations: OperationTable = {`,
    ...runtime,
    `};`,
    ``,
    `/** The operationIds of the Atoma API. */`,
    `export type OperationId = keyof OperationTable;`,
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
