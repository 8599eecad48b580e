// chat.parse against the mock server (in-process and on loopback), with zod 4, Valibot and ArkType; each
// failure by rewriting the mock's answer in a fetch wrapper.
import { inspect } from "node:util";
import { createMockServer, listen, type MockServer } from "@atoma-ts/mock-server";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { createAtomaClient } from "../client.js";
import { MODEL } from "../test-utils/fixtures.js";
import { parseChatCompletion, type ChatParse } from "./parse-chat-completion.js";
import { isParseError, ParseError } from "./parse-error.js";

const messages = [{ role: "user" as const, content: "The weather in Lisbon" }];

const Weather = z.object({
  city: z.string(),
  celsius: z.number().min(-90),
  sky: z.enum(["clear", "cloudy"]),
  hours: z.array(z.object({ hour: z.int(), rain: z.boolean() })).min(2),
});

function mockClient(rewrite?: (body: Record<string, any>) => unknown) {
  const server = createMockServer({ apiKey: "key" });
  const atoma = createAtomaClient({
    apiKey: "key",
    maxRetries: 0,
    fetch: async (input, init) => {
      const response = await server.fetch(new Request(input, init));
      if (!rewrite) return response;
      const body = (await response.json()) as Record<string, any>;
      return Response.json(rewrite(body) ?? body, { status: response.status });
    },
  });
  // What withStreaming (in @atoma-ts/streaming) puts on the client as `chat.parse`.
  const parse: ChatParse = (params, options) => parseChatCompletion(atoma.chat.create, params, options);
  return { server, parse };
}

const sentFormat = (server: MockServer) => (server.requests.at(-1)?.body as any).response_format;

describe("chat.parse", () => {
  it("sends zod's own JSON Schema and gives the validated answer", async () => {
    const { server, parse } = mockClient();
    const { data, response } = await parse({
      model: MODEL,
      messages,
      response_format: Weather,
    }).withResponse();
    expect(response.status).toBe(200);
    const parsed = data.choices[0]!.message.parsed;
    expect(parsed).toEqual({
      city: "Lisbon",
      celsius: -90,
      sky: "clear",
      hours: [expect.any(Object), expect.any(Object)],
    });
    expect(data.choices[0]!.message.content).toBe(JSON.stringify(parsed));
    expect(sentFormat(server)).toEqual({
      type: "json_schema",
      json_schema: { name: "response", schema: z.toJSONSchema(Weather, { io: "input" }), strict: true },
    });
  });

  it("validates with the schema's output: a transform runs on the answer", async () => {
    const { parse } = mockClient();
    const Loud = z.object({ city: z.string().transform((city) => city.toUpperCase()) });
    const completion = await parse({ model: MODEL, messages, response_format: Loud });
    expect(completion.choices[0]?.message.parsed).toEqual({ city: "LISBON" });
  });

  it("parses every choice", async () => {
    const { parse } = mockClient();
    const completion = await parse({ model: MODEL, messages, n: 2, response_format: Weather });
    expect(completion.choices.map((choice) => choice.message.parsed.city)).toEqual(["Lisbon", "Lisbon"]);
  });

  it("takes Valibot through @valibot/to-json-schema's Standard JSON Schema, with a name and description", async () => {
    const { server, parse } = mockClient();
    const City = toStandardJsonSchema(
      v.object({ city: v.string(), population: v.pipe(v.number(), v.integer()) }),
    );
    const completion = await parse({
      model: MODEL,
      messages,
      response_format: { schema: City, name: "city", description: "A city", strict: false },
    });
    expect(completion.choices[0]?.message.parsed).toEqual({ city: "Lisbon", population: 1 });
    expect(sentFormat(server).json_schema).toEqual({
      name: "city",
      description: "A city",
      schema: City["~standard"].jsonSchema.input({ target: "draft-2020-12" }),
      strict: false,
    });
  });

  it("takes ArkType, which implements Standard JSON Schema", async () => {
    const { server, parse } = mockClient();
    const City = type({ city: "string", tags: "string[]" });
    const completion = await parse({ model: MODEL, messages, response_format: City });
    expect(completion.choices[0]?.message.parsed).toEqual({ city: "Lisbon", tags: ["Lisbon"] });
    expect(sentFormat(server).json_schema.schema).toEqual(City.toJsonSchema());
  });

  it("takes a plain Valibot schema with its JSON Schema given", async () => {
    const { server, parse } = mockClient();
    const City = v.object({ city: v.string() });
    const jsonSchema = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
    const completion = await parse({
      model: MODEL,
      messages,
      response_format: { schema: City, jsonSchema },
    });
    expect(completion.choices[0]?.message.parsed).toEqual({ city: "Lisbon" });
    expect(sentFormat(server).json_schema.schema).toEqual(jsonSchema);
  });

  it("sends nothing and fails with no-json-schema for a schema without a JSON Schema", async () => {
    const { server, parse } = mockClient();
    const error = await parse({
      model: MODEL,
      messages,
      response_format: v.object({ city: v.string() }),
    }).catch((error: unknown) => error);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({
      type: "no-json-schema",
      message: expect.stringMatching(/valibot.*jsonSchema/),
    });
    const Dated = z.object({ when: z.date() });
    await expect(parse({ model: MODEL, messages, response_format: Dated })).rejects.toMatchObject({
      type: "no-json-schema",
      cause: expect.any(Error),
    });
    expect(server.requests).toHaveLength(0);
  });

  it("works over loopback HTTP", async () => {
    const running = await listen(createMockServer({ apiKey: "key" }));
    try {
      const atoma = createAtomaClient({ apiKey: "key", baseUrl: running.url });
      const completion = await parseChatCompletion(atoma.chat.create, {
        model: MODEL,
        messages,
        response_format: Weather,
      });
      expect(completion.choices[0]?.message.parsed.hours).toHaveLength(2);
    } finally {
      await running.close();
    }
  });
});

describe("chat.parse failures: a ParseError with the raw content and the issues", () => {
  const failure = async (rewrite: (body: Record<string, any>) => unknown) => {
    const { parse } = mockClient(rewrite);
    const error = await parse({ model: MODEL, messages, response_format: Weather }).catch(
      (error: unknown) => error,
    );
    expect(isParseError(error)).toBe(true);
    return error as ParseError;
  };
  const withMessage = (patch: object, finish?: string) => (body: Record<string, any>) => {
    Object.assign(body.choices[0].message, patch);
    if (finish) body.choices[0].finish_reason = finish;
  };

  it("refusal", async () => {
    const error = await failure(withMessage({ content: null, refusal: "I cannot help with that." }));
    expect(error).toMatchObject({ type: "refusal", choice: 0, content: "I cannot help with that." });
    expect(error.message).toBe("chat.parse: choice 0 is a refusal");
  });

  it("length", async () => {
    const error = await failure(withMessage({ content: '{"city":"Lis' }, "length"));
    expect(error).toMatchObject({ type: "length", content: '{"city":"Lis' });
  });

  it("invalid-json, and no content", async () => {
    const error = await failure(withMessage({ content: "Sure! Here is the JSON:" }));
    expect(error).toMatchObject({ type: "invalid-json", content: "Sure! Here is the JSON:" });
    expect(error.cause).toBeUndefined();
    const empty = await failure(withMessage({ content: null }));
    expect(empty).toMatchObject({
      type: "invalid-json",
      content: undefined,
      message: "chat.parse: choice 0 has no content",
    });
  });

  it("invalid: the issues, and a message with their place but not the value", async () => {
    const content = JSON.stringify({ city: "Secret", celsius: -100, sky: "clear", hours: [] });
    const error = await failure(withMessage({ content }));
    expect(error.type).toBe("invalid");
    expect(error.content).toBe(content);
    expect(error.issues?.map((issue) => issue.path)).toEqual([["celsius"], ["hours"]]);
    expect(error.message).toBe("chat.parse: choice 0 fails the schema at celsius (issues: 2)");
  });

  it("keeps the content and issues out of JSON and logs", async () => {
    const error = await failure(withMessage({ content: '{"city":"Secret"}' }));
    expect(JSON.stringify(error)).not.toContain("Secret");
    expect(inspect(error)).not.toContain("Secret");
    const notJson = await failure(withMessage({ content: "Secret, not JSON" }));
    expect(`${inspect(notJson)} ${JSON.stringify(notJson)}`).not.toContain("Secret");
    expect(Object.keys(error)).not.toContain("content");
  });

  it("awaits an async validation", async () => {
    const { parse } = mockClient();
    const Slow = z.object({ city: z.string().refine(async (city) => city.length > 100) });
    await expect(parse({ model: MODEL, messages, response_format: Slow })).rejects.toMatchObject({
      type: "invalid",
    });
  });
});
