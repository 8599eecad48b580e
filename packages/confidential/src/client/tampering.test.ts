// Real responses of the mock server with bytes changed on the way: every change is caught, as the
// typed error it should be, and nothing of the changed payload is returned.
import { describe, expect, it } from "vitest";
import { chatParams, completionParams, embeddingParams, inProcess } from "../test-utils/mock-client.js";
import { editConfidential, TAMPERS } from "../test-utils/rewrite.js";
import { createConfidentialClient } from "./confidential-client.js";
import { verificationOf } from "../verification/verification.js";

describe.each(Object.entries(TAMPERS))("a confidential payload with %s", (_, { edit, want }) => {
  it("fails a chat completion", async () => {
    const { secure } = inProcess({ wrap: editConfidential(edit) });
    await expect(secure.chat.create(chatParams)).rejects.toMatchObject(want);
  });

  it("fails embeddings", async () => {
    const { secure } = inProcess({ wrap: editConfidential(edit) });
    await expect(secure.embeddings.create(embeddingParams)).rejects.toMatchObject(want);
  });

  it("fails a stream at that event, after the chunks before it", async () => {
    const { secure } = inProcess({ wrap: editConfidential(edit, 2) });
    const stream = await secure.chat.stream(chatParams);
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const chunk of stream) seen.push(chunk);
      })(),
    ).rejects.toMatchObject(want);
    expect(seen).toHaveLength(2);
    await expect(stream.finalCompletion()).rejects.toMatchObject(want);
  });

  it("fails a completions stream read through finalCompletion()", async () => {
    const { secure } = inProcess({ wrap: editConfidential(edit, 0) });
    await expect((await secure.completions.stream(completionParams)).finalCompletion()).rejects.toMatchObject(
      want,
    );
  });
});

describe("a payload that is not what it should be", () => {
  it("a body that is not JSON is an InvalidResponseError quoting it", async () => {
    const { secure } = inProcess({
      wrap: (fetch) => async (input, init) => {
        const response = await fetch(input, init);
        return String(input).includes("/confidential/") ? new Response("<html>proxy</html>") : response;
      },
    });
    await expect(secure.chat.create(chatParams)).rejects.toMatchObject({
      name: "InvalidResponseError",
      status: 200,
      excerpt: "proxy",
      message: expect.stringContaining('with a body that is not JSON: "proxy"'),
    });
  });

  it("an event that is not a JSON object is a StreamError", async () => {
    const { secure } = inProcess({
      wrap: (fetch) => async (input, init) =>
        String(input).includes("/confidential/")
          ? new Response("data: 42\n\n", { headers: { "content-type": "text/event-stream" } })
          : fetch(input, init),
    });
    const stream = await secure.chat.stream(chatParams);
    await expect(stream.finalCompletion()).rejects.toMatchObject({
      name: "StreamError",
      type: "invalid-json",
    });
  });

  it("an error event the server sends in clear is an APIError, as on a plain stream", async () => {
    const { secure } = inProcess({
      wrap: (fetch) => async (input, init) =>
        String(input).includes("/confidential/")
          ? new Response(`data: {"error":{"code":503,"message":"node gone"}}\n\n`, {
              headers: { "content-type": "text/event-stream" },
            })
          : fetch(input, init),
    });
    const stream = await secure.chat.stream(chatParams);
    await expect(stream.finalCompletion()).rejects.toMatchObject({
      name: "InternalServerError",
      status: 503,
    });
  });
});

describe("trusted signers", () => {
  it("accept the server's address in any case or length, on the body and on every chunk", async () => {
    const { atoma, server } = inProcess();
    const address = server.signer.address.replace(/^0x0*/, "0x").toUpperCase().replace("0X", "0x");
    const secure = createConfidentialClient(atoma, { trustedSigners: new Set([address]) });
    expect((await secure.chat.create(chatParams)).verification.signer).toBe(server.signer.address);
    let chunks = 0;
    for await (const chunk of secure.chat.stream(chatParams)) {
      expect(verificationOf(chunk)?.signer).toBe(server.signer.address);
      chunks++;
    }
    expect(chunks).toBeGreaterThan(3);
  });

  it("refuse another signer with an IntegrityError, and no chunk of it is yielded", async () => {
    const { secure } = inProcess({ secure: { trustedSigners: [`0x${"ab".repeat(32)}`] } });
    await expect(secure.chat.create(chatParams)).rejects.toMatchObject({
      name: "IntegrityError",
      type: "untrusted-signer",
    });
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const chunk of secure.chat.stream(chatParams)) seen.push(chunk);
      })(),
    ).rejects.toMatchObject({ name: "IntegrityError", type: "untrusted-signer" });
    expect(seen).toEqual([]);
  });

  it("that are not addresses fail at creation", () => {
    expect(() => inProcess({ secure: { trustedSigners: ["node-7"] } })).toThrow(TypeError);
  });
});
