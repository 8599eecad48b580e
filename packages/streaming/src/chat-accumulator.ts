import { createChoiceAccumulator, type ChoiceState } from "./choice-accumulator.js";
import type { Accumulator, ChatCompletionChunk, ChatCompletionResponse } from "./stream-types.js";
import { TextJoiner } from "./text-joiner.js";

type Choice = ChatCompletionResponse["choices"][number];
type ChunkChoice = ChatCompletionChunk["choices"][number];
type ToolCall = NonNullable<Choice["message"]["tool_calls"]>[number];
type ToolCallDelta = NonNullable<ChunkChoice["delta"]["tool_calls"]>[number];
type TokenLogprob = NonNullable<NonNullable<Choice["logprobs"]>["content"]>[number];

/** What one chat choice has gathered so far, besides how it ended. */
interface MessageParts {
  content: TextJoiner;
  reasoning?: TextJoiner;
  toolCalls: ToolCall[];
  logprobs?: TokenLogprob[];
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
export const createChatAccumulator = (): Accumulator<ChatCompletionChunk, ChatCompletionResponse> =>
  createChoiceAccumulator<ChatCompletionChunk, ChatCompletionResponse, MessageParts>({
    object: "chat.completion",
    start: () => ({ content: new TextJoiner(), toolCalls: [] }),
    add: addDelta,
    end: messageChoiceOf,
  });

function addDelta(state: MessageParts, { delta, logprobs }: ChunkChoice): void {
  if (delta.content) state.content.add(delta.content);
  if (delta.reasoning_content != null) (state.reasoning ??= new TextJoiner()).add(delta.reasoning_content);
  if (delta.tool_calls) for (const call of delta.tool_calls) mergeToolCall(state.toolCalls, call);
  if (logprobs?.content) (state.logprobs ??= []).push(...logprobs.content);
}

/** The first piece of a call names it; later pieces (same `index`) add to its arguments. */
function mergeToolCall(calls: ToolCall[], piece: ToolCallDelta): void {
  const call = (calls[piece.index] ??= {
    id: "",
    type: piece.type ?? "function",
    function: { name: "", arguments: "" },
  });
  call.id ||= piece.id ?? "";
  call.function.name ||= piece.function?.name ?? "";
  call.function.arguments += piece.function?.arguments ?? "";
}

function messageChoiceOf(state: ChoiceState & MessageParts): Choice {
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
      ...(state.reasoning && { reasoning_content: state.reasoning.toString() }),
      ...(toolCalls.length > 0 && { tool_calls: toolCalls }),
    },
    finish_reason: state.finishReason,
    ...(state.stopReason !== undefined && { stop_reason: state.stopReason }),
    logprobs: state.logprobs ? { content: [...state.logprobs] } : null,
  };
}
