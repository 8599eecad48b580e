import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { ChatCompletionMessageToolCall, ChatCompletionToolsParam } from "@atoma-ts/types";
import { standardJsonSchemaOf } from "@atoma-ts/client/internal";

/** What a tool's `run` gets besides its arguments. */
export interface ToolContext {
  /** Aborted when the run is (the caller's signal, `run.abort()`, or leaving its loop): stop then. */
  signal: AbortSignal;
  /** The call being answered, as the model made it (`id`, `function.name`, raw `function.arguments`). */
  call: ChatCompletionMessageToolCall;
}

/**
 * A function the model may call in `chat.runTools`: its name, what it does, its parameters as a schema
 * (any Standard Schema library with a JSON Schema: zod 4, Valibot through `@valibot/to-json-schema`,
 * ArkType), and `run`, which gets the arguments validated by that schema.
 */
export interface Tool<S extends StandardSchemaV1 = StandardSchemaV1> {
  /** The function's name, as the model calls it (a-z, A-Z, 0-9, `_` and `-`, at most 64). */
  name: string;
  /** What the function does, for the model to decide when to call it. */
  description?: string;
  /** Validates the arguments before `run` is called; its JSON Schema is sent as `function.parameters`. */
  parameters: S;
  /**
   * The JSON Schema sent as `function.parameters`.
   *
   * @default the schema's own, by Standard JSON Schema (`parameters["~standard"].jsonSchema.input`)
   */
  jsonSchema?: Record<string, unknown>;
  /** Whether the model must follow the parameters exactly, sent as `function.strict` when set. */
  strict?: boolean;
  /**
   * Runs the call. What it returns goes back to the model as the call's result: a string as it is,
   * anything else as JSON. What it throws goes back as `Error: <message>`, and the run goes on.
   */
  run(args: StandardSchemaV1.InferOutput<S>, context: ToolContext): unknown;
}

/**
 * Defines a tool for `chat.runTools`, its `run` typed by the schema's output. It returns `definition`
 * as it is: it exists for the types.
 *
 * @example
 * ```ts
 * const getWeather = tool({
 *   name: "get_weather",
 *   description: "The current weather in a city",
 *   parameters: z.object({ city: z.string() }),
 *   run: async ({ city }, { signal }) => fetchWeather(city, { signal }), // city: string
 * });
 * ```
 */
export function tool<S extends StandardSchemaV1>(definition: Tool<S>): Tool<S> {
  return definition;
}

/**
 * The tool as the API takes it: `{ type: "function", function: { name, description, parameters } }`.
 *
 * @throws {ParseError} (`no-json-schema`) the schema gives no JSON Schema and the tool has no `jsonSchema`.
 */
export function toolParamOf({
  name,
  description,
  parameters,
  jsonSchema,
  strict,
}: Tool): ChatCompletionToolsParam {
  const schema =
    jsonSchema ??
    standardJsonSchemaOf(parameters, `chat.runTools: tool ${name}`, "give the tool a jsonSchema");
  return {
    type: "function",
    function: {
      name,
      ...(description !== undefined && { description }),
      parameters: schema,
      ...(strict !== undefined && { strict }),
    },
  };
}
