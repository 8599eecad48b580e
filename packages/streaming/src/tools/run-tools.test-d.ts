import { createAtomaClient, type APIPromise, type ParsedChatCompletion } from "@atoma-ts/client";
import type { ChatCompletionMessage, ChatCompletionMessageToolCall } from "@atoma-ts/types";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import type { ChatCompletionResponse } from "../stream-types.js";
import { withStreaming } from "../with-streaming.js";
import { runTools } from "./run-tools.js";
import type { ToolRun } from "./tool-run.js";
import { tool, type Tool, type ToolContext } from "./tool.js";
import type { ToolRunEvent } from "./tool-run-event.js";

const atoma = withStreaming(createAtomaClient());
const messages = [{ role: "user" as const, content: "Hi" }];

describe("tool()", () => {
  it("types run's arguments by the schema's output, for zod, Valibot and ArkType", () => {
    tool({
      name: "zod",
      parameters: z.object({ city: z.string(), days: z.string().transform(Number).optional() }),
      run: (args, context) => {
        expectTypeOf(args).toEqualTypeOf<{ city: string; days?: number | undefined }>();
        expectTypeOf(context).toEqualTypeOf<ToolContext>();
        expectTypeOf(context.signal).toEqualTypeOf<AbortSignal>();
        expectTypeOf(context.call).toEqualTypeOf<ChatCompletionMessageToolCall>();
      },
    });
    tool({
      name: "valibot",
      parameters: toStandardJsonSchema(v.object({ n: v.number() })),
      run: (args) => expectTypeOf(args).toEqualTypeOf<{ n: number }>(),
    });
    tool({
      name: "ark",
      parameters: type({ tags: "string[]" }),
      run: (args) => expectTypeOf(args).toEqualTypeOf<{ tags: string[] }>(),
    });
  });

  it("refuses a run whose arguments do not fit the schema, and a missing schema", () => {
    tool({
      name: "wrong",
      parameters: z.object({ city: z.string() }),
      // @ts-expect-error: city is a string
      run: (args: { city: number }) => args,
    });
    // @ts-expect-error: parameters is required
    tool({ name: "none", run: () => 1 });
  });
});

describe("chat.runTools", () => {
  const getWeather = tool({ name: "w", parameters: z.object({ city: z.string() }), run: () => 1 });

  it("takes tools of any schema, and gives a ToolRun of typed events", async () => {
    const run = atoma.chat.runTools({
      model: "m",
      messages,
      tools: [getWeather],
      stream: true,
      maxRounds: 3,
    });
    expectTypeOf(run).toEqualTypeOf<ToolRun>();
    expectTypeOf(run.finalCompletion()).resolves.toEqualTypeOf<ChatCompletionResponse>();
    expectTypeOf(run.finalContent()).resolves.toEqualTypeOf<string | null>();
    expectTypeOf(run.messages).toEqualTypeOf<readonly ChatCompletionMessage[]>();
    for await (const event of run) {
      expectTypeOf(event).toEqualTypeOf<ToolRunEvent>();
      if (event.type === "text") expectTypeOf(event.text).toEqualTypeOf<string>();
      if (event.type === "tool_result") expectTypeOf(event.isError).toEqualTypeOf<boolean>();
    }
    const mixed: Tool[] = [getWeather, tool({ name: "t", parameters: type({ a: "number" }), run: () => 2 })];
    atoma.chat.runTools(
      { model: "m", messages, tools: mixed },
      { signal: AbortSignal.abort(), idleTimeout: 1 },
    );
  });

  it("refuses API tools, n and a missing tools", () => {
    // @ts-expect-error: tools are Tool objects with a schema and run
    atoma.chat.runTools({ model: "m", messages, tools: [{ type: "function", function: { name: "f" } }] });
    // @ts-expect-error: one choice per round
    atoma.chat.runTools({ model: "m", messages, tools: [getWeather], n: 2 });
    // @ts-expect-error: tools are required
    atoma.chat.runTools({ model: "m", messages });
  });

  it("runs on any chat with create and stream, and chat.parse is withStreaming's", () => {
    expectTypeOf(runTools(atoma.chat, { model: "m", messages, tools: [] })).toEqualTypeOf<ToolRun>();
    const Weather = z.object({ city: z.string() });
    expectTypeOf(atoma.chat.parse({ model: "m", messages, response_format: Weather })).toEqualTypeOf<
      APIPromise<ParsedChatCompletion<{ city: string }>>
    >();
    // @ts-expect-error: the client alone has no chat.parse (withStreaming adds it)
    void createAtomaClient().chat.parse;
  });
});
