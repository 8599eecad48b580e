import type { Accumulator, CompletionChunk, CompletionsResponse } from "./stream-types.js";
import { TextJoiner } from "./text-joiner.js";

type Choice = CompletionsResponse["choices"][number];
type Logprobs = NonNullable<Choice["logprobs"]>;

/** The legacy logprobs arrays, each concatenated across chunks. */
const LOGPROB_FIELDS = ["text_offset", "token_logprobs", "tokens", "top_logprobs"] as const;

interface ChoiceState {
  index: number;
  text: TextJoiner;
  finishReason: Choice["finish_reason"];
  stopReason: Choice["stop_reason"];
  logprobs: Logprobs | undefined;
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
export function createCompletionAccumulator(): Accumulator<CompletionChunk, CompletionsResponse> {
  const choices: ChoiceState[] = [];
  let first: CompletionChunk | undefined;
  let usage: CompletionsResponse["usage"];
  let systemFingerprint: string | null | undefined;
  let open = 0;

  function add(chunk: CompletionChunk): void {
    first ??= chunk;
    if (chunk.usage) usage = chunk.usage;
    if (chunk.system_fingerprint != null) systemFingerprint = chunk.system_fingerprint;
    const pieces = chunk.choices ?? NO_CHOICES;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      let state = choices[piece.index];
      if (!state) {
        state = choices[piece.index] = newChoice(piece.index);
        open++;
      }
      if (piece.text) state.text.add(piece.text);
      if (piece.logprobs) state.logprobs = mergeLogprobs(state.logprobs, piece.logprobs);
      if (piece.stop_reason != null) state.stopReason = piece.stop_reason;
      if (piece.finish_reason) {
        if (state.finishReason === null) open--;
        state.finishReason = piece.finish_reason;
      }
    }
  }

  function result(): CompletionsResponse | undefined {
    if (!first) return undefined;
    return {
      id: first.id,
      object: "text_completion",
      created: first.created,
      model: first.model,
      ...(systemFingerprint !== undefined && { system_fingerprint: systemFingerprint }),
      choices: choices.filter(Boolean).map(choiceOf),
      ...(usage !== undefined && { usage }),
    };
  }

  return { add, result, finished: () => choices.length > 0 && open === 0 };
}

const NO_CHOICES: readonly CompletionChunk["choices"][number][] = [];

const newChoice = (index: number): ChoiceState => ({
  index,
  text: new TextJoiner(),
  finishReason: null,
  stopReason: undefined,
  logprobs: undefined,
});

function mergeLogprobs(into: Logprobs | undefined, piece: Logprobs): Logprobs {
  const merged: Logprobs = into ?? {};
  for (const field of LOGPROB_FIELDS) {
    const values = piece[field];
    if (!values) continue;
    const list = (merged[field] ??= []) as unknown[];
    for (const value of values) list.push(value);
  }
  return merged;
}

function choiceOf(state: ChoiceState): Choice {
  let logprobs: Logprobs | null = null;
  if (state.logprobs) {
    logprobs = {};
    for (const field of LOGPROB_FIELDS) {
      const values = state.logprobs[field];
      if (values) (logprobs[field] as unknown[]) = [...values];
    }
  }
  return {
    index: state.index,
    text: state.text.toString(),
    finish_reason: state.finishReason,
    ...(state.stopReason !== undefined && { stop_reason: state.stopReason }),
    logprobs,
  };
}
