// Verifiable responses against the mock server, in-process and over loopback: every body and chunk it
// sends verifies, with its signer; a changed byte or a foreign signer is an IntegrityError.
import { withStreaming } from "@atoma-ts/streaming";
import { describe, expect, it } from "vitest";
import {
  chatParams,
  completionParams,
  embeddingParams,
  imageParams,
  inProcess,
  runWith,
  SETUPS,
  toolParams,
} from "../test-utils/mock-client.js";
import { rewriteBodies } from "../test-utils/rewrite.js";
import { verificationOf } from "./verification.js";
import { withVerification } from "./with-verification.js";

describe.each(Object.entries(SETUPS))("withVerification %s", (_, makeSetup) => {
  const run = runWith(makeSetup);

  it(
    "verifies every body the mock sends and names its signer",
    run(async ({ atoma, server }) => {
      const verified = withVerification(atoma, { trustedSigners: [server.signer.address] });
      const bodies = [
        [await verified.chat.create(chatParams), await atoma.chat.create(chatParams)],
        [await verified.chat.create(toolParams), await atoma.chat.create(toolParams)],
        [
          await verified.completions.create(completionParams),
          await atoma.completions.create(completionParams),
        ],
        [await verified.embeddings.create(embeddingParams), await atoma.embeddings.create(embeddingParams)],
        [await verified.images.generate(imageParams), await atoma.images.generate(imageParams)],
      ] as const;
      for (const [body, plain] of bodies) {
        expect(body).toEqual(plain);
        expect(body.verification).toEqual({
          signer: server.signer.address,
          responseHash: plain.response_hash,
        });
      }
    }),
  );

  it(
    "verifies every chunk of chat and completions streams, before it is yielded",
    run(async ({ atoma, server }) => {
      const verified = withVerification(atoma);
      let chunks = 0;
      for await (const chunk of verified.chat.stream(chatParams)) {
        expect(verificationOf(chunk)).toEqual({
          signer: server.signer.address,
          responseHash: chunk.response_hash,
        });
        chunks++;
      }
      expect(chunks).toBeGreaterThan(3);
      const stream = await verified.completions.stream(completionParams);
      const final = await stream.finalCompletion();
      expect(final.choices[0]?.text).toBe(
        (await atoma.completions.create(completionParams)).choices[0]?.text,
      );
      const tools = await (await verified.chat.stream(toolParams)).finalCompletion();
      expect(tools.choices[0]?.message.tool_calls?.[0]?.function.name).toBe("get_weather");
    }),
  );
});

describe("withVerification hashes the bytes received, never a re-serialization", () => {
  // The mock writes floats as serde_json does (`-0.0`, `-2.0`, `-1e-7`, `1.0`), as Atoma's node signs
  // them: bytes that JSON.stringify of the parsed body would not give back.
  const logprobParams = { ...chatParams, logprobs: true, top_logprobs: 2 };
  const texts: string[] = [];
  const record = rewriteBodies("/v1/", (text) => (texts.push(text), text));

  it("verifies bodies and chunks whose floats JSON.stringify would write otherwise", async () => {
    const { atoma, server, secure } = inProcess({ wrap: record });
    const verified = withVerification(atoma, { trustedSigners: [server.signer.address] });
    const chat = await verified.chat.create(logprobParams);
    const logprob = chat.choices[0]?.logprobs?.content?.[0]?.logprob;
    expect(Object.is(logprob, -0)).toBe(true);
    const embedding = await verified.embeddings.create({ ...embeddingParams, dimensions: 1 });
    expect(Math.abs(embedding.data[0]?.embedding[0] as number)).toBe(1);
    const stream = await verified.completions.stream({ ...completionParams, logprobs: 1 });
    expect((await stream.finalCompletion()).choices[0]?.logprobs?.token_logprobs?.[0]).toBe(-0);

    const [chatText, embeddingText, streamText] = texts;
    expect(chatText).toContain('"logprob":-0.0,');
    expect(embeddingText).toMatch(/"embedding":\[-?1\.0\]/);
    expect(streamText).toContain('"token_logprobs":[-0.0]');
    for (const text of [chatText!, embeddingText!]) expect(JSON.stringify(JSON.parse(text))).not.toBe(text);
    const floatChunk = streamText!
      .split("\n")
      .find((line) => line.includes("-0.0"))!
      .slice("data: ".length);
    expect(JSON.stringify(JSON.parse(floatChunk))).not.toBe(floatChunk);

    // Confidential: the plaintext's hash is checked over the decrypted bytes, floats as serde wrote them.
    const sealed = await secure.chat.create(logprobParams);
    expect(Object.is(sealed.choices[0]?.logprobs?.content?.[0]?.logprob, -0)).toBe(true);
  });
});

describe("withVerification fails", () => {
  it("on a changed byte of a body", async () => {
    const { atoma } = inProcess({
      wrap: rewriteBodies("/v1/chat/completions", (text) => text.replace("Hello", "Jello")),
    });
    await expect(withVerification(atoma).chat.create(chatParams)).rejects.toMatchObject({
      name: "IntegrityError",
      type: "hash-mismatch",
    });
  });

  it("on a changed byte of one chunk, after the chunks before it", async () => {
    const wrap = rewriteBodies("/v1/completions", (text) => text.replace(" then", " than"));
    const { atoma } = inProcess({ wrap });
    const seen: string[] = [];
    const reading = (async () => {
      for await (const chunk of withVerification(atoma).completions.stream(completionParams))
        seen.push(chunk.choices[0]?.text ?? "");
    })();
    await expect(reading).rejects.toMatchObject({ name: "IntegrityError", type: "hash-mismatch" });
    expect(seen.join("")).toBe(" and");
  });

  it("on a signer outside trustedSigners, for bodies and chunks", async () => {
    const { atoma } = inProcess();
    const verified = withVerification(atoma, { trustedSigners: [`0x${"12".repeat(32)}`] });
    const untrusted = { name: "IntegrityError", type: "untrusted-signer" };
    await expect(verified.embeddings.create(embeddingParams)).rejects.toMatchObject(untrusted);
    await expect(verified.images.generate(imageParams)).rejects.toMatchObject(untrusted);
    await expect((await verified.chat.stream(chatParams)).finalCompletion()).rejects.toMatchObject(untrusted);
  });

  it("on a body without signature", async () => {
    const strip = (text: string) => text.replace(/,"signature":.*}$/, "}");
    const { atoma } = inProcess({ wrap: rewriteBodies("/v1/embeddings", strip) });
    await expect(withVerification(atoma).embeddings.create(embeddingParams)).rejects.toMatchObject({
      name: "IntegrityError",
      type: "missing-field",
    });
  });
});

describe("the verifying client", () => {
  it("replaces withStreaming's stream methods and keeps the rest of the client", async () => {
    const { atoma, server } = inProcess();
    const streaming = withStreaming(atoma);
    const verified = withVerification(streaming);
    expect(verified.request).toBe(atoma.request);
    expect(verified.models.list).toBe(atoma.models.list);
    expect(verified.chat.stream).not.toBe(streaming.chat.stream);
    for await (const chunk of await verified.chat.stream(chatParams))
      expect(verificationOf(chunk)?.signer).toBe(server.signer.address);
    expect((await verified.models.list()).data.length).toBeGreaterThan(0);
  });

  it("gives withResponse() and sends stream_options as chat.stream does", async () => {
    const { atoma, server } = inProcess();
    const verified = withVerification(atoma);
    const { data, requestId } = await verified.chat.create(chatParams).withResponse();
    expect(data.verification.signer).toBe(server.signer.address);
    expect(requestId).toBe("req_1");
    await (await verified.chat.stream(chatParams)).finalCompletion();
    expect(server.requests[1]?.body).toEqual({
      ...chatParams,
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it("leaves the client it wraps unchanged", () => {
    const { atoma } = inProcess();
    const before = atoma.chat.create;
    withVerification(atoma);
    expect(atoma.chat.create).toBe(before);
    expect("stream" in atoma.chat).toBe(false);
  });
});
