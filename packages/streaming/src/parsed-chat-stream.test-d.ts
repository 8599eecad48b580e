import { createAtomaClient, type ParsedChatCompletion } from "@atoma-ts/client";
import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import type { ChatStream } from "./chat-stream.js";
import type { DeepPartial, ParsedChatStream } from "./parsed-chat-stream.js";
import type { StreamPromise } from "./stream-promise.js";
import { withStreaming } from "./with-streaming.js";

const atoma = withStreaming(createAtomaClient());
const messages = [{ role: "user" as const, content: "Hi" }];
const Weather = z.object({ city: z.string(), days: z.array(z.object({ celsius: z.number() })) });
type Weather = z.output<typeof Weather>;

describe("chat.stream with a schema", () => {
  it("is a ParsedChatStream: partial objects of the input, a final completion of the output", async () => {
    const pending = atoma.chat.stream({ model: "m", messages, response_format: Weather });
    expectTypeOf(pending).toEqualTypeOf<StreamPromise<ParsedChatStream<Weather, Weather>>>();
    const stream = await pending;
    expectTypeOf(stream.partialObjects).toEqualTypeOf<AsyncIterable<DeepPartial<Weather>>>();
    expectTypeOf<DeepPartial<Weather>>().toEqualTypeOf<{
      city?: string;
      days?: { celsius?: number }[];
    }>();
    expectTypeOf(stream.finalCompletion()).resolves.toEqualTypeOf<ParsedChatCompletion<Weather>>();
    expectTypeOf(stream).toExtend<ChatStream>();
  });

  it("is a plain ChatStream with the API's own response_format", () => {
    expectTypeOf(
      atoma.chat.stream({ model: "m", messages, response_format: { type: "json_object" } }),
    ).toEqualTypeOf<StreamPromise<ChatStream>>();
  });
});
