import { describe, expect, it } from "vitest";
import { createChatStream } from "./chat-stream.js";
import { createCompletionStream } from "./completion-stream.js";

const chunk = JSON.stringify({
  id: "c",
  object: "chat.completion.chunk",
  created: 1,
  model: "m",
  choices: [{ index: 0, delta: { content: "Hi" }, finish_reason: "stop" }],
});
const page = "<html><head><title>Welcome to nginx!</title></head><body><h1>Welcome</h1></body></html>";

describe("a success that is not an event stream", () => {
  it.each([
    ["an HTML page", page, "text/html", "Welcome to nginx! Welcome"],
    [
      "a JSON answer to a stream request",
      '{"id":"x","choices":[]}',
      "application/json",
      '{"id":"x","choices":[]}',
    ],
  ])("%s fails the stream with an InvalidResponseError quoting it", async (_, body, type, excerpt) => {
    const response = new Response(body, { headers: { "content-type": type, "x-request-id": "req_9" } });
    const stream = createChatStream(response, { operation: "POST /v1/chat/completions" });
    await expect(stream.finalCompletion()).rejects.toMatchObject({
      name: "InvalidResponseError",
      status: 200,
      contentType: type,
      requestId: "req_9",
      excerpt,
      message: `POST /v1/chat/completions answered 200 (${type}) with a body that is not an event stream: "${excerpt}"`,
    });
  });

  it("fails iteration the same way, for completions too", async () => {
    const response = new Response(page, { headers: { "content-type": "text/html; charset=utf-8" } });
    const iterate = async () => {
      for await (const _ of createCompletionStream(response)) void _;
    };
    await expect(iterate()).rejects.toMatchObject({ name: "InvalidResponseError" });
  });

  it("a response without a content-type is read as a stream", async () => {
    const body = new Blob([`data: ${chunk}\n\n`]).stream();
    const stream = createChatStream(new Response(body));
    await expect(stream.finalCompletion()).resolves.toMatchObject({ id: "c" });
  });

  it.each(["text/event-stream", "text/event-stream; charset=utf-8", "TEXT/EVENT-STREAM"])(
    "%s is an event stream",
    async (type) => {
      const data = `data: ${chunk}\n\n`;
      const stream = createChatStream(new Response(data, { headers: { "content-type": type } }));
      await expect(stream.finalCompletion()).resolves.toMatchObject({ id: "c" });
    },
  );
});
