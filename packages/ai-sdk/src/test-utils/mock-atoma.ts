// The mock server on loopback HTTP, and providers of each mode calling it with the global fetch.
import type { FetchLike } from "@atoma-ts/client";
import { afterAll, beforeAll } from "vitest";
import { createMockServer, listen, type MockServer } from "@atoma-ts/mock-server";
import {
  createAtoma,
  type AtomaConnectionSettings,
  type AtomaModeSettings,
  type AtomaProvider,
} from "../create-atoma.js";

export const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
export const EMBEDDING_MODEL = "intfloat/multilingual-e5-large-instruct";
export const IMAGE_MODEL = "black-forest-labs/FLUX.1-schnell";

/** A secret API key that must never show up in an error. */
export const API_KEY = "sk-canary-ai-sdk-key-51c0a7";

export type Mode = "plain" | "confidential" | "verify";
export const MODES: Mode[] = ["plain", "confidential", "verify"];

/** The path a mode sends an operation's request to, as the mock logs it: confidential mode's has `/confidential`. */
export const pathIn = (mode: Mode, path: string): string =>
  mode === "confidential" ? path.replace("/v1/", "/v1/confidential/") : path;

export interface MockAtoma {
  server: MockServer;
  url: string;
  /** A provider of the mode, trusting the mock's signer; `settings` override. */
  provider(mode: Mode, settings?: AtomaConnectionSettings & AtomaModeSettings): AtomaProvider;
  close(): Promise<void>;
}

/** Starts the mock server on loopback. Close it after. */
export async function startMockAtoma(): Promise<MockAtoma> {
  const server = createMockServer({ apiKey: API_KEY });
  const running = await listen(server);
  const trusted = { trustedSigners: [server.signer.address] };
  const modes: Record<Mode, AtomaModeSettings> = {
    plain: {},
    confidential: { confidential: true, verify: trusted },
    verify: { verify: trusted },
  };
  return {
    server,
    url: running.url,
    provider: (mode, settings) =>
      createAtoma({ apiKey: API_KEY, baseURL: running.url, ...modes[mode], ...settings }),
    close: () => running.close(),
  };
}

/**
 * The mock for a test file: started before its tests and closed after them. Its members are filled in
 * once it has started, so read them inside the tests.
 */
export function useMockAtoma(): MockAtoma {
  const mock = {} as MockAtoma;
  beforeAll(async () => {
    Object.assign(mock, await startMockAtoma());
  });
  afterAll(() => mock.close());
  return mock;
}

/** A fetch that rewrites the text of successful responses (a stream is read whole), as an attacker would. */
export function rewritingFetch(rewrite: (text: string, path: string) => string): FetchLike {
  return async (input, init) => {
    const response = await globalThis.fetch(input, init);
    if (!response.ok) return response;
    const path = new URL(input instanceof Request ? input.url : input).pathname;
    const { status, statusText, headers } = response;
    return new Response(rewrite(await response.text(), path), { status, statusText, headers });
  };
}

/** The requests the mock was sent to a path. */
export const requestsTo = (server: MockServer, path: string) =>
  server.requests.filter((request) => request.path === path);

/** Waits until the mock's last request to a path has an outcome (how its body ended); resolves to it. */
export async function lastOutcome(
  server: MockServer,
  path: string,
  within = 5_000,
): Promise<string | undefined> {
  const deadline = Date.now() + within;
  for (;;) {
    const outcome = requestsTo(server, path).at(-1)?.outcome;
    if (outcome || Date.now() > deadline) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
