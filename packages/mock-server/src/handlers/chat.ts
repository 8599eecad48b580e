import type {
  ChatCompletionChunk,
  ChatCompletionMessage,
  ChatCompletionMessageToolCall,
  ChatCompletionResponse,
  ChatCompletionToolsParam,
  CompletionUsage,
  CreateChatCompletionRequest,
  FinishReason,
} from "@atoma-ts/types";
import { answerFor, countTokens, limitTokens, pieces, tokenize } from "../content.js";
import { stableId, SYSTEM_FINGERPRINT } from "../ids.js";
import { interleave } from "./interleave.js";
import { valueForSchema } from "./value-for-schema.js";
import { chatLogprobs } from "./logprobs.js";
import type { HandlerContext, HandlerResult } from "./result.js";

type ChatRequest = CreateChatCompletionRequest & { stream?: boolean | null };
type ChunkChoice = ChatCompletionChunk["choices"][number];
type ToolCallDelta = NonNullable<ChunkChoice["delta"]["tool_calls"]>[number];

/** What the model "answers": text, or calls of the request's tools. */
interface ChatAnswer {
  tokens: string[];
  toolCalls: ChatCompletionMessageToolCall[];
  finishReason: FinishReason;
  usage: CompletionUsage;
}

function textOf(message: ChatCompletionMessage | undefined): string {
  const content = message?.content;
  if (typeof content === "string") return content;
  return (content ?? []).map((part) => ("text" in part ? part.text : "")).join(" ");
}

/**
 * Tools are called when offered (and not refused) in answer to a user message: the one `tool_choice`
 * names, else the first, or the first two in parallel when two or more are offered and
 * `parallel_tool_calls` is not false.
 */
function chosenTools(request: ChatRequest): ChatCompletionToolsParam[] {
  const { tools, tool_choice: choice } = request;
  if (!tools?.length || choice === "none") return [];
  if (choice && typeof choice === "object")
    return tools.filter((tool) => tool.function.name === choice.function.name).slice(0, 1);
  if (request.messages.at(-1)?.role !== "user") return [];
  return tools.slice(0, request.parallel_tool_calls === false ? 1 : 2);
}

/** The last word of the user's last message: what the mock's tool arguments and JSON answers say. */
function lastWordOf(text: string): string {
  return (
    text
      .split(/\s+/)
      .at(-1)
      ?.replace(/[^\p{L}\p{N}]/gu, "") || "Paris"
  );
}

/** Arguments that fit the tool's parameter schema, made from the user's last word. */
function argumentsFor(tool: ChatCompletionToolsParam, lastUserText: string): string {
  return JSON.stringify(
    valueForSchema(tool.function.parameters ?? { type: "object" }, lastWordOf(lastUserText)),
  );
}

/** The text of an answer: JSON that fits the `json_schema` response format, any JSON object, or words. */
function answerText(request: ChatRequest, lastUserText: string): string {
  const format = request.response_format;
  if (format?.type === "json_schema" && format.json_schema?.schema)
    return JSON.stringify(valueForSchema(format.json_schema.schema, lastWordOf(lastUserText)));
  const text = answerFor(request.model, lastUserText);
  return format && format.type !== "text" ? JSON.stringify({ answer: text }) : text;
}

function answer(request: ChatRequest): ChatAnswer {
  const lastUser = [...request.messages].reverse().find((message) => message.role === "user");
  const promptTokens = request.messages.reduce((sum, message) => sum + countTokens(textOf(message)) + 3, 0);
  const tools = chosenTools(request);
  if (tools.length) {
    const toolCalls = tools.map((tool, position): ChatCompletionMessageToolCall => ({
      id: stableId("call", [request.messages.length, position]),
      type: "function",
      function: { name: tool.function.name, arguments: argumentsFor(tool, textOf(lastUser)) },
    }));
    const completionTokens = toolCalls.reduce(
      (sum, call) => sum + countTokens(call.function.arguments) + 1,
      0,
    );
    return {
      tokens: [],
      toolCalls,
      finishReason: "tool_calls",
      usage: usageOf(promptTokens, completionTokens),
    };
  }
  const text = answerText(request, textOf(lastUser));
  // JSON has no spaces to split at: a structured answer streams in pieces of a few characters, as a
  // model's tokens would come.
  const structured = request.response_format?.type === "json_schema";
  const { tokens, finishReason } = limitTokens(structured ? pieces(text, 8) : tokenize(text), {
    maxTokens: request.max_completion_tokens ?? request.max_tokens,
    stop: request.stop,
  });
  return { tokens, toolCalls: [], finishReason, usage: usageOf(promptTokens, tokens.length) };
}

function usageOf(promptTokens: number, completionTokens: number): CompletionUsage {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

/** `POST /v1/chat/completions`, plain or streamed. */
export function chatCompletion(request: ChatRequest, context: HandlerContext): HandlerResult {
  const result = answer(request);
  const base = { id: stableId("chatcmpl", request), created: context.created, model: request.model };

  const choices = Array.from({ length: request.n ?? 1 }, (_, index) => index);
  const top = request.logprobs ? (request.top_logprobs ?? 0) : undefined;
  if (request.stream) return { kind: "stream", chunks: chatChunks(result, base, choices, top), signed: true };

  const body: ChatCompletionResponse = {
    id: base.id,
    object: "chat.completion",
    created: base.created,
    model: base.model,
    choices: choices.map((index) => ({
      index,
      message: {
        role: "assistant",
        content: result.toolCalls.length > 0 ? null : result.tokens.join(""),
        ...(result.toolCalls.length > 0 && { tool_calls: result.toolCalls }),
      },
      finish_reason: result.finishReason,
      logprobs: top === undefined ? null : { content: chatLogprobs(result.tokens, top) },
    })),
    usage: result.usage,
    system_fingerprint: SYSTEM_FINGERPRINT,
  };
  return { kind: "json", body, signed: true };
}

/**
 * The chunks of a streamed answer: each choice's role, content or tool-call deltas and finish reason,
 * the choices interleaved step by step as vLLM streams them; then usage.
 */
function chatChunks(
  result: ChatAnswer,
  base: { id: string; created: number; model: string },
  choices: number[],
  top: number | undefined,
): ChatCompletionChunk[] {
  const chunk = (choices: ChunkChoice[], usage?: CompletionUsage): ChatCompletionChunk => ({
    id: base.id,
    object: "chat.completion.chunk",
    created: base.created,
    model: base.model,
    choices,
    ...(usage && { usage }),
    system_fingerprint: SYSTEM_FINGERPRINT,
  });
  const chunks = interleave(
    choices.map((index) => choiceDeltas(index, result, top).map((choice) => chunk([choice]))),
  );
  // Always: the node sets `stream_options.include_usage` on every stream it forwards to vLLM.
  chunks.push(chunk([], result.usage));
  return chunks;
}

/** One choice's deltas: its role, then its tokens or tool calls, then why it finished. */
function choiceDeltas(index: number, result: ChatAnswer, top: number | undefined): ChunkChoice[] {
  const deltas: ChunkChoice[] = [{ index, delta: { role: "assistant", content: "" }, finish_reason: null }];
  for (const call of toolCallDeltas(result.toolCalls)) deltas.push({ index, delta: { tool_calls: [call] } });
  result.tokens.forEach((token, position) =>
    deltas.push({
      index,
      delta: { content: token },
      finish_reason: null,
      ...(top !== undefined && { logprobs: { content: chatLogprobs([token], top, position) } }),
    }),
  );
  deltas.push({ index, delta: {}, finish_reason: result.finishReason });
  return deltas;
}

/**
 * Tool calls as deltas by `index`: each call's id, type and name first, then its arguments in pieces;
 * parallel calls interleaved, so only gathering by `index` assembles them.
 */
function toolCallDeltas(calls: ChatCompletionMessageToolCall[]): ToolCallDelta[] {
  return interleave(
    calls.map(({ id, type, function: call }, index): ToolCallDelta[] => [
      { index, id, type, function: { name: call.name, arguments: "" } },
      ...pieces(call.arguments, 6).map((fragment) => ({ index, function: { arguments: fragment } })),
    ]),
  );
}
