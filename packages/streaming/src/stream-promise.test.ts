import { describe, expect, it } from "vitest";
import { createStreamPromise } from "./stream-promise.js";

/** A stand-in for a ChatStream: an async iterable of numbers that records an abort. */
function fakeStream(values: number[]) {
  return {
    aborted: false,
    abort() {
      this.aborted = true;
    },
    async *[Symbol.asyncIterator]() {
      yield* values;
    },
  };
}

describe("createStreamPromise", () => {
  it("resolves to the stream", async () => {
    const stream = fakeStream([1]);
    expect(await createStreamPromise(Promise.resolve(stream))).toBe(stream);
  });

  it("iterates the stream's chunks once it comes", async () => {
    const seen: number[] = [];
    for await (const value of createStreamPromise(Promise.resolve(fakeStream([1, 2, 3])))) seen.push(value);
    expect(seen).toEqual([1, 2, 3]);
  });

  it("rejects the first next() when the stream never comes", async () => {
    const failed = createStreamPromise<number, ReturnType<typeof fakeStream>>(
      Promise.reject(new Error("503")),
    );
    await expect(failed[Symbol.asyncIterator]().next()).rejects.toThrow("503");
  });

  it("aborts a stream that comes after it was left", async () => {
    const stream = fakeStream([1]);
    let arrive!: (value: typeof stream) => void;
    const chunks = createStreamPromise(new Promise<typeof stream>((resolve) => (arrive = resolve)))[
      Symbol.asyncIterator
    ]();
    await chunks.return!();
    arrive(stream);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stream.aborted).toBe(true);
    expect(await chunks.next()).toEqual({ done: true, value: undefined });
  });
});
