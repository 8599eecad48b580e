import { generateObject, generateText, stepCountIs, streamObject, streamText, tool } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CHAT_PATH,
  MODEL,
  MODES,
  requestsTo,
  startMockAtoma,
  type MockAtoma,
} from "./test-utils/mock-atoma.js";

let mock: MockAtoma;
beforeAll(async () => {
  mock = await startMockAtoma();
});
afterAll(() => mock.close());

const prompt = "Say hello to the world";

describe.each(MODES)("%s mode", (mode) => {
  /** What providerMetadata.atoma must be: the mock's signer in the checking modes, nothing in clear. */
  const expectVerification = (atoma: unknown, extra: object = {}) => {
    if (mode === "plain") return expect(atoma).toEqual({});
    expect(atoma).toEqual({ signer: mock.server.signer.address, responseHash: expect.any(String), ...extra });
  };

  it("generateText answers, with usage, and providerMetadata.atoma in the checking modes", async () => {
    const before = requestsTo(mock.server, CHAT_PATH[mode]).length;
    const result = await generateText({ model: mock.provider(mode)(MODEL), prompt });
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.finishReason).toBe("stop");
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expectVerification(result.providerMetadata?.atoma);
    expect(requestsTo(mock.server, CHAT_PATH[mode]).length).toBe(before + 1);
  });

  it("streamText streams the same text as generateText, with usage and a summary of the checked chunks", async () => {
    const model = mock.provider(mode)(MODEL);
    const { text: whole } = await generateText({ model, prompt });
    const result = streamText({ model, prompt });
    const pieces: string[] = [];
    for await (const piece of result.textStream) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(whole);
    const usage = await result.usage;
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.outputTokens).toBe(pieces.length);
    expectVerification((await result.providerMetadata)?.atoma, { verifiedChunks: expect.any(Number) });
  });
});
