import type { Accumulator, ChatCompletionChunk, ChatCompletionResponse } from "./stream-types.js";
import { TextJoiner } from "./text-joiner.js";

type Choice = ChatCompletionResponse["choices"][number];
type ChunkChoice = ChatCompletionChunk["choices"][number];
type ToolCall = NonNullable<Choice["message"]["tool_calls"]>[number];
type ToolCallDelta = NonNullable<ChunkChoice["delta"]["tool_calls"]>[number];
type TokenLogprob = NonNullable<NonNullable<Choice["logprobs"]>["content"]>[number];

/** What one choice has gathered so far. */
interface ChoiceState {
  index: number;
  content: TextJoiner;
  reasoning: TextJoiner | undefined;
  toolCalls: ToolCall[];
  finishReason: Choice["finish_reason"];
  stopReason: Choice["stop_reason"];
  logprobs: TokenLogprob[] | undefined;
}

/**
 * Assembles a chat stream into the `ChatCompletionResponse` a non-streamed call would return: per
 * choice `index`, `content` and `reasoning_content` joined, `tool_calls` merged by their `index`
 * (`id`, `type` and `name` from the first piece, `arguments` concatenated), the last `finish_reason`,
 * `logprobs.content` concatenated; `usage`, `id`, `model`, `created` and `system_fingerprint` from the
 * chunks. The per-chunk `signature` and `response_hash` are not carried over: they sign each chunk.
 *
 * @example
 * const chat = createChatAccumulator();
 * for await (const chunk of stream) chat.add(chunk);
 * console.log(chat.result()?.choices[0]?.message.content);
 */
export function createChatAccumulator(): Accumulator<ChatCompletionChunk, ChatCompletionResponse> {
  const choices: ChoiceState[] = [];
  let first: ChatCompletionChunk | undefined;
  let usage: ChatCompletionResponse["usage"];
  let systemFingerprint: string | null | undefined;
  let serviceTier: string | null | undefined;
  let open = 0;

  function add(chunk: ChatCompletionChunk): void {
    first ??= chunk;
    if (chunk.usage) usage = chunk.usage;
    if (chunk.system_fingerprint != null) systemFingerprint = chunk.system_fingerprint;
    if (chunk.service_tier != null) serviceTier = chunk.service_tier;
    const deltas = chunk.choices ?? NO_CHOICES;
    for (let i = 0; i < deltas.length; i++) addChoice(deltas[i]!);
  }

  function addChoice(piece: ChunkChoice): void {
    let state = choices[piece.index];
    if (!state) {
      state = choices[piece.index] = newChoice(piece.index);
      open++;
    }
    const { delta } = piece;
    if (delta.content) state.content.add(delta.content);
    if (delta.reasoning_content != null) (state.reasoning ??= new TextJoiner()).add(delta.reasoning_content);
    if (delta.tool_calls) for (const call of delta.tool_calls) mergeToolCall(state.toolCalls, call);
    if (piece.logprobs?.content) (state.logprobs ??= []).push(...piece.logprobs.content);
    if (piece.stop_reason != null) state.stopReason = piece.stop_reason;
    if (piece.finish_reason) {
      if (state.finishReason === null) open--;
      state.finishReason = piece.finish_reason;
    }
  }

  function result(): ChatCompletionResponse | undefined {
    if (!first) return undefined;
    return {
      id: first.id,
      object: "chat.completion",
      created: first.created,
      model: first.model,
      choices: choices.filter(Boolean).map(choiceOf),
      ...(usage !== undefined && { usage }),
      ...(systemFingerprint !== undefined && { system_fingerprint: systemFingerprint }),
      ...(serviceTier !== undefined && { service_tier: serviceTier }),
    };
  }

  return { add, result, finished: () => choices.length > 0 && open === 0 };
}

const NO_CHOICES: readonly ChunkChoice[] = [];

const newChoice = (index: number): ChoiceState => ({
  index,
  content: new TextJoiner(),
  reasoning: undefined,
  toolCalls: [],
  finishReason: null,
  stopReason: undefined,
  logprobs: undefined,
});

/** The first piece of a call names it; later pieces (same `index`) add to its arguments. */
function mergeToolCall(calls: ToolCall[], piece: ToolCallDelta): void {
  const call = calls[piece.index];
  if (!call) {
    calls[piece.index] = {
      id: piece.id ?? "",
      type: piece.type ?? "function",
      function: { name: piece.function?.name ?? "", arguments: piece.function?.arguments ?? "" },
    };
    return;
  }
  if (!call.id && piece.id) call.id = piece.id;
  if (!call.function.name && piece.function?.name) call.function.name = piece.function.name;
  if (piece.function?.arguments) call.function.arguments += piece.function.arguments;
}

function choiceOf(state: ChoiceState): Choice {
  const toolCalls = state.toolCalls.filter(Boolean).map((call) => ({
    ...call,
    function: { ...call.function },
  }));
  return {
    index: state.index,
    message: {
      role: "assistant",
      // As a non-streamed answer has it: null when the answer is only tool calls.
      content: state.content.length === 0 && toolCalls.length > 0 ? null : state.content.toString(),
      ...(state.reasoning !== undefined && { reasoning_content: state.reasoning.toString() }),
      ...(toolCalls.length > 0 && { tool_calls: toolCalls }),
    },
    finish_reason: state.finishReason,
    ...(state.stopReason !== undefined && { stop_reason: state.stopReason }),
    logprobs: state.logprobs ? { content: [...state.logprobs] } : null,
  };
}
