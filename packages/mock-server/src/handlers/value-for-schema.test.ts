import { describe, expect, test } from "vitest";
import { valueForSchema } from "./value-for-schema.js";

const rows: { given: unknown; want: unknown }[] = [
  { given: { type: "string" }, want: "Paris" },
  { given: { type: "string", minLength: 7 }, want: "ParisPa" },
  { given: { type: "string", format: "date" }, want: "2026-01-01" },
  { given: { type: "integer", minimum: 3, maximum: 9 }, want: 3 },
  { given: { type: "number", exclusiveMinimum: 0 }, want: 0.5 },
  { given: { type: "number" }, want: 1 },
  { given: { type: ["null", "boolean"] }, want: true },
  { given: { enum: ["a", "b"] }, want: "a" },
  { given: { const: 42 }, want: 42 },
  { given: { anyOf: [{ type: "integer" }, { type: "null" }] }, want: 1 },
  { given: { type: "array", items: { type: "string" }, minItems: 2 }, want: ["Paris", "Paris"] },
  { given: { type: "array", prefixItems: [{ type: "number" }, { type: "boolean" }] }, want: [1, true] },
  {
    given: {
      type: "object",
      properties: { city: { type: "string" }, where: { $ref: "#/$defs/Point" } },
      $defs: { Point: { type: "object", properties: { lat: { type: "number" } } } },
    },
    want: { city: "Paris", where: { lat: 1 } },
  },
  { given: { properties: { n: { type: "integer" } } }, want: { n: 1 } },
];

describe("valueForSchema", () => {
  test.each(rows)("$given", ({ given, want }) => {
    expect(valueForSchema(given, "Paris")).toEqual(want);
  });
});
