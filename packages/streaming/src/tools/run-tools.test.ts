// chat.runTools of withStreaming against the mock server, plain and streamed: the mock calls the tools
// offered in answer to a user message (the first two at once), and answers in text once it has their
// results; a forced `tool_choice` makes it call the tool whatever the last message.
import { APIUserAbortError, isAPIUserAbortError, isParseError } from "@atoma-ts/client";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { inProcess, MODEL, overLoopback } from "../test-utils/mock-client.js";
import { tool, type Tool } from "./tool.js";
import type { ToolRunEvent } from "./tool-run-event.js";
import { isToolRunError } from "./tool-run-error.js";

const messages = [{ role: "user" as const, content: "What is the weather in Lisbon" }];
const CANARY = "CANARY-ARGUMENT-51c0";

const weather = (calls: unknown[] = []) =>
  tool({
    name: "get_weather",
    description: "The weather in a city",
    parameters: z.object({ city: z.string() }),
    run: ({ city }) => {
      calls.push(city);
      return { city, celsius: 21 };
    },
  });

const sentBodies = (server: ReturnType<typeof inProcess>["server"]) =>
  server.requests.map((request) => request.body as Record<string, any>);

async function collect(run: AsyncIterable<ToolRunEvent>): Promise<ToolRunEvent[]> {
  const events: ToolRunEvent[] = [];
  for await (const event of run) events.push(event);
  return events;
}

/** The events without text, as `type:round:detail` lines. */
const outline = (events: ToolRunEvent[]) =>
  events.flatMap((event) => {
    switch (event.type) {
      case "text":
        return [];
      case "completion":
        return [`completion:${event.round}:${event.completion.choices[0]?.finish_reason}`];
      case "tool_call":
        return [`tool_call:${event.round}:${event.call.function.name}`];
      case "tool_result":
        return [`tool_result:${event.round}:${event.call.function.name}:${event.isError}`];
    }
  });

describe.each([
  ["plain", false],
  ["streamed", true],
])("chat.runTools, %s", (_, stream) => {
  it("runs the tool the model calls, sends its result back, and ends with the answer", async () => {
    const { atoma, server } = inProcess();
    const cities: unknown[] = [];
    const run = atoma.chat.runTools({ model: MODEL, messages, tools: [weather(cities)], stream });
    const events = await collect(run);

    expect(outline(events)).toEqual([
      "completion:1:tool_calls",
      "tool_call:1:get_weather",
      "tool_result:1:get_weather:false",
      "completion:2:stop",
    ]);
    expect(cities).toEqual(["Lisbon"]);
    const answer = await run.finalContent();
    expect(answer).toContain('You said: "What is the weather in Lisbon"');
    expect((await run.finalCompletion()).choices[0]?.message.tool_calls).toBeUndefined();

    const [first, second] = sentBodies(server);
    expect(first?.tools).toEqual([
      {
        type: "function",
        function: {
          name: "get_weather",
          description: "The weather in a city",
          parameters: z.toJSONSchema(z.object({ city: z.string() }), { io: "input" }),
        },
      },
    ]);
    expect(first?.stream ?? false).toBe(stream);
    const call = (events[1] as Extract<ToolRunEvent, { type: "tool_call" }>).call;
    expect(run.messages).toEqual([
      ...messages,
      { role: "assistant", content: null, tool_calls: [call] },
      { role: "tool", tool_call_id: call.id, content: '{"city":"Lisbon","celsius":21}' },
      { role: "assistant", content: answer },
    ]);
    expect(second?.messages).toEqual(run.messages.slice(0, 3));
  });

  it("runs parallel calls at once and sends their results back in the calls' order", async () => {
    const { atoma, server } = inProcess();
    const started: string[] = [];
    let bothStarted!: () => void;
    const barrier = new Promise<void>((resolve) => (bothStarted = resolve));
    const slowFirst = tool({
      name: "get_weather",
      parameters: z.object({ city: z.string() }),
      run: async ({ city }) => {
        started.push("weather");
        if (started.length === 2) bothStarted();
        await barrier; // would wait forever if the tools ran one after the other
        await new Promise((resolve) => setTimeout(resolve, 20));
        return `sunny in ${city}`;
      },
    });
    const fastSecond = tool({
      name: "get_time",
      parameters: z.object({ city: z.string() }),
      run: async () => {
        started.push("time");
        if (started.length === 2) bothStarted();
        await barrier;
        return "12:00";
      },
    });
    const run = atoma.chat.runTools({ model: MODEL, messages, tools: [slowFirst, fastSecond], stream });
    const events = await collect(run);
    expect(outline(events)).toEqual([
      "completion:1:tool_calls",
      "tool_call:1:get_weather",
      "tool_call:1:get_time",
      "tool_result:1:get_weather:false",
      "tool_result:1:get_time:false",
      "completion:2:stop",
    ]);
    expect(
      sentBodies(server)[1]
        ?.messages.slice(2)
        .map((message: any) => message.content),
    ).toEqual(["sunny in Lisbon", "12:00"]);
  });

  it("sends invalid arguments back with where and why, without running the tool, and goes on", async () => {
    const { atoma, server } = inProcess();
    const ran: unknown[] = [];
    // The mock writes the user's last word, which the JSON Schema allows but the pattern does not.
    const postcode = tool({
      name: "get_weather",
      parameters: z.object({ postcode: z.string().regex(/^\d{4}-\d{3}$/, "a Portuguese postcode") }),
      run: (args) => void ran.push(args),
    });
    const events = await collect(atoma.chat.runTools({ model: MODEL, messages, tools: [postcode], stream }));
    const result = events.find((event) => event.type === "tool_result");
    expect(result).toMatchObject({
      isError: true,
      content: "Error: invalid arguments for get_weather: postcode: a Portuguese postcode",
    });
    expect(ran).toEqual([]);
    expect(sentBodies(server)[1]?.messages.at(-1)).toMatchObject({
      role: "tool",
      content: result && "content" in result && result.content,
    });
    expect(events.at(-1)).toMatchObject({ type: "completion", round: 2 });
  });

  it("sends what a tool threw back as an error result, and goes on", async () => {
    const { atoma } = inProcess();
    const failure = new Error("the weather service is down");
    const broken = tool({
      name: "get_weather",
      parameters: z.object({ city: z.string() }),
      run: async () => {
        throw failure;
      },
    });
    const run = atoma.chat.runTools({ model: MODEL, messages, tools: [broken], stream });
    const events = await collect(run);
    expect(events.find((event) => event.type === "tool_result")).toMatchObject({
      content: "Error: the weather service is down",
      isError: true,
      error: failure,
    });
    expect(await run.finalContent()).toContain("You said");
  });

  it("forces a function named in tool_choice in the first round only, so that the model then answers", async () => {
    const { atoma, server } = inProcess();
    const cities: unknown[] = [];
    const forced = { type: "function" as const, function: { name: "get_weather" } };
    const run = atoma.chat.runTools({
      model: MODEL,
      messages,
      tools: [weather(cities)],
      tool_choice: forced,
      stream,
    });
    expect(await run.finalContent()).toContain("You said");
    expect(cities).toEqual(["Lisbon"]);
    expect(sentBodies(server).map((body) => body.tool_choice)).toEqual([forced, "auto"]);
  });

  it("fails with a ToolRunError (max-rounds) when the model still calls tools in its last round", async () => {
    const { atoma, server } = inProcess();
    const cities: unknown[] = [];
    const run = atoma.chat.runTools({
      model: MODEL,
      messages: [{ role: "user", content: `Keep asking about ${CANARY}` }],
      tools: [weather(cities)],
      tool_choice: { type: "function", function: { name: "get_weather" } },
      maxRounds: 1,
      stream,
    });
    const error = await run.finalCompletion().catch((error: unknown) => error);
    expect(isToolRunError(error) && error.type).toBe("max-rounds");
    expect((error as Error).message).toBe(
      "chat.runTools: the model still calls tools after maxRounds (1) rounds",
    );
    expect(server.requests).toHaveLength(1);
    expect(cities).toHaveLength(0); // the last round's call is not run
    expect(run.messages.at(-1)).toMatchObject({ role: "assistant", tool_calls: [expect.any(Object)] });
    // The arguments (the canary) stay in run.messages, out of the error.
    expect(JSON.stringify(run.messages)).toContain(CANARY);
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(CANARY);
  });

  it("stops everything on abort while a tool runs: the tool's signal aborts, nothing more is sent", async () => {
    const { atoma, server } = inProcess();
    const controller = new AbortController();
    let toolSignal: AbortSignal | undefined;
    const stuck = tool({
      name: "get_weather",
      parameters: z.object({ city: z.string() }),
      run: (_, { signal }) => {
        toolSignal = signal;
        controller.abort(new Error("user pressed stop"));
        return new Promise(() => {}); // ignores its signal: the run must not wait for it
      },
    });
    const run = atoma.chat.runTools(
      { model: MODEL, messages, tools: [stuck], stream },
      { signal: controller.signal },
    );
    const error = await run.finalCompletion().catch((error: unknown) => error);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).cause).toEqual(new Error("user pressed stop"));
    expect(toolSignal?.aborted).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("rejects at once for a signal aborted before it starts, sending nothing", async () => {
    const { atoma, server } = inProcess();
    const run = atoma.chat.runTools(
      { model: MODEL, messages, tools: [weather()], stream },
      { signal: AbortSignal.abort() },
    );
    await expect(run.finalContent()).rejects.toSatisfy(isAPIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("runs without being iterated, and can be iterated and then awaited, but read only once", async () => {
    const { atoma } = inProcess();
    const alone = atoma.chat.runTools({ model: MODEL, messages, tools: [weather()], stream });
    expect(await alone.finalContent()).toContain("You said");
    expect(alone.messages).toHaveLength(4);
    expect(() => alone[Symbol.asyncIterator]()).toThrow(/already iterated; a run can be read once/);

    const iterated = atoma.chat.runTools({ model: MODEL, messages, tools: [weather()], stream });
    const events = await collect(iterated);
    expect(await iterated.finalCompletion()).toBe((events.at(-1) as { completion: unknown }).completion);
  });

  it("ends as aborted when the loop is left early, and abort() ends a run nobody reads", async () => {
    const { atoma } = inProcess();
    const left = atoma.chat.runTools({ model: MODEL, messages, tools: [weather()], stream });
    for await (const event of left) if (event.type === "tool_call") break;
    await expect(left.finalCompletion()).rejects.toThrow("chat.runTools: the run was left before its end");

    const aborted = atoma.chat.runTools({ model: MODEL, messages, tools: [weather()], stream });
    aborted.abort("no longer needed");
    await expect(aborted.finalCompletion()).rejects.toMatchObject({
      name: "APIUserAbortError",
      cause: "no longer needed",
    });
  });
});

describe("chat.runTools, streamed", () => {
  it("gives the text as it streams, before the completion it adds up to", async () => {
    const { atoma } = inProcess();
    const events = await collect(
      atoma.chat.runTools({ model: MODEL, messages, tools: [weather()], stream: true }),
    );
    const texts = events.filter((event) => event.type === "text");
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.every((event) => event.round === 2)).toBe(true);
    const final = events.at(-1) as Extract<ToolRunEvent, { type: "completion" }>;
    expect(texts.map((event) => event.text).join("")).toBe(final.message.content);
    expect(events.indexOf(texts[0]!)).toBeLessThan(events.indexOf(final));
  });

  it("cancels the stream in flight on abort, rejecting with APIUserAbortError", async () => {
    const { atoma, server } = inProcess();
    const controller = new AbortController();
    const run = atoma.chat.runTools(
      { model: MODEL, messages, tools: [weather()], stream: true },
      { signal: controller.signal, headers: { "x-mock-chunk-delay": "20" } },
    );
    const seen: ToolRunEvent[] = [];
    const error = await (async () => {
      for await (const event of run) {
        seen.push(event);
        if (event.type === "text") controller.abort();
      }
    })().catch((error: unknown) => error);
    expect(isAPIUserAbortError(error)).toBe(true);
    expect(seen.filter((event) => event.type === "text")).toHaveLength(1);
    await expect(run.finalCompletion()).rejects.toBe(error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests.at(-1)?.outcome).toBe("client-disconnected");
  });

  it("works over loopback HTTP", async () => {
    const { atoma, close } = await overLoopback();
    try {
      const run = atoma.chat.runTools({ model: MODEL, messages, tools: [weather()], stream: true });
      expect(await run.finalContent()).toContain('You said: "What is the weather in Lisbon"');
    } finally {
      await close();
    }
  });
});

describe("chat.runTools with other schema libraries", () => {
  it("takes Valibot through @valibot/to-json-schema, and ArkType", async () => {
    const { atoma, server } = inProcess();
    const seen: unknown[] = [];
    const valibot = tool({
      name: "get_weather",
      parameters: toStandardJsonSchema(v.object({ city: v.string(), days: v.pipe(v.number(), v.integer()) })),
      run: (args) => void seen.push(args),
    });
    const ark = tool({
      name: "get_time",
      parameters: type({ city: "string", zones: "string[]" }),
      run: (args) => void seen.push(args),
    });
    await atoma.chat.runTools({ model: MODEL, messages, tools: [valibot, ark] }).finalCompletion();
    expect(seen).toEqual([
      { city: "Lisbon", days: 1 },
      { city: "Lisbon", zones: ["Lisbon"] },
    ]);
    expect(sentBodies(server)[0]?.tools.map((sent: any) => sent.function.parameters)).toEqual([
      valibot.parameters["~standard"].jsonSchema.input({ target: "draft-2020-12" }),
      ark.parameters.toJsonSchema(),
    ]);
  });

  it("fails with no-json-schema before sending for a schema without one, unless given jsonSchema", async () => {
    const { atoma, server } = inProcess();
    const plain = v.object({ city: v.string() });
    const run = atoma.chat.runTools({
      model: MODEL,
      messages,
      tools: [tool({ name: "get_weather", parameters: plain, run: () => "sunny" })],
    });
    const error = await run.finalCompletion().catch((error: unknown) => error);
    expect(isParseError(error) && error.type).toBe("no-json-schema");
    expect((error as Error).message).toBe(
      "chat.runTools: tool get_weather: no JSON Schema from the valibot schema: give the tool a jsonSchema",
    );
    expect(server.requests).toHaveLength(0);

    const jsonSchema = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
    const given = tool({
      name: "get_weather",
      parameters: plain,
      jsonSchema,
      strict: true,
      run: ({ city }) => city,
    });
    expect(await atoma.chat.runTools({ model: MODEL, messages, tools: [given] }).finalContent()).toContain(
      "You said",
    );
    expect(sentBodies(server)[0]?.tools[0].function).toEqual({
      name: "get_weather",
      parameters: jsonSchema,
      strict: true,
    });
  });
});

describe("chat.runTools: what the model sent that fits no tool", () => {
  /** A client whose first answer's tool call is rewritten. */
  function rewritingFirstCall(patch: object) {
    const { server } = inProcess();
    const { atoma } = inProcess(
      {},
      {
        fetch: async (input, init) => {
          const response = await server.fetch(new Request(input, init));
          const body = (await response.json()) as any;
          if (server.requests.length === 1)
            Object.assign(body.choices[0].message.tool_calls[0].function, patch);
          return Response.json(body, { status: response.status });
        },
      },
    );
    return atoma;
  }

  it.each([
    [{ arguments: '{"city": "Lis' }, "Error: the arguments of get_weather are not valid JSON"],
    [{ name: "get_forecast" }, 'Error: there is no tool "get_forecast"; the tools are: get_weather'],
  ])("%j goes back as an error result", async (patch, content) => {
    const run = rewritingFirstCall(patch).chat.runTools({ model: MODEL, messages, tools: [weather()] });
    const events = await collect(run);
    expect(events.find((event) => event.type === "tool_result")).toMatchObject({ content, isError: true });
    expect(run.messages.at(-1)).toMatchObject({
      role: "assistant",
      content: expect.stringContaining("You said"),
    });
  });
});

describe("chat.runTools: parameters checked before anything is sent", () => {
  it.each([
    ["maxRounds 0", { maxRounds: 0 }, "chat.runTools: maxRounds must be a whole number of at least 1, not 0"],
    [
      "maxRounds 2.5",
      { maxRounds: 2.5 },
      "chat.runTools: maxRounds must be a whole number of at least 1, not 2.5",
    ],
    [
      "two tools of one name",
      { tools: [weather(), weather()] as Tool[] },
      'chat.runTools: two tools are named "get_weather"',
    ],
  ])("%s", async (_, patch, message) => {
    const { atoma, server } = inProcess();
    const run = atoma.chat.runTools({ model: MODEL, messages, tools: [weather()], ...patch });
    await expect(run.finalCompletion()).rejects.toMatchObject({
      name: "ToolRunError",
      type: "invalid-params",
      message,
    });
    expect(server.requests).toHaveLength(0);
  });
});
