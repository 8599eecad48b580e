// The streaming client against the mock server over real loopback HTTP, with the global fetch.
import { createAtomaClient } from "@atoma-ts/client";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withStreaming } from "./with-streaming.js";
import { chatChunk, event } from "./test-utils/crafted.js";
import { chatParams, overLoopback } from "./test-utils/mock-client.js";
import { scenarios, type Setup } from "./test-utils/scenarios.js";

let loopback: Awaited<ReturnType<typeof overLoopback>>;
beforeAll(async () => {
  loopback = await overLoopback();
});
afterAll(() => loopback.close());

describe("chat.stream over loopback HTTP", () => {
  const setup = (): Setup => loopback;
  for (const [name, run] of Object.entries(scenarios)) it(name, () => run(setup()));

  it("rejects with an APIUserAbortError when the signal aborts before the headers", async () => {
    const controller = new AbortController();
    const pending = loopback.atoma.chat.stream(chatParams, {
      signal: controller.signal,
      headers: { "x-mock-latency": "500" },
    });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: "APIUserAbortError" });
  });

  it("closes its end of the socket when a stream is left early", async () => {
    // A server that writes forever: the client's FIN is what ends it.
    let onEnd!: () => void;
    const closed = new Promise<void>((resolve) => (onEnd = resolve));
    const server = createServer((request, response) => {
      request.socket.once("end", onEnd);
      response.writeHead(200, { "content-type": "text/event-stream" });
      const writer = setInterval(() => response.write(event(chatChunk("tick "))), 10);
      response.once("close", () => clearInterval(writer));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const atoma = withStreaming(createAtomaClient({ apiKey: "k", baseUrl: `http://127.0.0.1:${port}` }));
      const stream = await atoma.chat.stream(chatParams);
      let seen = 0;
      for await (const chunk of stream) if (chunk && ++seen === 3) break;
      await closed;
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
