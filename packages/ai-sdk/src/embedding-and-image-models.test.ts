import { embed, embedMany, generateImage } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EMBEDDING_MODEL,
  IMAGE_MODEL,
  MODES,
  startMockAtoma,
  type MockAtoma,
} from "./test-utils/mock-atoma.js";

let mock: MockAtoma;
beforeAll(async () => {
  mock = await startMockAtoma();
});
afterAll(() => mock.close());

const PATHS = {
  plain: { embeddings: "/v1/embeddings", images: "/v1/images/generations" },
  verify: { embeddings: "/v1/embeddings", images: "/v1/images/generations" },
  confidential: { embeddings: "/v1/confidential/embeddings", images: "/v1/confidential/images/generations" },
};

describe.each(MODES)("%s mode", (mode) => {
  const lastPath = () => mock.server.requests.at(-1)?.path;

  it("embed gives one vector, with providerMetadata.atoma in the checking modes", async () => {
    const result = await embed({ model: mock.provider(mode).embedding(EMBEDDING_MODEL), value: "sunny day" });
    expect(result.embedding.length).toBeGreaterThan(8);
    expect(result.embedding.every((value) => Number.isFinite(value))).toBe(true);
    expect(result.usage.tokens).toBeGreaterThan(0);
    expect(lastPath()).toBe(PATHS[mode].embeddings);
    expect(result.providerMetadata?.atoma).toEqual(
      mode === "plain" ? undefined : { signer: mock.server.signer.address, responseHash: expect.any(String) },
    );
  });

  it("embedMany gives one vector per value, in order", async () => {
    const model = mock.provider(mode).embeddingModel(EMBEDDING_MODEL);
    const values = ["sunny day", "rainy night", "sunny day"];
    const { embeddings } = await embedMany({ model, values });
    expect(embeddings).toHaveLength(3);
    expect(embeddings[0]).toEqual(embeddings[2]);
    expect(embeddings[0]).not.toEqual(embeddings[1]);
  });

  it("generateImage gives decodable images", async () => {
    const { images } = await generateImage({
      model: mock.provider(mode).image(IMAGE_MODEL),
      prompt: "a lighthouse",
      n: 2,
    });
    expect(images).toHaveLength(2);
    for (const image of images) expect(image.uint8Array.length).toBeGreaterThan(0);
    expect(lastPath()).toBe(PATHS[mode].images);
  });
});
