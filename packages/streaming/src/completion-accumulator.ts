import { createChoiceAccumulator, type ChoiceState } from "./choice-accumulator.js";
import type { Accumulator, CompletionChunk, CompletionsResponse } from "./stream-types.js";
import { TextJoiner } from "./text-joiner.js";

type Choice = CompletionsResponse["choices"][number];
type Logprobs = NonNullable<Choice["logprobs"]>;

/** The legacy logprobs arrays, each concatenated across chunks. */
const LOGPROB_FIELDS = ["text_offset", "token_logprobs", "tokens", "top_logprobs"] as const;

/** What one completion choice has gathered so far, besides how it ended. */
interface TextParts {
  text: TextJoiner;
  logprobs?: Logprobs;
}

/**
 * Assembles a completions stream into the `CompletionsResponse` a non-streamed call would return: per
 * choice `index`, `text` joined, the last `finish_reason`, each `logprobs` array concatenated; `usage`,
 * `id`, `model`, `created` and `system_fingerprint` from the chunks. The per-chunk `signature` and
 * `response_hash` are not carried over.
 *
 * @example
 * const completion = createCompletionAccumulator();
 * for await (const chunk of stream) completion.add(chunk);
 * console.log(completion.result()?.choices[0]?.text);
 */
export const createCompletionAccumulator = (): Accumulator<CompletionChunk, CompletionsResponse> =>
  createChoiceAccumulator<CompletionChunk, CompletionsResponse, TextParts>({
    object: "text_completion",
    start: () => ({ text: new TextJoiner() }),
    add: addText,
    end: textChoiceOf,
  });

function addText(state: TextParts, piece: CompletionChunk["choices"][number]): void {
  if (piece.text) state.text.add(piece.text);
  if (piece.logprobs) state.logprobs = mergeLogprobs(state.logprobs, piece.logprobs);
}

/** Empty legacy logprobs: every array is required, and each chunk adds to each. */
const emptyLogprobs = (): Logprobs => ({ text_offset: [], token_logprobs: [], tokens: [], top_logprobs: [] });

function mergeLogprobs(into: Logprobs | undefined, piece: Logprobs): Logprobs {
  const merged = into ?? emptyLogprobs();
  for (const field of LOGPROB_FIELDS) {
    // A server that leaves an array out of a chunk adds nothing to it.
    const values: readonly unknown[] = piece[field] ?? [];
    const list = merged[field] as unknown[];
    for (const value of values) list.push(value);
  }
  return merged;
}

function textChoiceOf(state: ChoiceState & TextParts): Choice {
  return {
    index: state.index,
    text: state.text.toString(),
    finish_reason: state.finishReason,
    ...(state.stopReason !== undefined && { stop_reason: state.stopReason }),
    // Fresh arrays: the result must not change as later chunks are added.
    logprobs: state.logprobs ? copyLogprobs(state.logprobs) : null,
  };
}

function copyLogprobs(logprobs: Logprobs): Logprobs {
  return {
    text_offset: [...logprobs.text_offset],
    token_logprobs: [...logprobs.token_logprobs],
    tokens: [...logprobs.tokens],
    top_logprobs: [...logprobs.top_logprobs],
  };
}
