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
import { chatLogprobs } from "./logprobs.js";
import type { HandlerContext, HandlerResult } from "./result.js";

type ChatRequest = CreateChatCompletionRequest & { stream?: boolean | null };

/** What the model "answers": text, or a call of one of the request's tools. */
interface ChatAnswer {
  tokens: string[];
  toolCall: ChatCompletionMessageToolCall | undefined;
  finishReason: FinishReason;
  usage: CompletionUsage;
}

function textOf(message: ChatCompletionMessage | undefined): string {
  const content = message?.content;
  if (typeof content === "string") return content;
  return (content ?? []).map((part) => ("text" in part ? part.text : "")).join(" ");
}

/** Tools are called when offered (and not refused) in answer to a user message. */
function chosenTool(request: ChatRequest): ChatCompletionToolsParam | undefined {
  const { tools, tool_choice: choice } = request;
  if (!tools?.length || choice === "none") return undefined;
  if (choice && typeof choice === "object")
    return tools.find((tool) => tool.function.name === choice.function.name);
  return request.messages.at(-1)?.role === "user" ? tools[0] : undefined;
}

/** Arguments that fit the tool's parameter schema, made from the user's last word. */
function argumentsFor(tool: ChatCompletionToolsParam, lastUserText: string): string {
  const word =
    lastUserText
      .split(/\s+/)
      .at(-1)
      ?.replace(/[^\p{L}\p{N}]/gu, "") || "Paris";
  const properties = (tool.function.parameters?.properties ?? {}) as Record<string, { type?: string }>;
  const values: Record<string, unknown> = {
    string: word,
    number: 1,
    integer: 1,
    boolean: true,
    array: [],
    object: {},
  };
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(properties).map(([name, schema]) => [name, values[schema.type ?? "string"] ?? word]),
    ),
  );
}

function answer(request: ChatRequest): ChatAnswer {
  const lastUser = [...request.messages].reverse().find((message) => message.role === "user");
  const promptTokens = request.messages.reduce((sum, message) => sum + countTokens(textOf(message)) + 3, 0);
  const tool = chosenTool(request);
  if (tool) {
    const toolCall: ChatCompletionMessageToolCall = {
      id: stableId("call", request.messages.length),
      type: "function",
      function: { name: tool.function.name, arguments: argumentsFor(tool, textOf(lastUser)) },
    };
    const completionTokens = countTokens(toolCall.function.arguments) + 1;
    return {
      tokens: [],
      toolCall,
      finishReason: "tool_calls",
      usage: usageOf(promptTokens, completionTokens),
    };
  }
  const wantsJson = request.response_format && request.response_format.type !== "text";
  const text = wantsJson
    ? JSON.stringify({ answer: answerFor(request.model, textOf(lastUser)) })
    : answerFor(request.model, textOf(lastUser));
  const { tokens, finishReason } = limitTokens(tokenize(text), {
    maxTokens: request.max_completion_tokens ?? request.max_tokens,
    stop: request.stop,
  });
  return { tokens, toolCall: undefined, finishReason, usage: usageOf(promptTokens, tokens.length) };
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
  if (request.stream)
    return { kind: "stream", chunks: chatChunks(request, result, base, choices, top), signed: true };

  const body: ChatCompletionResponse = {
    id: base.id,
    object: "chat.completion",
    created: base.created,
    model: base.model,
    choices: choices.map((index) => ({
      index,
      message: {
        role: "assistant",
        content: result.toolCall ? null : result.tokens.join(""),
        ...(result.toolCall && { tool_calls: [result.toolCall] }),
      },
      finish_reason: result.finishReason,
      logprobs: top === undefined ? null : { content: chatLogprobs(result.tokens, top) },
    })),
    usage: result.usage,
    system_fingerprint: SYSTEM_FINGERPRINT,
  };
  return { kind: "json", body, signed: true };
}

/** The chunks of a streamed answer: role, content or tool-call deltas, finish reason, usage. */
function chatChunks(
  request: ChatRequest,
  result: ChatAnswer,
  base: { id: string; created: number; model: string },
  choices: number[],
  top: number | undefined,
): ChatCompletionChunk[] {
  const chunk = (choices: ChatCompletionChunk["choices"], usage?: CompletionUsage): ChatCompletionChunk => ({
    id: base.id,
    object: "chat.completion.chunk",
    created: base.created,
    model: base.model,
    choices,
    ...(usage && { usage }),
    system_fingerprint: SYSTEM_FINGERPRINT,
  });
  const chunks = choices.flatMap((index) => {
    const deltas: ChatCompletionChunk["choices"] = [
      { index, delta: { role: "assistant", content: "" }, finish_reason: null },
    ];
    if (result.toolCall) {
      const { id, type, function: call } = result.toolCall;
      deltas.push({
        index,
        delta: { tool_calls: [{ index: 0, id, type, function: { name: call.name, arguments: "" } }] },
      });
      for (const fragment of pieces(call.arguments, 6)) {
        deltas.push({ index, delta: { tool_calls: [{ index: 0, function: { arguments: fragment } }] } });
      }
    } else {
      result.tokens.forEach((token, position) =>
        deltas.push({
          index,
          delta: { content: token },
          finish_reason: null,
          ...(top !== undefined && { logprobs: { content: chatLogprobs([token], top, position) } }),
        }),
      );
    }
    deltas.push({ index, delta: {}, finish_reason: result.finishReason });
    return deltas.map((choice) => chunk([choice]));
  });
  // Always: the node sets `stream_options.include_usage` on every stream it forwards to vLLM.
  chunks.push(chunk([], result.usage));
  return chunks;
}
