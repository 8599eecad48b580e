import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sseEvent, writeFrames, type WriteFaults } from "./write-frames.js";

const KEEP_ALIVE = ": keep-alive\n\n";
const frames = (count: number) => Array.from({ length: count }, (_, index) => () => sseEvent(`${index}`));

/** The whole body written with `faults`, on a fake clock that runs until it ends. */
async function written(count: number, faults: WriteFaults): Promise<string> {
  const body = writeFrames(frames(count), faults, { onEnd: () => {}, drop: () => {} });
  const text = new Response(body).text();
  await vi.advanceTimersByTimeAsync(10_000);
  return text;
}

/** How many keep-alives came between each two events. */
const keepAlivesBetween = (text: string) =>
  text
    .split(/data: \d+\n\n/)
    .slice(1, -1)
    .map((gap) => gap.split(KEEP_ALIVE).length - 1);

describe("keep-alive comments, after each keepAliveMs without data (Atoma's proxy: 15 ms)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends none while data flows, even 10 ms apart", async () => {
    expect(await written(20, { keepAliveMs: 15 })).not.toContain(KEEP_ALIVE);
    expect(await written(20, { keepAliveMs: 15, chunkDelayMs: 10 })).not.toContain(KEEP_ALIVE);
  });

  it("sends one after each 15 ms of a stall or of a slow first event", async () => {
    expect(keepAlivesBetween(await written(4, { keepAliveMs: 15, stallMs: 100 }))).toEqual([6, 0, 0]);
    const slowStart = await written(2, { keepAliveMs: 15, stallMs: 1_000, stallAfterChunks: 0 });
    expect(slowStart.startsWith(KEEP_ALIVE.repeat(66) + "data: 0")).toBe(true);
  });

  it("sends them between events slower than the interval", async () => {
    expect(keepAlivesBetween(await written(4, { keepAliveMs: 15, chunkDelayMs: 40 }))).toEqual([2, 2, 2]);
  });

  it("sends none when turned off", async () => {
    expect(await written(4, { keepAliveMs: 0, stallMs: 100 })).not.toContain(KEEP_ALIVE);
    expect(await written(4, { stallMs: 100 })).not.toContain(KEEP_ALIVE);
  });
});
