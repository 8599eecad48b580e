/** The part of JSON Schema the mock reads. */
interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  format?: string;
}

/** Strings of the `format`s a schema library emits, each valid for it. */
const FORMATS: Record<string, string> = {
  date: "2026-01-01",
  "date-time": "2026-01-01T00:00:00Z",
  time: "00:00:00",
  email: "mock@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/**
 * A value that fits a JSON Schema (tool parameters, a `json_schema` response format), the same for the
 * same schema and word: `word` for strings, the least allowed number (1 when there is no minimum), every object property,
 * the fewest array items allowed (at least one). It follows `$ref` into `$defs`, and takes the first
 * branch of `anyOf` / `oneOf`; it does not honour `pattern`.
 */
export function valueForSchema(schema: unknown, word: string): unknown {
  const root = (schema ?? {}) as JsonSchema & {
    $defs?: Record<string, JsonSchema>;
    definitions?: Record<string, JsonSchema>;
  };
  const valueOf = (node: JsonSchema, depth: number): unknown => {
    if (depth > 8) return null;
    if (node.$ref) {
      const name = node.$ref.replace(/^#\/(\$defs|definitions)\//, "");
      return valueOf(root.$defs?.[name] ?? root.definitions?.[name] ?? {}, depth + 1);
    }
    if ("const" in node) return node.const;
    if (node.enum?.length) return node.enum[0];
    const branch = node.anyOf?.[0] ?? node.oneOf?.[0];
    if (branch) return valueOf(branch, depth + 1);
    if (node.allOf?.length) return valueOf(Object.assign({}, ...node.allOf) as JsonSchema, depth + 1);
    const types = [node.type ?? (node.properties ? "object" : "string")].flat();
    switch (types.find((type) => type !== "null") ?? "null") {
      case "object":
        return Object.fromEntries(
          Object.entries(node.properties ?? {}).map(([name, property]) => [
            name,
            valueOf(property, depth + 1),
          ]),
        );
      case "array": {
        const fixed = (node.prefixItems ?? []).map((item) => valueOf(item, depth + 1));
        const more = Math.max(node.minItems ?? 1, 1) - fixed.length;
        return [
          ...fixed,
          ...Array.from({ length: Math.max(more, 0) }, () => valueOf(node.items ?? {}, depth + 1)),
        ];
      }
      case "number":
      case "integer":
        return numberFor(node);
      case "boolean":
        return true;
      case "null":
        return null;
      default:
        return stringFor(node, word);
    }
  };
  return valueOf(root, 0);
}

function numberFor({ minimum, exclusiveMinimum, maximum, type }: JsonSchema): number {
  let low = 1;
  if (minimum !== undefined) low = minimum;
  else if (exclusiveMinimum !== undefined) low = exclusiveMinimum + (type === "integer" ? 1 : 0.5);
  return Math.min(low, maximum ?? Infinity);
}

function stringFor({ format, minLength = 0 }: JsonSchema, word: string): string {
  const text = (format && FORMATS[format]) || word;
  return text.padEnd(minLength, text);
}
