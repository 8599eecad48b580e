// The streaming client against the mock server's handler, in-process.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { streamChat, streamCompletion, withStreaming } from "./with-streaming.js";
import { drain } from "./test-utils/crafted.js";
import { chatParams, completionParams, inProcess, MODEL, toolParams } from "./test-utils/mock-client.js";
import { contentOf, scenarios } from "./test-utils/scenarios.js";

describe("chat.stream against the mock server, in-process", () => {
  for (const [name, run] of Object.entries(scenarios)) it(name, () => run(inProcess()));
});

describe("chat.parse, which withStreaming adds", () => {
  it("sends the schema's JSON Schema by chat.create and gives the validated answer", async () => {
    const { atoma, server } = inProcess();
    const Weather = z.object({ city: z.string(), celsius: z.number() });
    const completion = await atoma.chat.parse({
      model: MODEL,
      messages: toolParams.messages,
      response_format: Weather,
    });
    expect(completion.choices[0]?.message.parsed).toEqual({ city: "Lisbon", celsius: 1 });
    expect(server.requests[0]?.body).toMatchObject({
      response_format: {
        type: "json_schema",
        json_schema: { schema: z.toJSONSchema(Weather, { io: "input" }) },
      },
    });
    expect(server.requests[0]?.body).not.toHaveProperty("stream");
  });
});

describe("the result of stream()", () => {
  it("can be iterated directly, without awaiting it first", async () => {
    const { atoma, server } = inProcess();
    let text = "";
    for await (const chunk of atoma.chat.stream(chatParams)) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toContain("你好 🚀");
    expect(server.requests[0]?.outcome).toBe("complete");
  });

  it("rejects its first step when the request fails", async () => {
    const { atoma } = inProcess();
    const failing = atoma.chat.stream(chatParams, { headers: { "x-mock-status": "400" }, maxRetries: 0 });
    await expect(failing[Symbol.asyncIterator]().next()).rejects.toMatchObject({ status: 400 });
  });
});

describe("what is sent", () => {
  it("sends stream: true and include_usage by default", async () => {
    const { atoma, server } = inProcess();
    await (await atoma.chat.stream(chatParams)).finalCompletion();
    expect(server.requests[0]?.body).toEqual({
      ...chatParams,
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it("keeps the fields the spec does not name, such as each chunk's signature", async () => {
    const { atoma } = inProcess();
    const { values } = await drain(await atoma.chat.stream(chatParams));
    for (const chunk of values) {
      expect(chunk).toMatchObject({ signature: expect.any(String), response_hash: expect.any(String) });
    }
  });

  it("keeps the caller's stream_options, and still gets the usage Atoma always sends", async () => {
    const { atoma, server } = inProcess();
    const stream = await atoma.chat.stream({ ...chatParams, stream_options: { include_usage: false } });
    const { values } = await drain(stream);
    expect(server.requests[0]?.body).toMatchObject({ stream_options: { include_usage: false } });
    // Atoma's node overrides include_usage on every stream: the last chunk carries usage.
    expect(values.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: expect.any(Number) } });
    expect((await stream.finalCompletion()).usage).toEqual(values.at(-1)?.usage);
  });

  it("leaves the request timeout to the headers, so a long stream is not cut", async () => {
    const { atoma } = inProcess();
    const stream = await atoma.chat.stream(chatParams, {
      timeout: 50,
      headers: { "x-mock-chunk-delay": "10" },
    });
    expect((await stream.finalCompletion()).choices[0]?.finish_reason).toBe("stop");
  });

  it("fails at once when the signal was aborted before the stream began", async () => {
    const { atoma } = inProcess();
    const stream = atoma.chat.stream(chatParams, { signal: AbortSignal.abort() });
    await expect(stream).rejects.toMatchObject({ name: "APIUserAbortError" });
  });
});

describe("more answers", () => {
  it("assembles n choices with logprobs as the non-streamed call has them", async () => {
    const { atoma } = inProcess();
    const params = { ...chatParams, n: 2, logprobs: true, top_logprobs: 2 };
    const streamed = await (await atoma.chat.stream(params)).finalCompletion();
    const plain = await atoma.chat.create(params);
    expect(streamed.choices).toHaveLength(2);
    expect(contentOf(streamed)).toEqual(contentOf(plain));
  });

  it("assembles n = 2 choices whose deltas come interleaved (0, 1, 0, 1, …)", async () => {
    const { atoma } = inProcess();
    const params = { ...chatParams, n: 2 };
    const stream = await atoma.chat.stream(params);
    const [chunks, final] = stream.tee();
    const order = (await drain(chunks)).values.flatMap((chunk) =>
      chunk.choices.map((choice) => choice.index),
    );
    expect(order.slice(0, 4)).toEqual([0, 1, 0, 1]);
    const streamed = await final.finalCompletion();
    const plain = await atoma.chat.create(params);
    expect(streamed.choices).toEqual(plain.choices);
    expect(streamed.usage).toEqual(plain.usage);
  });

  it("assembles two parallel tool calls streamed interleaved by their index", async () => {
    const { atoma } = inProcess();
    const tool = (name: string) => ({
      ...toolParams.tools[0]!,
      function: { ...toolParams.tools[0]!.function, name },
    });
    const params = { ...toolParams, tools: [tool("get_weather"), tool("get_time")] };
    const stream = await atoma.chat.stream(params);
    const [chunks, final] = stream.tee();
    const indexes = (await drain(chunks)).values.flatMap((chunk) =>
      (chunk.choices[0]?.delta.tool_calls ?? []).map((call) => call.index),
    );
    expect(indexes.slice(0, 4)).toEqual([0, 1, 0, 1]);
    const streamed = await final.finalCompletion();
    const plain = await atoma.chat.create(params);
    expect(streamed.choices).toEqual(plain.choices);
    expect(
      streamed.choices[0]?.message.tool_calls?.map((call) => [
        call.function.name,
        JSON.parse(call.function.arguments),
      ]),
    ).toEqual([
      ["get_weather", { city: "Lisbon" }],
      ["get_time", { city: "Lisbon" }],
    ]);
  });

  it("streams a text completion equal in content to the non-streamed one", async () => {
    const { atoma } = inProcess();
    const stream = await atoma.completions.stream({ ...completionParams, logprobs: 1 });
    const [texts, final] = stream.tee();
    const text = (await drain(texts.textStream)).values.join("");
    const completion = await final.finalCompletion();
    const plain = await atoma.completions.create({ ...completionParams, logprobs: 1 });
    expect(text).toBe(plain.choices[0]?.text);
    // Log probabilities included: text_offset counts from the start of the text in every chunk.
    const { model, created, choices, usage } = plain;
    expect(completion).toMatchObject({ model, created, choices, usage });
  });

  it("works as standalone functions taking a client", async () => {
    const { atoma } = inProcess();
    const chat = await streamChat(atoma, chatParams);
    expect((await chat.finalCompletion()).model).toBe(MODEL);
    const completion = await streamCompletion(atoma, completionParams);
    expect((await completion.finalCompletion()).choices[0]?.finish_reason).toBeTruthy();
  });

  it("adds stream methods without changing the client", () => {
    const { atoma } = inProcess();
    const twice = withStreaming(atoma);
    expect(typeof twice.chat.stream).toBe("function");
    expect(typeof twice.chat.create).toBe("function");
    expect(typeof twice.request).toBe("function");
    expect(twice).not.toBe(atoma);
  });
});
