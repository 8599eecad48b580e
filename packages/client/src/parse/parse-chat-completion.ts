import type { StandardSchemaV1 } from "@standard-schema/spec";
import type {
  ChatCompletionChoice,
  ChatCompletionResponse,
  CreateChatCompletionRequest,
} from "@atoma-ts/types";
import { createAPIPromise, type APIPromise } from "../api-promise.js";
import type { RequestOptions } from "../options.js";
import { ParseError } from "./parse-error.js";
import { jsonSchemaFormat, schemaFormatOf, type ParseResponseFormat } from "./response-format.js";

/** The parameters of `chat.parse`: a chat request whose `response_format` is a schema. */
export type ChatParseParams<S extends StandardSchemaV1 = StandardSchemaV1> = Omit<
  CreateChatCompletionRequest,
  "response_format"
> & { response_format: ParseResponseFormat<S> };

/** A chat completion whose every choice's `message.parsed` is the answer, validated by the schema. */
export type ParsedChatCompletion<T> = Omit<ChatCompletionResponse, "choices"> & {
  choices: (Omit<ChatCompletionChoice, "message"> & {
    message: ChatCompletionChoice["message"] & { parsed: T };
  })[];
};

/**
 * `chat.parse`: `Extra` is what a wrapper adds to the response (the confidential client's
 * `verification`).
 */
export interface ChatParse<Options = RequestOptions, Extra = unknown> {
  /** Sends `params` with the schema's JSON Schema, and resolves to the completion with `parsed` answers. */
  <S extends StandardSchemaV1>(
    params: ChatParseParams<S>,
    options?: Options,
  ): APIPromise<ParsedChatCompletion<StandardSchemaV1.InferOutput<S>> & Extra>;
}

/** A `chat.create`, plain, verifying or confidential. */
export type ChatCreate<Options> = (
  params: CreateChatCompletionRequest,
  options?: Options,
) => APIPromise<ChatCompletionResponse>;

/**
 * Sends a chat request with the schema's JSON Schema as `response_format` (`json_schema`, strict) by
 * `create`, then parses and validates each choice's answer into `message.parsed`, in place (what `create`
 * attached to the response, such as `verification`, stays). The one implementation of every `chat.parse`.
 *
 * @throws {ParseError} no JSON Schema for the schema (before sending), or an answer refused, cut, not
 * JSON, or invalid.
 */
export function parseChatCompletion<S extends StandardSchemaV1, Options>(
  create: ChatCreate<Options>,
  { response_format, ...params }: ChatParseParams<S>,
  options?: Options,
): APIPromise<ParsedChatCompletion<StandardSchemaV1.InferOutput<S>>> {
  const result = (async () => {
    const format = schemaFormatOf(response_format);
    const request = { ...params, response_format: jsonSchemaFormat(format) };
    const { data, response } = await create(request, options).withResponse();
    return { data: await parseChoices(data, format.schema), response };
  })();
  return createAPIPromise(result);
}

/**
 * Parses and validates each choice's answer into `message.parsed`, in place: for `chat.parse` and for a
 * stream's final completion.
 *
 * @throws {ParseError} the first choice refused, cut, not JSON, or invalid.
 */
export async function parseChoices<S extends StandardSchemaV1>(
  completion: ChatCompletionResponse,
  schema: S,
): Promise<ParsedChatCompletion<StandardSchemaV1.InferOutput<S>>> {
  for (const choice of completion.choices) {
    Object.assign(choice.message, { parsed: await parseChoice(choice, schema) });
  }
  return completion as ParsedChatCompletion<StandardSchemaV1.InferOutput<S>>;
}

/** One choice's answer: refused, cut, not JSON, invalid, or the schema's value. */
async function parseChoice(choice: ChatCompletionChoice, schema: StandardSchemaV1): Promise<unknown> {
  const { index, message } = choice;
  const fail = (
    type: ParseError["type"],
    why: string,
    more: { content?: string; issues?: readonly StandardSchemaV1.Issue[] } = {},
  ) =>
    new ParseError(`chat.parse: choice ${index} ${why}`, {
      type,
      choice: index,
      content: message.content ?? undefined,
      ...more,
    });
  if (message.refusal) throw fail("refusal", "is a refusal", { content: message.refusal });
  if (choice.finish_reason === "length") throw fail("length", "was cut at the token limit");
  let value: unknown;
  try {
    value = JSON.parse(message.content ?? "");
  } catch {
    // No `cause`: JSON.parse's message quotes the content, which must not reach logs.
    throw fail("invalid-json", message.content == null ? "has no content" : "is not JSON");
  }
  const result = await schema["~standard"].validate(value);
  if (result.issues) {
    const where = pathOf(result.issues[0]) || "its root";
    throw fail("invalid", `fails the schema at ${where} (issues: ${result.issues.length})`, {
      issues: result.issues,
    });
  }
  return result.value;
}

/**
 * Where a Standard Schema issue is, as `a.b.0` (`""` at the root): for messages, which name the place
 * rather than quote the issue's message where that may quote a private value.
 */
export function pathOf(issue: StandardSchemaV1.Issue | undefined): string {
  return (issue?.path ?? []).map((key) => String(typeof key === "object" ? key.key : key)).join(".");
}
