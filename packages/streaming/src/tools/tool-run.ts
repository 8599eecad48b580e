import { AtomaError, APIUserAbortError, isAPIUserAbortError } from "@atoma-ts/client";
import type { ChatCompletionMessage } from "@atoma-ts/types";
import { noop } from "../noop.js";
import type { ChatCompletionResponse } from "../stream-types.js";
import type { ToolRunEvent } from "./tool-run-event.js";
import { runAbortedError } from "./tool-run-rounds.js";

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * A `chat.runTools` run: iterate it for its events as they happen, or await `finalCompletion()` /
 * `finalContent()`, or both (iterate, then await). It starts when first iterated or awaited, and can be
 * iterated once. Leaving the loop early, `abort()` or the call's signal stops it: the request or stream
 * in flight is cancelled, the running tools' signal aborts, and the run rejects with an
 * `APIUserAbortError`.
 */
export interface ToolRun extends AsyncIterable<ToolRunEvent> {
  /**
   * The conversation so far: the request's `messages`, then each assistant message and tool result as
   * it is added. Read it to go on with the conversation, or to see where a failed run stopped.
   */
  readonly messages: readonly ChatCompletionMessage[];
  /**
   * The last completion, whose message calls no tool: the model's answer. Runs the loop if nobody
   * iterates it.
   *
   * @throws {ToolRunError} `maxRounds` reached while the model still calls tools (`"max-rounds"`), a
   * completion without a choice (`"no-choice"`), or invalid parameters (`"invalid-params"`: two tools of
   * one name, a `maxRounds` that is not a whole number of at least 1).
   * @throws {ParseError} a tool's schema that cannot give a JSON Schema (`"no-json-schema"`).
   * @throws {APIUserAbortError} the run was aborted, or its loop left early.
   * @throws {APIError} | {APIConnectionError} | … what a model call threw.
   */
  finalCompletion(): Promise<ChatCompletionResponse>;
  /** The text of the answer: `finalCompletion()`'s first message's `content`. */
  finalContent(): Promise<string | null>;
  /** Stops the run (see above); `reason` is the `APIUserAbortError`'s `cause`. Nothing once it ended. */
  abort(reason?: unknown): void;
}

/** What a {@link ToolRun} reads and stops. */
export interface ToolRunInit {
  /** The rounds' events, pulled as the run is read. */
  rounds: AsyncGenerator<ToolRunEvent, ChatCompletionResponse, undefined>;
  /** Aborts the rounds' requests, streams and tools (`abort()`, a loop left). */
  controller: AbortController;
  /** The rounds' signal: the controller's, joined with the caller's. */
  signal: AbortSignal;
  /** The conversation the rounds add to. */
  messages: ChatCompletionMessage[];
}

/**
 * A {@link ToolRun} over its rounds: read once, by iterating or by `finalCompletion()` alone, as a
 * `ChunkStream` is; it ends with the rounds' completion or error, a leave, or `abort()`.
 */
export function createToolRun({ rounds, controller, signal, messages }: ToolRunInit): ToolRun {
  let read = false;
  let settled = false;
  let settle!: (result: { completion?: ChatCompletionResponse; error?: unknown }) => void;
  const ended = new Promise<ChatCompletionResponse>((resolve, reject) => {
    settle = ({ completion, error }) => {
      if (settled) return;
      settled = true;
      if (completion) resolve(completion);
      else reject(error);
    };
  });
  ended.catch(noop); // observed through finalCompletion() only

  const claim = () => {
    if (read) throw new AtomaError("chat.runTools: this run was already iterated; a run can be read once");
    read = true;
  };

  const iterate = (): AsyncIterator<ToolRunEvent> => ({
    next: async () => {
      // Ended by abort() or a leave: the rest is not run.
      if (settled) return ended.then(() => DONE);
      try {
        const result = await rounds.next();
        if (!result.done) return result;
        settle({ completion: result.value });
        return DONE;
      } catch (error) {
        // An abort shows as the client's APIUserAbortError, whatever was in flight.
        const aborted = signal.aborted && !isAPIUserAbortError(error);
        const failure = aborted ? runAbortedError(signal) : error;
        settle({ error: failure });
        throw failure;
      }
    },
    return: async () => {
      if (settled) return DONE;
      settle({ error: new APIUserAbortError("chat.runTools: the run was left before its end") });
      controller.abort();
      await rounds.return(undefined as never).catch(noop);
      return DONE;
    },
  });

  const finalCompletion = async () => {
    if (!read) {
      const events = run[Symbol.asyncIterator]();
      while (!(await events.next()).done);
    }
    return ended;
  };

  const run: ToolRun = {
    messages,
    [Symbol.asyncIterator]() {
      claim();
      return iterate();
    },
    finalCompletion,
    finalContent: async () => {
      const content = (await finalCompletion()).choices[0]?.message.content;
      return content ?? null;
    },
    abort(reason) {
      controller.abort(reason);
      // Nobody may be reading: end the run here, so that finalCompletion() rejects too.
      settle({ error: runAbortedError(signal) });
    },
  };
  return run;
}
