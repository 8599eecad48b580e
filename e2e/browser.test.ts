// A real browser, driven by playwright-core, streams from the mock server through the built packages
// (and through @atoma-ts/ai-sdk with the AI SDK, bundled as an app would be) and renders the text; the
// test reads what the page shows. The browser comes from npm (the @sparticuz/chromium dev dependency),
// so the README's test command needs nothing but Node and npm.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMockServer, listen } from "@atoma-ts/mock-server";
import sparticuz from "@sparticuz/chromium";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer } from "./static-server.js";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set; else the one @sparticuz/chromium ships for Linux x64
 * (unpacked to the temporary folder on first use); else a system Chromium. Never skipped: without one
 * the test fails saying how to provide it.
 */
async function findChromium(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (process.platform === "linux" && process.arch === "x64") return sparticuz.executablePath();
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  throw new Error(
    `No Chromium for the browser test on ${process.platform}-${process.arch}: set CHROMIUM_PATH to a Chromium or Chrome binary`,
  );
}
// Without the networking flags Chromium stalls on connections this machine refuses.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const mock = createMockServer();
let mockServer: Awaited<ReturnType<typeof listen>>;
let page: Awaited<ReturnType<typeof startStaticServer>>;
let browser: BrowserContext;
const profile = mkdtempSync(join(tmpdir(), "atoma-chromium-"));

beforeAll(async () => {
  mockServer = await listen(mock);
  page = await startStaticServer();
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: await findChromium(),
    headless: true,
    args: FLAGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await page?.close();
  await mockServer?.close();
  rmSync(profile, { recursive: true, force: true });
});

type Tab = Awaited<ReturnType<BrowserContext["newPage"]>>;

/**
 * Opens a test page against the mock server, its errors pushed to `errors`, once every section in
 * `sections` has left "running".
 */
async function openPage(path: string, sections: readonly string[], errors: string[]): Promise<Tab> {
  const tab = await browser.newPage();
  tab.on("pageerror", (error) => errors.push(error.message));
  await tab.goto(`${page.url}${path}?api=${encodeURIComponent(mockServer.url)}`);
  await tab.waitForFunction(
    (ids) => ids.every((id) => document.getElementById(`${id}-status`)?.textContent !== "running"),
    sections,
    { timeout: 30_000 },
  );
  return tab;
}

describe("in Chromium", () => {
  // The page streams a plain chat, then a confidential one, then parses, runs tools and shows its log
  // lines; every test reads the one page load.
  let tab: Tab;
  const errors: string[] = [];

  beforeAll(async () => {
    tab = await openPage("/", ["log"], errors);
  });

  /** The page finished the stream in section `id` and shows the mock's answer to `prompt`. */
  async function expectRendered(id: string, prompt: string) {
    expect(errors).toEqual([]);
    expect(await tab.textContent(`#${id}-status`)).toBe("done");
    const text = await tab.textContent(`#${id}`);
    expect(text).toContain(`You said: "${prompt}"`);
    expect(text).toContain("你好 🚀");
  }

  it("refuses an API key in the page unless dangerouslyAllowBrowser is set, saying why", async () => {
    expect(await tab.textContent("#guard-status")).toBe(
      "AtomaError: createAtomaClient: an API key in a browser is readable by everyone who opens the page. " +
        "Call Atoma from your server, or pass dangerouslyAllowBrowser: true if the key is the user's own.",
    );
  });

  it("streams a chat from the mock server through the built packages and renders it", async () => {
    await expectRendered("chat", "Hello from Chromium");
    expect(mock.requests.find((entry) => entry.path === "/v1/chat/completions")?.outcome).toBe("complete");
  });

  it("streams a confidential chat: locks a node, seals the request, decrypts and verifies each chunk", async () => {
    // The mock can only echo the prompt if it decrypted the request the browser sealed.
    await expectRendered("confidential", "A secret from Chromium");
    const paths = mock.requests.map((entry) => entry.path);
    expect(paths).toContain("/v1/nodes/lock");
    const call = mock.requests.find((entry) => entry.path === "/v1/confidential/chat/completions");
    expect(call?.outcome).toBe("complete");
  });

  it("parses an answer with a zod schema: the JSON Schema sent is zod's, the answer validated", async () => {
    expect(await tab.textContent("#parse-status")).toBe("done");
    expect(JSON.parse((await tab.textContent("#parse")) ?? "")).toEqual({
      city: "Lisbon",
      celsius: 1,
      sky: "clear",
    });
    const sent = mock.requests.find((entry) => (entry.body as any)?.response_format);
    expect((sent?.body as any).response_format.json_schema.schema.properties.sky).toEqual({
      type: "string",
      enum: ["clear", "cloudy"],
    });
  });

  it("runs the tool loop, streamed: the tool's call and result, then the text as it streamed", async () => {
    expect(await tab.textContent("#tools-status")).toBe("done");
    expect((await tab.textContent("#tools"))?.split("\n")).toEqual([
      'call get_weather {"city":"Porto"}',
      'result {"city":"Porto","celsius":21}',
      "text pieces joined: true",
      expect.stringMatching(/^answer Hello from .*You said: "What is the weather in Porto"/),
    ]);
    const rounds = mock.requests.filter((entry) => (entry.body as any)?.tools);
    expect(rounds.map((entry) => (entry.body as any).messages.at(-1).role)).toEqual(["user", "tool"]);
  });

  it("keeps in stream.partial what a stream broken off after 3 chunks received: a prefix of the answer", async () => {
    expect(await tab.textContent("#partial-status")).toBe("done");
    const { text, usage } = JSON.parse((await tab.textContent("#partial")) ?? "");
    const whole =
      'Hello from meta-llama/Llama-3.3-70B-Instruct! You said: "Stop me early". Atoma mock ✓ — ¡olé! 你好 🚀';
    // What came before the break, and what the same read of the body brought with it (the mock writes
    // fast, so that may be more, up to all of it): never anything else.
    expect(text.length).toBeGreaterThan(0);
    expect(whole.startsWith(text)).toBe(true);
    // The usage comes in the last chunk: there only if the whole answer was received.
    if (usage !== null) expect(text).toBe(whole);
  });

  it("logs one info line per request to the page's logger, and nothing below info", async () => {
    expect(await tab.textContent("#log-status")).toBe("done");
    const lines = ((await tab.textContent("#log")) ?? "").split("\n");
    // chat stream, confidential lock and stream, parse, two rounds of tools, and the stream broken off.
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(line).toMatch(
        /^info atoma: (POST|GET) \/v1\/[\w/]+ 200 in \d+ ms \(attempt 1(, request id \S+)?\)$/,
      );
      expect(line).not.toContain("browser-key");
    }
    expect(lines.filter((line) => line.includes("POST /v1/chat/completions"))).toHaveLength(5);
  });
});

describe("@atoma-ts/ai-sdk in Chromium (the page's program bundled with the AI SDK by esbuild)", () => {
  const MODES = ["plain", "verify", "confidential"] as const;
  let tab: Tab;
  const errors: string[] = [];

  beforeAll(async () => {
    tab = await openPage("/ai-sdk.html", MODES, errors);
  });

  it.each(MODES)(
    "streamText in %s mode renders the mock's answer as it streams, with its usage",
    async (mode) => {
      expect(errors).toEqual([]);
      const status = await tab.textContent(`#${mode}-status`);
      expect(status).toMatch(/^done: [1-9]\d* tokens, signer /);
      const text = await tab.textContent(`#${mode}`);
      expect(text).toContain(`You said: "streamText in ${mode} mode from Chromium"`);
      expect(text).toContain("你好 🚀");
      // The checked modes report the node that signed the answer; in clear there is nothing to report.
      expect(status?.endsWith(`signer ${mode === "plain" ? "none" : mock.signer.address}`)).toBe(true);
    },
  );

  it("sent each mode its own way: in clear, verified in clear, and sealed to a locked node", () => {
    const prompts = (path: string) =>
      mock.requests
        .filter((entry) => entry.path === path)
        .map((entry) => JSON.stringify(entry.body ?? ""))
        .filter((body) => body.includes("mode from Chromium"));
    expect(prompts("/v1/chat/completions")).toHaveLength(2);
    // The confidential request's body is ciphertext: the prompt is not in what the mock logged as sent.
    const sealed = mock.requests.filter((entry) => entry.path === "/v1/confidential/chat/completions");
    expect(sealed.length).toBeGreaterThan(0);
    expect(JSON.stringify(sealed.at(-1)?.body)).not.toContain("confidential mode from Chromium");
  });
});
