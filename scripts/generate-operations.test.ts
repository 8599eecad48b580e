import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeOperation, generateOperations } from "./generate-operations.ts";
import { listOperations, loadSpec } from "./lib/spec.ts";

const spec = loadSpec();
const entries = listOperations(spec).map((operation) => describeOperation(spec, operation));

/** The operations table of the API notes (openapi/sources/API.md): `| METHOD | /path | ...`. */
const documented = readFileSync(new URL("../openapi/sources/API.md", import.meta.url), "utf8")
  .split("\n")
  .map((line) => /^\| (GET|POST|PUT|DELETE|PATCH) \| (\/\S*) \|/.exec(line))
  .filter((match) => match !== null)
  .map(([, method, path]) => `${method} ${path}`);

describe("the operation table", () => {
  it("has exactly the 13 operations of the API notes", () => {
    expect(documented).toHaveLength(13);
    expect(entries.map((entry) => `${entry.method} ${entry.path}`).sort()).toEqual([...documented].sort());
  });

  it.each([
    ["chat_completions_create", "chat.create", true, "CreateChatCompletionRequest", "ChatCompletionChunk"],
    ["completions_create", "completions.create", true, "CompletionRequest", "CompletionChunk"],
    ["embeddings_create", "embeddings.create", true, "CreateEmbeddingRequest", undefined],
    ["image_generations_create", "images.generate", true, "CreateImageRequest", undefined],
    ["models_list", "models.list", true, undefined, undefined],
    ["health", "health.check", false, undefined, undefined],
    ["nodes_create_lock", "nodes.lock", true, "NodesCreateLockRequest", undefined],
  ])("names %s %s (auth %s, request %s, chunk %s)", (operationId, method, needsAuth, request, chunk) => {
    const entry = entries.find((candidate) => candidate.operationId === operationId);
    expect(`${entry?.resource}.${entry?.name}`).toBe(method);
    expect(entry?.needsAuth).toBe(needsAuth);
    expect(entry?.request).toBe(request);
    expect(entry?.chunk).toBe(chunk);
  });

  it("finds the streaming variant of a request body by its `stream: true`", () => {
    const chat = entries.find((entry) => entry.operationId === "chat_completions_create");
    expect(chat?.streamRequest).toBe("CreateChatCompletionStreamRequest");
  });

  it("links every confidential operation to a plain one that exists", () => {
    const confidential = entries.filter((entry) => entry.path.startsWith("/v1/confidential/"));
    expect(confidential).toHaveLength(4);
    for (const entry of confidential) {
      const plain = entries.find((candidate) => candidate.operationId === entry.confidentialOf);
      expect(plain, entry.operationId).toBeDefined();
      expect(`${plain?.resource}.${plain?.name}`).toBe(`${entry.resource}.${entry.name}`);
      expect(entry.request).toBe("ConfidentialComputeRequest");
    }
  });

  it("refuses an operation without client metadata, naming it", () => {
    const [first] = listOperations(spec);
    const stripped = { ...first!, operation: { ...first!.operation, "x-atoma-client": undefined } };
    expect(() => describeOperation(spec, stripped)).toThrow("POST /v1/chat/completions: no x-atoma-client");
  });

  it("emits a table that keys every operation by operationId", () => {
    const source = generateOperations(spec);
    for (const entry of entries) expect(source).toContain(`${entry.operationId}: {`);
  });
});
