// chat.stream with a schema as response_format, against the mock server in-process and over loopback:
// partial objects as the JSON arrives, and the validated answer in finalCompletion().
import { isParseError } from "@atoma-ts/client";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ChatStream } from "./chat-stream.js";
import { ParsedChatStream } from "./parsed-chat-stream.js";
import { inProcess, MODEL, overLoopback } from "./test-utils/mock-client.js";

const Weather = z.object({ city: z.string(), celsius: z.number(), days: z.array(z.string()).min(2) });
const params = {
  model: MODEL,
  messages: [{ role: "user" as const, content: "The weather in Lisbon" }],
  response_format: Weather,
};
const want = { city: "Lisbon", celsius: 1, days: ["Lisbon", "Lisbon"] };

describe("chat.stream with a schema", () => {
  it("sends zod's JSON Schema and gives partial objects, then the validated answer", async () => {
    const { atoma, server } = inProcess();
    const stream = await atoma.chat.stream(params);
    expect(stream).toBeInstanceOf(ParsedChatStream);
    const partials = [];
    for await (const partial of stream.partialObjects) partials.push(partial);
    // The mock sends the JSON 8 characters at a time; a partial string is given as far as it came.
    expect(partials).toEqual([
      {},
      { city: "Lisbon" },
      { city: "Lisbon", celsius: 1 },
      { city: "Lisbon", celsius: 1, days: ["Li"] },
      { city: "Lisbon", celsius: 1, days: ["Lisbon", "L"] },
      want,
    ]);
    const completion = await stream.finalCompletion();
    expect(completion.choices[0]?.message.parsed).toEqual(want);
    expect((server.requests[0]?.body as any).response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "response", schema: z.toJSONSchema(Weather, { io: "input" }), strict: true },
    });
  });

  it("gives the parsed answer alone, and with tee() on each branch", async () => {
    const { atoma } = inProcess();
    const completion = await (await atoma.chat.stream(params)).finalCompletion();
    expect(completion.choices[0]?.message.parsed).toEqual(want);
    const [first, second] = (await atoma.chat.stream(params)).tee();
    const [a, b] = await Promise.all([first.finalCompletion(), second.finalCompletion()]);
    expect([a.choices[0]?.message.parsed, b.choices[0]?.message.parsed]).toEqual([want, want]);
  });

  it("fails finalCompletion() with a ParseError for an invalid answer, and one that is cut", async () => {
    const { atoma } = inProcess();
    const Strict = z.object({ city: z.string().length(2) });
    const invalid = await (
      await atoma.chat.stream({ ...params, response_format: Strict })
    )
      .finalCompletion()
      .catch((error: unknown) => error);
    expect(isParseError(invalid) && invalid.type).toBe("invalid");
    const cut = await (
      await atoma.chat.stream({ ...params, max_completion_tokens: 2 })
    )
      .finalCompletion()
      .catch((error: unknown) => error);
    expect(isParseError(cut) && [cut.type, cut.content]).toEqual(["length", '{"city":"Lisbon"']);
  });

  it("rejects, sending nothing, a schema without a JSON Schema", async () => {
    const { atoma, server } = inProcess();
    const Dated = z.object({ when: z.date() });
    await expect(atoma.chat.stream({ ...params, response_format: Dated })).rejects.toMatchObject({
      type: "no-json-schema",
    });
    expect(server.requests).toHaveLength(0);
  });

  it("streams plainly without a schema, or with the API's own response_format", async () => {
    const { atoma } = inProcess();
    const stream = await atoma.chat.stream({ ...params, response_format: { type: "json_object" } });
    expect(stream).toBeInstanceOf(ChatStream);
    expect(stream).not.toBeInstanceOf(ParsedChatStream);
  });

  it("works over loopback HTTP", async () => {
    const { atoma, close } = await overLoopback();
    try {
      const stream = await atoma.chat.stream(params);
      let last: unknown;
      for await (const partial of stream.partialObjects) last = partial;
      expect(last).toEqual(want);
      expect((await stream.finalCompletion()).choices[0]?.message.parsed).toEqual(want);
    } finally {
      await close();
    }
  });
});
