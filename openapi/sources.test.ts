import { describe, expect, it } from "vitest";
import { deref, findProperty, loadSpec, schemaNameOf, type SpecNode } from "../scripts/lib/spec.ts";
import { readFieldTables, type SeedField, type SeedType } from "./test-utils/seed-pages.ts";
import { loadUpstreamFacts, upstreamDifferences } from "./test-utils/upstream-differences.ts";

const spec = loadSpec();

/** Which schema each field table of each page defines (seeds/README.md). */
const PAGES: Record<string, string[]> = {
  "000_576369ee51685d9d.txt": ["CreateChatCompletionStreamRequest"],
  "001_8d4dfaac7fa3feb0.txt": ["CreateChatCompletionRequest"],
  "002_325ada825f78e072.txt": ["CreateChatCompletionRequest", "CreateChatCompletionStreamRequest"],
  "003_73206df78e2f2da8.txt": ["CompletionRequest"],
  "004_21dc59a2ef93ca70.txt": ["CreateCompletionsStreamRequest"],
};

/** Parameters of the official SDK's methods that never reach the wire. */
const SDK_ONLY = new Set(["retries"]);

const rows = Object.entries(PAGES).flatMap(([page, schemas]) => {
  const tables = readFieldTables(page);
  expect(tables, `${page} has one field table per schema`).toHaveLength(schemas.length);
  return tables.flatMap((fields, index) =>
    fields.filter((field) => !SDK_ONLY.has(field.name)).map((field) => ({ schema: schemas[index]!, field })),
  );
});

/** What is wrong with the spec's property against the page's row, if anything. */
function mismatch(schemaName: string, field: SeedField): string | undefined {
  const found = findProperty(spec, { $ref: `#/components/schemas/${schemaName}` }, field.name);
  if (!found) return "missing";
  if (!typeMatches(found.schema, field.type)) return `type is not ${JSON.stringify(field.type)}`;
  if (found.required !== field.required)
    return `required is ${found.required}, the page says ${field.required}`;
  if (
    field.nullable !== undefined &&
    field.type.kind !== "any" &&
    isNullable(found.schema) !== field.nullable
  ) {
    return `nullable is ${isNullable(found.schema)}, the page says ${field.nullable}`;
  }
  if (field.deprecated && !found.schema.deprecated) return "not marked deprecated";
  return undefined;
}

function types(schema: SpecNode): string[] {
  return [schema.type ?? []].flat();
}

function isNullable(schema: SpecNode): boolean {
  return types(schema).includes("null") || (schema.anyOf ?? schema.oneOf ?? []).some(isNullable);
}

/** The schema without its `null` alternative: `anyOf: [X, {type: null}]` is X. */
function nonNull(schema: SpecNode): SpecNode {
  const alternatives: SpecNode[] | undefined = schema.anyOf ?? schema.oneOf;
  const rest = alternatives?.filter((alternative) => !types(alternative).includes("null"));
  return rest?.length === 1 ? rest[0]! : schema;
}

function typeMatches(property: SpecNode, want: SeedType): boolean {
  // A named primitive (`model: $ref ChatModelId`, a string) is compared by what it names.
  const schema = want.kind === "ref" ? nonNull(property) : deref(spec, nonNull(property));
  const have = types(schema).filter((type) => type !== "null");
  switch (want.kind) {
    case "any":
      return true;
    case "primitive":
      return want.name === "numeric"
        ? have.length === 1 && ["number", "integer"].includes(have[0]!)
        : have.length === 1 && have[0] === want.name;
    case "array":
      return have.includes("array") && typeMatches(schema.items ?? {}, want.items);
    case "map":
      return have.includes("object") && typeMatches(schema.additionalProperties ?? {}, want.values);
    case "ref":
      return schemaNameOf(schema) === want.name;
  }
}

describe("the spec against the Atoma documents in openapi/sources", () => {
  it("reads every field table of every page", () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  it.each(rows.map(({ schema, field }) => [field.page, schema, field.name, field] as const))(
    "%s: %s.%s has the documented type, required-ness, nullability and deprecation",
    (_page, schema, _name, field) => {
      const problem = mismatch(schema, field);
      const deviation = findProperty(spec, { $ref: `#/components/schemas/${schema}` }, field.name)?.schema[
        "x-seed-deviation"
      ];
      if (problem)
        expect(deviation, `${field.page}: ${schema}.${field.name} ${problem}`).toBeTypeOf("string");
    },
  );

  it("carries no x-seed-deviation that neither a page nor atoma-proxy's own spec needs", () => {
    const needed = new Set(
      rows.filter(({ schema, field }) => mismatch(schema, field)).map(({ field }) => field.name),
    );
    const upstreamNeeds = new Set(
      upstreamDifferences(spec, loadUpstreamFacts()).flatMap((difference) => difference.deviations),
    );
    const declared = Object.entries(spec.components.schemas as Record<string, SpecNode>).flatMap(
      ([name, schema]) =>
        [schema, ...(deref(spec, schema).allOf ?? [])].flatMap((part: SpecNode, index) =>
          Object.entries(part.properties ?? {})
            .filter(([, property]) => (property as SpecNode)["x-seed-deviation"])
            .map(([property]) => ({
              name: `${name}.${property}`,
              pointer: `#/components/schemas/${name}${index ? `/allOf/${index - 1}` : ""}/properties/${property}`,
            })),
        ),
    );
    for (const deviation of declared.filter(({ pointer }) => !upstreamNeeds.has(pointer))) {
      expect(needed, deviation.name).toContain(deviation.name.split(".")[1]);
    }
  });
});
