// Generated from openapi/atoma.yaml by scripts/generate.ts. Do not edit: change the spec and run `pnpm generate`.

import type { SpecDocument } from "../spec/spec-document.js";

/** The Atoma OpenAPI document. */
export const spec: SpecDocument = {
  openapi: "3.1.0",
  info: {
    title: "Atoma API",
    version: "0.1.0",
    license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    summary:
      "OpenAI-compatible LLM inference on the Atoma network, with confidential (end-to-end encrypted) variants.",
    description:
      "The whole Atoma API as one hand-maintained document: the single source of truth of the atoma-ts\nSDK. Types, the client's operation table and the mock server are all generated or driven from it.\n\n## Sources\nReconstructed from the Atoma SDK documentation pages kept in `openapi/sources/` (their README says\nwhich page is which) and from the API notes of the project. Where two pages disagree, the newer and\nmore precise page wins: the streaming chat request (000) and the Python chat page (002) over the\nolder chat request page (001); the completions prompt union of 004 over the `string[]` of 003.\nEvery field whose type or required-ness here differs from a page carries an `x-seed-deviation`\nsaying why; a test walks the pages' field tables and holds the spec to them. Details the pages do\nnot give (response objects, chunks, logprobs, images, embeddings) follow what an OpenAI-compatible\nserver built on vLLM returns.\n\n## Model ids\nA request's `model` is any string. The named schemas `ChatModelId`, `EmbeddingModelId`,\n`ImageModelId` and `ModelId` list the ids Atoma serves today in `x-known-values`; the generated\ntypes offer them for autocompletion while accepting any other string.\n\n## Streaming convention\nStreaming endpoints have one path each. The request body is a `oneOf` of the plain request\n(`stream` absent, `false` or `null`) and the streaming request (`stream: true`, required). The `200`\nresponse offers `application/json` for the plain request and `text/event-stream` for the streaming\none. The `text/event-stream` schema is, by convention, `type: array` whose `items` is a `$ref` to the\nschema of one event's `data` payload, JSON-decoded: the stream is the sequence of those events\n(OpenAI 3.2 would write this as `itemSchema`). The payload schemas are `ChatCompletionChunk`,\n`CompletionChunk` and `ConfidentialComputeStreamResponse`. On the wire each event is\n`data: <compact JSON>` and a blank line; `: keep-alive` comments arrive between events; the last data\nevent carries `usage`; the stream then either sends `data: [DONE]` (which is not an item) or simply\ncloses. Generators read `content[\"text/event-stream\"].schema.items.$ref`.\n\n## Verifiable responses\nEvery non-confidential JSON body and stream chunk of chat, completions, embeddings and images ends\nwith `signature` then `response_hash`. `response_hash` is base64 of BLAKE2b-256 over the compact\nJSON of the body without those two fields (exactly the bytes on the wire before `,\"signature\":`,\nclosed with `}`); `signature` is base64 of a Sui signature over the 32 raw hash bytes:\n`flag || signature || public key`, in whichever Sui scheme the node's key has (sui-types\n`Signature::new_hashed`, through the node's keystore `sign_hashed`; no intent prefix):\n- `0x00` Ed25519: the 64-byte Ed25519 signature of the 32 hash bytes and the 32-byte public key\n  (97 bytes in all).\n- `0x01` secp256k1 and `0x02` secp256r1 (P-256): ECDSA whose digest is SHA-256 of the 32 hash\n  bytes (fastcrypto's `Secp256k1KeyPair` and `Secp256r1KeyPair` sign with `DefaultHash = Sha256`,\n  RFC 6979 nonces), the signature as the 64-byte compact `r || s` (not recoverable), and the\n  33-byte compressed public key (98 bytes in all). A signature whose `s` is in the upper half of\n  the group order is refused (fastcrypto's verifiers reject a high `s`; its signers normalize to a\n  low one), so a verifier must refuse it too.\nThe signer's Sui address is `0x` + hex of BLAKE2b-256(flag || public key), for every scheme. Any\nother flag is not a scheme a node signs with.\n\n## Client metadata\n`x-atoma-client` on an operation names the resource and method the SDK client exposes it as\n(`chat.create`); `confidentialOf` links a confidential operation to the plain operation whose\nrequest and response it encrypts.\n",
  },
  servers: [{ url: "https://api.atoma.network", description: "The Atoma network's public API." }],
  security: [{ bearerAuth: [] }],
  tags: [
    { name: "Chat", description: "Chat completions, plain or streamed." },
    { name: "Completions", description: "Text completions, plain or streamed." },
    { name: "Embeddings", description: "Vector embeddings of text." },
    { name: "Images", description: "Image generation." },
    { name: "Models", description: "The models the network serves." },
    { name: "Health", description: "Liveness of the proxy." },
    { name: "Nodes", description: "Node registration, and node locks for confidential compute." },
    {
      name: "Confidential",
      description:
        "End-to-end encrypted variants of chat, completions, embeddings and images. The client locks a\nnode (`/v1/nodes/lock`), derives an AES-256-GCM key with X25519 and HKDF-SHA256, and sends the\nencrypted plain request; the node answers encrypted to the same key.\n",
    },
  ],
  paths: {
    "/v1/chat/completions": {
      post: {
        tags: ["Chat"],
        operationId: "chat_completions_create",
        "x-seed-deviation":
          "Upstream also lists this operation's stream as a pseudo-path `/v1/chat/completions#stream`\n(`chat_completions_create_stream`), whose events are `{data: <payload>}`. Here one operation answers both, by the\nrequest's `stream`, and the `text/event-stream` schema gives the payload itself (see the\nstreaming convention in the spec's description).",
        summary: "Create a chat completion",
        description:
          "Answers a conversation. With `stream: true` the answer is a Server-Sent Events stream of\n`ChatCompletionChunk`s (the node forces `stream_options.include_usage`, so the last chunk\ncarries `usage` and empty `choices`); otherwise one `ChatCompletionResponse`.\n",
        "x-atoma-client": { resource: "chat", method: "create" },
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                oneOf: [
                  { $ref: "#/components/schemas/CreateChatCompletionRequest" },
                  { $ref: "#/components/schemas/CreateChatCompletionStreamRequest" },
                ],
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The completion, or its stream of chunks when `stream` is true.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ChatCompletionResponse" } },
              "text/event-stream": {
                schema: {
                  type: "array",
                  description: "The stream's data events (see the streaming convention in the description).",
                  items: { $ref: "#/components/schemas/ChatCompletionChunk" },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/completions": {
      post: {
        tags: ["Completions"],
        operationId: "completions_create",
        "x-seed-deviation":
          "Upstream also lists this operation's stream as a pseudo-path `/v1/completions#stream`\n(`completions_create_stream`), whose events are `{data: <payload>}`. Here one operation answers both, by the\nrequest's `stream`, and the `text/event-stream` schema gives the payload itself (see the\nstreaming convention in the spec's description).",
        summary: "Create a text completion",
        description:
          "Continues a prompt. With `stream: true` the answer is a Server-Sent Events stream of\n`CompletionChunk`s; otherwise one `CompletionsResponse`.\n",
        "x-atoma-client": { resource: "completions", method: "create" },
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                oneOf: [
                  { $ref: "#/components/schemas/CompletionRequest" },
                  { $ref: "#/components/schemas/CreateCompletionsStreamRequest" },
                ],
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The completion, or its stream of chunks when `stream` is true.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/CompletionsResponse" } },
              "text/event-stream": {
                schema: {
                  type: "array",
                  description: "The stream's data events (see the streaming convention in the description).",
                  items: { $ref: "#/components/schemas/CompletionChunk" },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/embeddings": {
      post: {
        tags: ["Embeddings"],
        operationId: "embeddings_create",
        summary: "Create embeddings",
        description: "Embeds one text or a batch of texts, in the OpenAI embeddings format.",
        "x-atoma-client": { resource: "embeddings", method: "create" },
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/CreateEmbeddingRequest" } },
          },
        },
        responses: {
          "200": {
            description: "One embedding per input, in input order.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/CreateEmbeddingResponse" } },
            },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/images/generations": {
      post: {
        tags: ["Images"],
        operationId: "image_generations_create",
        summary: "Generate images",
        description: "Generates images from a prompt, in the OpenAI images format.",
        "x-atoma-client": { resource: "images", method: "generate" },
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/CreateImageRequest" } } },
        },
        responses: {
          "200": {
            description: "The generated images.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/CreateImageResponse" } } },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/models": {
      get: {
        tags: ["Models"],
        operationId: "models_list",
        summary: "List models",
        description: "The models the network serves, in the OpenAI models format.",
        "x-atoma-client": { resource: "models", method: "list" },
        responses: {
          "200": {
            description: "The available models.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/ModelList" } } },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/open_router/models": {
      get: {
        tags: ["Models"],
        operationId: "open_router_models_list",
        summary: "List models for OpenRouter",
        description: "The available models in OpenRouter's listing format. Needs no authentication.",
        "x-atoma-client": { resource: "models", method: "listOpenRouter" },
        security: [],
        responses: {
          "200": {
            description: "The models in OpenRouter's format (free-form JSON).",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/OpenRouterModelsResponse" } },
            },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/health": {
      get: {
        tags: ["Health"],
        operationId: "health",
        summary: "Check liveness",
        description: "Answers while the proxy is up. Needs no authentication.",
        "x-atoma-client": { resource: "health", method: "check" },
        security: [],
        responses: {
          "200": {
            description: "The proxy is up.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/HealthResponse" } } },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/nodes": {
      post: {
        tags: ["Nodes"],
        operationId: "nodes_create",
        summary: "Register a node's public address",
        description:
          "A node registers or updates the public address the proxy routes its requests to. The body is\nsigned by the node's Sui key; needs no bearer token.\n",
        "x-atoma-client": { resource: "nodes", method: "register" },
        security: [],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/NodesCreateRequest" } } },
        },
        responses: {
          "200": {
            description: "The address was registered.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/NodesCreateResponse" } } },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/nodes/lock": {
      post: {
        tags: ["Nodes"],
        operationId: "nodes_create_lock",
        summary: "Lock a node for confidential compute",
        description:
          "Confidential protocol step 1: picks a node that serves the model inside a trusted execution\nenvironment and returns its X25519 public key and the stack to bill. A lock serves one request\nand expires after about 5 seconds.\n",
        "x-atoma-client": { resource: "nodes", method: "lock" },
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/NodesCreateLockRequest" } },
          },
        },
        responses: {
          "200": {
            description: "The locked node and its public key.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/NodesCreateLockResponse" } },
            },
          },
          "503": {
            description: "No node serves the model with confidential compute.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
              "text/plain": { schema: { type: "string" } },
            },
          },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/confidential/chat/completions": {
      post: {
        tags: ["Confidential"],
        operationId: "confidential_chat_completions_create",
        "x-seed-deviation":
          "Upstream also lists this operation's stream as a pseudo-path `/v1/confidential/chat/completions#stream`\n(`confidential_chat_completions_create_stream`), whose events are `{data: <payload>}`. Here one operation answers both, by the\nrequest's `stream`, and the `text/event-stream` schema gives the payload itself (see the\nstreaming convention in the spec's description).",
        summary: "Create an encrypted chat completion",
        description:
          "The encrypted variant of `POST /v1/chat/completions`: the ciphertext holds a chat request\n(`CreateChatCompletionRequest` or `CreateChatCompletionStreamRequest`). With `stream: true` the\nanswer is a stream of `ConfidentialComputeStreamResponse` events, each decrypting to one\n`ChatCompletionChunk`; otherwise a `ConfidentialComputeResponse` decrypting to a\n`ChatCompletionResponse`.\n",
        "x-atoma-client": { resource: "chat", method: "create", confidentialOf: "chat_completions_create" },
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/ConfidentialComputeRequest" } },
          },
        },
        responses: {
          "200": {
            description: "The encrypted completion, or its stream of encrypted chunks.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ConfidentialComputeResponse" } },
              "text/event-stream": {
                schema: {
                  type: "array",
                  description: "The stream's data events (see the streaming convention in the description).",
                  items: { $ref: "#/components/schemas/ConfidentialComputeStreamResponse" },
                },
              },
            },
          },
          "423": { $ref: "#/components/responses/NodeLocked" },
          "425": { $ref: "#/components/responses/LockUnavailable" },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/confidential/completions": {
      post: {
        tags: ["Confidential"],
        operationId: "confidential_completions_create",
        "x-seed-deviation":
          "Upstream also lists this operation's stream as a pseudo-path `/v1/confidential/completions#stream`\n(`confidential_completions_create_stream`), whose events are `{data: <payload>}`. Here one operation answers both, by the\nrequest's `stream`, and the `text/event-stream` schema gives the payload itself (see the\nstreaming convention in the spec's description).",
        summary: "Create an encrypted text completion",
        description:
          "The encrypted variant of `POST /v1/completions`: the ciphertext holds a completions request.\nStreams like the confidential chat endpoint, each event decrypting to one `CompletionChunk`.\n",
        "x-atoma-client": { resource: "completions", method: "create", confidentialOf: "completions_create" },
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/ConfidentialComputeRequest" } },
          },
        },
        responses: {
          "200": {
            description: "The encrypted completion, or its stream of encrypted chunks.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ConfidentialComputeResponse" } },
              "text/event-stream": {
                schema: {
                  type: "array",
                  description: "The stream's data events (see the streaming convention in the description).",
                  items: { $ref: "#/components/schemas/ConfidentialComputeStreamResponse" },
                },
              },
            },
          },
          "423": { $ref: "#/components/responses/NodeLocked" },
          "425": { $ref: "#/components/responses/LockUnavailable" },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/confidential/embeddings": {
      post: {
        tags: ["Confidential"],
        operationId: "confidential_embeddings_create",
        summary: "Create encrypted embeddings",
        description:
          "The encrypted variant of `POST /v1/embeddings`: the ciphertext holds a `CreateEmbeddingRequest`\nand the response decrypts to a `CreateEmbeddingResponse`.\n",
        "x-atoma-client": { resource: "embeddings", method: "create", confidentialOf: "embeddings_create" },
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/ConfidentialComputeRequest" } },
          },
        },
        responses: {
          "200": {
            description: "The encrypted embeddings.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ConfidentialComputeResponse" } },
            },
          },
          "423": { $ref: "#/components/responses/NodeLocked" },
          "425": { $ref: "#/components/responses/LockUnavailable" },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
    "/v1/confidential/images/generations": {
      post: {
        tags: ["Confidential"],
        operationId: "confidential_image_generations_create",
        summary: "Generate images, encrypted",
        description:
          "The encrypted variant of `POST /v1/images/generations`: the ciphertext holds a\n`CreateImageRequest` and the response decrypts to a `CreateImageResponse` (its clear part has\nno `usage`). Image generation costs far more compute units than text: lock with\n`max_num_tokens` equal to the image's compute units and send the same `num_compute_units`.\n",
        "x-atoma-client": {
          resource: "images",
          method: "generate",
          confidentialOf: "image_generations_create",
        },
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/ConfidentialComputeRequest" } },
          },
        },
        responses: {
          "200": {
            description: "The encrypted images.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ConfidentialComputeResponse" } },
            },
          },
          "423": { $ref: "#/components/responses/NodeLocked" },
          "425": { $ref: "#/components/responses/LockUnavailable" },
          "4XX": { $ref: "#/components/responses/Error" },
          "5XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearerAuth: {
        type: "http",
        scheme: "bearer",
        description: "An Atoma API key, sent as `Authorization Bearer <key>`.",
      },
    },
    responses: {
      Error: {
        description:
          'The request failed. Atoma answers `{"error": {"code", "message"}}` where it can; proxies and\nupstream failures may answer with plain text or an empty body. Atoma also answers 429 when it\ncannot reach a node.\n',
        content: {
          "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
          "text/plain": { schema: { type: "string" } },
        },
      },
      NodeLocked: {
        description:
          'The node refused the request because its stack is locked (`LOCKED`, "Locked"). On\n`/v1/confidential/*` the proxy hands this back instead of retrying itself: lock a node again and\nseal the request afresh (the SDK does this once).\n',
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/ErrorResponse" },
            example: { error: { code: "LOCKED", message: "Locked" } },
          },
          "text/plain": { schema: { type: "string" } },
        },
      },
      LockUnavailable: {
        description:
          'The node lock is missing, already used or expired, or covers fewer compute units than the request\n(`UNAVAILABLE_STACK`, "Stack unavailable"); lock again.\n',
        content: {
          "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
          "text/plain": { schema: { type: "string" } },
        },
      },
    },
    schemas: {
      ChatModelId: {
        type: "string",
        description:
          "The id of a chat (and text completion) model. Any string is accepted; `x-known-values` lists\nthe ids Atoma serves today, which the generated types offer for autocompletion.",
        "x-known-values": ["meta-llama/Llama-3.3-70B-Instruct", "deepseek-ai/DeepSeek-R1"],
        example: "meta-llama/Llama-3.3-70B-Instruct",
      },
      EmbeddingModelId: {
        type: "string",
        description:
          "The id of an embedding model. Any string is accepted; `x-known-values` lists the ids Atoma\nserves today.",
        "x-known-values": ["intfloat/multilingual-e5-large-instruct"],
        example: "intfloat/multilingual-e5-large-instruct",
      },
      ImageModelId: {
        type: "string",
        description:
          "The id of an image model. Any string is accepted; `x-known-values` lists the ids Atoma serves\ntoday.",
        "x-known-values": ["black-forest-labs/FLUX.1-schnell"],
        example: "black-forest-labs/FLUX.1-schnell",
      },
      ModelId: {
        type: "string",
        description:
          "The id of any model. Any string is accepted; `x-known-values` lists the ids Atoma serves today.",
        "x-known-values": [
          "meta-llama/Llama-3.3-70B-Instruct",
          "deepseek-ai/DeepSeek-R1",
          "intfloat/multilingual-e5-large-instruct",
          "black-forest-labs/FLUX.1-schnell",
        ],
        example: "meta-llama/Llama-3.3-70B-Instruct",
      },
      ChatCompletionRequestCommon: {
        type: "object",
        description: "The fields the plain and the streaming chat request share.",
        required: ["messages", "model"],
        properties: {
          messages: {
            type: "array",
            description: "A list of messages comprising the conversation so far",
            minItems: 1,
            items: { $ref: "#/components/schemas/ChatCompletionMessage" },
            example: [
              { role: "system", content: "You are a helpful AI assistant" },
              { role: "user", content: "Hello!" },
              {
                role: "assistant",
                content: "I'm here to help you with any questions you have. How can I assist you today?",
              },
            ],
          },
          model: { $ref: "#/components/schemas/ChatModelId" },
          frequency_penalty: {
            type: ["number", "null"],
            description:
              "Number between -2.0 and 2.0. Positive values penalize new tokens based on their\nexisting frequency in the text so far",
            minimum: -2,
            maximum: 2,
            example: 0,
          },
          function_call: {
            description: "Controls how the model responds to function calls",
            deprecated: true,
          },
          functions: {
            type: ["array", "null"],
            description: "A list of functions the model may generate JSON inputs for",
            deprecated: true,
            items: {},
            example: [
              {
                name: "get_current_weather",
                description: "Get the current weather in a location",
                parameters: {
                  type: "object",
                  properties: {
                    location: { type: "string", description: "The location to get the weather for" },
                  },
                  required: ["location"],
                },
              },
            ],
          },
          logit_bias: {
            type: ["object", "null"],
            description:
              "Modify the likelihood of specified tokens appearing in the completion.\n\nAccepts a JSON object that maps tokens (specified by their token ID in the tokenizer)\nto an associated bias value from -100 to 100. Mathematically, the bias is added to the logits\ngenerated by the model prior to sampling. The exact effect will vary per model, but values\nbetween -1 and 1 should decrease or increase likelihood of selection; values like -100 or\n100 should result in a ban or exclusive selection of the relevant token.",
            additionalProperties: { type: "number", minimum: -100, maximum: 100 },
            example: { "1234567890": 0.5, "1234567891": -0.5 },
          },
          logprobs: {
            type: ["boolean", "null"],
            description:
              "Whether to return log probabilities of the output tokens. Not in the pages' field tables,\nbut `top_logprobs` requires it (the OpenAI and vLLM chat APIs define it).",
            example: false,
          },
          max_completion_tokens: {
            type: ["integer", "null"],
            description: "The maximum number of tokens to generate in the chat completion",
            minimum: 1,
            example: 4096,
          },
          max_tokens: {
            type: ["integer", "null"],
            description:
              "Deprecated: this will be removed in a future release; use `max_completion_tokens`.\n\nThe maximum number of tokens to generate in the chat completion",
            deprecated: true,
            minimum: 1,
            example: 4096,
          },
          n: {
            type: ["integer", "null"],
            description: "How many chat completion choices to generate for each input message",
            minimum: 1,
            example: 1,
          },
          parallel_tool_calls: {
            type: ["boolean", "null"],
            description: "Whether to enable parallel tool calls.",
            example: true,
          },
          presence_penalty: {
            type: ["number", "null"],
            description:
              "Number between -2.0 and 2.0. Positive values penalize new tokens based on\nwhether they appear in the text so far",
            minimum: -2,
            maximum: 2,
            example: 0,
          },
          response_format: {
            description: "The format to return the response in",
            anyOf: [{ $ref: "#/components/schemas/ResponseFormat" }, { type: "null" }],
          },
          seed: {
            type: ["integer", "null"],
            description: "If specified, our system will make a best effort to sample deterministically",
            example: 123,
          },
          service_tier: {
            type: ["string", "null"],
            description:
              "Specifies the latency tier to use for processing the request. This parameter is relevant for customers subscribed to the scale tier service:\n\nIf set to 'auto', and the Project is Scale tier enabled, the system will utilize scale tier credits until they are exhausted.\nIf set to 'auto', and the Project is not Scale tier enabled, the request will be processed using the default service tier with a lower uptime SLA and no latency guarantee.\nIf set to 'default', the request will be processed using the default service tier with a lower uptime SLA and no latency guarantee.\nWhen not set, the default behavior is 'auto'.",
            example: "auto",
          },
          stop: {
            type: ["array", "null"],
            description: "Up to 4 sequences where the API will stop generating further tokens",
            maxItems: 4,
            items: { type: "string" },
            example: ["stop", "halt"],
          },
          stream_options: {
            description: "Options for a streamed response; only valid with `stream` true.",
            anyOf: [{ $ref: "#/components/schemas/StreamOptions" }, { type: "null" }],
          },
          temperature: {
            type: ["number", "null"],
            description: "What sampling temperature to use, between 0 and 2",
            minimum: 0,
            maximum: 2,
            example: 0.7,
          },
          tool_choice: {
            description: "Controls which (if any) tool the model should use",
            anyOf: [{ $ref: "#/components/schemas/ToolChoice" }, { type: "null" }],
          },
          tools: {
            type: ["array", "null"],
            description: "A list of tools the model may call",
            items: { $ref: "#/components/schemas/ChatCompletionToolsParam" },
          },
          top_logprobs: {
            type: ["integer", "null"],
            description:
              "An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability.\nlogprobs must be set to true if this parameter is used.",
            minimum: 0,
            maximum: 20,
            example: 1,
          },
          top_p: {
            type: ["number", "null"],
            description: "An alternative to sampling with temperature (nucleus sampling, between 0 and 1)",
            minimum: 0,
            maximum: 1,
            example: 1,
          },
          user: {
            type: ["string", "null"],
            description: "A unique identifier representing your end-user",
            example: "user-1234",
          },
        },
      },
      CreateChatCompletionRequest: {
        description: "A chat request answered with one JSON body (`stream` absent, false or null).\n",
        allOf: [
          { $ref: "#/components/schemas/ChatCompletionRequestCommon" },
          {
            type: "object",
            properties: {
              stream: {
                type: ["boolean", "null"],
                enum: [false, null],
                description: "Whether to stream back partial progress. Must be false for this request type.",
              },
            },
          },
        ],
        example: {
          model: "meta-llama/Llama-3.3-70B-Instruct",
          messages: [{ role: "user", content: "Hello! How can you help me today?", name: "john_doe" }],
          frequency_penalty: 0,
          max_tokens: 2048,
          n: 1,
          presence_penalty: 0,
          seed: 123,
          stop: ["stop", "halt"],
          temperature: 0.7,
          top_p: 1,
          user: "user-1234",
        },
      },
      CreateChatCompletionStreamRequest: {
        description: "A chat request answered with a Server-Sent Events stream of `ChatCompletionChunk`s.\n",
        allOf: [
          { $ref: "#/components/schemas/ChatCompletionRequestCommon" },
          {
            type: "object",
            required: ["stream"],
            properties: {
              stream: {
                type: "boolean",
                const: true,
                description: "Whether to stream back partial progress. Must be true for this request type.",
                "x-seed-deviation":
                  "The pages list `stream` as optional because the official SDK fills in its default\n(true); on the wire it is always sent, and it is what tells this body from the plain one.",
              },
            },
          },
        ],
        example: {
          model: "meta-llama/Llama-3.3-70B-Instruct",
          stream: true,
          messages: [
            { role: "system", content: "You are a helpful AI assistant" },
            { role: "user", content: "Hello!" },
          ],
          max_completion_tokens: 4096,
          stream_options: { include_usage: true },
          tools: [
            {
              type: "function",
              function: {
                name: "get_current_weather",
                description: "Get the current weather in a location",
                parameters: {
                  type: "object",
                  properties: {
                    location: { type: "string", description: "The location to get the weather for" },
                  },
                  required: ["location"],
                },
              },
            },
          ],
          tool_choice: "auto",
          top_logprobs: 1,
          logprobs: true,
        },
      },
      ChatCompletionMessage: {
        description: "One message of the conversation, told apart by `role`.",
        oneOf: [
          { $ref: "#/components/schemas/ChatCompletionSystemMessage" },
          { $ref: "#/components/schemas/ChatCompletionUserMessage" },
          { $ref: "#/components/schemas/ChatCompletionAssistantMessage" },
          { $ref: "#/components/schemas/ChatCompletionToolMessage" },
        ],
        discriminator: {
          propertyName: "role",
          mapping: {
            system: "#/components/schemas/ChatCompletionSystemMessage",
            user: "#/components/schemas/ChatCompletionUserMessage",
            assistant: "#/components/schemas/ChatCompletionAssistantMessage",
            tool: "#/components/schemas/ChatCompletionToolMessage",
          },
        },
      },
      ChatCompletionSystemMessage: {
        type: "object",
        description: "Instructions for the model.",
        required: ["role"],
        properties: {
          role: { type: "string", const: "system" },
          content: {
            description: "The instructions, as text or as text parts.",
            oneOf: [
              { type: "string" },
              { type: "array", items: { $ref: "#/components/schemas/ChatCompletionContentPart" } },
              { type: "null" },
            ],
          },
          name: { type: ["string", "null"], description: "An optional name for the participant." },
        },
        example: { role: "system", content: "You are a helpful AI assistant", name: "AI expert" },
      },
      ChatCompletionUserMessage: {
        type: "object",
        description: "A message from the user.",
        required: ["role"],
        properties: {
          role: { type: "string", const: "user" },
          content: {
            description: "The message, as text or as an array of text and image parts.",
            oneOf: [
              { type: "string" },
              { type: "array", items: { $ref: "#/components/schemas/ChatCompletionContentPart" } },
              { type: "null" },
            ],
          },
          name: { type: ["string", "null"], description: "An optional name for the participant." },
        },
        example: {
          role: "user",
          content: [
            { type: "text", text: "What is in this picture?" },
            { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "auto" } },
          ],
        },
      },
      ChatCompletionAssistantMessage: {
        type: "object",
        description: "An earlier answer of the model, possibly with the tool calls it made.",
        required: ["role"],
        properties: {
          role: { type: "string", const: "assistant" },
          content: {
            description: "The answer's text; null when the message only carries tool calls.",
            oneOf: [
              { type: "string" },
              { type: "array", items: { $ref: "#/components/schemas/ChatCompletionContentPart" } },
              { type: "null" },
            ],
          },
          name: { type: ["string", "null"], description: "An optional name for the participant." },
          refusal: {
            type: ["string", "null"],
            description: "The refusal message the model wrote instead of an answer.",
          },
          tool_calls: {
            type: "array",
            description: "The tool calls the model made.",
            items: { $ref: "#/components/schemas/ChatCompletionMessageToolCall" },
          },
        },
        example: {
          role: "assistant",
          content: null,
          tool_calls: [
            {
              id: "call_1",
              type: "function",
              function: { name: "get_current_weather", arguments: '{"location":"Paris"}' },
            },
          ],
        },
      },
      ChatCompletionToolMessage: {
        type: "object",
        description: "The result of a tool call, sent back to the model.",
        required: ["role"],
        properties: {
          role: { type: "string", const: "tool" },
          content: {
            description: "The tool's result.",
            oneOf: [
              { type: "string" },
              { type: "array", items: { $ref: "#/components/schemas/ChatCompletionContentPart" } },
              { type: "null" },
            ],
          },
          tool_call_id: { type: "string", description: "The `id` of the tool call this message answers." },
        },
        example: { role: "tool", content: '{"temperature_c":21}', tool_call_id: "call_1" },
      },
      ChatCompletionContentPart: {
        description: "One part of a user message's content.",
        oneOf: [
          { $ref: "#/components/schemas/ChatCompletionContentPartText" },
          { $ref: "#/components/schemas/ChatCompletionContentPartImage" },
        ],
        discriminator: {
          propertyName: "type",
          mapping: {
            text: "#/components/schemas/ChatCompletionContentPartText",
            image_url: "#/components/schemas/ChatCompletionContentPartImage",
          },
        },
      },
      ChatCompletionContentPartText: {
        type: "object",
        description: "A text part.",
        required: ["type", "text"],
        properties: {
          type: { type: "string", const: "text" },
          text: { type: "string", description: "The text." },
        },
      },
      ChatCompletionContentPartImage: {
        type: "object",
        description: "An image part, by URL or data URL.",
        required: ["type", "image_url"],
        properties: {
          type: { type: "string", const: "image_url" },
          image_url: {
            type: "object",
            required: ["url"],
            properties: {
              url: {
                type: "string",
                description: "The image's URL, or a `data:` URL with the base64-encoded image.",
              },
              detail: {
                type: ["string", "null"],
                enum: ["auto", "low", "high", null],
                description: "The detail level of the image.",
              },
            },
          },
        },
      },
      ChatCompletionMessageToolCall: {
        type: "object",
        description: "A call of a function tool that the model made.",
        required: ["id", "type", "function"],
        properties: {
          id: { type: "string", description: "The call's id, which the tool message answering it names." },
          type: { type: "string", const: "function" },
          function: {
            type: "object",
            required: ["name", "arguments"],
            properties: {
              name: { type: "string", description: "The name of the function to call." },
              arguments: {
                type: "string",
                description: "The arguments, as JSON text generated by the model (which may be invalid).",
              },
            },
          },
        },
      },
      ChatCompletionToolsParam: {
        type: "object",
        description: "A tool the model may call.",
        required: ["type", "function"],
        properties: {
          type: { type: "string", const: "function" },
          function: { $ref: "#/components/schemas/ChatCompletionToolFunctionParam" },
        },
        example: {
          type: "function",
          function: {
            name: "get_current_weather",
            description: "Get the current weather in a location",
            parameters: {
              type: "object",
              properties: {
                location: { type: "string", description: "The location to get the weather for" },
              },
              required: ["location"],
            },
          },
        },
      },
      ChatCompletionToolFunctionParam: {
        type: "object",
        description: "A function the model may call.",
        required: ["name"],
        properties: {
          name: {
            type: "string",
            description: "The function's name (a-z, A-Z, 0-9, underscores and dashes, at most 64).",
            pattern: "^[a-zA-Z0-9_-]{1,64}$",
          },
          description: {
            type: ["string", "null"],
            description: "What the function does, for the model to decide when to call it.",
          },
          parameters: {
            type: ["object", "null"],
            description: "The function's parameters, as a JSON Schema object.",
            additionalProperties: true,
          },
          strict: {
            type: ["boolean", "null"],
            description: "Whether the model must follow the parameters schema exactly.",
          },
        },
      },
      ToolChoice: {
        description:
          "Controls which (if any) tool the model calls: `none` (no tool), `auto` (the model decides),\nor a named function.\n",
        oneOf: [
          { type: "string", enum: ["none", "auto"] },
          { $ref: "#/components/schemas/ToolChoiceFunction" },
        ],
        example: "auto",
      },
      ToolChoiceFunction: {
        type: "object",
        description: "Forces a call of the named function.",
        required: ["type", "function"],
        properties: {
          type: { type: "string", const: "function" },
          function: {
            type: "object",
            required: ["name"],
            properties: { name: { type: "string", description: "The function to call." } },
          },
        },
        example: { type: "function", function: { name: "get_current_weather" } },
      },
      ResponseFormat: {
        type: "object",
        description:
          "The format of the answer: free `text`, any `json_object`, or JSON that follows a given\n`json_schema`.\n",
        required: ["type"],
        properties: {
          type: { type: "string", enum: ["text", "json_object", "json_schema"] },
          json_schema: {
            anyOf: [{ $ref: "#/components/schemas/JsonSchemaResponseFormat" }, { type: "null" }],
          },
        },
        example: {
          type: "json_schema",
          json_schema: {
            name: "weather",
            schema: { type: "object", properties: { temperature_c: { type: "number" } } },
            strict: true,
          },
        },
      },
      JsonSchemaResponseFormat: {
        type: "object",
        description: "The JSON Schema the answer must follow (with `type` `json_schema`).",
        required: ["name"],
        properties: {
          name: { type: "string", description: "A name for the schema." },
          description: { type: ["string", "null"], description: "What the answer is for, for the model." },
          schema: { type: ["object", "null"], description: "The JSON Schema.", additionalProperties: true },
          strict: {
            type: ["boolean", "null"],
            description: "Whether the answer must follow the schema exactly.",
          },
        },
      },
      StreamOptions: {
        type: "object",
        description: "Options of a streamed response.",
        properties: {
          include_usage: {
            type: ["boolean", "null"],
            description:
              "When true, a last chunk with empty `choices` carries the token `usage` of the whole request.\nAtoma's nodes always send it.\n",
            example: true,
          },
        },
      },
      ChatCompletionResponse: {
        type: "object",
        description: "A whole chat completion.",
        required: ["id", "object", "created", "model", "choices"],
        properties: {
          id: { type: "string", description: "A unique identifier of the completion." },
          object: { type: "string", const: "chat.completion" },
          created: { type: "integer", description: "When the completion was created (Unix seconds)." },
          model: { type: "string", description: "The model that answered." },
          choices: {
            type: "array",
            description: "The answers, one per `n`.",
            items: { $ref: "#/components/schemas/ChatCompletionChoice" },
          },
          usage: { anyOf: [{ $ref: "#/components/schemas/CompletionUsage" }, { type: "null" }] },
          system_fingerprint: {
            type: ["string", "null"],
            description: "The backend configuration that answered.",
          },
          service_tier: { type: ["string", "null"], description: "The service tier that answered." },
          signature: { $ref: "#/components/schemas/ResponseSignature" },
          response_hash: { $ref: "#/components/schemas/ResponseHash" },
        },
        example: {
          id: "chatcmpl-6f1c2a",
          object: "chat.completion",
          created: 1736950000,
          model: "meta-llama/Llama-3.3-70B-Instruct",
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: "Hello! How can I help you today?" },
              finish_reason: "stop",
              logprobs: null,
            },
          ],
          usage: { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 },
        },
      },
      ChatCompletionChoice: {
        type: "object",
        description: "One answer of a chat completion.",
        required: ["index", "message", "finish_reason"],
        properties: {
          index: { type: "integer", minimum: 0, description: "The choice's position in `choices`." },
          message: { $ref: "#/components/schemas/ChatCompletionResponseMessage" },
          finish_reason: {
            anyOf: [{ $ref: "#/components/schemas/FinishReason" }, { type: "null" }],
            "x-seed-deviation":
              "Upstream lists it as optional because utoipa leaves every Rust `Option` out of `required`; the\nfield is not skipped when `None`, and vLLM's body, which the proxy passes on, always has the key\n(null at worst). Kept required.",
          },
          stop_reason: {
            description: "The stop sequence or token id that ended the answer (vLLM).",
            type: ["string", "integer", "null"],
          },
          logprobs: { anyOf: [{ $ref: "#/components/schemas/ChatCompletionLogprobs" }, { type: "null" }] },
        },
      },
      ChatCompletionResponseMessage: {
        type: "object",
        description: "The model's answer.",
        required: ["role", "content"],
        properties: {
          role: { type: "string", const: "assistant" },
          content: {
            type: ["string", "null"],
            description: "The answer's text; null when the answer only carries tool calls.",
            "x-seed-deviation":
              "Upstream's response message is its request's role union (`ChatCompletionMessage`), so there\n`content` is optional and may be an array of parts, and the role may be any of the four. The\nproxy passes on the node's vLLM body, whose message is always the assistant's, with `content`\nalways present as text or null; the upstream spec is wrong here and ours is kept.",
          },
          name: {
            type: ["string", "null"],
            description:
              "The name of the participant, when the server echoes one (upstream's message union).",
          },
          refusal: {
            type: ["string", "null"],
            description: "The refusal message the model wrote instead of an answer.",
          },
          tool_call_id: {
            type: "string",
            description:
              "The `id` of the tool call a tool message answers (upstream's message union lets any role\nappear here); a model's answer does not set it.",
          },
          reasoning_content: {
            type: ["string", "null"],
            description: "The reasoning a reasoning model wrote before its answer.",
          },
          tool_calls: {
            type: "array",
            description: "The tool calls the model made.",
            items: { $ref: "#/components/schemas/ChatCompletionMessageToolCall" },
          },
        },
      },
      FinishReason: {
        type: "string",
        description:
          "Why the model stopped: a natural stop or stop sequence, the token limit, a tool call, a\ncontent filter, or a (deprecated) function call.\n",
        enum: ["stop", "length", "tool_calls", "content_filter", "function_call"],
      },
      ChatCompletionLogprobs: {
        type: "object",
        description: "Log probabilities of the answer's tokens.",
        properties: {
          content: {
            type: ["array", "null"],
            items: { $ref: "#/components/schemas/ChatCompletionTokenLogprob" },
          },
        },
      },
      ChatCompletionTokenLogprob: {
        type: "object",
        description: "One token with its log probability and its most likely alternatives.",
        required: ["token", "logprob", "top_logprobs"],
        properties: {
          token: {
            type: "string",
            "x-seed-deviation":
              "Upstream's `ChatCompletionLogProbsContent` has only `top_logprobs`, without the token's own\n`token`, `logprob` and `bytes`. vLLM, whose body the proxy passes on, sends them for every token\n(the OpenAI shape); the upstream spec is wrong here and ours is kept.",
          },
          logprob: {
            type: "number",
            "x-seed-deviation":
              "Upstream's `ChatCompletionLogProbsContent` has only `top_logprobs`, without the token's own\n`token`, `logprob` and `bytes`. vLLM, whose body the proxy passes on, sends them for every token\n(the OpenAI shape); the upstream spec is wrong here and ours is kept.",
          },
          bytes: { type: ["array", "null"], items: { type: "integer" } },
          top_logprobs: { type: "array", items: { $ref: "#/components/schemas/ChatCompletionTopLogprob" } },
        },
      },
      ChatCompletionTopLogprob: {
        type: "object",
        description: "A likely alternative token.",
        required: ["token", "logprob"],
        properties: {
          token: { type: "string" },
          logprob: { type: "number" },
          bytes: { type: ["array", "null"], items: { type: "integer" } },
        },
      },
      CompletionUsage: {
        type: "object",
        description: "Token counts of a request.",
        required: ["prompt_tokens", "completion_tokens", "total_tokens"],
        properties: {
          prompt_tokens: { type: "integer", minimum: 0 },
          completion_tokens: { type: "integer", minimum: 0 },
          total_tokens: { type: "integer", minimum: 0 },
          prompt_tokens_details: {
            type: ["object", "null"],
            description: "Where the prompt's tokens went.",
            "x-seed-deviation":
              "Upstream's completions `Usage` requires this object, not null (its chat `CompletionUsage` leaves\nit optional and nullable, as here). The proxy passes on the node's vLLM usage, which sends null\nor leaves it out unless prompt token details are enabled; one optional, nullable object is kept\nfor every body.",
            properties: {
              cached_tokens: {
                type: "integer",
                minimum: 0,
                description: "Prompt tokens read from the prefix cache.",
                "x-seed-deviation":
                  "Upstream's `PromptTokensDetails` requires it; vLLM sends it whenever it sends the object, but a\nserver that reports only other details may leave it out, so it stays optional.",
              },
              audio_tokens: {
                type: "integer",
                minimum: 0,
                description: "Audio input tokens present in the prompt.",
                "x-seed-deviation":
                  "Upstream's `PromptTokensDetails` requires it; vLLM's prompt details carry only `cached_tokens`,\nso the node never sends it and it is optional here.",
              },
            },
          },
          completion_tokens_details: {
            type: ["object", "null"],
            description: "Where the completion's tokens went.",
            "x-seed-deviation":
              "Upstream's completions `Usage` requires this object, not null, and its chat `CompletionUsage`\nhas no such field. vLLM leaves it out; one optional, nullable object is kept for every body.",
            properties: {
              reasoning_tokens: {
                type: "integer",
                minimum: 0,
                description: "Tokens generated by the model for reasoning.",
                "x-seed-deviation":
                  "Upstream's `CompletionTokensDetails` requires every count; vLLM sends none of them, and a server\nthat does may send some only, so each stays optional.",
              },
              audio_tokens: {
                type: "integer",
                minimum: 0,
                description: "Audio output tokens generated by the model.",
                "x-seed-deviation":
                  "Upstream's `CompletionTokensDetails` requires every count; vLLM sends none of them, and a server\nthat does may send some only, so each stays optional.",
              },
              accepted_prediction_tokens: {
                type: "integer",
                minimum: 0,
                description: "Tokens of the predicted output that appeared in the completion.",
                "x-seed-deviation":
                  "Upstream's `CompletionTokensDetails` requires every count; vLLM sends none of them, and a server\nthat does may send some only, so each stays optional.",
              },
              rejected_prediction_tokens: {
                type: "integer",
                minimum: 0,
                description:
                  "Tokens of the predicted output that did not appear in the completion; like reasoning\ntokens, they count towards the completion tokens billed.",
                "x-seed-deviation":
                  "Upstream's `CompletionTokensDetails` requires every count; vLLM sends none of them, and a server\nthat does may send some only, so each stays optional.",
              },
            },
          },
        },
        example: { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 },
      },
      ChatCompletionChunk: {
        type: "object",
        description:
          "The `data` of one event of a chat stream. The last chunk has empty `choices` and carries\n`usage`. Servers may add fields; clients keep them.\n",
        required: ["id", "object", "created", "model", "choices"],
        properties: {
          id: { type: "string" },
          object: { type: "string", const: "chat.completion.chunk" },
          created: { type: "integer" },
          model: { type: "string" },
          choices: { type: "array", items: { $ref: "#/components/schemas/ChatCompletionChunkChoice" } },
          usage: { anyOf: [{ $ref: "#/components/schemas/CompletionUsage" }, { type: "null" }] },
          system_fingerprint: { type: ["string", "null"] },
          service_tier: { type: ["string", "null"] },
          signature: { $ref: "#/components/schemas/ResponseSignature" },
          response_hash: { $ref: "#/components/schemas/ResponseHash" },
        },
        example: {
          id: "chatcmpl-6f1c2a",
          object: "chat.completion.chunk",
          created: 1736950000,
          model: "meta-llama/Llama-3.3-70B-Instruct",
          choices: [{ index: 0, delta: { content: "Hel" }, finish_reason: null }],
        },
      },
      ChatCompletionChunkChoice: {
        type: "object",
        description: "One choice's change in a chunk.",
        required: ["index", "delta"],
        properties: {
          index: { type: "integer", minimum: 0 },
          delta: { $ref: "#/components/schemas/ChatCompletionChunkDelta" },
          finish_reason: { anyOf: [{ $ref: "#/components/schemas/FinishReason" }, { type: "null" }] },
          stop_reason: {
            type: ["string", "integer", "null"],
            description: "The stop sequence or token id that ended the answer (vLLM).",
            "x-seed-deviation":
              "Upstream's `StopReason` is `{Int: n}` or `{String: s}`, how utoipa writes a Rust enum; on the\nwire vLLM sends the bare integer, string or null, which the proxy passes on. The upstream spec\nis wrong here and ours is kept.",
          },
          logprobs: { anyOf: [{ $ref: "#/components/schemas/ChatCompletionLogprobs" }, { type: "null" }] },
        },
      },
      ChatCompletionChunkDelta: {
        type: "object",
        description: "What a chunk adds to a choice's message.",
        properties: {
          role: { type: ["string", "null"], enum: ["assistant", null] },
          content: { type: ["string", "null"] },
          reasoning_content: { type: ["string", "null"] },
          tool_calls: {
            type: ["array", "null"],
            items: { $ref: "#/components/schemas/ChatCompletionToolCallDelta" },
          },
        },
      },
      ChatCompletionToolCallDelta: {
        type: "object",
        description:
          "A piece of a tool call. The first piece of a call names it (`id`, `type`, `function.name`);\nlater ones carry only `index` and a fragment to append to `function.arguments`.\n",
        required: ["index"],
        properties: {
          index: { type: "integer", minimum: 0 },
          id: {
            type: ["string", "null"],
            "x-seed-deviation":
              "Upstream's `ChatCompletionChunkDeltaToolCall` requires `id` and `type`. Only the first delta of\na call names it; vLLM's later deltas for the same `index` carry only a fragment of\n`function.arguments`, and the proxy passes them on. The upstream spec is wrong here and ours\nis kept.",
          },
          type: {
            type: ["string", "null"],
            enum: ["function", null],
            "x-seed-deviation":
              "Upstream's `ChatCompletionChunkDeltaToolCall` requires `id` and `type`. Only the first delta of\na call names it; vLLM's later deltas for the same `index` carry only a fragment of\n`function.arguments`, and the proxy passes them on. The upstream spec is wrong here and ours\nis kept.",
          },
          function: {
            type: ["object", "null"],
            properties: { name: { type: ["string", "null"] }, arguments: { type: ["string", "null"] } },
          },
        },
      },
      CompletionRequestCommon: {
        type: "object",
        description: "The fields the plain and the streaming completions request share.",
        required: ["model", "prompt"],
        properties: {
          model: { $ref: "#/components/schemas/ChatModelId" },
          prompt: {
            $ref: "#/components/schemas/CompletionsPrompt",
            "x-seed-deviation":
              "Page 003 types `prompt` as `string[]`; the newer page 004 types it as the\n`CompletionsPrompt` union (text, texts, token ids), which wins (seeds README).",
          },
          best_of: {
            type: ["integer", "null"],
            description: "Generates this many completions server-side and returns the best (vLLM).",
            minimum: 1,
            example: 1,
          },
          echo: {
            type: ["boolean", "null"],
            description: "Echo back the prompt in addition to the completion.",
            example: false,
          },
          frequency_penalty: {
            type: ["number", "null"],
            description:
              "Number between -2.0 and 2.0. Positive values penalize new tokens based on their\nexisting frequency in the text so far",
            minimum: -2,
            maximum: 2,
            example: 0,
          },
          logit_bias: {
            type: ["object", "null"],
            description:
              "Modify the likelihood of specified tokens appearing in the completion.\n\nAccepts a JSON object that maps tokens (specified by their token ID in the tokenizer)\nto an associated bias value from -100 to 100. Mathematically, the bias is added to the logits\ngenerated by the model prior to sampling. The exact effect will vary per model, but values\nbetween -1 and 1 should decrease or increase likelihood of selection; values like -100 or\n100 should result in a ban or exclusive selection of the relevant token.",
            additionalProperties: { type: "number", minimum: -100, maximum: 100 },
            example: { "1234567890": 0.5, "1234567891": -0.5 },
          },
          logprobs: {
            type: ["integer", "null"],
            description:
              "An integer between 0 and 20 specifying the number of most likely tokens to return at each\ntoken position, each with an associated log probability.",
            minimum: 0,
            maximum: 20,
            example: 1,
          },
          max_tokens: {
            type: ["integer", "null"],
            description: "The maximum number of tokens to generate in the completion",
            minimum: 1,
            example: 4096,
          },
          n: {
            type: ["integer", "null"],
            description: "How many completions to generate for each prompt",
            minimum: 1,
            example: 1,
          },
          presence_penalty: {
            type: ["number", "null"],
            description:
              "Number between -2.0 and 2.0. Positive values penalize new tokens based on\nwhether they appear in the text so far",
            minimum: -2,
            maximum: 2,
            example: 0,
          },
          seed: {
            type: ["integer", "null"],
            description: "If specified, our system will make a best effort to sample deterministically",
            example: 123,
          },
          stop: {
            type: ["array", "null"],
            description: "Up to 4 sequences where the API will stop generating further tokens",
            maxItems: 4,
            items: { type: "string" },
            example: ["stop", "halt"],
          },
          stream_options: {
            description: "Options for a streamed response; only valid with `stream` true.",
            anyOf: [{ $ref: "#/components/schemas/StreamOptions" }, { type: "null" }],
          },
          suffix: {
            type: ["string", "null"],
            description: "The suffix that comes after a completion of inserted text.",
            example: "\n",
          },
          temperature: {
            type: ["number", "null"],
            description: "What sampling temperature to use, between 0 and 2",
            minimum: 0,
            maximum: 2,
            example: 0.7,
          },
          top_p: {
            type: ["number", "null"],
            description: "An alternative to sampling with temperature (nucleus sampling, between 0 and 1)",
            minimum: 0,
            maximum: 1,
            example: 1,
          },
          user: {
            type: ["string", "null"],
            description: "A unique identifier representing your end-user",
            example: "user-1234",
          },
        },
      },
      CompletionRequest: {
        description: "A completions request answered with one JSON body (`stream` absent, false or null).",
        allOf: [
          { $ref: "#/components/schemas/CompletionRequestCommon" },
          {
            type: "object",
            properties: {
              stream: {
                type: ["boolean", "null"],
                enum: [false, null],
                description: "Whether to stream back partial progress. Must be false for this request type.",
              },
            },
          },
        ],
        example: {
          model: "meta-llama/Llama-3.3-70B-Instruct",
          prompt: ["Hello!"],
          frequency_penalty: 0,
          logit_bias: { "1234567890": 0.5, "1234567891": -0.5 },
          logprobs: 1,
          n: 1,
          presence_penalty: 0,
          seed: 123,
          stop: ["stop", "halt"],
          stream: false,
          suffix: "\n",
          temperature: 0.7,
          top_p: 1,
          user: "user-1234",
        },
      },
      CreateCompletionsStreamRequest: {
        description: "A completions request answered with a Server-Sent Events stream of `CompletionChunk`s.",
        allOf: [
          { $ref: "#/components/schemas/CompletionRequestCommon" },
          {
            type: "object",
            required: ["stream"],
            properties: {
              stream: {
                type: "boolean",
                const: true,
                description: "Whether to stream back partial progress. Must be true for this request type.",
                "x-seed-deviation":
                  "The pages list `stream` as optional because the official SDK fills in its default\n(true); on the wire it is always sent, and it is what tells this body from the plain one.",
              },
            },
          },
        ],
        example: {
          model: "meta-llama/Llama-3.3-70B-Instruct",
          prompt: "Once upon a time",
          stream: true,
          max_tokens: 64,
          stream_options: { include_usage: true },
        },
      },
      CompletionsPrompt: {
        description:
          "The prompt to generate completions for, as text, a batch of texts, token ids, or a batch of token id lists.",
        oneOf: [
          { type: "string" },
          { type: "array", items: { type: "string" } },
          { type: "array", items: { type: "integer" } },
          { type: "array", items: { type: "array", items: { type: "integer" } } },
        ],
        example: ["Hello!"],
      },
      CompletionsResponse: {
        type: "object",
        description: "A whole text completion.",
        required: ["id", "object", "created", "model", "choices"],
        properties: {
          id: { type: "string" },
          object: { type: "string", const: "text_completion" },
          created: { type: "integer" },
          model: { type: "string" },
          system_fingerprint: {
            type: ["string", "null"],
            "x-seed-deviation":
              "Upstream requires a non-null string. The proxy passes on the node's vLLM body, and whether the\nnode's vLLM sends it is not known (research-13, \"Not determined\"); it stays optional and nullable.",
          },
          choices: { type: "array", items: { $ref: "#/components/schemas/CompletionChoice" } },
          usage: {
            anyOf: [{ $ref: "#/components/schemas/CompletionUsage" }, { type: "null" }],
            "x-seed-deviation":
              "Upstream requires `usage`, not null, and vLLM always sends it on a plain completion. Kept\noptional: `finalCompletion()` rebuilds this response from a stream, and a stream from a server\nthat sends no usage chunk (an OpenAI-compatible server other than Atoma's proxy, which always\nsends one) has none to give; the type must not promise what the SDK cannot deliver.",
          },
          signature: { $ref: "#/components/schemas/ResponseSignature" },
          response_hash: { $ref: "#/components/schemas/ResponseHash" },
        },
        example: {
          id: "cmpl-2b7e",
          object: "text_completion",
          created: 1736950000,
          model: "meta-llama/Llama-3.3-70B-Instruct",
          choices: [{ index: 0, text: " there was a fox.", finish_reason: "stop", logprobs: null }],
          usage: { prompt_tokens: 4, completion_tokens: 5, total_tokens: 9 },
        },
      },
      CompletionChoice: {
        type: "object",
        description: "One completion.",
        required: ["index", "text", "finish_reason"],
        properties: {
          index: { type: "integer", minimum: 0 },
          text: { type: "string" },
          finish_reason: {
            anyOf: [{ $ref: "#/components/schemas/FinishReason" }, { type: "null" }],
            "x-seed-deviation":
              "Upstream's `CompletionChoice` types it as a string that is never null, and uses that choice for\nstream chunks too. The proxy passes on vLLM's choice, whose `finish_reason` is null in every\nchunk but a choice's last; the upstream spec is wrong here and ours is kept.",
          },
          stop_reason: {
            type: ["string", "integer", "null"],
            description: "The stop sequence or token id that ended the completion (vLLM).",
          },
          logprobs: { anyOf: [{ $ref: "#/components/schemas/CompletionLogprobs" }, { type: "null" }] },
        },
      },
      CompletionLogprobs: {
        type: "object",
        description: "Log probabilities of a completion's tokens (the legacy completions format).",
        required: ["text_offset", "token_logprobs", "tokens", "top_logprobs"],
        properties: {
          text_offset: { type: "array", items: { type: "integer" } },
          token_logprobs: {
            type: "array",
            items: {
              type: ["number", "null"],
              "x-seed-deviation":
                "Upstream's `LogProbs` does not allow null entries. vLLM, whose body the proxy passes on, sends\nnull for the first prompt token when `echo` is on (it has no log probability); the upstream\nspec is wrong here and ours is kept.",
            },
          },
          tokens: { type: "array", items: { type: "string" } },
          top_logprobs: {
            type: "array",
            items: {
              type: ["object", "null"],
              "x-seed-deviation":
                "Upstream's `LogProbs` does not allow null entries. vLLM, whose body the proxy passes on, sends\nnull for the first prompt token when `echo` is on (it has no log probability); the upstream\nspec is wrong here and ours is kept.",
              additionalProperties: { type: "number" },
            },
          },
        },
      },
      CompletionChunk: {
        type: "object",
        description:
          "The `data` of one event of a completions stream. The last chunk has empty `choices` and\ncarries `usage`. Servers may add fields; clients keep them.\n",
        required: ["id", "object", "created", "model", "choices"],
        properties: {
          id: { type: "string" },
          object: { type: "string", const: "text_completion" },
          created: { type: "integer" },
          model: { type: "string" },
          system_fingerprint: {
            type: ["string", "null"],
            "x-seed-deviation":
              "Upstream's `CompletionsStreamResponse` requires a non-null string. The proxy passes on the node's\nvLLM chunks, and whether the node's vLLM sends it is not known (research-13, \"Not determined\");\nit stays optional and nullable.",
          },
          choices: { type: "array", items: { $ref: "#/components/schemas/CompletionChunkChoice" } },
          usage: { anyOf: [{ $ref: "#/components/schemas/CompletionUsage" }, { type: "null" }] },
          signature: { $ref: "#/components/schemas/ResponseSignature" },
          response_hash: { $ref: "#/components/schemas/ResponseHash" },
        },
        example: {
          id: "cmpl-2b7e",
          object: "text_completion",
          created: 1736950000,
          model: "meta-llama/Llama-3.3-70B-Instruct",
          choices: [{ index: 0, text: " there", finish_reason: null }],
        },
      },
      CompletionChunkChoice: {
        type: "object",
        description: "One completion's piece in a chunk.",
        required: ["index", "text"],
        properties: {
          index: { type: "integer", minimum: 0 },
          text: { type: "string" },
          finish_reason: {
            anyOf: [{ $ref: "#/components/schemas/FinishReason" }, { type: "null" }],
            "x-seed-deviation":
              "Upstream's `CompletionChoice` types it as a string that is never null, and uses that choice for\nstream chunks too. The proxy passes on vLLM's choice, whose `finish_reason` is null in every\nchunk but a choice's last; the upstream spec is wrong here and ours is kept.",
          },
          stop_reason: { type: ["string", "integer", "null"] },
          logprobs: { anyOf: [{ $ref: "#/components/schemas/CompletionLogprobs" }, { type: "null" }] },
        },
      },
      CreateEmbeddingRequest: {
        type: "object",
        description: "Texts to embed.",
        required: ["model", "input"],
        properties: {
          model: { $ref: "#/components/schemas/EmbeddingModelId" },
          input: { $ref: "#/components/schemas/EmbeddingInput" },
          dimensions: {
            type: ["integer", "null"],
            description: "The number of dimensions of the embeddings, for models that can shorten them.",
            minimum: 1,
          },
          encoding_format: {
            type: ["string", "null"],
            description:
              "`float` (arrays of numbers, the default) or `base64` (little-endian float32 bytes).",
            enum: ["float", "base64", null],
          },
          user: {
            type: ["string", "null"],
            description: "A unique identifier representing your end-user",
            example: "user-1234",
          },
        },
        example: {
          model: "intfloat/multilingual-e5-large-instruct",
          input: ["The food was delicious", "The service was slow"],
        },
      },
      EmbeddingInput: {
        description: "One text, or a batch of texts.",
        oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: { type: "string" } }],
        example: "The food was delicious",
      },
      CreateEmbeddingResponse: {
        type: "object",
        description: "The embeddings, one per input, in input order.",
        required: ["object", "model", "data", "usage"],
        properties: {
          object: { type: "string", const: "list" },
          model: { type: "string" },
          data: { type: "array", items: { $ref: "#/components/schemas/EmbeddingObject" } },
          usage: { $ref: "#/components/schemas/EmbeddingUsage" },
          signature: { $ref: "#/components/schemas/ResponseSignature" },
          response_hash: { $ref: "#/components/schemas/ResponseHash" },
        },
        example: {
          object: "list",
          model: "intfloat/multilingual-e5-large-instruct",
          data: [{ object: "embedding", embedding: [0.0023, -0.0091, 0.0152], index: 0 }],
          usage: { prompt_tokens: 5, total_tokens: 5 },
        },
      },
      EmbeddingObject: {
        type: "object",
        description: "One input's embedding.",
        required: ["object", "embedding", "index"],
        properties: {
          object: { type: "string", const: "embedding" },
          embedding: {
            description: "The vector, or its base64 float32 bytes when `encoding_format` was `base64`.",
            "x-seed-deviation":
              "Upstream types only the float array, though its `encoding_format` lets a client ask for\n`base64`, which vLLM answers with a base64 string the proxy passes on. The upstream spec is\nwrong here and ours is kept.",
            oneOf: [
              { type: "array", items: { type: "number" } },
              { type: "string", contentEncoding: "base64" },
            ],
          },
          index: { type: "integer", minimum: 0 },
        },
      },
      EmbeddingUsage: {
        type: "object",
        description: "Token counts of an embeddings request.",
        required: ["prompt_tokens", "total_tokens"],
        properties: {
          prompt_tokens: { type: "integer", minimum: 0 },
          total_tokens: { type: "integer", minimum: 0 },
        },
      },
      CreateImageRequest: {
        type: "object",
        description: "An image generation request.",
        required: ["prompt", "model"],
        properties: {
          prompt: {
            type: "string",
            description: "What to draw.",
            minLength: 1,
            example: "A cute baby sea otter floating on its back",
          },
          model: { $ref: "#/components/schemas/ImageModelId" },
          n: {
            type: ["integer", "null"],
            description: "How many images to generate.",
            minimum: 1,
            maximum: 10,
            example: 1,
          },
          quality: {
            type: ["string", "null"],
            description: "The image quality (`standard` or `hd` for OpenAI-style models).",
            example: "hd",
          },
          response_format: {
            type: ["string", "null"],
            description: "Return images as URLs or as base64 JSON.",
            enum: ["url", "b64_json", null],
            example: "url",
          },
          size: {
            type: ["string", "null"],
            description: "The size, as `WIDTHxHEIGHT` in pixels.",
            pattern: "^[0-9]+x[0-9]+$",
            example: "1024x1024",
          },
          style: {
            type: ["string", "null"],
            description: "The style (`vivid` or `natural` for OpenAI-style models).",
            example: "vivid",
          },
          user: {
            type: ["string", "null"],
            description: "A unique identifier representing your end-user",
            example: "user-1234",
          },
        },
        example: {
          prompt: "A cute baby sea otter floating on its back",
          model: "black-forest-labs/FLUX.1-schnell",
          n: 1,
          size: "1024x1024",
        },
      },
      CreateImageResponse: {
        type: "object",
        description: "The generated images.",
        required: ["created", "data"],
        properties: {
          created: { type: "integer" },
          data: { type: "array", items: { $ref: "#/components/schemas/ImageData" } },
          signature: { $ref: "#/components/schemas/ResponseSignature" },
          response_hash: { $ref: "#/components/schemas/ResponseHash" },
        },
        example: {
          created: 1736950000,
          data: [
            {
              url: "https://images.atoma.network/abc123.png",
              revised_prompt: "A cute baby sea otter floating on its back in calm water",
            },
          ],
        },
      },
      ImageData: {
        type: "object",
        description: "One generated image, as a URL or as base64 (by the request's `response_format`).",
        properties: {
          url: {
            type: "string",
            description: "Where to fetch the image.",
            "x-seed-deviation":
              "Upstream requires `url` and has no `b64_json`, though its `response_format` is free text; with\n`response_format: b64_json` an image comes as `b64_json` without `url`, so neither is required.",
          },
          b64_json: {
            type: "string",
            contentEncoding: "base64",
            description: "The image's bytes in base64.",
          },
          revised_prompt: { type: ["string", "null"], description: "The prompt the model actually used." },
        },
      },
      ModelList: {
        type: "object",
        description: "The available models.",
        required: ["object", "data"],
        properties: {
          object: { type: "string", const: "list" },
          data: { type: "array", items: { $ref: "#/components/schemas/Model" } },
        },
        example: {
          object: "list",
          data: [
            {
              id: "meta-llama/Llama-3.3-70B-Instruct",
              object: "model",
              created: 1736950000,
              owned_by: "atoma",
            },
          ],
        },
      },
      Model: {
        type: "object",
        description: "A model the network serves.",
        required: ["id", "object", "created", "owned_by"],
        properties: {
          id: { type: "string" },
          object: { type: "string", const: "model" },
          created: { type: "integer" },
          owned_by: { type: "string" },
        },
      },
      OpenRouterModelsResponse: {
        type: "object",
        description: "The model listing in OpenRouter's format; its fields are OpenRouter's, not Atoma's.",
        additionalProperties: true,
        example: { data: [{ id: "meta-llama/Llama-3.3-70B-Instruct", name: "Llama 3.3 70B Instruct" }] },
      },
      HealthResponse: {
        type: "object",
        description: "The proxy's liveness answer.",
        required: ["message"],
        properties: { message: { type: "string" } },
        example: { message: "ok" },
      },
      NodesCreateRequest: {
        type: "object",
        description: "A node's signed registration of its public address.",
        required: ["data", "signature"],
        properties: {
          data: { $ref: "#/components/schemas/NodePublicAddressAssignment" },
          signature: {
            type: "string",
            description: "Base64 Sui signature of the node over the JSON of `data`.",
            contentEncoding: "base64",
          },
        },
        example: {
          data: { node_small_id: 3, public_address: "https://node-3.example.org", country: "DE" },
          signature: "AGVjdA==",
        },
      },
      NodePublicAddressAssignment: {
        type: "object",
        description: "Which node serves at which address, from which country.",
        required: ["node_small_id", "public_address", "country"],
        properties: {
          node_small_id: { type: "integer", minimum: 0, description: "The node's small id on chain." },
          public_address: { type: "string", description: "The URL the proxy reaches the node at." },
          country: {
            type: "string",
            description: "The node's country, as an ISO 3166-1 alpha-2 code.",
            pattern: "^[A-Z]{2}$",
          },
        },
      },
      NodesCreateResponse: {
        type: "object",
        description: "The registration's outcome.",
        required: ["message"],
        properties: { message: { type: "string" } },
        example: { message: "Node public address registered successfully" },
      },
      NodesCreateLockRequest: {
        type: "object",
        description: "Which model to lock a confidential node for, and how much compute to reserve.",
        required: ["model"],
        properties: {
          model: { $ref: "#/components/schemas/ModelId" },
          max_num_tokens: {
            type: ["integer", "null"],
            description:
              "The compute units to reserve (default 8192). For images, the image's compute units\n(1,048,576 by default), sent again as the request's `num_compute_units`.\n",
            minimum: 1,
            example: 8192,
          },
          timeout: {
            type: ["integer", "null"],
            description: "How long to hold the lock, in seconds; the proxy's default is about 5.",
            minimum: 1,
          },
        },
        example: { model: "meta-llama/Llama-3.3-70B-Instruct" },
      },
      NodesCreateLockResponse: {
        type: "object",
        description: "The locked node, its public key and the stack that bills the request.",
        required: ["public_key", "node_small_id", "stack_small_id"],
        properties: {
          public_key: {
            type: "string",
            contentEncoding: "base64",
            description: "The node's X25519 public key (32 bytes, base64).",
          },
          node_small_id: { type: "integer", minimum: 0 },
          stack_small_id: { type: "integer", minimum: 0 },
          stack_entry_digest: {
            type: ["string", "null"],
            description: "The digest of the transaction that made the stack entry, when a new one was made.",
          },
        },
        example: {
          public_key: "3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=",
          node_small_id: 3,
          stack_small_id: 41,
        },
      },
      ConfidentialComputeRequest: {
        type: "object",
        description:
          "An encrypted request (confidential protocol steps 2-5). All binary values are base64.\n",
        required: [
          "ciphertext",
          "client_dh_public_key",
          "node_dh_public_key",
          "model_name",
          "nonce",
          "salt",
          "stack_small_id",
          "plaintext_body_hash",
        ],
        properties: {
          ciphertext: {
            type: "string",
            contentEncoding: "base64",
            description: "AES-256-GCM of the UTF-8 JSON of the plain request, with the 16-byte tag appended.",
          },
          client_dh_public_key: {
            type: "string",
            contentEncoding: "base64",
            description: "The client's ephemeral X25519 public key.",
          },
          node_dh_public_key: {
            type: "string",
            contentEncoding: "base64",
            description: "The locked node's X25519 public key (`public_key` of the lock).",
          },
          model_name: { type: "string", description: "The model, in clear, for routing." },
          nonce: { type: "string", contentEncoding: "base64", description: "The 12-byte AES-GCM nonce." },
          salt: { type: "string", contentEncoding: "base64", description: "The 16-byte HKDF salt." },
          stack_small_id: { type: "integer", minimum: 0, description: "The stack of the lock." },
          plaintext_body_hash: {
            type: "string",
            contentEncoding: "base64",
            description: "BLAKE2b-256 of the plaintext bytes.",
          },
          stream: {
            type: ["boolean", "null"],
            description: "Whether the plain request streams; must equal its `stream`.",
          },
          num_compute_units: {
            type: ["integer", "null"],
            minimum: 1,
            description: "The compute units reserved by the lock; needed for images.",
          },
        },
        example: {
          ciphertext: "q83vEjRWeJq83vEjRWeJq83vEjRWeJq8",
          client_dh_public_key: "3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=",
          node_dh_public_key: "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=",
          model_name: "meta-llama/Llama-3.3-70B-Instruct",
          nonce: "AAECAwQFBgcICQoL",
          salt: "AAECAwQFBgcICQoLDA0ODw==",
          stack_small_id: 41,
          plaintext_body_hash: "0t/v9l6C4QxPuvHyP3V6qRKyU9pAp+TyBsfoJOkTs9E=",
          stream: false,
        },
      },
      ConfidentialComputeResponse: {
        type: "object",
        description:
          "An encrypted response (confidential protocol step 6): decrypt `ciphertext` with the request's\nkey and this `nonce`; `response_hash` is BLAKE2b-256 of exactly the decrypted bytes.\n",
        required: ["nonce", "ciphertext", "response_hash", "signature"],
        properties: {
          nonce: { type: "string", contentEncoding: "base64" },
          ciphertext: { type: "string", contentEncoding: "base64" },
          response_hash: {
            $ref: "#/components/schemas/ResponseHash",
            "x-seed-deviation":
              "Upstream's `ConfidentialComputeResponse` leaves `response_hash` and `signature` optional and\nnullable (the Rust struct skips them when `None`); the node always sets both, and the client\ncannot verify a body without them, so they stay required here.",
          },
          signature: {
            $ref: "#/components/schemas/ResponseSignature",
            "x-seed-deviation":
              "Upstream's `ConfidentialComputeResponse` leaves `response_hash` and `signature` optional and\nnullable (the Rust struct skips them when `None`); the node always sets both, and the client\ncannot verify a body without them, so they stay required here.",
          },
          usage: { $ref: "#/components/schemas/ConfidentialUsage" },
        },
        example: {
          nonce: "AAECAwQFBgcICQoL",
          ciphertext: "q83vEjRWeJq83vEjRWeJq83vEjRWeJq8",
          response_hash: "0t/v9l6C4QxPuvHyP3V6qRKyU9pAp+TyBsfoJOkTs9E=",
          signature: "AGVjdA==",
          usage: { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 },
        },
      },
      ConfidentialComputeStreamResponse: {
        type: "object",
        description:
          "The `data` of one event of a confidential stream (protocol step 7): decrypts to one plain\nchunk. Only the final event carries `usage` in clear. A node may use one nonce for every\nchunk; decrypt each with the nonce it carries.\n",
        required: ["ciphertext", "nonce", "signature", "response_hash"],
        properties: {
          ciphertext: { type: "string", contentEncoding: "base64" },
          nonce: { type: "string", contentEncoding: "base64" },
          usage: { $ref: "#/components/schemas/ConfidentialUsage" },
          signature: {
            $ref: "#/components/schemas/ResponseSignature",
            "x-seed-deviation":
              "Upstream's `ConfidentialComputeResponse` leaves `response_hash` and `signature` optional and\nnullable (the Rust struct skips them when `None`); the node always sets both, and the client\ncannot verify a body without them, so they stay required here.",
          },
          response_hash: {
            $ref: "#/components/schemas/ResponseHash",
            "x-seed-deviation":
              "Upstream's `ConfidentialComputeResponse` leaves `response_hash` and `signature` optional and\nnullable (the Rust struct skips them when `None`); the node always sets both, and the client\ncannot verify a body without them, so they stay required here.",
          },
        },
        example: {
          ciphertext: "q83vEjRWeJq83vEjRWeJq83vEjRWeJq8",
          nonce: "AAECAwQFBgcICQoL",
          signature: "AGVjdA==",
          response_hash: "0t/v9l6C4QxPuvHyP3V6qRKyU9pAp+TyBsfoJOkTs9E=",
        },
      },
      ConfidentialUsage: {
        description: "Token counts in clear (absent for images; embeddings count no completion tokens).",
        anyOf: [
          { $ref: "#/components/schemas/CompletionUsage" },
          { $ref: "#/components/schemas/EmbeddingUsage" },
          { type: "null" },
        ],
      },
      ResponseHash: {
        type: "string",
        contentEncoding: "base64",
        description:
          'Base64 BLAKE2b-256 of the body without `signature` and `response_hash` (for confidential\nresponses, of the decrypted plaintext). See "Verifiable responses" in the description.\n',
        pattern: "^[A-Za-z0-9+/]{43}=$",
        example: "0t/v9l6C4QxPuvHyP3V6qRKyU9pAp+TyBsfoJOkTs9E=",
      },
      ResponseSignature: {
        type: "string",
        contentEncoding: "base64",
        description:
          "Base64 Sui signature over the 32 raw bytes of `response_hash`: flag byte `0x00` (Ed25519),\n`0x01` (secp256k1) or `0x02` (secp256r1), the 64-byte signature (ECDSA: compact `r || s` over\nSHA-256 of the hash, low `s`), the signer's public key (32 bytes for Ed25519, 33 compressed for\nECDSA). The signer's Sui address is `0x` + hex of BLAKE2b-256(flag || public key). See\n\"Verifiable responses\" in the description.\n",
        pattern: "^[A-Za-z0-9+/]*={0,2}$",
        example: "AGVjdA==",
      },
      ErrorResponse: {
        type: "object",
        description: "Atoma's JSON error body (the proxy's `AtomaProxyError`).",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: {
                type: "string",
                description:
                  "A machine-readable error code. The proxy's, by status: `REQUEST_ERROR` 400 (message\n`Request error: …`), `FIAT_PAYMENTS_ONLY` 400, `AUTH_ERROR` 401, `BALANCE_ERROR` 402,\n`NOT_FOUND` 404, `LOCKED` 423, `UNAVAILABLE_STACK` 425, `TOO_MANY_REQUESTS` 429 (also\nwhen no node can be reached), `INTERNAL_ERROR` 500 (also a node's refusal of a\nconfidential request: a bad hash, a wrong node key, a failed decryption),\n`NOT_IMPLEMENTED` 501, `SERVICE_UNAVAILABLE` 503. The proxy never sends `Retry-After`.\n",
                examples: [
                  "REQUEST_ERROR",
                  "AUTH_ERROR",
                  "BALANCE_ERROR",
                  "LOCKED",
                  "UNAVAILABLE_STACK",
                  "TOO_MANY_REQUESTS",
                  "INTERNAL_ERROR",
                  "SERVICE_UNAVAILABLE",
                ],
              },
              message: { type: "string", description: "What went wrong, for people." },
            },
          },
        },
        example: { error: { code: "REQUEST_ERROR", message: "Request error: Model not supported" } },
      },
    },
  },
};

/** The operations answered in clear. */
export type PlainOperationId =
  | "chat_completions_create"
  | "completions_create"
  | "embeddings_create"
  | "image_generations_create"
  | "models_list"
  | "open_router_models_list"
  | "health"
  | "nodes_create"
  | "nodes_create_lock";

/** The operations that encrypt a plain one's request and response. */
export type ConfidentialOperationId =
  | "confidential_chat_completions_create"
  | "confidential_completions_create"
  | "confidential_embeddings_create"
  | "confidential_image_generations_create";

/** The operationIds of the spec. */
export type OperationId = PlainOperationId | ConfidentialOperationId;

/** What every operation has; the schema fields are component schema names. */
interface OperationFields {
  method: string;
  path: string;
  /** True when the operation needs no API key. */
  public: boolean;
  request?: string;
  /** The request variant with `stream: true`. */
  streamRequest?: string;
  response: string;
  /** One stream event's data, when the operation can answer with a stream. */
  chunk?: string;
}

/** A plain operation: its handler answers it. */
export interface PlainOperation extends OperationFields {
  operationId: PlainOperationId;
  confidentialOf?: undefined;
}

/** A confidential operation: the plain one it encrypts answers it. */
export interface ConfidentialOperation extends OperationFields {
  operationId: ConfidentialOperationId;
  confidentialOf: PlainOperationId;
}

/** One operation of the spec. */
export type SpecOperation = PlainOperation | ConfidentialOperation;

/** Every operation of the spec, in its order. */
export const operations: readonly SpecOperation[] = [
  {
    operationId: "chat_completions_create",
    method: "POST",
    path: "/v1/chat/completions",
    public: false,
    request: "CreateChatCompletionRequest",
    streamRequest: "CreateChatCompletionStreamRequest",
    response: "ChatCompletionResponse",
    chunk: "ChatCompletionChunk",
  },
  {
    operationId: "completions_create",
    method: "POST",
    path: "/v1/completions",
    public: false,
    request: "CompletionRequest",
    streamRequest: "CreateCompletionsStreamRequest",
    response: "CompletionsResponse",
    chunk: "CompletionChunk",
  },
  {
    operationId: "embeddings_create",
    method: "POST",
    path: "/v1/embeddings",
    public: false,
    request: "CreateEmbeddingRequest",
    response: "CreateEmbeddingResponse",
  },
  {
    operationId: "image_generations_create",
    method: "POST",
    path: "/v1/images/generations",
    public: false,
    request: "CreateImageRequest",
    response: "CreateImageResponse",
  },
  { operationId: "models_list", method: "GET", path: "/v1/models", public: false, response: "ModelList" },
  {
    operationId: "open_router_models_list",
    method: "GET",
    path: "/v1/open_router/models",
    public: true,
    response: "OpenRouterModelsResponse",
  },
  { operationId: "health", method: "GET", path: "/health", public: true, response: "HealthResponse" },
  {
    operationId: "nodes_create",
    method: "POST",
    path: "/v1/nodes",
    public: true,
    request: "NodesCreateRequest",
    response: "NodesCreateResponse",
  },
  {
    operationId: "nodes_create_lock",
    method: "POST",
    path: "/v1/nodes/lock",
    public: false,
    request: "NodesCreateLockRequest",
    response: "NodesCreateLockResponse",
  },
  {
    operationId: "confidential_chat_completions_create",
    method: "POST",
    path: "/v1/confidential/chat/completions",
    public: false,
    confidentialOf: "chat_completions_create",
    request: "ConfidentialComputeRequest",
    response: "ConfidentialComputeResponse",
    chunk: "ConfidentialComputeStreamResponse",
  },
  {
    operationId: "confidential_completions_create",
    method: "POST",
    path: "/v1/confidential/completions",
    public: false,
    confidentialOf: "completions_create",
    request: "ConfidentialComputeRequest",
    response: "ConfidentialComputeResponse",
    chunk: "ConfidentialComputeStreamResponse",
  },
  {
    operationId: "confidential_embeddings_create",
    method: "POST",
    path: "/v1/confidential/embeddings",
    public: false,
    confidentialOf: "embeddings_create",
    request: "ConfidentialComputeRequest",
    response: "ConfidentialComputeResponse",
  },
  {
    operationId: "confidential_image_generations_create",
    method: "POST",
    path: "/v1/confidential/images/generations",
    public: false,
    confidentialOf: "image_generations_create",
    request: "ConfidentialComputeRequest",
    response: "ConfidentialComputeResponse",
  },
];
