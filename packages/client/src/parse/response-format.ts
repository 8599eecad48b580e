import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import type { JsonSchemaResponseFormat, ResponseFormat } from "@atoma-ts/types";
import { ParseError } from "./parse-error.js";

/**
 * A schema with its JSON Schema and name, for `response_format` of `chat.parse`. Pass this form
 * instead of the bare schema to name it, describe it, or give the JSON Schema of a library that does not
 * implement Standard JSON Schema.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * import { toJsonSchema } from "@valibot/to-json-schema";
 * const Weather = v.object({ city: v.string(), celsius: v.number() });
 * await atoma.chat.parse({
 *   model,
 *   messages,
 *   response_format: { schema: Weather, jsonSchema: toJsonSchema(Weather), name: "weather" },
 * });
 * ```
 */
export interface SchemaResponseFormat<S extends StandardSchemaV1 = StandardSchemaV1> {
  /** Validates the answer (any Standard Schema: zod 4, Valibot, ArkType…). */
  schema: S;
  /**
   * The JSON Schema sent to the model.
   *
   * @default the schema's own, by Standard JSON Schema (`schema["~standard"].jsonSchema.input`)
   */
  jsonSchema?: Record<string, unknown>;
  /**
   * The schema's name, sent as `json_schema.name`.
   *
   * @default "response"
   */
  name?: string;
  /** What the answer is for, sent as `json_schema.description`. */
  description?: string;
  /**
   * Whether the model must follow the schema exactly.
   *
   * @default true
   */
  strict?: boolean;
}

/** `response_format` of `chat.parse`: a Standard Schema, or one with its JSON Schema and name. */
export type ParseResponseFormat<S extends StandardSchemaV1 = StandardSchemaV1> = S | SchemaResponseFormat<S>;

/** Whether a `response_format` is a schema (either form) rather than the API's own `ResponseFormat`. */
export function isSchemaFormat(format: unknown): format is ParseResponseFormat {
  return (
    !!format &&
    (typeof format === "object" || typeof format === "function") &&
    ("~standard" in format || "schema" in format)
  );
}

/** Reads either form of `response_format` as the schema and its options. */
export function schemaFormatOf<S extends StandardSchemaV1>(
  format: ParseResponseFormat<S>,
): SchemaResponseFormat<S> {
  return "~standard" in format ? { schema: format } : format;
}

/**
 * The `response_format` sent for a schema: `json_schema` with the JSON Schema of the answer the schema
 * accepts (its *input*: what the model writes is what the schema reads).
 */
export function jsonSchemaFormat(format: SchemaResponseFormat): ResponseFormat {
  const json_schema: JsonSchemaResponseFormat = {
    name: format.name ?? "response",
    schema:
      format.jsonSchema ??
      standardJsonSchemaOf(format.schema, "chat.parse", "pass response_format: { schema, jsonSchema }"),
    strict: format.strict ?? true,
  };
  if (format.description !== undefined) json_schema.description = format.description;
  return { type: "json_schema", json_schema };
}

/**
 * A schema's JSON Schema by Standard JSON Schema v1 (`~standard.jsonSchema.input`, draft 2020-12): for
 * `response_format` here, and for tool parameters in `chat.runTools`.
 *
 * @param where What needs it, as the message starts (`chat.parse`, `chat.runTools: tool get_weather`).
 * @param remedy How to give a JSON Schema instead (`pass response_format: { schema, jsonSchema }`).
 * @throws {ParseError} `no-json-schema`: the library does not implement Standard JSON Schema, or cannot
 * convert this schema.
 */
export function standardJsonSchemaOf(
  schema: StandardSchemaV1,
  where: string,
  remedy: string,
): Record<string, unknown> {
  const props = schema["~standard"] as Partial<StandardJSONSchemaV1.Props>;
  // No converter (the library does not implement Standard JSON Schema), or one that cannot convert this
  // schema (its error is the cause).
  let cause: unknown;
  if (props.jsonSchema) {
    try {
      return props.jsonSchema.input({ target: "draft-2020-12" });
    } catch (error) {
      cause = error;
    }
  }
  throw new ParseError(`${where}: no JSON Schema from the ${props.vendor} schema: ${remedy}`, {
    type: "no-json-schema",
    cause,
  });
}
