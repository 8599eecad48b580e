import { describe, expect, it } from "vitest";
import { createSpecValidator } from "../packages/mock-server/src/spec/spec-validator.ts";
import { loadSpec, walkSchemas } from "../scripts/lib/spec.ts";
import { seedExamples } from "../packages/types/src/test-utils/seed-examples.ts";

const spec = loadSpec();
const validator = createSpecValidator(spec);
const withExamples = [...walkSchemas(spec)].filter(({ schema }) => "example" in schema);

describe("every example in the spec", () => {
  it("is plentiful: request, response and chunk schemas all carry one", () => {
    expect(withExamples.length).toBeGreaterThan(60);
  });

  it.each(withExamples.map(({ pointer, schema }) => [pointer, schema] as const))(
    "%s validates against its own schema",
    (_pointer, schema) => {
      const validate = validator.compile(schema);
      expect(validate(schema.example), JSON.stringify(validate.errors)).toBe(true);
    },
  );
});

describe("the example requests of the documents, in wire format", () => {
  it.each(seedExamples)("are valid %s bodies", (schemaName, example) => {
    const validate = validator.compileNamed(schemaName);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("the validator itself", () => {
  it("rejects what the schemas forbid", () => {
    const validate = validator.compileNamed("CreateChatCompletionRequest");
    const base = { model: "m", messages: [{ role: "user", content: "hi" }] };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, temperature: 2.5 })).toBe(false);
    expect(validate({ ...base, temperature: "0.5" })).toBe(false);
    expect(validate({ ...base, stop: ["a", "b", "c", "d", "e"] })).toBe(false);
    expect(validate({ ...base, stream: true })).toBe(false);
    expect(validate({ ...base, messages: [{ role: "robot", content: "hi" }] })).toBe(false);
    expect(validate({ messages: base.messages })).toBe(false);
  });
});
