import type { LanguageModelV3, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { createStreamVerificationSummary, verificationIn } from "./verification-metadata.js";

/**
 * A language model that reports the verification of its checked answers, for models that pass no
 * provider metadata on (`@ai-sdk/openai-compatible`'s completion model): a generated step gets the
 * answer's `providerMetadata.atoma` from its body, a stream's `finish` part the summary of its chunks'.
 * Only for the checking modes: in clear there is nothing to report.
 */
export function languageModelWithVerification(model: LanguageModelV3): LanguageModelV3 {
  return {
    specificationVersion: "v3",
    provider: model.provider,
    modelId: model.modelId,
    get supportedUrls() {
      return model.supportedUrls;
    },
    doGenerate: async (options) => {
      const result = await model.doGenerate(options);
      const verification = verificationIn(result.response?.body);
      if (!verification) return result;
      return { ...result, providerMetadata: { ...result.providerMetadata, atoma: verification } };
    },
    doStream: async (options) => {
      // The raw chunks are the parsed events, each with the verification our re-encoding gave it.
      const result = await model.doStream({ ...options, includeRawChunks: true });
      const stream = result.stream.pipeThrough(summarizeVerification(options.includeRawChunks ?? false));
      return { ...result, stream };
    },
  };
}

/** Reads the raw chunks' verification, passes them on only if the caller asked, and adds the summary to `finish`. */
function summarizeVerification(
  passRawChunks: boolean,
): TransformStream<LanguageModelV3StreamPart, LanguageModelV3StreamPart> {
  const summary = createStreamVerificationSummary();
  return new TransformStream({
    transform(part, controller) {
      if (part.type === "raw") {
        summary.processChunk(part.rawValue);
        if (passRawChunks) controller.enqueue(part);
      } else if (part.type === "finish") {
        controller.enqueue({
          ...part,
          providerMetadata: { ...part.providerMetadata, ...summary.buildMetadata() },
        });
      } else {
        controller.enqueue(part);
      }
    },
  });
}
