import type {
  CompletionChunk,
  CompletionRequest,
  CompletionsPrompt,
  CompletionsResponse,
} from "@atoma-ts/types";
import { continuationFor, countTokens, limitTokens, tokenize } from "../content.js";
import { stableId, SYSTEM_FINGERPRINT } from "../ids.js";
import { interleave } from "./interleave.js";
import { completionLogprobs } from "./logprobs.js";
import type { HandlerContext, HandlerResult } from "./result.js";

type CompletionsRequest = CompletionRequest & { stream?: boolean | null };

/** The prompts of a request as texts: one per string, token ids read as numbers. */
function promptTexts(prompt: CompletionsPrompt): string[] {
  if (typeof prompt === "string") return [prompt];
  if (prompt.length === 0) return [""];
  if (typeof prompt[0] === "number") return [(prompt as number[]).join(" ")];
  return (prompt as (string | number[])[]).map((item) => (typeof item === "string" ? item : item.join(" ")));
}

/** `POST /v1/completions`, plain or streamed: one choice per prompt and `n`. */
export function completion(request: CompletionsRequest, context: HandlerContext): HandlerResult {
  const prompts = promptTexts(request.prompt);
  const n = request.n ?? 1;
  const top = request.logprobs ?? undefined;
  const answers = prompts.flatMap((prompt) =>
    Array.from({ length: n }, () => {
      const { tokens, finishReason } = limitTokens(tokenize(continuationFor(prompt)), {
        maxTokens: request.max_tokens ?? 16,
        stop: request.stop,
      });
      return { prompt, tokens, finishReason };
    }),
  );
  const promptTokens = prompts.reduce((sum, prompt) => sum + countTokens(prompt), 0);
  const completionTokens = answers.reduce((sum, answer) => sum + answer.tokens.length, 0);
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
  // Where the generated text starts in a choice's text: after the prompt, when it is echoed.
  const textStart = (answer: { prompt: string }) => (request.echo ? [...answer.prompt].length : 0);
  const base = {
    id: stableId("cmpl", request),
    object: "text_completion" as const,
    created: context.created,
    model: request.model,
    system_fingerprint: SYSTEM_FINGERPRINT,
  };

  if (!request.stream) {
    const body: CompletionsResponse = {
      ...base,
      choices: answers.map((answer, index) => ({
        index,
        text: (request.echo ? answer.prompt : "") + answer.tokens.join(""),
        finish_reason: answer.finishReason,
        logprobs: top === undefined ? null : completionLogprobs(answer.tokens, top, 0, textStart(answer)),
      })),
      usage,
    };
    return { kind: "json", body, signed: true };
  }
  // Each choice's chunks, the choices interleaved step by step as vLLM streams them.
  const perChoice = answers.map((answer, index): CompletionChunk[] => {
    let at = textStart(answer);
    return [
      ...(request.echo ? [{ ...base, choices: [{ index, text: answer.prompt, finish_reason: null }] }] : []),
      ...answer.tokens.map((token, position) => {
        const logprobs = top !== undefined && { logprobs: completionLogprobs([token], top, position, at) };
        at += [...token].length;
        return { ...base, choices: [{ index, text: token, finish_reason: null, ...logprobs }] };
      }),
      { ...base, choices: [{ index, text: "", finish_reason: answer.finishReason }] },
    ];
  });
  const chunks = interleave(perChoice);
  // Always: the node sets `stream_options.include_usage` on every stream it forwards to vLLM.
  chunks.push({ ...base, choices: [], usage });
  return { kind: "stream", chunks, signed: true };
}
