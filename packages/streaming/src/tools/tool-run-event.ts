import type { ChatCompletionMessageToolCall, ChatCompletionResponseMessage } from "@atoma-ts/types";
import type { ChatCompletionResponse } from "../stream-types.js";

/** A piece of the answer's text as the model streams it (only with `stream: true`). */
export interface ToolRunTextEvent {
  /** What happened: a piece of text. */
  type: "text";
  /** The model call it belongs to, from 1. */
  round: number;
  /** The piece, as the model streamed it (`delta.content` of the first choice). */
  text: string;
}

/** A model call's whole answer: text, tool calls, or both. */
export interface ToolRunCompletionEvent {
  /** What happened: the model answered. */
  type: "completion";
  /** The model call, from 1. */
  round: number;
  /** The whole answer, assembled from the chunks when streamed. */
  completion: ChatCompletionResponse;
  /** The first choice's message, as it was added to `run.messages`. */
  message: ChatCompletionResponseMessage;
}

/** A tool call the model made; its tool now runs. */
export interface ToolRunToolCallEvent {
  /** What happened: the model called a tool. */
  type: "tool_call";
  /** The model call that made it, from 1. */
  round: number;
  /** The call: its `id`, `function.name` and `function.arguments` (JSON text, not yet validated). */
  call: ChatCompletionMessageToolCall;
}

/** A tool call's result, as sent back to the model. */
export interface ToolRunToolResultEvent {
  /** What happened: a tool call was answered. */
  type: "tool_result";
  /** The model call that made the call, from 1. */
  round: number;
  /** The call answered. */
  call: ChatCompletionMessageToolCall;
  /** The tool message's content: what `run` returned (as JSON unless a string), or `Error: …`. */
  content: string;
  /** Whether the call failed: unknown tool, arguments not JSON or not valid, or `run` threw. */
  isError: boolean;
  /** What `run` threw, when it threw. */
  error?: unknown;
}

/**
 * What happens in a `chat.runTools` run, in order: per round, the text as it streams (`stream: true`
 * only), the completion, then each of its tool calls, then each result in the calls' order (the tools
 * run concurrently).
 */
export type ToolRunEvent =
  ToolRunTextEvent | ToolRunCompletionEvent | ToolRunToolCallEvent | ToolRunToolResultEvent;
