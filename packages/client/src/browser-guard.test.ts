// A key in a web page is readable by every visitor: the client refuses one there unless told otherwise.
// The real browser check is e2e/browser.test.ts; here a window and document are stood up in Node.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAtomaClient } from "./client.js";

const scope = globalThis as { window?: unknown; document?: unknown };

describe("a client in a browser", () => {
  beforeEach(() => {
    scope.window = globalThis;
    scope.document = {};
  });
  afterEach(() => {
    delete scope.window;
    delete scope.document;
  });

  it("refuses an API key, saying why and how to opt in", () => {
    expect(() => createAtomaClient({ apiKey: "sk-canary-browser" })).toThrow(
      expect.objectContaining({
        name: "AtomaError",
        message: expect.stringContaining("dangerouslyAllowBrowser: true"),
      }),
    );
    try {
      createAtomaClient({ apiKey: "sk-canary-browser" });
    } catch (error) {
      expect(String(error)).toContain("readable by everyone who opens the page");
      expect(String(error)).not.toContain("sk-canary-browser");
    }
  });

  it("takes a key with dangerouslyAllowBrowser: true, and no key without it", () => {
    expect(() => createAtomaClient({ apiKey: "k", dangerouslyAllowBrowser: true })).not.toThrow();
    expect(() => createAtomaClient({ apiKey: "" })).not.toThrow();
  });
});

describe("outside a browser", () => {
  it("takes a key without any option (a worker or server has no document)", () => {
    expect(() => createAtomaClient({ apiKey: "k" })).not.toThrow();
  });
});
