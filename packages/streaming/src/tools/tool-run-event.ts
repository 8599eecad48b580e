import type { ChatCompletionMessageToolCall } from "@atoma-ts/types";
import type { ChatCompletionResponse } from "../stream-types.js";

/** The assistant message of a completion's first choice. */
export type AssistantMessage = ChatCompletionResponse["choices"][number]["message"];

/** A piece of the answer's text as the model streams it (only with `stream: true`). */
export interface ToolRunTextEvent {
  type: "text";
  /** The model call it belongs to, from 1. */
  round: number;
  text: string;
}

/** A model call's whole answer: text, tool calls, or both. */
export interface ToolRunCompletionEvent {
  type: "completion";
  round: number;
  completion: ChatCompletionResponse;
  /** The first choice's message, as it was added to `run.messages`. */
  message: AssistantMessage;
}

/** A tool call the model made; its tool now runs. */
export interface ToolRunToolCallEvent {
  type: "tool_call";
  round: number;
  call: ChatCompletionMessageToolCall;
}

/** A tool call's result, as sent back to the model. */
export interface ToolRunToolResultEvent {
  type: "tool_result";
  round: number;
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
