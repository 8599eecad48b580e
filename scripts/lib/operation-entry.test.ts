import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeOperation, describeOperations } from "./operation-entry.ts";
import { listOperations, loadSpec } from "./spec.ts";

const spec = loadSpec();
const entries = describeOperations(spec);

/** The operations table of the API notes (openapi/sources/API.md): `| METHOD | /path | ...`. */
const documented = readFileSync(new URL("../../openapi/sources/API.md", import.meta.url), "utf8")
  .split("\n")
  .map((line) => /^\| (GET|POST|PUT|DELETE|PATCH) \| (\/\S*) \|/.exec(line))
  .filter((match) => match !== null)
  .map(([, method, path]) => `${method} ${path}`);

describe("the operation entries", () => {
  it("has exactly the 13 operations of the API notes", () => {
    expect(documented).toHaveLength(13);
    expect(entries.map((entry) => `${entry.method} ${entry.path}`).sort()).toEqual([...documented].sort());
  });

  it.each([
    ["chat_completions_create", "chat.create", false, "CreateChatCompletionRequest", "ChatCompletionChunk"],
    ["completions_create", "completions.create", false, "CompletionRequest", "CompletionChunk"],
    ["embeddings_create", "embeddings.create", false, "CreateEmbeddingRequest", undefined],
    ["image_generations_create", "images.generate", false, "CreateImageRequest", undefined],
    ["models_list", "models.list", false, undefined, undefined],
    ["health", "health.check", true, undefined, undefined],
    ["nodes_create_lock", "nodes.lock", false, "NodesCreateLockRequest", undefined],
  ])("names %s %s (public %s, request %s, chunk %s)", (operationId, method, isPublic, request, chunk) => {
    const entry = entries.find((candidate) => candidate.operationId === operationId);
    expect(`${entry?.resource}.${entry?.name}`).toBe(method);
    expect(entry?.public).toBe(isPublic);
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
});
