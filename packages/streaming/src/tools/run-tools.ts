import type { RequestOptions } from "@atoma-ts/client";
import { createToolRun, type ToolRun } from "./tool-run.js";
import { toolRunRounds, type RunToolsParams, type ToolRunChat } from "./tool-run-rounds.js";

/** `chat.runTools` of a client whose calls take `Options`. */
export interface ChatRunTools<Options extends RequestOptions = RequestOptions> {
  /**
   * Runs the tool loop: asks the model with `tools`, runs the calls it makes (arguments validated by
   * each tool's schema; tools of one answer run concurrently), sends the results back, and asks again
   * until it answers without calling a tool, at most `maxRounds` (10) times. A tool that is unknown,
   * gets invalid arguments or throws sends the model an `Error: …` result, and the loop goes on.
   *
   * @example
   * ```ts
   * const run = atoma.chat.runTools({ model, messages, tools: [getWeather], stream: true });
   * for await (const event of run) if (event.type === "text") process.stdout.write(event.text);
   * const completion = await run.finalCompletion();
   * ```
   */
  (params: RunToolsParams, options?: Options): ToolRun;
}

/**
 * The tool loop of `chat.runTools`, on any chat with `create` and `stream` (see {@link ToolRunChat}):
 * the one implementation behind the client's (after `withStreaming`), the confidential client's and the
 * verified client's. `options` go with every model call, with the run's own signal.
 *
 * @example
 * ```ts
 * const run = runTools(secure.chat, { model, messages, tools: [getWeather] });
 * console.log(await run.finalContent());
 * ```
 */
export function runTools<Options extends RequestOptions>(
  chat: ToolRunChat<Options>,
  params: RunToolsParams,
  options?: Options,
): ToolRun {
  // The run's own abort (`run.abort()`, a loop left) joined with the caller's: `AbortSignal.any` holds
  // the caller's signal weakly, so a signal shared by many runs collects no listeners.
  const controller = new AbortController();
  const callerSignal = options?.signal;
  const signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal;

  const messages = [...params.messages];
  const rounds = toolRunRounds({
    chat,
    params,
    options: { ...options, signal } as Options,
    signal,
    messages,
  });
  return createToolRun({ rounds, controller, signal, messages });
}
