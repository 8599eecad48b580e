// The built package, as consumers load it: ESM and CommonJS. Skipped before a build (`pnpm test` at the
// root builds first).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { chatRequest, chatResponse } from "./test-utils/fixtures.js";
import { createMockFetch, json } from "./test-utils/mock-fetch.js";

const dist = new URL("../dist/", import.meta.url);
const built = existsSync(new URL("index.js", dist)) && existsSync(new URL("index.cjs", dist));

describe.skipIf(!built)("the built package", () => {
  it.each([
    ["ESM", () => import(new URL("index.js", dist).href)],
    ["CommonJS", async () => createRequire(import.meta.url)(new URL("index.cjs", dist).pathname)],
  ])("works as %s", async (_, load) => {
    const { createAtomaClient } = (await load()) as typeof import("./index.js");
    const mock = createMockFetch(json(chatResponse));
    const atoma = createAtomaClient({ apiKey: "k", fetch: mock.fetch });
    await expect(atoma.chat.create(chatRequest)).resolves.toEqual(chatResponse);
    expect(typeof atoma.raw.GET).toBe("function");
  });

  it.each([
    ["ESM", (file: string) => import(new URL(`${file}.js`, dist).href)],
    [
      "CommonJS",
      async (file: string) => createRequire(import.meta.url)(new URL(`${file}.cjs`, dist).pathname),
    ],
  ])("shares its error classes with the /internal entry in %s", async (_, load) => {
    const root = (await load("index")) as typeof import("./index.js");
    const internal = (await load("internal")) as typeof import("./internal.js");
    const error = internal.createAPIError({
      operation: "GET /v1/models",
      status: 429,
      headers: new Headers(),
      body: "",
    });
    expect(error).toBeInstanceOf(root.RateLimitError);
    expect(error).toBeInstanceOf(root.APIError);
    expect(root.isRateLimitError(error)).toBe(true);
  });
});
