import type { ImageModelV3 } from "@ai-sdk/provider";
import { verificationInHeaders } from "./verification-metadata.js";

/**
 * An image model that reports the verification of its checked answers (`@ai-sdk/openai-compatible`'s
 * passes no provider metadata on): `providerMetadata.atoma` is `{ signer, responseHash }` of the call,
 * with `images` holding it once per image, since `generateImage` keeps only that list. Read from the
 * headers our re-encoded answer carries (the model does not pass the body on). Only for the checking
 * modes: in clear there is nothing to report.
 */
export function imageModelWithVerification(model: ImageModelV3): ImageModelV3 {
  return {
    specificationVersion: "v3",
    provider: model.provider,
    modelId: model.modelId,
    maxImagesPerCall: model.maxImagesPerCall,
    doGenerate: async (options) => {
      const result = await model.doGenerate(options);
      const verification = verificationInHeaders(result.response.headers);
      if (!verification) return result;
      const atoma = { ...verification, images: result.images.map(() => verification) };
      return { ...result, providerMetadata: { ...result.providerMetadata, atoma } };
    },
  };
}
