import { describe, expect, it } from "vitest";
import { lazyBackend, type Backend } from "./atoma-backend.js";
import { routeOf } from "./routes.js";

describe("lazyBackend", () => {
  const route = routeOf("chat");
  const answering: Backend = async (_route, body) => new Response(body);

  it("makes the backend at the first call only, and sends every call through it", async () => {
    let makes = 0;
    const backend = lazyBackend(async () => {
      makes++;
      return answering;
    });
    expect(makes).toBe(0);
    const texts = [];
    for (const body of ["a", "b", "c"]) texts.push(await (await backend(route, body, {})).text());
    expect(texts).toEqual(["a", "b", "c"]);
    expect(makes).toBe(1);
  });

  it("tries again at the next call when making it failed", async () => {
    let makes = 0;
    const backend = lazyBackend(async () => {
      if (++makes === 1) throw new Error("no key yet");
      return answering;
    });
    await expect(backend(route, "a", {})).rejects.toThrow("no key yet");
    expect(await (await backend(route, "b", {})).text()).toBe("b");
    expect(makes).toBe(2);
  });
});
