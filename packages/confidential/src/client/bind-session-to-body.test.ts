import { describe, expect, it } from "vitest";
import { bindSessionToBody } from "./bind-session-to-body.js";
import type { ConfidentialSession } from "../protocol/confidential-session.js";

function fakeSession() {
  const session = {
    destroyed: false,
    open: () => new Uint8Array(),
    destroy: () => void (session.destroyed = true),
  };
  return session satisfies ConfidentialSession;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A body of `pieces`, then a close or an error; it records the reason it was cancelled with. */
function body(pieces: string[], end: "close" | "error" = "close") {
  const state = { cancelled: undefined as unknown };
  let next = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (next < pieces.length) controller.enqueue(encoder.encode(pieces[next++]));
        else if (end === "close") controller.close();
        else controller.error(new TypeError("terminated"));
      },
      cancel(reason) {
        state.cancelled = reason;
      },
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(stream, { status: 200, headers: { "x-request-id": "req_1" } }), state };
}

describe("bindSessionToBody", () => {
  it("passes the body through with a blank line added, and destroys the session on the read after", async () => {
    const session = fakeSession();
    const bound = bindSessionToBody(body(["data: 1\n\n", "data: 2"]).response, session);
    expect(bound.headers.get("x-request-id")).toBe("req_1");
    const reader = bound.body!.getReader();
    const read: string[] = [];
    for (let i = 0; i < 3; i++) read.push(decoder.decode((await reader.read()).value));
    // The unterminated event is now complete, and the key still there to open it.
    expect(read.join("")).toBe("data: 1\n\ndata: 2\n\n");
    expect(session.destroyed).toBe(false);
    expect((await reader.read()).done).toBe(true);
    expect(session.destroyed).toBe(true);
  });

  it("destroys the session and cancels the body when it is cancelled", async () => {
    const session = fakeSession();
    const { response, state } = body(["data: 1\n\n", "data: 2\n\n"]);
    const reader = bindSessionToBody(response, session).body!.getReader();
    await reader.read();
    await reader.cancel("enough");
    expect(session.destroyed).toBe(true);
    expect(state.cancelled).toBe("enough");
  });

  it("destroys the session and passes the error on when the body fails", async () => {
    const session = fakeSession();
    const reader = bindSessionToBody(body(["data: 1\n\n"], "error").response, session).body!.getReader();
    await reader.read();
    await expect(reader.read()).rejects.toThrow("terminated");
    expect(session.destroyed).toBe(true);
  });

  it("destroys the session at once when there is no body", () => {
    const session = fakeSession();
    bindSessionToBody(new Response(null, { status: 204 }), session);
    expect(session.destroyed).toBe(true);
  });
});
