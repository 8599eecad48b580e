import { describe, expect, it } from "vitest";
import { createMockServer } from "../create-mock-server.js";

const MODEL = "intfloat/multilingual-e5-large-instruct";

/** Embeds `input`; returns the response's request id. */
async function embed(server: ReturnType<typeof createMockServer>, input: string): Promise<string | null> {
  const response = await server.fetch(
    new Request("http://mock/v1/embeddings", {
      method: "POST",
      headers: { authorization: "Bearer k" },
      body: JSON.stringify({ model: MODEL, input }),
    }),
  );
  await response.arrayBuffer();
  return response.headers.get("x-request-id");
}

describe("the request log", () => {
  it("keeps only the last maxLoggedRequests, oldest first, while ids keep counting", async () => {
    const server = createMockServer({ maxLoggedRequests: 3 });
    const ids: (string | null)[] = [];
    for (let i = 1; i <= 7; i++) ids.push(await embed(server, `call ${i}`));
    expect(server.requests.map((entry) => (entry.body as { input: string }).input)).toEqual([
      "call 5",
      "call 6",
      "call 7",
    ]);
    expect(ids.at(-1)).toBe("req_7");
  });

  it("keeps nothing with maxLoggedRequests 0, and still answers", async () => {
    const server = createMockServer({ maxLoggedRequests: 0 });
    expect(await embed(server, "a")).toBe("req_1");
    expect(await embed(server, "b")).toBe("req_2");
    expect(server.requests).toEqual([]);
  });

  it("keeps the last 1000 by default", async () => {
    const server = createMockServer();
    for (let i = 1; i <= 1002; i++) {
      await server.fetch(new Request("http://mock/health"));
    }
    expect(server.requests).toHaveLength(1000);
  });
});
