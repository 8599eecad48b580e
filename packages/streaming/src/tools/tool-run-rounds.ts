import { APIUserAbortError, type RequestOptions } from "@atoma-ts/client";
import type {
  ChatCompletionAssistantMessage,
  ChatCompletionMessage,
  ChatCompletionMessageToolCall,
  ChatCompletionResponseMessage,
  CreateChatCompletionRequest,
} from "@atoma-ts/types";
import type { ChatStream } from "../chat-stream.js";
import type { ChatCompletionResponse, ChatStreamParams } from "../stream-types.js";
import { callTool, type ToolOutcome } from "./call-tool.js";
import { toolParamOf, type Tool } from "./tool.js";
import type { ToolRunEvent } from "./tool-run-event.js";
import { ToolRunError } from "./tool-run-error.js";

/**
 * The chat a run talks to: `create` and `stream` of the client after `withStreaming`, of the
 * confidential client (`secure.chat`) or of `withVerification(atoma).chat`.
 */
export interface ToolRunChat<Options extends RequestOptions = RequestOptions> {
  /** A chat completion: each round of a run without `stream`. */
  create(params: CreateChatCompletionRequest, options?: Options): PromiseLike<ChatCompletionResponse>;
  /** A chat stream: each round of a run with `stream: true`. */
  stream(params: ChatStreamParams, options?: Options): PromiseLike<ChatStream>;
}

/** The parameters of `chat.runTools`: a chat request whose `tools` are {@link Tool}s, and the loop's own. */
export type RunToolsParams = Omit<
  CreateChatCompletionRequest,
  "tools" | "n" | "stream" | "stream_options"
> & {
  /** The functions the model may call, each run with arguments its schema validated. */
  tools: readonly Tool[];
  /**
   * The most model calls the run makes. When the last one still calls tools, the run fails with a
   * `ToolRunError` of type `"max-rounds"`.
   *
   * @default 10
   */
  maxRounds?: number;
  /**
   * Whether each model call streams, so that its text arrives as `text` events.
   *
   * @default false
   */
  stream?: boolean;
};

/** The default `maxRounds` of `chat.runTools`. */
export const DEFAULT_MAX_ROUNDS = 10;

/** What the rounds run with; `messages` grows as they go. */
export interface RoundsContext<Options extends RequestOptions> {
  chat: ToolRunChat<Options>;
  params: RunToolsParams;
  /** The caller's options with the run's signal. */
  options: Options;
  signal: AbortSignal;
  messages: ChatCompletionMessage[];
}

/**
 * The run, round by round: ask the model, and while it calls tools, run them (concurrently) and send
 * their results back, yielding each step as an event; returns the last completion, which calls no tool.
 */
export async function* toolRunRounds<Options extends RequestOptions>(
  context: RoundsContext<Options>,
): AsyncGenerator<ToolRunEvent, ChatCompletionResponse, undefined> {
  const { tools, maxRounds = DEFAULT_MAX_ROUNDS, stream = false, ...request } = context.params;
  const byName = checkedTools(tools, maxRounds);
  const toolParams = tools.map(toolParamOf);
  for (let round = 1; ; round++) {
    if (context.signal.aborted) throw runAbortedError(context.signal);
    const body = {
      ...request,
      tool_choice: toolChoiceOf(request.tool_choice, round),
      messages: [...context.messages],
      tools: toolParams,
    };
    const completion = stream
      ? yield* streamedCompletion(context, body, round)
      : await context.chat.create(body, context.options);
    const message = firstMessageOf(completion, round);
    context.messages.push(assistantMessageOf(message));
    yield { type: "completion", round, completion, message };
    const calls = message.tool_calls ?? [];
    if (calls.length === 0) return completion;
    if (round >= maxRounds) {
      throw new ToolRunError(
        `chat.runTools: the model still calls tools after maxRounds (${maxRounds}) rounds`,
        { type: "max-rounds" },
      );
    }
    yield* toolResults(context, byName, calls, round);
  }
}

/**
 * A round's `tool_choice`: one that names a function forces that call in the first round only. Forced
 * in every round, the model could never answer with the results, and the run would end at `maxRounds`.
 */
function toolChoiceOf(choice: RunToolsParams["tool_choice"], round: number): RunToolsParams["tool_choice"] {
  return round > 1 && typeof choice === "object" && choice !== null ? "auto" : choice;
}

/** One streamed model call: its text as it comes, then the completion it adds up to. */
async function* streamedCompletion<Options extends RequestOptions>(
  { chat, options }: RoundsContext<Options>,
  body: ChatStreamParams,
  round: number,
): AsyncGenerator<ToolRunEvent, ChatCompletionResponse, undefined> {
  const stream = await chat.stream(body, options);
  // Leaving this loop early (the run aborted or left) cancels the stream.
  for await (const text of stream.textStream) yield { type: "text", round, text };
  return stream.finalCompletion();
}

/** Runs every call at once; yields the calls, then each result in the calls' order, as it is added. */
async function* toolResults<Options extends RequestOptions>(
  { messages, signal }: RoundsContext<Options>,
  tools: ReadonlyMap<string, Tool>,
  calls: ChatCompletionMessageToolCall[],
  round: number,
): AsyncGenerator<ToolRunEvent, void, undefined> {
  const running = calls.map((call) => callTool(tools, call, signal));
  for (const call of calls) yield { type: "tool_call", round, call };
  for (const [index, call] of calls.entries()) {
    const outcome = await unlessAborted(running[index]!, signal);
    messages.push({ role: "tool", tool_call_id: call.id, content: outcome.content });
    yield { type: "tool_result", round, call, ...outcome };
  }
}

/** The tools by name, once the run's parameters (the tools, `maxRounds`) are checked, before anything is sent. */
function checkedTools(tools: readonly Tool[], maxRounds: number): Map<string, Tool> {
  const invalid = (why: string) => new ToolRunError(`chat.runTools: ${why}`, { type: "invalid-params" });
  if (!Number.isInteger(maxRounds) || maxRounds < 1) {
    throw invalid(`maxRounds must be a whole number of at least 1, not ${String(maxRounds)}`);
  }
  const byName = new Map<string, Tool>();
  for (const tool of tools) {
    if (byName.has(tool.name)) throw invalid(`two tools are named ${JSON.stringify(tool.name)}`);
    byName.set(tool.name, tool);
  }
  return byName;
}

function firstMessageOf(completion: ChatCompletionResponse, round: number): ChatCompletionResponseMessage {
  // `n` is not a run's parameter: an answer has one choice.
  const choice = completion.choices[0];
  if (!choice) {
    throw new ToolRunError(`chat.runTools: the completion of round ${round} has no choice`, {
      type: "no-choice",
    });
  }
  return choice.message;
}

/** The answer as the next request carries it: its text and tool calls, nothing the server added. */
function assistantMessageOf({
  content,
  tool_calls,
}: ChatCompletionResponseMessage): ChatCompletionAssistantMessage {
  const calls = (tool_calls ?? []).map(({ id, type, function: { name, arguments: args } }) => ({
    id,
    type,
    function: { name, arguments: args },
  }));
  const message: ChatCompletionAssistantMessage = { role: "assistant", content: content ?? null };
  if (calls.length > 0) message.tool_calls = calls;
  return message;
}

/**
 * A tool's outcome, or an `APIUserAbortError` as soon as the run is aborted: a tool that ignores its
 * signal does not hold the run up.
 */
function unlessAborted(outcome: Promise<ToolOutcome>, signal: AbortSignal): Promise<ToolOutcome> {
  if (signal.aborted) return Promise.reject(runAbortedError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(runAbortedError(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    outcome.then((value) => {
      signal.removeEventListener("abort", onAbort);
      if (signal.aborted) reject(runAbortedError(signal));
      else resolve(value);
    }, reject);
  });
}

/** The error of a run aborted by its signal (the caller's, or `run.abort()`), `cause`: the reason. */
export const runAbortedError = (signal: AbortSignal) =>
  new APIUserAbortError("chat.runTools was aborted", { cause: signal.reason });
