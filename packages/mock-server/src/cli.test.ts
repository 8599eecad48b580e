import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

// The built CLI, as `npx atoma-mock-server` runs it (the test run builds the packages first).
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

async function startCli(...args: string[]): Promise<string> {
  child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  for await (const piece of child.stdout!) {
    output += piece;
    const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
    if (url) return url;
  }
  throw new Error(`the CLI exited without listening: ${output}`);
}

describe("atoma-mock-server (the built CLI)", () => {
  it("answers health, chat and a chat stream on the port it prints", async () => {
    const url = await startCli("--port", "0");
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ message: "ok" });
    const body = { model: "meta-llama/Llama-3.3-70B-Instruct", messages: [{ role: "user", content: "Hi" }] };
    const headers = { authorization: "Bearer k" };
    const chat = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    expect((await chat.json()).object).toBe("chat.completion");
    const stream = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers,
      body: JSON.stringify({ ...body, stream: true }),
    });
    expect(stream.headers.get("content-type")).toBe("text/event-stream");
    // Keep-alives may come first, while the fresh process makes its first chunk.
    expect(await stream.text()).toMatch(/^(: keep-alive\n\n)*data: \{"id":"chatcmpl-/);
  });

  it("requires the given API key", async () => {
    const url = await startCli("--port", "0", "--api-key", "sekret");
    const post = (key: string) =>
      fetch(`${url}/v1/models`, { headers: { authorization: `Bearer ${key}` } }).then(
        (response) => response.status,
      );
    expect([await post("wrong"), await post("sekret")]).toEqual([401, 200]);
  });

  it("refuses a bad port with usage and exit code 2", async () => {
    child = spawn(process.execPath, [CLI, "--port", "nope"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (piece) => (stderr += piece));
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr).toContain("--port must be a port number");
  });

  it("signs with the scheme asked, and refuses an unknown one", async () => {
    const url = await startCli("--port", "0", "--signature-scheme", "secp256r1");
    const body = { model: "meta-llama/Llama-3.3-70B-Instruct", messages: [{ role: "user", content: "Hi" }] };
    const chat = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: "Bearer k" },
      body: JSON.stringify(body),
    });
    const { signature } = (await chat.json()) as { signature: string };
    // flag 0x02, a 64-byte r || s and a 33-byte compressed key.
    expect([...Buffer.from(signature, "base64").subarray(0, 1)]).toEqual([0x02]);
    expect(Buffer.from(signature, "base64")).toHaveLength(98);

    child?.kill();
    child = spawn(process.execPath, [CLI, "--signature-scheme", "rsa"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (piece) => (stderr += piece));
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr).toContain("--signature-scheme must be one of ed25519, secp256k1, secp256r1");
  });
});
