import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, spawnGroup, tail, waitForOutput } from "./processes.ts";
import type { Runtime } from "./runtimes.ts";

/** What consumer/esm-consumer.mjs and consumer/cjs-consumer.cjs print. */
interface ModuleConsumerResult {
  entries: string[];
  chat: string;
  streamed: string;
  final: string;
  usage?: { total_tokens?: number };
  /** The same prompt through `@atoma-ts/ai-sdk` in verify mode, with `ai`'s generateText and streamText. */
  aiSdk: { text: string; streamed: string; signer?: string };
}

/** What consumer/smoke.mjs prints. */
interface SmokeResult {
  chat: string;
  streamed: string;
  confidential: { chat?: string; streamed?: string; signer?: string; loaded?: string };
}

/**
 * Runs an ES module or CommonJS consumer with this Node: each entry must be the installed package's
 * `dist/<entry>` (the `import` or `require` condition), and the stream must say what the chat said.
 */
export async function checkModuleConsumer(
  dir: string,
  file: string,
  entry: "index.js" | "index.cjs",
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const output = await run(process.execPath, [file], { cwd: dir, env, timeoutMs: 60_000 });
  const result = lastJson<ModuleConsumerResult>(output);
  const installed = join(realpathSync(dir), "node_modules");
  for (const resolved of result.entries) {
    const path = resolved.startsWith("file:") ? fileURLToPath(resolved) : resolved;
    if (!path.startsWith(installed) || !path.endsWith(`/dist/${entry}`)) {
      throw new Error(`resolved ${path}, not an installed dist/${entry}`);
    }
  }
  sameAnswer(result.chat, {
    streamed: result.streamed,
    "finalCompletion()": result.final,
    "ai-sdk generateText": result.aiSdk.text,
    "ai-sdk streamText": result.aiSdk.streamed,
  });
  checkSigner("ai-sdk providerMetadata.atoma", result.aiSdk.signer);
  return `entries dist/${entry}; chat = stream = finalCompletion() = ai-sdk generateText = streamText (verified) (${result.usage?.total_tokens} tokens): ${quote(result.chat)}`;
}

const TYPES_CONSUMER = `import type { ChatCompletionResponse, CreateChatCompletionRequest } from "@atoma-ts/types";

export const request: CreateChatCompletionRequest = {
  model: "meta-llama/Llama-3.3-70B-Instruct",
  messages: [{ role: "user", content: "Hello!" }],
  max_completion_tokens: 256,
};

// @ts-expect-error the types are real: a model is a string
export const wrong: CreateChatCompletionRequest = { model: 1, messages: [] };

export function answerOf(response: ChatCompletionResponse): string {
  return response.choices[0]?.message.content ?? "";
}
`;

const RESOLUTIONS = {
  node16: { module: "node16", moduleResolution: "node16" },
  bundler: { module: "esnext", moduleResolution: "bundler" },
} as const;

/**
 * Compiles a consumer importing only types from `@atoma-ts/types`, as an ES module (`.ts`, the project
 * being `"type": "module"`) and as CommonJS (`.cts`), with the declarations themselves checked
 * (`skipLibCheck: false`); the output must not import the package, which has no runtime.
 */
export async function checkTypesConsumer(
  dir: string,
  resolution: keyof typeof RESOLUTIONS,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  writeFileSync(join(dir, "types-consumer.ts"), TYPES_CONSUMER);
  writeFileSync(join(dir, "types-consumer-cjs.cts"), TYPES_CONSUMER);
  const outDir = `out-${resolution}`;
  const tsconfig = `tsconfig.${resolution}.json`;
  const compilerOptions = {
    ...RESOLUTIONS[resolution],
    target: "es2022",
    strict: true,
    skipLibCheck: false,
    types: [],
    outDir,
  };
  writeFileSync(
    join(dir, tsconfig),
    JSON.stringify({ compilerOptions, files: ["types-consumer.ts", "types-consumer-cjs.cts"] }, null, 2),
  );
  await run(process.execPath, ["node_modules/typescript/bin/tsc", "-p", tsconfig], {
    cwd: dir,
    env,
    timeoutMs: 120_000,
  });
  for (const file of ["types-consumer.js", "types-consumer-cjs.cjs"]) {
    if (readFileSync(join(dir, outDir, file), "utf8").includes("@atoma-ts/types")) {
      throw new Error(`${outDir}/${file} imports @atoma-ts/types`);
    }
  }
  return `module ${compilerOptions.module}, .ts and .cts typecheck; no @atoma-ts/types in the output`;
}

/**
 * `npx @atoma-ts/mock-server --port 0` in the consumer project, running until `stop()`: the scoped name,
 * as the README says, so npx can only find our package (installed, or from the registry).
 */
export async function startCliServer(dir: string, env: NodeJS.ProcessEnv) {
  const server = spawnGroup("npx", ["@atoma-ts/mock-server", "--port", "0"], { cwd: dir, env });
  try {
    const [line, url] = await waitForOutput(server, /listening on (http:\/\/[^\s]+)/);
    return { url: url!, line: line!, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Checks the CLI's server over HTTP: `/health`, and a chat. */
export async function checkCliServer(url: string): Promise<string> {
  const health = await fetch(`${url}/health`);
  if (!health.ok) throw new Error(`GET /health answered ${health.status}`);
  const response = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: "Bearer test-key", "content-type": "application/json" },
    body: JSON.stringify({
      model: "meta-llama/Llama-3.3-70B-Instruct",
      messages: [{ role: "user", content: "Hello from the CLI check" }],
    }),
  });
  const body = (await response.json()) as { choices?: { message?: { content?: string } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (!response.ok || !content)
    throw new Error(`POST /v1/chat/completions answered ${response.status} ${JSON.stringify(body)}`);
  return `GET /health ${health.status}; chat ${response.status}: ${quote(content)}`;
}

/** Runs consumer/smoke.mjs on a runtime against the mock server at `url`. */
export async function checkRuntime(
  runtime: Runtime,
  dir: string,
  url: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const output = await run(runtime.binary!, runtime.argsFor("smoke.mjs", [url]), {
    cwd: dir,
    env,
    timeoutMs: 90_000,
  });
  const result = lastJson<SmokeResult>(output);
  sameAnswer(result.chat, { streamed: result.streamed });
  const { confidential } = result;
  if (confidential.chat === undefined) {
    if (!confidential.loaded?.startsWith("0x"))
      throw new Error(`confidential did not load: ${JSON.stringify(confidential)}`);
    return "chat, stream; confidential loads (no createConfidentialClient in this version)";
  }
  sameAnswer(result.chat, {
    "confidential chat": confidential.chat,
    "confidential stream": confidential.streamed,
  });
  checkSigner("confidential", confidential.signer);
  return "chat, stream, confidential chat + stream (verified)";
}

/** A signer is a Sui address. */
function checkSigner(what: string, signer: string | undefined): void {
  if (!/^0x[0-9a-f]{64}$/.test(signer ?? "")) throw new Error(`${what} signer is ${signer}`);
}

/** `chat` is a non-empty answer and each of `others` is the same text. */
function sameAnswer(chat: string, others: Record<string, string | undefined>): void {
  if (typeof chat !== "string" || chat.length === 0)
    throw new Error(`the chat answered ${JSON.stringify(chat)}`);
  for (const [what, text] of Object.entries(others)) {
    if (text !== chat)
      throw new Error(`${what} gave ${JSON.stringify(text)}, the chat ${JSON.stringify(chat)}`);
  }
}

/** The last line of output that is a JSON object. */
function lastJson<T>(output: string): T {
  const line = output
    .split("\n")
    .reverse()
    .find((candidate) => candidate.startsWith("{"));
  if (line === undefined) throw new Error(`printed no JSON result\n${tail(output, 20)}`);
  return JSON.parse(line) as T;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 48 ? `${text.slice(0, 48)}…` : text);
}
