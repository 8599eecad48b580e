import { listOperations, walkSchemas, type SpecNode } from "../../scripts/lib/spec.ts";

/** The JSON pointers of every schema and operation of the spec that carries an `x-seed-deviation`. */
export function declaredDeviations(spec: SpecNode): string[] {
  const schemas = [...walkSchemas(spec)]
    .filter(({ schema }) => schema["x-seed-deviation"])
    .map(({ pointer }) => pointer);
  const operations = listOperations(spec)
    .filter(({ operation }) => operation["x-seed-deviation"])
    .map(({ path, method }) => `#/paths/${path.replaceAll("/", "~1")}/${method}`);
  return [...new Set([...schemas, ...operations])];
}
