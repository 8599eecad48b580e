import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { createDeadline, sleep } from "./deadline.js";

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

describe("createDeadline", () => {
  it("aborts when the time is up", async () => {
    const { signal } = createDeadline(undefined, 10);
    await new Promise((resolve) => signal!.addEventListener("abort", resolve));
    expect(signal!.aborted).toBe(true);
  });

  it("follows the caller's signal, before and after the clock stops", () => {
    const controller = new AbortController();
    const deadline = createDeadline(controller.signal, 60_000);
    deadline.stop();
    controller.abort(new Error("bye"));
    expect(deadline.signal!.aborted).toBe(true);
    expect(deadline.signal!.reason).toEqual(new Error("bye"));
    expect(createDeadline(AbortSignal.abort(), 60_000).signal!.aborted).toBe(true);
  });

  it("without a time limit, gives the caller's signal as it is, or none", () => {
    const caller = new AbortController().signal;
    expect(createDeadline(caller, Infinity).signal).toBe(caller);
    expect(createDeadline(undefined, Infinity).signal).toBeUndefined();
  });

  it("leaves no timer once stopped, and none for an endless timeout", () => {
    const before = timers();
    const deadline = createDeadline(undefined, 60_000);
    expect(timers()).toBe(before + 1);
    deadline.stop();
    expect(timers()).toBe(before);
    createDeadline(undefined, Infinity);
    expect(timers()).toBe(before);
  });

  it("adds no listener to a signal shared by many calls", () => {
    const shared = new AbortController().signal;
    for (let i = 0; i < 100; i++) createDeadline(shared, 60_000).stop();
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
  });
});

describe("sleep", () => {
  it("waits", async () => {
    const started = performance.now();
    await sleep(30, new AbortController().signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("leaves no listener on the signal once it has waited", async () => {
    const shared = new AbortController().signal;
    for (let i = 0; i < 3; i++) await sleep(1, shared);
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
  });

  it("ends early on abort and clears its timer", async () => {
    const controller = new AbortController();
    const before = timers();
    const done = sleep(60_000, controller.signal);
    controller.abort();
    await done;
    expect(timers()).toBe(before);
    await sleep(60_000, controller.signal); // already aborted: at once
  });
});
