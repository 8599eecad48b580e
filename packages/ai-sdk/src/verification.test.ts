import { APICallError } from "@ai-sdk/provider";
import { createAtomaClient } from "@atoma-ts/client";
import { isDecryptionError, isIntegrityError } from "@atoma-ts/confidential";
import { embed, generateText, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { createAtoma } from "./create-atoma.js";
import { API_KEY, EMBEDDING_MODEL, MODEL, rewritingFetch, useMockAtoma } from "./test-utils/mock-atoma.js";

const mock = useMockAtoma();

const prompt = "Say hello to the world";
const TAMPERED = "TAMPERED";
/** Signed answers with their text changed on the way: each `"content":"` from the `from`-th on gets a word more. */
const tamperContent = (from = 1) =>
  rewritingFetch((text) => {
    let seen = 0;
    return text.replaceAll('"content":"', (field) => {
      seen++;
      return seen >= from ? `${field}${TAMPERED} ` : field;
    });
  });
/** Confidential answers with a ciphertext byte flipped (the first character of each ciphertext). */
const flipCiphertext = rewritingFetch((text, path) =>
  path.startsWith("/v1/confidential/")
    ? text.replaceAll(
        /"ciphertext":"(.)/g,
        (_, first: string) => `"ciphertext":"${first === "A" ? "B" : "A"}`,
      )
    : text,
);

/**
 * The text a stream passed on, and its errors: an error part, or the error the stream failed with
 * (the AI SDK fails the stream when the response body errors, as when a connection drops).
 */
async function streamOutcome(result: ReturnType<typeof streamText>) {
  let text = "";
  const errors: unknown[] = [];
  try {
    for await (const part of result.fullStream) {
      if (part.type === "text-delta") text += part.text;
      if (part.type === "error") errors.push(part.error);
    }
  } catch (error) {
    errors.push(error);
  }
  return { text, errors };
}

describe("verify mode", () => {
  it("a changed answer is an IntegrityError from generateText, never an answer", async () => {
    const provider = mock.provider("verify", { fetch: tamperContent() });
    const error = await generateText({ model: provider(MODEL), prompt }).catch((error: unknown) => error);
    expect(isIntegrityError(error)).toBe(true);
    expect(error).toMatchObject({ type: "hash-mismatch" });
  });

  it("a changed stream errors at the changed chunk, and none of it is passed on", async () => {
    const provider = mock.provider("verify", { fetch: tamperContent(4) });
    const { text, errors } = await streamOutcome(streamText({ model: provider(MODEL), prompt }));
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(TAMPERED);
    expect(errors).toHaveLength(1);
    expect(isIntegrityError((errors[0] as APICallError).cause)).toBe(true);
  });

  it("a signer outside trustedSigners is refused", async () => {
    const provider = mock.provider("verify", { verify: { trustedSigners: [`0x${"ab".repeat(32)}`] } });
    const error = await generateText({ model: provider(MODEL), prompt }).catch((error: unknown) => error);
    expect(error).toMatchObject({ name: "IntegrityError", type: "untrusted-signer" });
  });

  it("a malformed trusted signer fails the first call, naming it", async () => {
    const provider = mock.provider("verify", { verify: { trustedSigners: ["0xnot-an-address"] } });
    const error = await generateText({ model: provider(MODEL), prompt }).catch((error: unknown) => error);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(
      "Not a Sui address (0x and up to 64 hex digits): 0xnot-an-address",
    );
  });

  it("changed embeddings are refused", async () => {
    const provider = mock.provider("verify", {
      fetch: rewritingFetch((text) => text.replace(/\d(?=,)/, "9")),
    });
    const error = await embed({ model: provider.embedding(EMBEDDING_MODEL), value: "x" }).catch(
      (e: unknown) => e,
    );
    expect(isIntegrityError(error)).toBe(true);
  });

  it("the plain mode passes the same changed answer on: the check is what refuses it", async () => {
    const provider = mock.provider("plain", { fetch: tamperContent() });
    const { text } = await generateText({ model: provider(MODEL), prompt });
    expect(text).toContain(TAMPERED);
  });
});

describe("confidential mode", () => {
  it("a flipped ciphertext byte is a DecryptionError, in generateText and in streamText", async () => {
    const provider = mock.provider("confidential", { fetch: flipCiphertext });
    const error = await generateText({ model: provider(MODEL), prompt }).catch((error: unknown) => error);
    expect(error).toMatchObject({ name: "DecryptionError", type: "authentication-failed" });
    const { text, errors } = await streamOutcome(streamText({ model: provider(MODEL), prompt }));
    expect(text).toBe("");
    expect(isDecryptionError((errors[0] as APICallError).cause)).toBe(true);
  });
});

describe("an existing client", () => {
  it("sends every request, with its own options (middleware here), in each mode", async () => {
    const seen: string[] = [];
    const client = createAtomaClient({
      apiKey: API_KEY,
      baseUrl: mock.url,
      middleware: [{ onRequest: ({ request }) => void seen.push(new URL(request.url).pathname) }],
    });
    await generateText({ model: createAtoma({ client })(MODEL), prompt });
    await generateText({ model: createAtoma({ client, verify: true })(MODEL), prompt });
    await generateText({ model: createAtoma({ client, confidential: true })(MODEL), prompt });
    expect(seen).toEqual([
      "/v1/chat/completions",
      "/v1/chat/completions",
      "/v1/nodes/lock",
      "/v1/confidential/chat/completions",
    ]);
  });

  it("cannot be given with connection settings, which would be ignored", () => {
    const client = createAtomaClient({ apiKey: API_KEY, baseUrl: mock.url });
    // @ts-expect-error the client has its own key
    expect(() => createAtoma({ client, apiKey: API_KEY })).toThrow(
      "createAtoma: apiKey cannot be set with client: set them on the client",
    );
  });
});
