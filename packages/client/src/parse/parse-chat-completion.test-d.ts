import type { ChatCompletionResponse } from "@atoma-ts/types";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import type { APIPromise } from "../api-promise.js";
import { createAtomaClient } from "../client.js";
import { parseChatCompletion, type ChatParse, type ParsedChatCompletion } from "./parse-chat-completion.js";

const client = createAtomaClient();
// What withStreaming (in @atoma-ts/streaming) puts on the client as `chat.parse`.
const atoma = {
  chat: {
    parse: ((params, options) => parseChatCompletion(client.chat.create, params, options)) as ChatParse,
  },
};
const messages = [{ role: "user" as const, content: "Hello!" }];
const Weather = z.object({ city: z.string(), celsius: z.number().optional() });

describe("chat.parse types", () => {
  it("types `parsed` by the schema's output, for zod, Valibot and ArkType", () => {
    const zod = atoma.chat.parse({ model: "m", messages, response_format: Weather });
    expectTypeOf(zod).toEqualTypeOf<
      APIPromise<ParsedChatCompletion<{ city: string; celsius?: number | undefined }>>
    >();
    const Loud = z.object({ city: z.string().transform((city) => city.length) });
    expectTypeOf(atoma.chat.parse({ model: "m", messages, response_format: Loud }))
      .resolves.toHaveProperty("choices")
      .items.toHaveProperty("message")
      .toHaveProperty("parsed")
      .toEqualTypeOf<{ city: number }>();

    const valibot = toStandardJsonSchema(v.object({ n: v.number() }));
    expectTypeOf(
      atoma.chat.parse({ model: "m", messages, response_format: { schema: valibot, name: "n" } }),
    ).resolves.toEqualTypeOf<ParsedChatCompletion<{ n: number }>>();
    const ark = type({ tags: "string[]" });
    expectTypeOf(atoma.chat.parse({ model: "m", messages, response_format: ark })).resolves.toEqualTypeOf<
      ParsedChatCompletion<{ tags: string[] }>
    >();
  });

  it("keeps the rest of the completion", () => {
    type Parsed = ParsedChatCompletion<{ a: 1 }>;
    expectTypeOf<Parsed["usage"]>().toEqualTypeOf<ChatCompletionResponse["usage"]>();
    expectTypeOf<Parsed["choices"][number]["message"]["content"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Parsed["choices"][number]["finish_reason"]>().toEqualTypeOf<
      ChatCompletionResponse["choices"][number]["finish_reason"]
    >();
  });

  it("refuses what is not a schema, a JSON Schema alone, and a missing response_format", () => {
    // @ts-expect-error: a JSON Schema is not a Standard Schema
    void atoma.chat.parse({ model: "m", messages, response_format: { type: "json_object" } });
    // @ts-expect-error: the schema is required
    void atoma.chat.parse({ model: "m", messages, response_format: { jsonSchema: {} } });
    // @ts-expect-error: response_format is required
    void atoma.chat.parse({ model: "m", messages });
    // @ts-expect-error: no streaming here
    void atoma.chat.parse({ model: "m", messages, response_format: Weather, stream: true });
  });
});
