// A real browser: Debian's Chromium, driven by playwright-core, streams from the mock server through
// the built packages and renders the text; the test reads what the page shows.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMockServer, listen } from "@atoma-ts/mock-server";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer } from "./static-server.js";

const CHROMIUM = "/usr/bin/chromium";
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
    executablePath: CHROMIUM,
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

describe("in Chromium", () => {
  it("streams a chat from the mock server through the built packages and renders it", async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (error) => errors.push(error.message));
    await tab.goto(`${page.url}/?api=${encodeURIComponent(mockServer.url)}`);
    await tab.waitForFunction(() => document.getElementById("chat-status")?.textContent !== "running", null, {
      timeout: 30_000,
    });
    expect(errors).toEqual([]);
    expect(await tab.textContent("#chat-status")).toBe("done");
    const text = await tab.textContent("#chat");
    expect(text).toContain('You said: "Hello from Chromium"');
    expect(text).toContain("你好 🚀");
    expect(mock.requests.find((entry) => entry.path === "/v1/chat/completions")?.outcome).toBe("complete");
  });
});
