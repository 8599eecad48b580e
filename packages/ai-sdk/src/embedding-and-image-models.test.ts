import { embed, embedMany, generateImage } from "ai";
import { describe, expect, it } from "vitest";
import { EMBEDDING_MODEL, IMAGE_MODEL, MODES, pathIn, useMockAtoma } from "./test-utils/mock-atoma.js";

const mock = useMockAtoma();

describe.each(MODES)("%s mode", (mode) => {
  const lastPath = () => mock.server.requests.at(-1)?.path;

  it("embed gives one vector, with providerMetadata.atoma in the checking modes", async () => {
    const result = await embed({ model: mock.provider(mode).embedding(EMBEDDING_MODEL), value: "sunny day" });
    expect(result.embedding.length).toBeGreaterThan(8);
    expect(result.embedding.every((value) => Number.isFinite(value))).toBe(true);
    expect(result.usage.tokens).toBeGreaterThan(0);
    expect(lastPath()).toBe(pathIn(mode, "/v1/embeddings"));
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

  it("generateImage gives decodable images, each with its answer's verification in the checking modes", async () => {
    const result = await generateImage({
      model: mock.provider(mode).image(IMAGE_MODEL),
      prompt: "a lighthouse",
      n: 2,
    });
    expect(result.images).toHaveLength(2);
    for (const image of result.images) expect(image.uint8Array.length).toBeGreaterThan(0);
    expect(lastPath()).toBe(pathIn(mode, "/v1/images/generations"));
    const verification = { signer: mock.server.signer.address, responseHash: expect.any(String) };
    expect(result.providerMetadata.atoma).toEqual(
      mode === "plain" ? undefined : { images: [verification, verification] },
    );
  });

  it("generateImage over several calls: each image carries the verification of its own answer", async () => {
    const model = mock.provider(mode).image(IMAGE_MODEL);
    // Calls for 2 images and for 1: two different answers (the mock's answer depends on n).
    const result = await generateImage({ model, prompt: "a lighthouse", n: 3, maxImagesPerCall: 2 });
    expect(result.images).toHaveLength(3);
    const images = (result.providerMetadata.atoma?.images ?? []) as { responseHash: string }[];
    if (mode === "plain") return expect(images).toEqual([]);
    expect(images).toHaveLength(3);
    const [first, second, third] = images.map((image) => image.responseHash);
    expect(second).toBe(first);
    expect(third).not.toBe(first);
  });
});
