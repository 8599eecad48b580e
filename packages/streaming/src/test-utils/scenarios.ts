// Scenarios run against the mock server both in-process and over loopback HTTP.
import { expect } from "vitest";
import type { MockServer } from "@atoma-ts/mock-server";
import type { ChatCompletionResponse } from "../stream-types.js";
import type { StreamingClient, StreamingClientBase } from "../with-streaming.js";
import { drain } from "./crafted.js";
import { chatParams, outcomeOf, toolParams } from "./mock-client.js";

type Atoma = StreamingClient<StreamingClientBase>;
export interface Setup {
  atoma: Atoma;
  server: MockServer;
}

/** What a streamed and a non-streamed answer must share (ids differ: they hash the request). */
export const contentOf = ({ model, created, choices, usage }: ChatCompletionResponse) => ({
  model,
  created,
  choices,
  usage,
});

const headers = (values: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [`x-mock-${name}`, String(value)]));

/** The text of a stream, and its final completion. */
async function readChat({ atoma }: Setup, faults: Record<string, string | number> = {}) {
  const stream = await atoma.chat.stream(chatParams, { headers: headers(faults) });
  const { values: texts, error } = await drain(stream.textStream);
  expect(error).toBeUndefined();
  return { text: texts.join(""), completion: await stream.finalCompletion() };
}

export const scenarios: Record<string, (setup: Setup) => Promise<void>> = {
  async "streams an answer equal in content to the non-streamed one"(setup) {
    const { text, completion } = await readChat(setup);
    const plain = await setup.atoma.chat.create(chatParams);
    expect(text).toBe(plain.choices[0]?.message.content);
    expect(text).toMatch(/🚀/);
    expect(contentOf(completion)).toEqual(contentOf(plain));
    expect(setup.server.requests.at(-2)?.outcome).toBe("complete");
  },

  async "merges tool-call deltas into the non-streamed tool call"({ atoma }) {
    const stream = await atoma.chat.stream(toolParams);
    const completion = await stream.finalCompletion();
    const plain = await atoma.chat.create(toolParams);
    expect(completion.choices[0]?.message.tool_calls).toEqual(plain.choices[0]?.message.tool_calls);
    expect(completion.choices[0]?.message.tool_calls?.[0]?.function).toEqual({
      name: "get_weather",
      arguments: '{"city":"Lisbon"}',
    });
    expect(contentOf(completion)).toEqual(contentOf(plain));
  },

  async "ends at data: [DONE] as at a plain close"(setup) {
    const closed = await readChat(setup);
    const done = await readChat(setup, { "stream-end": "done" });
    expect(done).toEqual(closed);
    expect(setup.server.requests.at(-1)?.outcome).toBe("complete");
  },

  async "reads the same text from writes that split UTF-8 characters"(setup) {
    const whole = await readChat(setup);
    const tiny = await readChat(setup, { "write-size": 13 });
    expect(tiny.text).toBe(whole.text);
  },

  async "waits out chunk delays"(setup) {
    const started = performance.now();
    const { completion } = await readChat(setup, { "chunk-delay": 5 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(5 * 20);
    expect(completion.choices[0]?.finish_reason).toBe("stop");
  },

  async "times out on a stall although keep-alive comments arrive"({ atoma, server }) {
    const faults = headers({ stall: 2_000, "stall-after": 3, "keep-alive": 15 });
    const stream = await atoma.chat.stream(chatParams, { headers: faults, dataTimeout: 150 });
    const started = performance.now();
    const { values, error } = await drain(stream);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(values).toHaveLength(3);
    expect(error).toMatchObject({ name: "APITimeoutError" });
    const partial = (error as { partial: ChatCompletionResponse }).partial;
    expect(partial.choices[0]?.message.content).toBe(values.map((c) => c.choices[0]?.delta.content).join(""));
    expect(await outcomeOf(server)).toBe("client-disconnected");
  },

  async "makes a connection dropped mid-stream an APIConnectionError with the partial content, not retried"({
    atoma,
    server,
  }) {
    const sent = server.requests.length;
    const stream = await atoma.chat.stream(chatParams, { headers: headers({ "drop-after": 5 }) });
    const { values, error } = await drain(stream);
    expect(values).toHaveLength(5);
    expect(error).toMatchObject({ name: "APIConnectionError" });
    const partial = (error as { partial: ChatCompletionResponse }).partial;
    const text = values.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("");
    expect(text.length).toBeGreaterThan(0);
    expect(partial.choices[0]?.message.content).toBe(text);
    expect(server.requests.length).toBe(sent + 1);
  },

  async "keeps the text so far on stream.partial when the loop is left early"({ atoma }) {
    const stream = await atoma.chat.stream(chatParams);
    let text = "";
    let seen = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      if (++seen === 3) break;
    }
    expect(text.length).toBeGreaterThan(0);
    // What was received: the chunks yielded, and the rest of the last read if it brought several.
    const received = stream.partial?.choices[0]?.message.content ?? "";
    expect(received.startsWith(text)).toBe(true);
    const whole = await (await atoma.chat.stream(chatParams)).finalCompletion();
    expect(whole.choices[0]?.message.content?.startsWith(received)).toBe(true);
    expect(received.length).toBeLessThan(whole.choices[0]?.message.content?.length ?? 0);
    expect(stream.partial?.usage).toBeUndefined();
    await expect(stream.finalCompletion()).rejects.toMatchObject({ name: "APIUserAbortError" });
  },

  async "keeps the text on stream.partial after a cut, and the usage once its chunk came"({ atoma }) {
    const cut = await atoma.chat.stream(chatParams, { headers: headers({ "drop-after": 4 }) });
    const { values } = await drain(cut);
    const text = values.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("");
    expect(cut.partial?.choices[0]?.message.content).toBe(text);

    const whole = await atoma.chat.stream(chatParams);
    const completion = await whole.finalCompletion();
    expect(whole.partial).toEqual(completion);
    expect(whole.partial?.usage?.total_tokens).toBeGreaterThan(0);
  },

  async "rejects an error status with the client's APIError"({ atoma }) {
    const error = await atoma.chat
      .stream(chatParams, { headers: headers({ status: 402 }) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "PaymentRequiredError", status: 402, code: "BALANCE_ERROR" });
  },

  async "retries a 503 with Retry-After, then streams"({ atoma, server }) {
    const faults = { status: 503, "fail-attempts": 1, "retry-after": 0, "attempt-key": Math.random() };
    const { text } = await readChat({ atoma, server }, faults);
    expect(text).toMatch(/You said/);
    expect(server.requests.slice(-2).map((request) => request.status)).toEqual([503, 200]);
  },

  async "closes the connection on abort()"({ atoma, server }) {
    const stream = await atoma.chat.stream(chatParams, { headers: headers({ "chunk-delay": 20 }) });
    const chunks = stream[Symbol.asyncIterator]();
    await chunks.next();
    const pending = chunks.next();
    stream.abort();
    await expect(pending).rejects.toMatchObject({ name: "APIUserAbortError" });
    expect(await outcomeOf(server)).toBe("client-disconnected");
  },

  async "closes the connection when the signal aborts mid-stream"({ atoma, server }) {
    const controller = new AbortController();
    const stream = await atoma.chat.stream(chatParams, {
      headers: headers({ "chunk-delay": 20 }),
      signal: controller.signal,
    });
    const { values, error } = await drain(
      (async function* () {
        for await (const chunk of stream) {
          yield chunk;
          controller.abort();
        }
      })(),
    );
    expect(values.length).toBeGreaterThanOrEqual(1);
    expect(error).toMatchObject({ name: "APIUserAbortError" });
    expect(await outcomeOf(server)).toBe("client-disconnected");
  },

  async "closes the connection on break"({ atoma, server }) {
    const stream = await atoma.chat.stream(chatParams, { headers: headers({ "chunk-delay": 20 }) });
    for await (const chunk of stream) if (chunk) break;
    expect(await outcomeOf(server)).toBe("client-disconnected");
  },
};
