// A JSON body already encoded (EncodedJson) goes out byte for byte, and again on a retry; any other
// body is encoded by the client.
import { describe, expect, it } from "vitest";
import { createAtomaClient } from "./client.js";
import { EncodedJson } from "./outgoing.js";
import { createMockFetch, json } from "./test-utils/mock-fetch.js";

/** A fetch that answers 503 (retry at once) to the first call and 200 after; `sent` is what each call sent. */
function recordingFetch() {
  const mock = createMockFetch(
    new Response('{"error":"busy"}', { status: 503, headers: { "retry-after-ms": "0" } }),
    json({ object: "list", data: [] }),
  );
  const sent = () =>
    mock.requests.map((request, index) => ({
      body: mock.bodies[index],
      contentType: request.headers.get("content-type"),
    }));
  return { sent, fetch: mock.fetch };
}

describe("the body of request()", () => {
  it("EncodedJson: sent as it is, as application/json, and sent again as it is on a retry", async () => {
    const { sent, fetch } = recordingFetch();
    const atoma = createAtomaClient({ apiKey: "k", baseUrl: "http://atoma.test", fetch });
    // Spacing and key order that JSON.stringify of the parsed value would not keep.
    const text = '{ "model":"m",  "input": ["a"] , "encoding_format":"float"}';
    const response = await atoma.request("embeddings_create", { body: new EncodedJson(text) as never });
    expect(response.status).toBe(200);
    expect(sent()).toEqual([
      { body: text, contentType: "application/json" },
      { body: text, contentType: "application/json" },
    ]);
  });

  it("EncodedJson encodes as its own JSON (a client that does not know it sends the same value)", () => {
    const text = '{ "model":"m", "input":"a" }';
    expect(JSON.parse(JSON.stringify({ body: new EncodedJson(text) }))).toEqual({
      body: { model: "m", input: "a" },
    });
  });

  it("a value: encoded as JSON by the client", async () => {
    const { sent, fetch } = recordingFetch();
    const atoma = createAtomaClient({ apiKey: "k", baseUrl: "http://atoma.test", fetch, maxRetries: 0 });
    await atoma.request("embeddings_create", { body: { model: "m", input: ["a"] } }).catch(() => undefined);
    expect(sent()).toEqual([{ body: '{"model":"m","input":["a"]}', contentType: "application/json" }]);
  });
});
