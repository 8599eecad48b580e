import { pathOf } from "@atoma-ts/client/internal";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { ChatCompletionMessageToolCall } from "@atoma-ts/types";
import type { Tool } from "./tool.js";
import type { ToolRunToolResultEvent } from "./tool-run-event.js";

/** What a call gave: the content of its tool message, and whether it is an error's (as its event says). */
export type ToolOutcome = Pick<ToolRunToolResultEvent, "content" | "isError" | "error">;

/**
 * Answers one tool call, never rejecting: finds the tool, reads the arguments as JSON (empty: `{}`),
 * validates them with the tool's schema, runs it, and gives its result as text. Each failure (a schema
 * or `run` that throws included) becomes an `Error: …` result for the model to read, as openai-node
 * sends it.
 */
export async function callTool(
  tools: ReadonlyMap<string, Tool>,
  call: ChatCompletionMessageToolCall,
  signal: AbortSignal,
): Promise<ToolOutcome> {
  const { name, arguments: text } = call.function;
  const tool = tools.get(name);
  if (!tool) {
    const known = [...tools.keys()].join(", ");
    return failure(`Error: there is no tool ${JSON.stringify(name)}; the tools are: ${known}`);
  }
  let json: unknown;
  try {
    json = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return failure(`Error: the arguments of ${name} are not valid JSON`);
  }
  let checked: StandardSchemaV1.Result<unknown>;
  try {
    // A schema's own code (a refinement, a transform) may throw.
    checked = await tool.parameters["~standard"].validate(json);
  } catch (error) {
    return thrown(error);
  }
  if (checked.issues)
    return failure(`Error: invalid arguments for ${name}: ${describeIssues(checked.issues)}`);
  try {
    return { content: contentOf(await tool.run(checked.value, { signal, call })), isError: false };
  } catch (error) {
    return thrown(error);
  }
}

const failure = (content: string): ToolOutcome => ({ content, isError: true });

/** What the tool's schema or `run` threw, as the call's result, with the error itself as `error`. */
const thrown = (error: unknown): ToolOutcome => ({
  ...failure(`Error: ${error instanceof Error ? error.message : String(error)}`),
  error,
});

/** The issues for the model to correct its call: each one's place and message. */
function describeIssues(issues: readonly StandardSchemaV1.Issue[]): string {
  return issues.map((issue) => `${pathOf(issue) || "(root)"}: ${issue.message}`).join("; ");
}

/** A result as the tool message's text: a string as it is, anything else as JSON (`undefined`: empty). */
function contentOf(result: unknown): string {
  if (typeof result === "string") return result;
  try {
    return JSON.stringify(result) ?? "";
  } catch {
    throw new Error("the tool's result cannot be written as JSON");
  }
}
