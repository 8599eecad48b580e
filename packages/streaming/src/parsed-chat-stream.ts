import type { ParsedChatCompletion } from "@atoma-ts/client";
import { parseChoices } from "@atoma-ts/client/internal";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { ChatStream, chatStreamInit } from "./chat-stream.js";
import type { ChunkStreamInit, ChunkStreamOptions } from "./chunk-stream.js";
import type { ChatCompletionChunk, ChatCompletionResponse } from "./stream-types.js";

/** A value of `T` on its way: any property, at any depth, may be missing yet. */
export type DeepPartial<T> = T extends (infer Item)[]
  ? DeepPartial<Item>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * What a {@link ParsedChatStream} is made of: a chat stream's init and the schema.
 *
 * @internal
 */
export type ParsedChatStreamInit = ChunkStreamInit<ChatCompletionChunk, ChatCompletionResponse> & {
  schema: StandardSchemaV1;
};

/**
 * The stream of `chat.stream` given a schema as `response_format`: a {@link ChatStream} whose
 * `finalCompletion()` has each choice's `message.parsed`, validated as by `chat.parse`, and whose
 * `partialObjects` gives the first choice's answer as it arrives, parsed from incomplete JSON.
 *
 * @example
 * ```ts
 * const stream = await atoma.chat.stream({ model, messages, response_format: Weather });
 * for await (const partial of stream.partialObjects) render(partial); // { city: "Lis" }, …
 * const { choices } = await stream.finalCompletion(); // choices[0].message.parsed: validated
 * ```
 */
export class ParsedChatStream<Output, Input = Output> extends ChatStream {
  readonly #schema: StandardSchemaV1<Input, Output>;

  /** @internal */
  constructor(init: ParsedChatStreamInit) {
    super(init);
    // tee() makes its branches from this init, so they keep the schema.
    this.#schema = init.schema as StandardSchemaV1<Input, Output>;
  }

  /**
   * The whole completion, with each choice's answer parsed and validated as `message.parsed`.
   *
   * @throws {ParseError} (from `@atoma-ts/client`) an answer refused, cut, not JSON or invalid.
   */
  override async finalCompletion(): Promise<ParsedChatCompletion<Output>> {
    return parseChoices(await super.finalCompletion(), this.#schema);
  }

  /**
   * The first choice's answer so far, each time a piece of text changes it: parsed from incomplete
   * JSON (by `partial-json`, loaded on first use), not validated (the schema sees only the whole
   * answer, in `finalCompletion()`). Iterating it consumes the stream, as `textStream` does.
   */
  get partialObjects(): AsyncIterable<DeepPartial<Input>> {
    const texts = this.textStream;
    return { [Symbol.asyncIterator]: () => partialObjectsOf<DeepPartial<Input>>(texts) };
  }
}

async function* partialObjectsOf<T>(texts: AsyncIterable<string>): AsyncGenerator<T> {
  const { parse } = await import("partial-json");
  let text = "";
  let last: string | undefined;
  for await (const piece of texts) {
    text += piece;
    let value: T;
    try {
      value = parse(text) as T;
    } catch {
      continue; // not even partial JSON (yet, or at all): finalCompletion() says which
    }
    const json = JSON.stringify(value);
    if (json !== last) yield value;
    last = json;
  }
}

/** Reads a chat stream's response as a {@link ParsedChatStream} of `schema`. */
export function createParsedChatStream<S extends StandardSchemaV1>(
  response: Response,
  options: ChunkStreamOptions<ChatCompletionChunk>,
  schema: S,
): ParsedChatStream<StandardSchemaV1.InferOutput<S>, StandardSchemaV1.InferInput<S>> {
  return new ParsedChatStream({ ...chatStreamInit(response, options), schema });
}
