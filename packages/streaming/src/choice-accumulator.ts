import type {
  Accumulator,
  ChatCompletionChunk,
  ChatCompletionResponse,
  CompletionChunk,
  CompletionsResponse,
} from "./stream-types.js";

type Chunk = ChatCompletionChunk | CompletionChunk;
type Final = ChatCompletionResponse | CompletionsResponse;
type Choice = Final["choices"][number];

/** What every choice gathers, whatever it holds: its `index` and how it ended. */
export interface ChoiceState {
  index: number;
  finishReason: Choice["finish_reason"];
  stopReason?: Choice["stop_reason"];
}

/** What sets the choices of one kind of stream apart: chat messages, or completion texts. */
export interface ChoiceKind<C extends Chunk, F extends Final, Parts> {
  /** The `object` of the whole response. */
  object: F["object"];
  /** The empty parts of a new choice. */
  start(): Parts;
  /** Adds what one piece of a choice carries (text, tool calls, logprobs) to its parts. */
  add(state: ChoiceState & Parts, piece: C["choices"][number]): void;
  /** The choice of the whole response. */
  end(state: ChoiceState & Parts): F["choices"][number];
}

/**
 * Assembles a stream of chat or completions chunks into the response a non-streamed call would
 * return: choices gathered by `index` as `kind` says, each with its last `finish_reason` and
 * `stop_reason`; `usage`, `system_fingerprint` and `service_tier` as the chunks last gave them, and
 * `id`, `model` and `created` from the first.
 */
export function createChoiceAccumulator<C extends Chunk, F extends Final, Parts>(
  kind: ChoiceKind<C, F, Parts>,
): Accumulator<C, F> {
  const choices: (ChoiceState & Parts)[] = [];
  let first: C | undefined;
  let usage: Final["usage"];
  let systemFingerprint: string | null | undefined;
  let serviceTier: string | null | undefined;
  let open = 0;

  function add(chunk: C): void {
    first ??= chunk;
    if (chunk.usage) usage = chunk.usage;
    if (chunk.system_fingerprint != null) systemFingerprint = chunk.system_fingerprint;
    const { service_tier } = chunk as ChatCompletionChunk; // not in completions chunks
    if (service_tier != null) serviceTier = service_tier;
    for (const piece of chunk.choices ?? []) addPiece(piece);
  }

  function addPiece(piece: C["choices"][number]): void {
    let state = choices[piece.index];
    if (!state) {
      state = choices[piece.index] = { index: piece.index, finishReason: null, ...kind.start() };
      open++;
    }
    kind.add(state, piece);
    if (piece.stop_reason != null) state.stopReason = piece.stop_reason;
    if (piece.finish_reason) {
      if (state.finishReason === null) open--;
      state.finishReason = piece.finish_reason;
    }
  }

  function result(): F | undefined {
    if (!first) return undefined;
    return {
      id: first.id,
      object: kind.object,
      created: first.created,
      model: first.model,
      choices: choices.filter(Boolean).map(kind.end),
      ...(usage !== undefined && { usage }),
      ...(systemFingerprint !== undefined && { system_fingerprint: systemFingerprint }),
      ...(serviceTier !== undefined && { service_tier: serviceTier }),
    } as F;
  }

  return { add, result, finished: () => choices.length > 0 && open === 0 };
}
