// The built package, as consumers load it: ESM and CommonJS. Skipped before a build (`pnpm test` at the
// root builds first).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

  it.each(["index.js", "index.cjs"])(
    "%s: a stack trace maps to the TypeScript source, whose text ships in the source map",
    (file) => {
      const script = `
        const { createAtomaClient } = require(${JSON.stringify(new URL(file, dist).pathname)});
        try { createAtomaClient({ baseUrl: "api.atoma.network" }); } catch (error) { console.log(error.stack); }`;
      const code = file.endsWith(".cjs") ? script : script.replace("require(", "await import(");
      const stack = execFileSync(process.execPath, [
        "--enable-source-maps",
        file.endsWith(".cjs") ? "--input-type=commonjs" : "--input-type=module",
        "-e",
        code,
      ]).toString();
      const frame = /\(?(\S*src\/options\.ts):(\d+):\d+\)?/.exec(stack);
      expect(frame, stack).not.toBeNull();
      // The frame names ../src/options.ts, which does not ship: its text must be in a map that does.
      const maps = shippedMaps();
      const holder = maps.find(({ sources }) => sources.some((source) => source.endsWith("src/options.ts")));
      const index = holder!.sources.findIndex((source) => source.endsWith("src/options.ts"));
      const line = holder!.sourcesContent[index]!.split("\n")[Number(frame![2]) - 1];
      expect(line).toContain("AtomaError");
    },
  );
});

/** The source maps the package ships. */
function shippedMaps(): { sources: string[]; sourcesContent: (string | null)[] }[] {
  return readdirSync(dist)
    .filter((name) => name.endsWith(".map"))
    .map((name) => JSON.parse(readFileSync(new URL(name, dist), "utf8")));
}
