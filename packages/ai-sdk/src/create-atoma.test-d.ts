import type {
  EmbeddingModelV3,
  ImageModelV3,
  ImageModelV3ProviderMetadata,
  LanguageModelV3,
  ProviderV3,
  SharedV3ProviderMetadata,
} from "@ai-sdk/provider";
import { createAtomaClient } from "@atoma-ts/client";
import { embed, generateImage, generateText } from "ai";
import { describe, expectTypeOf, it } from "vitest";
import {
  atoma,
  createAtoma,
  type AtomaProvider,
  type AtomaImageVerificationMetadata,
  type AtomaProviderSettings,
  type AtomaStreamVerificationMetadata,
  type AtomaVerificationMetadata,
} from "./index.js";

const MODEL = "meta-llama/Llama-3.3-70B-Instruct";

describe("AtomaProvider", () => {
  it("is an AI SDK provider (v3) whose models the AI SDK's functions take", () => {
    expectTypeOf(atoma).toEqualTypeOf<AtomaProvider>();
    expectTypeOf(atoma).toExtend<ProviderV3>();
    expectTypeOf(atoma(MODEL)).toEqualTypeOf<LanguageModelV3>();
    expectTypeOf(atoma.chatModel(MODEL)).toEqualTypeOf<LanguageModelV3>();
    expectTypeOf(atoma.completion(MODEL)).toEqualTypeOf<LanguageModelV3>();
    expectTypeOf(atoma.embedding(MODEL)).toEqualTypeOf<EmbeddingModelV3>();
    expectTypeOf(atoma.textEmbeddingModel(MODEL)).toEqualTypeOf<EmbeddingModelV3>();
    expectTypeOf(atoma.image(MODEL)).toEqualTypeOf<ImageModelV3>();
    expectTypeOf(atoma(MODEL)).toExtend<Parameters<typeof generateText>[0]["model"]>();
    expectTypeOf(atoma.embedding(MODEL)).toExtend<Parameters<typeof embed>[0]["model"]>();
    expectTypeOf(atoma.image(MODEL)).toExtend<Parameters<typeof generateImage>[0]["model"]>();
  });
});

describe("AtomaProviderSettings", () => {
  it("takes a mode, and either connection settings or a client", () => {
    expectTypeOf(createAtoma).parameter(0).toEqualTypeOf<AtomaProviderSettings | undefined>();
    createAtoma({ confidential: true, verify: { trustedSigners: ["0x01"] } });
    createAtoma({ confidential: { imageComputeUnits: 2_000_000 } });
    createAtoma({ verify: true, apiKey: "key", baseURL: "http://localhost:8080", maxRetries: 0 });
    createAtoma({ client: createAtomaClient(), verify: true });
    // @ts-expect-error a client brings its own address
    createAtoma({ client: createAtomaClient(), baseURL: "http://localhost:8080" });
    // @ts-expect-error trustedSigners are addresses
    createAtoma({ verify: { trustedSigners: [1] } });
  });
});

describe("providerMetadata.atoma", () => {
  it("fits the AI SDK's provider metadata", () => {
    expectTypeOf<AtomaVerificationMetadata>().toExtend<SharedV3ProviderMetadata[string]>();
    expectTypeOf<AtomaStreamVerificationMetadata>().toExtend<SharedV3ProviderMetadata[string]>();
    expectTypeOf<AtomaVerificationMetadata>().toHaveProperty("signer").toEqualTypeOf<string>();
    expectTypeOf<AtomaVerificationMetadata>().toHaveProperty("responseHash").toEqualTypeOf<string>();
    expectTypeOf<AtomaStreamVerificationMetadata>().toHaveProperty("verifiedChunks").toEqualTypeOf<number>();
    expectTypeOf<AtomaImageVerificationMetadata>().toExtend<ImageModelV3ProviderMetadata[string]>();
    expectTypeOf<AtomaImageVerificationMetadata>()
      .toHaveProperty("images")
      .toEqualTypeOf<AtomaVerificationMetadata[]>();
  });
});
