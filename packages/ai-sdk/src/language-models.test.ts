import { convertReadableStreamToArray } from "@ai-sdk/provider-utils/test";
import { generateObject, generateText, stepCountIs, streamObject, streamText, tool } from "ai";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { AtomaProvider } from "./create-atoma.js";
import { lastOutcome, MODEL, MODES, pathIn, requestsTo, useMockAtoma } from "./test-utils/mock-atoma.js";

const mock = useMockAtoma();

const prompt = "Say hello to the world";

describe.each(MODES)("%s mode", (mode) => {
  /** What providerMetadata.atoma must be: the mock's signer in the checking modes, nothing in clear. */
  const expectVerification = (atoma: unknown, extra: object = {}) => {
    if (mode === "plain") return expect(atoma ?? {}).toEqual({});
    expect(atoma).toEqual({ signer: mock.server.signer.address, responseHash: expect.any(String), ...extra });
  };

  it("generateText answers, with usage, and providerMetadata.atoma in the checking modes", async () => {
    const before = requestsTo(mock.server, pathIn(mode, "/v1/chat/completions")).length;
    const result = await generateText({ model: mock.provider(mode)(MODEL), prompt });
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.finishReason).toBe("stop");
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expectVerification(result.providerMetadata?.atoma);
    expect(result.response.headers?.["x-atoma-signer"]).toBe(
      mode === "plain" ? undefined : mock.server.signer.address,
    );
    expect(requestsTo(mock.server, pathIn(mode, "/v1/chat/completions")).length).toBe(before + 1);
  });

  it("streamText streams the same text as generateText, with usage and a summary of the checked chunks", async () => {
    const model = mock.provider(mode)(MODEL);
    const { text: whole } = await generateText({ model, prompt });
    const result = streamText({ model, prompt });
    const pieces: string[] = [];
    for await (const piece of result.textStream) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(whole);
    const usage = await result.usage;
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.outputTokens).toBe(pieces.length);
    expectVerification((await result.providerMetadata)?.atoma, { verifiedChunks: expect.any(Number) });
  });

  const recipe = z.object({ name: z.string(), servings: z.number().int(), tags: z.array(z.string()) });

  it("generateObject answers an object of the schema (structured outputs: json_schema is sent)", async () => {
    const { object } = await generateObject({ model: mock.provider(mode)(MODEL), schema: recipe, prompt });
    expect(recipe.safeParse(object).success).toBe(true);
    if (mode !== "confidential") {
      const sent = requestsTo(mock.server, pathIn(mode, "/v1/chat/completions")).at(-1)?.body as {
        response_format?: { type: string };
      };
      expect(sent.response_format?.type).toBe("json_schema");
    }
  });

  it("streamObject streams partial objects, then one of the schema", async () => {
    const result = streamObject({ model: mock.provider(mode)(MODEL), schema: recipe, prompt });
    const partials: unknown[] = [];
    for await (const partial of result.partialObjectStream) partials.push(partial);
    expect(partials.length).toBeGreaterThan(1);
    const object = await result.object;
    expect(recipe.safeParse(object).success).toBe(true);
    expect(partials.at(-1)).toEqual(object);
  });

  const weather = tool({
    description: "The weather in a city",
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => ({ city, celsius: 21 }),
  });

  it("a two-step tool loop: the tool is called with fitting input, then the model answers its result", async () => {
    const result = await generateText({
      model: mock.provider(mode)(MODEL),
      prompt: "What is the weather in Lisbon",
      tools: { weather },
      stopWhen: stepCountIs(3),
    });
    expect(result.steps.map((step) => step.finishReason)).toEqual(["tool-calls", "stop"]);
    expect(result.steps[0]!.toolCalls).toEqual([
      expect.objectContaining({ toolName: "weather", input: { city: "Lisbon" } }),
    ]);
    expect(result.steps[0]!.toolResults[0]?.output).toEqual({ city: "Lisbon", celsius: 21 });
    expect(result.text.length).toBeGreaterThan(0);
    const toolMessage = (
      requestsTo(mock.server, pathIn(mode, "/v1/chat/completions")).at(-1)?.body as {
        messages?: { role: string }[];
      }
    )?.messages;
    if (mode !== "confidential")
      expect(toolMessage?.map((message) => message.role)).toEqual(["user", "assistant", "tool"]);
    for (const step of result.steps) expectVerification(step.providerMetadata?.atoma);
  });

  it("streamed, parallel tool calls in a streamText tool loop", async () => {
    const result = streamText({
      model: mock.provider(mode)(MODEL),
      prompt: "What is the weather in Lisbon",
      tools: {
        weather,
        time: tool({ inputSchema: z.object({ zone: z.string() }), execute: async () => "noon" }),
      },
      stopWhen: stepCountIs(2),
    });
    const deltas = [];
    for await (const part of result.fullStream) if (part.type === "tool-input-delta") deltas.push(part.delta);
    const steps = await result.steps;
    expect(steps[0]!.toolCalls.map((call) => call.toolName).sort()).toEqual(["time", "weather"]);
    expect(deltas.length).toBeGreaterThan(0);
    expect((await result.text).length).toBeGreaterThan(0);
    expect(steps).toHaveLength(2);
  });

  it("a completion model: generateText and streamText, with providerMetadata.atoma in the checking modes", async () => {
    const model = mock.provider(mode).completion(MODEL);
    const generated = await generateText({ model, prompt: "Once upon a time" });
    expect(generated.text.length).toBeGreaterThan(0);
    expect(generated.usage.outputTokens).toBeGreaterThan(0);
    expectVerification(generated.providerMetadata?.atoma);
    expect(generated.steps[0]!.providerMetadata).toEqual(generated.providerMetadata);

    const streamed = streamText({ model, prompt: "Once upon a time" });
    const pieces: string[] = [];
    for await (const piece of streamed.textStream) pieces.push(piece);
    expect(pieces.join("")).toBe(generated.text);
    expect((await streamed.usage).outputTokens).toBe(generated.usage.outputTokens);
    const atoma = (await streamed.providerMetadata)?.atoma;
    expectVerification(atoma, { verifiedChunks: expect.any(Number) });
    // Every text chunk is checked, and the usage chunk after them.
    if (mode !== "plain") expect(atoma?.verifiedChunks).toBeGreaterThan(pieces.length);
  });

  it("a completion model's stream gives the caller its raw chunks when asked (includeRawChunks)", async () => {
    const model = mock.provider(mode).completion(MODEL);
    const streamed = streamText({ model, prompt: "Once upon a time", includeRawChunks: true });
    const raw: unknown[] = [];
    for await (const part of streamed.fullStream) if (part.type === "raw") raw.push(part.rawValue);
    expect(raw.length).toBeGreaterThan(1);
    expect(raw.map((chunk) => (chunk as { object?: string }).object)).toEqual(
      raw.map(() => "text_completion"),
    );
    const atoma = (await streamed.providerMetadata)?.atoma;
    if (mode === "plain") return expect(atoma).toBeUndefined();
    expect(atoma?.verifiedChunks).toBe(raw.length);
    for (const chunk of raw)
      expectVerification((chunk as { providerMetadata?: { atoma?: unknown } }).providerMetadata?.atoma);
  });

  it("a completion model's stream has no raw chunks unless asked (the model itself: ai filters them)", async () => {
    const model = mock.provider(mode).completion(MODEL);
    const { stream } = await model.doStream({
      prompt: [{ role: "user", content: [{ type: "text", text: "Once upon a time" }] }],
    });
    const parts = await convertReadableStreamToArray(stream);
    expect(parts.map((part) => part.type)).not.toContain("raw");
    expect(parts.filter((part) => part.type === "text-delta").length).toBeGreaterThan(1);
    const finish = parts.at(-1);
    expect(finish?.type).toBe("finish");
    const atoma = finish?.type === "finish" ? finish.providerMetadata?.atoma : undefined;
    expectVerification(atoma, { verifiedChunks: expect.any(Number) });
  });

  it.each([
    { kind: "chat", model: (provider: AtomaProvider) => provider(MODEL), path: "/v1/chat/completions" },
    {
      kind: "completion",
      model: (provider: AtomaProvider) => provider.completion(MODEL),
      path: "/v1/completions",
    },
  ])("abort mid-stream stops the $kind stream and closes the connection", async ({ model, path }) => {
    const controller = new AbortController();
    const result = streamText({
      model: model(mock.provider(mode)),
      prompt: "Tell me a long story",
      abortSignal: controller.signal,
      headers: { "x-mock-chunk-delay": "20" },
    });
    const parts: string[] = [];
    for await (const part of result.fullStream) {
      parts.push(part.type);
      if (part.type === "text-delta") controller.abort();
    }
    expect(parts).toContain("abort");
    expect(parts.filter((type) => type === "text-delta")).toHaveLength(1);
    expect(parts).not.toContain("finish");
    expect(await lastOutcome(mock.server, pathIn(mode, path))).toBe("client-disconnected");
  });
});
