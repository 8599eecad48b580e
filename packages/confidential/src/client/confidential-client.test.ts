// The confidential client against the mock server, in-process and over loopback HTTP: every operation
// round-trips, and what goes on the wire is sealed.
import { describe, expect, it } from "vitest";
import { verificationOf } from "../verification/verification.js";
import {
  API_KEY,
  CANARY,
  chatParams,
  completionParams,
  embeddingParams,
  imageParams,
  inProcess,
  MODEL,
  runWith,
  SETUPS,
  toolParams,
  trafficOf,
} from "../test-utils/mock-client.js";

/** The plain body without the signature fields, which a confidential plaintext does not have. */
const unsigned = ({ signature, response_hash, ...rest }: { signature?: unknown; response_hash?: unknown }) =>
  rest;

describe.each(Object.entries(SETUPS))("the confidential client %s", (_, makeSetup) => {
  const run = runWith(makeSetup);

  it(
    "answers a chat completion as the plain endpoint does, verified",
    run(async ({ atoma, secure, server }) => {
      const completion = await secure.chat.create(chatParams);
      expect(completion).toEqual(unsigned(await atoma.chat.create(chatParams)));
      expect(completion.choices[0]?.message.content).toContain(CANARY);
      expect(completion.verification).toEqual({
        signer: server.signer.address,
        responseHash: expect.any(String),
      });
      expect(Object.keys(completion)).not.toContain("verification");
    }),
  );

  it(
    "locks right before the request and sends nothing in clear",
    run(async ({ secure, server }) => {
      await secure.chat.create(chatParams);
      expect(trafficOf(server)).toEqual(["200 /v1/nodes/lock", "200 /v1/confidential/chat/completions"]);
      const [lock, sealed] = server.requests;
      expect(lock!.body).toEqual({ model: MODEL });
      expect(sealed!.confidential).toEqual({ operationId: "chat_completions_create", stream: false });
      expect(sealed!.body).toMatchObject({
        model_name: MODEL,
        stream: false,
        stack_small_id: expect.any(Number),
      });
      expect(sealed!.body).not.toHaveProperty("num_compute_units");
      expect(JSON.stringify(server.requests)).not.toContain(CANARY);
      expect(JSON.stringify(server.requests)).not.toContain(API_KEY);
    }),
  );

  it(
    "streams decrypted chat chunks, each verified, iterated straight from the call",
    run(async ({ atoma, secure, server }) => {
      const texts: string[] = [];
      for await (const chunk of secure.chat.stream(chatParams)) {
        expect(verificationOf(chunk)?.signer).toBe(server.signer.address);
        texts.push(chunk.choices[0]?.delta.content ?? "");
      }
      expect(texts.length).toBeGreaterThan(3);
      expect(texts.join("")).toBe((await atoma.chat.create(chatParams)).choices[0]?.message.content);
      const sealed = server.requests.find(({ path }) => path.startsWith("/v1/confidential/"))!;
      expect(sealed.confidential).toEqual({ operationId: "chat_completions_create", stream: true });
      expect(sealed.body).toMatchObject({ stream: true });
    }),
  );

  it(
    "assembles a stream's finalCompletion() equal in content to the plain completion, usage included",
    run(async ({ atoma, secure }) => {
      const stream = await secure.chat.stream(chatParams);
      const final = await stream.finalCompletion();
      const plain = await atoma.chat.create(chatParams);
      expect(final.choices).toEqual(plain.choices);
      expect(final.usage).toEqual(plain.usage);
      expect(stream.response.headers.get("x-request-id")).toMatch(/^req_/);
    }),
  );

  it(
    "streams text with textStream, and a second reader of the stream is refused",
    run(async ({ atoma, secure }) => {
      const stream = await secure.chat.stream({ ...chatParams, stream_options: { include_usage: false } });
      let text = "";
      for await (const piece of stream.textStream) text += piece;
      const plain = await atoma.chat.create(chatParams);
      expect(text).toBe(plain.choices[0]?.message.content);
      expect(() => stream[Symbol.asyncIterator]()).toThrow(/read once/);
      // Atoma's node asks for usage on every stream, whatever the caller's stream_options.
      expect((await stream.finalCompletion()).usage).toEqual(plain.usage);
    }),
  );

  it(
    "streams a tool call in pieces and assembles it",
    run(async ({ atoma, secure }) => {
      const stream = await secure.chat.stream(toolParams);
      const [shown, kept] = stream.tee();
      let pieces = 0;
      for await (const chunk of shown) pieces += chunk.choices[0]?.delta.tool_calls?.length ?? 0;
      const final = await kept.finalCompletion();
      expect(pieces).toBeGreaterThan(1);
      const call = final.choices[0]?.message.tool_calls?.[0];
      expect(call?.function.name).toBe("get_weather");
      expect(JSON.parse(call!.function.arguments)).toEqual({ city: "Lisbon" });
      expect(final.choices).toEqual((await atoma.chat.create(toolParams)).choices);
    }),
  );

  it(
    "answers and streams text completions",
    run(async ({ atoma, secure, server }) => {
      const completion = await secure.completions.create(completionParams);
      expect(completion).toEqual(unsigned(await atoma.completions.create(completionParams)));
      expect(completion.verification.signer).toBe(server.signer.address);
      const final = await (await secure.completions.stream(completionParams)).finalCompletion();
      expect(final.choices[0]?.text).toBe(completion.choices[0]?.text);
      expect(final.usage).toEqual(completion.usage);
    }),
  );

  it(
    "answers embeddings",
    run(async ({ atoma, secure, server }) => {
      const embeddings = await secure.embeddings.create(embeddingParams);
      expect(embeddings).toEqual(unsigned(await atoma.embeddings.create(embeddingParams)));
      expect(embeddings.data).toHaveLength(2);
      expect(embeddings.verification.signer).toBe(server.signer.address);
    }),
  );

  it(
    "generates images, locking and sending the images' compute units",
    run(async ({ atoma, secure, server }) => {
      const images = await secure.images.generate({ ...imageParams, n: 2 });
      expect(images).toEqual(unsigned(await atoma.images.generate({ ...imageParams, n: 2 })));
      expect(images.verification.signer).toBe(server.signer.address);
      const [lock, sealed] = server.requests;
      expect(lock!.body).toEqual({ model: imageParams.model, max_num_tokens: 2 * 1_048_576 });
      expect(sealed!.body).toMatchObject({ num_compute_units: 2 * 1_048_576 });
    }),
  );

  it(
    "withResponse() gives the HTTP response of the confidential request",
    run(async ({ secure }) => {
      const { data, response, requestId } = await secure.embeddings.create(embeddingParams).withResponse();
      expect(data.verification).toBeDefined();
      expect(response.status).toBe(200);
      expect(requestId).toBe("req_2");
    }),
  );
});

describe("compute units", () => {
  it("locks what a call asks for, and sends it as num_compute_units", async () => {
    const { secure, server } = inProcess();
    await secure.chat.create(chatParams, { computeUnits: 4096 });
    expect(server.requests[0]?.body).toEqual({ model: MODEL, max_num_tokens: 4096 });
    expect(server.requests[1]?.body).toMatchObject({ num_compute_units: 4096 });
  });

  it("locks imageComputeUnits per image when set", async () => {
    const { secure, server } = inProcess({ secure: { imageComputeUnits: 2_000_000 } });
    await secure.images.generate(imageParams);
    expect(server.requests[0]?.body).toEqual({ model: imageParams.model, max_num_tokens: 2_000_000 });
  });

  it("an image lock with too few units is refused (425) after one fresh lock", async () => {
    const { secure, server } = inProcess({ secure: { imageComputeUnits: 1000 } });
    await expect(secure.images.generate(imageParams)).rejects.toMatchObject({
      name: "APIError",
      status: 425,
    });
    expect(trafficOf(server)).toEqual([
      "200 /v1/nodes/lock",
      "425 /v1/confidential/images/generations",
      "200 /v1/nodes/lock",
      "425 /v1/confidential/images/generations",
    ]);
  });
});
