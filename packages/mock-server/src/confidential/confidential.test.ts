import { describe, expect, it } from "vitest";
import { createMockServer, type MockServer } from "../create-mock-server.js";
import { spec } from "../generated/spec.js";
import { createSpecValidator } from "../spec/spec-validator.js";
import { type Lock, sealRequest } from "../test-utils/reference-client.js";
import { base64, readSSE, unbase64, verifySuiSignature } from "../test-utils/wire.js";
import { blake2b } from "@noble/hashes/blake2.js";

const validator = createSpecValidator(spec);
const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
const IMAGE_MODEL = "black-forest-labs/FLUX.1-schnell";
const IMAGE_UNITS = 1_048_576;

const post = (server: MockServer, path: string, body: unknown) =>
  server.fetch(
    new Request(`http://mock${path}`, {
      method: "POST",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

async function lock(server: MockServer, model = MODEL, units?: number): Promise<Lock> {
  const response = await post(server, "/v1/nodes/lock", { model, ...(units && { max_num_tokens: units }) });
  expect(response.status).toBe(200);
  return response.json();
}

/** Checks a sealed body or event as the API notes describe; returns its plaintext. */
function openSealed(server: MockServer, sealed: any, open: (sealed: any) => string, schema: string): any {
  const plaintext = open(sealed);
  const hash = blake2b(new TextEncoder().encode(plaintext), { dkLen: 32 });
  expect(sealed.response_hash).toBe(base64(hash));
  expect(verifySuiSignature(unbase64(sealed.response_hash), sealed.signature)).toBe(server.signer.address);
  const body = JSON.parse(plaintext);
  const validate = validator.compileNamed(schema);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  return body;
}

const chatRequest = { model: MODEL, messages: [{ role: "user", content: "Secret ✓" }] };

describe("confidential mode: the reference client's round trips", () => {
  it("issues a lock with the node's X25519 key", async () => {
    const server = createMockServer();
    const first = await lock(server);
    expect(unbase64(first.public_key)).toEqual(server.nodePublicKey);
    expect((await lock(server)).stack_small_id).not.toBe(first.stack_small_id);
  });

  it("answers an encrypted chat completion", async () => {
    const server = createMockServer();
    const { body, open } = sealRequest(await lock(server), MODEL, chatRequest);
    const response = await post(server, "/v1/confidential/chat/completions", body);
    const sealed = await response.json();
    expect(validator.compileNamed("ConfidentialComputeResponse")(sealed)).toBe(true);
    const plain = openSealed(server, sealed, open, "ChatCompletionResponse");
    expect(plain.choices[0].message.content).toContain("Secret ✓");
    expect(sealed.usage).toEqual(plain.usage);
    // The node's key order (its `json!`), not its Rust struct's.
    expect(Object.keys(sealed)).toEqual(["nonce", "ciphertext", "response_hash", "signature", "usage"]);
    expect(server.requests.at(-1)!.confidential).toEqual({
      operationId: "chat_completions_create",
      stream: false,
    });
  });

  it("streams encrypted chat chunks, one nonce for the stream, usage in clear only at the end", async () => {
    const server = createMockServer();
    const request = { ...chatRequest, stream: true, stream_options: { include_usage: true } };
    const { body, open } = sealRequest(await lock(server), MODEL, request);
    const response = await post(server, "/v1/confidential/chat/completions", body);
    const events = readSSE(await response.text()).data.map((data) => JSON.parse(data));
    const validate = validator.compileNamed("ConfidentialComputeStreamResponse");
    for (const event of events) expect(validate(event)).toBe(true);
    const chunks = events.map((event) => openSealed(server, event, open, "ChatCompletionChunk"));
    expect(new Set(events.map((event) => event.nonce)).size).toBe(1);
    expect(events.slice(0, -1).every((event) => !event.usage)).toBe(true);
    expect(events.at(-1).usage).toEqual(chunks.at(-1).usage);
    expect(Object.keys(events[0])).toEqual(["ciphertext", "nonce", "signature", "response_hash"]);
    expect(Object.keys(events.at(-1))).toEqual([
      "ciphertext",
      "nonce",
      "usage",
      "signature",
      "response_hash",
    ]);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("")).toContain("Secret ✓");
  });

  it("answers encrypted completions, plain and streamed", async () => {
    const server = createMockServer();
    const plain = sealRequest(await lock(server), MODEL, { model: MODEL, prompt: "Once" });
    const answer = openSealed(
      server,
      await (await post(server, "/v1/confidential/completions", plain.body)).json(),
      plain.open,
      "CompletionsResponse",
    );
    expect(answer.system_fingerprint).toBe("atoma-mock");
    const streamed = sealRequest(await lock(server), MODEL, { model: MODEL, prompt: "Once", stream: true });
    const events = readSSE(
      await (await post(server, "/v1/confidential/completions", streamed.body)).text(),
    ).data;
    expect(events.length).toBeGreaterThan(2);
    const chunks = events.map((event) =>
      openSealed(server, JSON.parse(event), streamed.open, "CompletionChunk"),
    );
    expect(chunks.every((chunk) => chunk.system_fingerprint === "atoma-mock")).toBe(true);
    // Usage although the request did not ask for it, as the node forces it.
    expect(JSON.parse(events.at(-1)!).usage).toEqual(chunks.at(-1).usage);
  });

  it("answers encrypted embeddings, and images when the lock covers their compute units", async () => {
    const server = createMockServer();
    const embed = sealRequest(await lock(server), MODEL, { model: MODEL, input: ["a", "b"] });
    const embedded = openSealed(
      server,
      await (await post(server, "/v1/confidential/embeddings", embed.body)).json(),
      embed.open,
      "CreateEmbeddingResponse",
    );
    expect(embedded.data).toHaveLength(2);

    const imageRequest = { model: IMAGE_MODEL, prompt: "an otter" };
    const image = sealRequest(await lock(server, IMAGE_MODEL, IMAGE_UNITS), IMAGE_MODEL, imageRequest, {
      num_compute_units: IMAGE_UNITS,
    });
    const sealed = await (await post(server, "/v1/confidential/images/generations", image.body)).json();
    expect(sealed).not.toHaveProperty("usage");
    openSealed(server, sealed, image.open, "CreateImageResponse");

    const cheap = sealRequest(await lock(server, IMAGE_MODEL), IMAGE_MODEL, imageRequest);
    expect((await post(server, "/v1/confidential/images/generations", cheap.body)).status).toBe(425);
  });
});

describe("confidential mode: refusals", () => {
  const refusal = async (response: Response) => ({
    status: response.status,
    code: (await response.json()).error.code,
  });

  it("refuses a lock for a model no node serves confidentially with 503", async () => {
    const server = createMockServer({ confidentialModels: [MODEL] });
    expect(await refusal(await post(server, "/v1/nodes/lock", { model: IMAGE_MODEL }))).toEqual({
      status: 503,
      code: "SERVICE_UNAVAILABLE",
    });
  });

  it("refuses an unknown, a used and an expired lock with 425", async () => {
    const server = createMockServer({ lockTtlMs: 30 });
    const unknown = sealRequest(
      { public_key: base64(server.nodePublicKey), stack_small_id: 999 },
      MODEL,
      chatRequest,
    );
    expect(await refusal(await post(server, "/v1/confidential/chat/completions", unknown.body))).toEqual({
      status: 425,
      code: "UNAVAILABLE_STACK",
    });

    const used = sealRequest(await lock(server), MODEL, chatRequest);
    expect((await post(server, "/v1/confidential/chat/completions", used.body)).status).toBe(200);
    expect((await post(server, "/v1/confidential/chat/completions", used.body)).status).toBe(425);

    const expired = sealRequest(await lock(server), MODEL, chatRequest);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await post(server, "/v1/confidential/chat/completions", expired.body)).status).toBe(425);
  });

  it("refuses a wrong plaintext hash, a failed decryption, a foreign node key and a bad client key as the proxy does: 500 Bad Request", async () => {
    const server = createMockServer();
    const wrongHash = sealRequest(await lock(server), MODEL, chatRequest);
    const badHash = { ...wrongHash.body, plaintext_body_hash: base64(new Uint8Array(32)) };
    expect(await refusal(await post(server, "/v1/confidential/chat/completions", badHash))).toEqual({
      status: 500,
      code: "INTERNAL_ERROR",
    });

    const tampered = sealRequest(await lock(server), MODEL, chatRequest);
    const bytes = unbase64(tampered.body.ciphertext);
    bytes[0]! ^= 1;
    const badCiphertext = { ...tampered.body, ciphertext: base64(bytes) };
    expect(await refusal(await post(server, "/v1/confidential/chat/completions", badCiphertext))).toEqual({
      status: 500,
      code: "INTERNAL_ERROR",
    });

    const foreign = sealRequest(
      { ...(await lock(server)), public_key: base64(new Uint8Array(32).fill(9)) },
      MODEL,
      chatRequest,
    );
    expect(await refusal(await post(server, "/v1/confidential/chat/completions", foreign.body))).toEqual({
      status: 500,
      code: "INTERNAL_ERROR",
    });

    const lowOrder = sealRequest(await lock(server), MODEL, chatRequest);
    const badClientKey = { ...lowOrder.body, client_dh_public_key: base64(new Uint8Array(32)) };
    expect(await refusal(await post(server, "/v1/confidential/chat/completions", badClientKey))).toEqual({
      status: 500,
      code: "INTERNAL_ERROR",
    });
  });

  it("refuses an encrypted request that is not a valid plain request as the proxy relays the node's 400: 500 Bad Request", async () => {
    const server = createMockServer();
    const invalid = sealRequest(await lock(server), MODEL, { model: MODEL, messages: [], temperature: 9 });
    const response = await post(server, "/v1/confidential/chat/completions", invalid.body);
    expect(response.status).toBe(500);
    expect((await response.json()).error).toEqual({ code: "INTERNAL_ERROR", message: "Bad Request" });
  });

  it("takes a lock that covers the request's compute units (≥), and refuses one that covers fewer", async () => {
    const server = createMockServer();
    const covered = sealRequest(await lock(server), MODEL, chatRequest, { num_compute_units: 100 });
    expect((await post(server, "/v1/confidential/chat/completions", covered.body)).status).toBe(200);
    const tooMany = sealRequest(await lock(server), MODEL, chatRequest, { num_compute_units: 9_000 });
    expect(await refusal(await post(server, "/v1/confidential/chat/completions", tooMany.body))).toEqual({
      status: 425,
      code: "UNAVAILABLE_STACK",
    });
  });
});
