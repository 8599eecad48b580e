import { describe, expect, it } from "vitest";
import { createEventReader, type EventReader } from "./event-reader.js";
import { craftedResponse } from "./test-utils/crafted.js";

const operation = "POST /v1/chat/completions";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readAll(reader: EventReader): Promise<string[]> {
  const data: string[] = [];
  for (let batch = await reader.read(); batch; batch = await reader.read()) {
    data.push(...batch.map((event) => event.data));
  }
  return data;
}

/** A body that writes its pieces with a pause before each. */
function slowBody(pieces: [delayMs: number, text: string][], end: "close" | "hang" = "close") {
  let next = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const piece = pieces[next++];
      if (!piece) return end === "close" ? controller.close() : new Promise<void>(() => {});
      await sleep(piece[0]);
      if (!cancelled) controller.enqueue(new TextEncoder().encode(piece[1]));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, isCancelled: () => cancelled };
}

describe("createEventReader", () => {
  it("batches the events of each read, skips comments, dispatches a last event without its blank line", async () => {
    const { response } = craftedResponse(["data: a\n\ndata: b\n\n: keep-alive\n\n", ": ping\n\n", "data: c"]);
    const reader = createEventReader(response.body, { operation });
    expect((await reader.read())?.map((event) => event.data)).toEqual(["a", "b"]);
    expect((await reader.read())?.map((event) => event.data)).toEqual(["c"]);
    expect(await reader.read()).toBeUndefined();
    expect(await reader.read()).toBeUndefined();
  });

  it("reads a null body as empty", async () => {
    expect(await createEventReader(null, { operation }).read()).toBeUndefined();
  });

  it("fails a connection lost mid-body with an APIConnectionError carrying the partial", async () => {
    const { response } = craftedResponse(["data: a\n\n"], { end: "error" });
    const reader = createEventReader(response.body, { operation, partial: () => "so far" });
    await reader.read();
    const error = await reader.read().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "APIConnectionError", partial: "so far" });
    expect((error as Error).message).toBe(`${operation} failed: the connection was lost mid-stream`);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it("dataTimeout: times out when no data event comes, even though comments do", async () => {
    const keepAlives = Array.from({ length: 40 }, () => [10, ": keep-alive\n\n"] as [number, string]);
    const { body, isCancelled } = slowBody([[0, "data: a\n\n"], ...keepAlives], "hang");
    const reader = createEventReader(body, {
      operation,
      dataTimeout: 80,
      idleTimeout: 60,
      partial: () => "a",
    });
    expect(await reader.read()).toHaveLength(1);
    const started = performance.now();
    const error = await reader.read().catch((e: unknown) => e);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(error).toMatchObject({ name: "APITimeoutError", partial: "a" });
    expect((error as Error).message).toBe(
      `${operation}: the stream timed out: no data for 80 ms (the \`dataTimeout\` option)`,
    );
    expect(isCancelled()).toBe(true);
  });

  it("idleTimeout: comments keep the stream alive past it, silence does not", async () => {
    const keepAlives = Array.from({ length: 12 }, () => [10, ": keep-alive\n\n"] as [number, string]);
    const { body, isCancelled } = slowBody([...keepAlives, [0, "data: a\n\n"]], "hang");
    const reader = createEventReader(body, { operation, idleTimeout: 60, partial: () => "a" });
    const started = performance.now();
    // 120 ms of keep-alive comments, each 10 ms apart: twice the idle limit, yet the event arrives.
    expect(await reader.read()).toHaveLength(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    const error = await reader.read().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "APITimeoutError", partial: "a" });
    expect((error as Error).message).toBe(
      `${operation}: the stream timed out: no bytes for 60 ms, so the connection looks dead (the \`idleTimeout\` option)`,
    );
    expect(isCancelled()).toBe(true);
  });

  it.each([0, Infinity, -1, NaN])("an idleTimeout of %s is off", async (idleTimeout) => {
    const { body } = slowBody([[100, "data: late\n\n"]]);
    const reader = createEventReader(body, { operation, idleTimeout });
    expect(await readAll(reader)).toEqual(["late"]);
  });

  it("counts only the time spent waiting, not the consumer's", async () => {
    const { body } = slowBody([
      [0, "data: a\n\n"],
      [30, "data: b\n\n"],
      [30, "data: c\n\n"],
    ]);
    const reader = createEventReader(body, { operation, idleTimeout: 200 });
    await reader.read();
    await sleep(300); // a slow consumer
    expect(await readAll(reader)).toEqual(["b", "c"]);
  });

  it("rejects with an APIUserAbortError when the signal aborts, and cancels the body", async () => {
    const controller = new AbortController();
    const { response, cancelled } = craftedResponse(["data: a\n\n"], { end: "hang" });
    const reader = createEventReader(response.body, { operation, signal: controller.signal });
    await reader.read();
    const pending = reader.read();
    controller.abort("stop");
    await expect(pending).rejects.toMatchObject({ name: "APIUserAbortError", cause: "stop" });
    await expect(cancelled).resolves.toMatchObject({ name: "APIUserAbortError" });
    await expect(reader.read()).rejects.toMatchObject({ name: "APIUserAbortError" });
  });

  it("fails at once on a signal aborted before it starts", async () => {
    const { response, cancelled } = craftedResponse(["data: a\n\n"]);
    const reader = createEventReader(response.body, { operation, signal: AbortSignal.abort() });
    await expect(reader.read()).rejects.toMatchObject({ name: "APIUserAbortError" });
    await cancelled;
  });

  it("close() without an error ends the reads quietly and cancels the body", async () => {
    const { response, cancelled } = craftedResponse(["data: a\n\ndata: b"], { end: "hang" });
    const reader = createEventReader(response.body, { operation });
    await reader.read();
    const pending = reader.read();
    reader.close();
    expect(await pending).toBeUndefined();
    await cancelled;
  });

  it("fails an event past maxEventSize with a buffer-exceeded StreamError", async () => {
    const { response, cancelled } = craftedResponse([`data: ${"x".repeat(100)}\n\n`], { end: "hang" });
    const reader = createEventReader(response.body, { operation, maxEventSize: 50 });
    await expect(reader.read()).rejects.toMatchObject({ name: "StreamError", type: "buffer-exceeded" });
    await cancelled;
  });
});
