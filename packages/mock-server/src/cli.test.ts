import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

// The package's bin, which runs the built CLI (the test run builds the packages first).
const CLI = fileURLToPath(new URL("../bin/atoma-mock-server.js", import.meta.url));
const CHAT = { model: "meta-llama/Llama-3.3-70B-Instruct", messages: [{ role: "user", content: "Hi" }] };
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

function spawnCli(args: string[], cli = CLI) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const output = { stdout: "", stderr: "" };
  child.stdout!.on("data", (piece) => (output.stdout += piece));
  child.stderr!.on("data", (piece) => (output.stderr += piece));
  return { child, output };
}

/** Starts the CLI; resolves with its URL once it listens, and its output so far (which keeps growing). */
async function startCli(...args: string[]) {
  const { child, output } = spawnCli(args);
  const exited = once(child, "exit");
  while (!/listening on (http:\/\/\S+)/.test(output.stdout)) {
    const next = await Promise.race([once(child.stdout!, "data"), exited.then(() => "exit" as const)]);
    if (next === "exit") throw new Error(`the CLI exited without listening: ${output.stderr}`);
  }
  return { url: /listening on (http:\/\/\S+)/.exec(output.stdout)![1]!, output };
}

/** Runs the CLI to its end. */
async function runCli(...args: string[]) {
  return runToEnd(CLI, args);
}

async function runToEnd(cli: string, args: string[]) {
  const { child, output } = spawnCli(args, cli);
  const [code] = await once(child, "exit");
  return { code: code as number, ...output };
}

/** Waits until `read()` holds `pattern` (the CLI writes as requests end). */
async function until(read: () => string, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 100 && !pattern.test(read()); i++) await new Promise((r) => setTimeout(r, 20));
  return read();
}

describe("atoma-mock-server (the built CLI)", () => {
  it("answers health, chat and a chat stream on the port it prints", async () => {
    const { url } = await startCli("--port", "0");
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ message: "ok" });
    const headers = { authorization: "Bearer k" };
    const chat = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers,
      body: JSON.stringify(CHAT),
    });
    expect((await chat.json()).object).toBe("chat.completion");
    const stream = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers,
      body: JSON.stringify({ ...CHAT, stream: true }),
    });
    expect(stream.headers.get("content-type")).toBe("text/event-stream");
    // Keep-alives may come first, while the fresh process makes its first chunk.
    expect(await stream.text()).toMatch(/^(: keep-alive\n\n)*data: \{"id":"chatcmpl-/);
  });

  it("requires the given API key", async () => {
    const { url } = await startCli("--port", "0", "--api-key", "sekret");
    const post = (key: string) =>
      fetch(`${url}/v1/models`, { headers: { authorization: `Bearer ${key}` } }).then(
        (response) => response.status,
      );
    expect([await post("wrong"), await post("sekret")]).toEqual([401, 200]);
  });

  it("signs with the scheme asked", async () => {
    const { url } = await startCli("--port", "0", "--signature-scheme", "secp256r1");
    const chat = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: "Bearer k" },
      body: JSON.stringify(CHAT),
    });
    const { signature } = (await chat.json()) as { signature: string };
    // flag 0x02, a 64-byte r || s and a 33-byte compressed key.
    expect([...Buffer.from(signature, "base64").subarray(0, 1)]).toEqual([0x02]);
    expect(Buffer.from(signature, "base64")).toHaveLength(98);
  });

  it("refuses a body over --max-body-bytes with 413", async () => {
    const { url } = await startCli("--port", "0", "--max-body-bytes", "100");
    const post = (body: string) =>
      fetch(`${url}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer k" }, body });
    const over = await post(JSON.stringify({ ...CHAT, user: "x".repeat(100) }));
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({
      error: { code: "PAYLOAD_TOO_LARGE", message: "Request body too large" },
    });
    expect((await post(JSON.stringify(CHAT))).status).toBe(200);
  });

  it("prints one line per request with --log: method, path, status, ms", async () => {
    const { url, output } = await startCli("--port", "0", "--log");
    await (await fetch(`${url}/health`)).text();
    await (await fetch(`${url}/v1/models?limit=1`)).text();
    await (await fetch(`${url}/nowhere`)).text();
    const lines = (await until(() => output.stdout, /nowhere/)).trim().split("\n").slice(1);
    expect(lines).toEqual([
      expect.stringMatching(/^GET \/health 200 \d+ms$/),
      expect.stringMatching(/^GET \/v1\/models\?limit=1 401 \d+ms$/),
      expect.stringMatching(/^GET \/nowhere 404 \d+ms$/),
    ]);
  });

  it("prints no request lines without --log", async () => {
    const { url, output } = await startCli("--port", "0");
    await (await fetch(`${url}/health`)).text();
    await new Promise((resolve) => setTimeout(resolve, 200)); // as long as a line would take to arrive
    expect(output.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("says in one line that the port is in use, and exits 1", async () => {
    const { url } = await startCli("--port", "0");
    const port = new URL(url).port;
    const { code, stderr } = await runCli("--port", port);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `atoma-mock-server: port ${port} is in use (EADDRINUSE); choose another with --port\n`,
    );
  });

  const refusals: { given: string[]; want: string }[] = [
    { given: ["--prot", "4010"], want: "unknown option --prot; see --help" },
    { given: ["-p"], want: "unknown option -p; see --help" },
    { given: ["4010"], want: "unexpected argument 4010; see --help" },
    { given: ["--port"], want: "--port needs a value; see --help" },
    { given: ["--log=yes"], want: "--log takes no value; see --help" },
    { given: ["--port", "nope"], want: "--port must be a port number (0-65535), not nope; see --help" },
    { given: ["--port", "65536"], want: "--port must be a port number (0-65535), not 65536; see --help" },
    {
      given: ["--signature-scheme", "rsa"],
      want: "--signature-scheme must be one of ed25519, secp256k1, secp256r1, not rsa; see --help",
    },
    {
      given: ["--max-body-bytes", "1k"],
      want: "--max-body-bytes must be a whole number of bytes, not 1k; see --help",
    },
    { given: ["--api-key="], want: "--api-key must not be empty; see --help" },
  ];
  it.each(refusals)("refuses $given in one line, with exit code 2", async ({ given, want }) => {
    const { code, stdout, stderr } = await runCli(...given);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: "", stderr: `atoma-mock-server: ${want}\n` });
  });

  it("lists every option with its default on --help, and exits 0", async () => {
    const { code, stdout, stderr } = await runCli("--help");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const rows: [option: string, defaultValue: string][] = [
      ["--port N", "4010"],
      ["--host HOST", "127.0.0.1"],
      ["--api-key KEY", "any non-empty token"],
      ["--signature-scheme NAME", "ed25519"],
      ["--max-body-bytes N", "10485760, 10 MiB"],
      ["--log", "off"],
    ];
    for (const [option, defaultValue] of rows) {
      const line = stdout.split("\n").find((candidate) => candidate.startsWith(`  ${option} `));
      expect(line, option).toContain(`(default: ${defaultValue})`);
    }
    expect(stdout).toContain("-h, --help");
  });

  it("says in one line that the package is not built, and exits 1", async () => {
    const unbuilt = mkdtempSync(join(tmpdir(), "atoma-mock-bin-"));
    try {
      // The bin and package.json (which makes it an ES module), without dist/.
      cpSync(CLI, join(unbuilt, "bin/atoma-mock-server.js"));
      cpSync(fileURLToPath(new URL("../package.json", import.meta.url)), join(unbuilt, "package.json"));
      const { code, stdout, stderr } = await runToEnd(join(unbuilt, "bin/atoma-mock-server.js"), []);
      expect({ code, stdout, stderr }).toEqual({
        code: 1,
        stdout: "",
        stderr: "atoma-mock-server: the package is not built (no dist/cli.js); run `pnpm build` first\n",
      });
    } finally {
      rmSync(unbuilt, { recursive: true, force: true });
    }
  });
});
