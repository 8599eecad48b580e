// Generated from openapi/atoma.yaml by scripts/generate.ts. Do not edit: change the spec and run `pnpm generate`.

export interface paths {
  "/v1/chat/completions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a chat completion
     * @description Answers a conversation. With `stream: true` the answer is a Server-Sent Events stream of
     *     `ChatCompletionChunk`s (the node forces `stream_options.include_usage`, so the last chunk
     *     carries `usage` and empty `choices`); otherwise one `ChatCompletionResponse`.
     */
    post: operations["chat_completions_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/completions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a text completion
     * @description Continues a prompt. With `stream: true` the answer is a Server-Sent Events stream of
     *     `CompletionChunk`s; otherwise one `CompletionsResponse`.
     */
    post: operations["completions_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/embeddings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create embeddings
     * @description Embeds one text or a batch of texts, in the OpenAI embeddings format.
     */
    post: operations["embeddings_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/images/generations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Generate images
     * @description Generates images from a prompt, in the OpenAI images format.
     */
    post: operations["image_generations_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/models": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List models
     * @description The models the network serves, in the OpenAI models format.
     */
    get: operations["models_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/open_router/models": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List models for OpenRouter
     * @description The available models in OpenRouter's listing format. Needs no authentication.
     */
    get: operations["open_router_models_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check liveness
     * @description Answers while the proxy is up. Needs no authentication.
     */
    get: operations["health"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/nodes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a node's public address
     * @description A node registers or updates the public address the proxy routes its requests to. The body is
     *     signed by the node's Sui key; needs no bearer token.
     */
    post: operations["nodes_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/nodes/lock": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lock a node for confidential compute
     * @description Confidential protocol step 1: picks a node that serves the model inside a trusted execution
     *     environment and returns its X25519 public key and the stack to bill. A lock serves one request
     *     and expires after about 5 seconds.
     */
    post: operations["nodes_create_lock"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/confidential/chat/completions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an encrypted chat completion
     * @description The encrypted variant of `POST /v1/chat/completions`: the ciphertext holds a chat request
     *     (`CreateChatCompletionRequest` or `CreateChatCompletionStreamRequest`). With `stream: true` the
     *     answer is a stream of `ConfidentialComputeStreamResponse` events, each decrypting to one
     *     `ChatCompletionChunk`; otherwise a `ConfidentialComputeResponse` decrypting to a
     *     `ChatCompletionResponse`.
     */
    post: operations["confidential_chat_completions_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/confidential/completions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an encrypted text completion
     * @description The encrypted variant of `POST /v1/completions`: the ciphertext holds a completions request.
     *     Streams like the confidential chat endpoint, each event decrypting to one `CompletionChunk`.
     */
    post: operations["confidential_completions_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/confidential/embeddings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create encrypted embeddings
     * @description The encrypted variant of `POST /v1/embeddings`: the ciphertext holds a `CreateEmbeddingRequest`
     *     and the response decrypts to a `CreateEmbeddingResponse`.
     */
    post: operations["confidential_embeddings_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/confidential/images/generations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Generate images, encrypted
     * @description The encrypted variant of `POST /v1/images/generations`: the ciphertext holds a
     *     `CreateImageRequest` and the response decrypts to a `CreateImageResponse` (its clear part has
     *     no `usage`). Image generation costs far more compute units than text: lock with
     *     `max_num_tokens` equal to the image's compute units and send the same `num_compute_units`.
     */
    post: operations["confidential_image_generations_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description The id of a chat (and text completion) model. Any string is accepted; `x-known-values` lists
     *     the ids Atoma serves today, which the generated types offer for autocompletion.
     * @example meta-llama/Llama-3.3-70B-Instruct
     */
    ChatModelId: "meta-llama/Llama-3.3-70B-Instruct" | "deepseek-ai/DeepSeek-R1" | (string & {});
    /**
     * @description The id of an embedding model. Any string is accepted; `x-known-values` lists the ids Atoma
     *     serves today.
     * @example intfloat/multilingual-e5-large-instruct
     */
    EmbeddingModelId: "intfloat/multilingual-e5-large-instruct" | (string & {});
    /**
     * @description The id of an image model. Any string is accepted; `x-known-values` lists the ids Atoma serves
     *     today.
     * @example black-forest-labs/FLUX.1-schnell
     */
    ImageModelId: "black-forest-labs/FLUX.1-schnell" | (string & {});
    /**
     * @description The id of any model. Any string is accepted; `x-known-values` lists the ids Atoma serves today.
     * @example meta-llama/Llama-3.3-70B-Instruct
     */
    ModelId:
      | "meta-llama/Llama-3.3-70B-Instruct"
      | "deepseek-ai/DeepSeek-R1"
      | "intfloat/multilingual-e5-large-instruct"
      | "black-forest-labs/FLUX.1-schnell"
      | (string & {});
    /** @description The fields the plain and the streaming chat request share. */
    ChatCompletionRequestCommon: {
      /**
       * @description A list of messages comprising the conversation so far
       * @example [
       *       {
       *         "role": "system",
       *         "content": "You are a helpful AI assistant"
       *       },
       *       {
       *         "role": "user",
       *         "content": "Hello!"
       *       },
       *       {
       *         "role": "assistant",
       *         "content": "I'm here to help you with any questions you have. How can I assist you today?"
       *       }
       *     ]
       */
      messages: components["schemas"]["ChatCompletionMessage"][];
      model: components["schemas"]["ChatModelId"];
      /**
       * @description Number between -2.0 and 2.0. Positive values penalize new tokens based on their
       *     existing frequency in the text so far
       * @example 0
       */
      frequency_penalty?: number | null;
      /**
       * @deprecated
       * @description Controls how the model responds to function calls
       */
      function_call?: unknown;
      /**
       * @deprecated
       * @description A list of functions the model may generate JSON inputs for
       * @example [
       *       {
       *         "name": "get_current_weather",
       *         "description": "Get the current weather in a location",
       *         "parameters": {
       *           "type": "object",
       *           "properties": {
       *             "location": {
       *               "type": "string",
       *               "description": "The location to get the weather for"
       *             }
       *           },
       *           "required": [
       *             "location"
       *           ]
       *         }
       *       }
       *     ]
       */
      functions?: unknown[] | null;
      /**
       * @description Modify the likelihood of specified tokens appearing in the completion.
       *
       *     Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer)
       *     to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits
       *     generated by the model prior to sampling. The exact effect will vary per model, but values
       *     between -1 and 1 should decrease or increase likelihood of selection; values like -100 or
       *     100 should result in a ban or exclusive selection of the relevant token.
       * @example {
       *       "1234567890": 0.5,
       *       "1234567891": -0.5
       *     }
       */
      logit_bias?: {
        [key: string]: number;
      } | null;
      /**
       * @description Whether to return log probabilities of the output tokens. Not in the pages' field tables,
       *     but `top_logprobs` requires it (the OpenAI and vLLM chat APIs define it).
       * @example false
       */
      logprobs?: boolean | null;
      /**
       * @description The maximum number of tokens to generate in the chat completion
       * @example 4096
       */
      max_completion_tokens?: number | null;
      /**
       * @deprecated
       * @description Deprecated: this will be removed in a future release; use `max_completion_tokens`.
       *
       *     The maximum number of tokens to generate in the chat completion
       * @example 4096
       */
      max_tokens?: number | null;
      /**
       * @description How many chat completion choices to generate for each input message
       * @example 1
       */
      n?: number | null;
      /**
       * @description Whether to enable parallel tool calls.
       * @example true
       */
      parallel_tool_calls?: boolean | null;
      /**
       * @description Number between -2.0 and 2.0. Positive values penalize new tokens based on
       *     whether they appear in the text so far
       * @example 0
       */
      presence_penalty?: number | null;
      /** @description The format to return the response in */
      response_format?: components["schemas"]["ResponseFormat"] | null;
      /**
       * @description If specified, our system will make a best effort to sample deterministically
       * @example 123
       */
      seed?: number | null;
      /**
       * @description Specifies the latency tier to use for processing the request. This parameter is relevant for customers subscribed to the scale tier service:
       *
       *     If set to 'auto', and the Project is Scale tier enabled, the system will utilize scale tier credits until they are exhausted.
       *     If set to 'auto', and the Project is not Scale tier enabled, the request will be processed using the default service tier with a lower uptime SLA and no latency guarantee.
       *     If set to 'default', the request will be processed using the default service tier with a lower uptime SLA and no latency guarantee.
       *     When not set, the default behavior is 'auto'.
       * @example auto
       */
      service_tier?: string | null;
      /**
       * @description Up to 4 sequences where the API will stop generating further tokens
       * @example [
       *       "stop",
       *       "halt"
       *     ]
       */
      stop?: string[] | null;
      /** @description Options for a streamed response; only valid with `stream` true. */
      stream_options?: components["schemas"]["StreamOptions"] | null;
      /**
       * @description What sampling temperature to use, between 0 and 2
       * @example 0.7
       */
      temperature?: number | null;
      /** @description Controls which (if any) tool the model should use */
      tool_choice?: components["schemas"]["ToolChoice"] | null;
      /** @description A list of tools the model may call */
      tools?: components["schemas"]["ChatCompletionToolsParam"][] | null;
      /**
       * @description An integer between 0 and 20 specifying the number of most likely tokens to return at each token position, each with an associated log probability.
       *     logprobs must be set to true if this parameter is used.
       * @example 1
       */
      top_logprobs?: number | null;
      /**
       * @description An alternative to sampling with temperature (nucleus sampling, between 0 and 1)
       * @example 1
       */
      top_p?: number | null;
      /**
       * @description A unique identifier representing your end-user
       * @example user-1234
       */
      user?: string | null;
    };
    /**
     * @description A chat request answered with one JSON body (`stream` absent, false or null).
     * @example {
     *       "model": "meta-llama/Llama-3.3-70B-Instruct",
     *       "messages": [
     *         {
     *           "role": "user",
     *           "content": "Hello! How can you help me today?",
     *           "name": "john_doe"
     *         }
     *       ],
     *       "frequency_penalty": 0,
     *       "max_tokens": 2048,
     *       "n": 1,
     *       "presence_penalty": 0,
     *       "seed": 123,
     *       "stop": [
     *         "stop",
     *         "halt"
     *       ],
     *       "temperature": 0.7,
     *       "top_p": 1,
     *       "user": "user-1234"
     *     }
     */
    CreateChatCompletionRequest: components["schemas"]["ChatCompletionRequestCommon"] & {
      /**
       * @description Whether to stream back partial progress. Must be false for this request type.
       * @enum {boolean|null}
       */
      stream?: false | null;
    };
    /**
     * @description A chat request answered with a Server-Sent Events stream of `ChatCompletionChunk`s.
     * @example {
     *       "model": "meta-llama/Llama-3.3-70B-Instruct",
     *       "stream": true,
     *       "messages": [
     *         {
     *           "role": "system",
     *           "content": "You are a helpful AI assistant"
     *         },
     *         {
     *           "role": "user",
     *           "content": "Hello!"
     *         }
     *       ],
     *       "max_completion_tokens": 4096,
     *       "stream_options": {
     *         "include_usage": true
     *       },
     *       "tools": [
     *         {
     *           "type": "function",
     *           "function": {
     *             "name": "get_current_weather",
     *             "description": "Get the current weather in a location",
     *             "parameters": {
     *               "type": "object",
     *               "properties": {
     *                 "location": {
     *                   "type": "string",
     *                   "description": "The location to get the weather for"
     *                 }
     *               },
     *               "required": [
     *                 "location"
     *               ]
     *             }
     *           }
     *         }
     *       ],
     *       "tool_choice": "auto",
     *       "top_logprobs": 1,
     *       "logprobs": true
     *     }
     */
    CreateChatCompletionStreamRequest: components["schemas"]["ChatCompletionRequestCommon"] & {
      /**
       * @description Whether to stream back partial progress. Must be true for this request type.
       * @constant
       */
      stream: true;
    };
    /** @description One message of the conversation, told apart by `role`. */
    ChatCompletionMessage:
      | components["schemas"]["ChatCompletionSystemMessage"]
      | components["schemas"]["ChatCompletionUserMessage"]
      | components["schemas"]["ChatCompletionAssistantMessage"]
      | components["schemas"]["ChatCompletionToolMessage"];
    /**
     * @description Instructions for the model.
     * @example {
     *       "role": "system",
     *       "content": "You are a helpful AI assistant",
     *       "name": "AI expert"
     *     }
     */
    ChatCompletionSystemMessage: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      role: "system";
      /** @description The instructions, as text or as text parts. */
      content?: string | components["schemas"]["ChatCompletionContentPart"][] | null;
      /** @description An optional name for the participant. */
      name?: string | null;
    };
    /**
     * @description A message from the user.
     * @example {
     *       "role": "user",
     *       "content": [
     *         {
     *           "type": "text",
     *           "text": "What is in this picture?"
     *         },
     *         {
     *           "type": "image_url",
     *           "image_url": {
     *             "url": "https://example.com/cat.png",
     *             "detail": "auto"
     *           }
     *         }
     *       ]
     *     }
     */
    ChatCompletionUserMessage: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      role: "user";
      /** @description The message, as text or as an array of text and image parts. */
      content?: string | components["schemas"]["ChatCompletionContentPart"][] | null;
      /** @description An optional name for the participant. */
      name?: string | null;
    };
    /**
     * @description An earlier answer of the model, possibly with the tool calls it made.
     * @example {
     *       "role": "assistant",
     *       "content": null,
     *       "tool_calls": [
     *         {
     *           "id": "call_1",
     *           "type": "function",
     *           "function": {
     *             "name": "get_current_weather",
     *             "arguments": "{\"location\":\"Paris\"}"
     *           }
     *         }
     *       ]
     *     }
     */
    ChatCompletionAssistantMessage: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      role: "assistant";
      /** @description The answer's text; null when the message only carries tool calls. */
      content?: string | components["schemas"]["ChatCompletionContentPart"][] | null;
      /** @description An optional name for the participant. */
      name?: string | null;
      /** @description The refusal message the model wrote instead of an answer. */
      refusal?: string | null;
      /** @description The tool calls the model made. */
      tool_calls?: components["schemas"]["ChatCompletionMessageToolCall"][];
    };
    /**
     * @description The result of a tool call, sent back to the model.
     * @example {
     *       "role": "tool",
     *       "content": "{\"temperature_c\":21}",
     *       "tool_call_id": "call_1"
     *     }
     */
    ChatCompletionToolMessage: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      role: "tool";
      /** @description The tool's result. */
      content?: string | components["schemas"]["ChatCompletionContentPart"][] | null;
      /** @description The `id` of the tool call this message answers. */
      tool_call_id?: string;
    };
    /** @description One part of a user message's content. */
    ChatCompletionContentPart:
      | components["schemas"]["ChatCompletionContentPartText"]
      | components["schemas"]["ChatCompletionContentPartImage"];
    /** @description A text part. */
    ChatCompletionContentPartText: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "text";
      /** @description The text. */
      text: string;
    };
    /** @description An image part, by URL or data URL. */
    ChatCompletionContentPartImage: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "image_url";
      image_url: {
        /** @description The image's URL, or a `data:` URL with the base64-encoded image. */
        url: string;
        /**
         * @description The detail level of the image.
         * @enum {string|null}
         */
        detail?: "auto" | "low" | "high" | null;
      };
    };
    /** @description A call of a function tool that the model made. */
    ChatCompletionMessageToolCall: {
      /** @description The call's id, which the tool message answering it names. */
      id: string;
      /** @constant */
      type: "function";
      function: {
        /** @description The name of the function to call. */
        name: string;
        /** @description The arguments, as JSON text generated by the model (which may be invalid). */
        arguments: string;
      };
    };
    /**
     * @description A tool the model may call.
     * @example {
     *       "type": "function",
     *       "function": {
     *         "name": "get_current_weather",
     *         "description": "Get the current weather in a location",
     *         "parameters": {
     *           "type": "object",
     *           "properties": {
     *             "location": {
     *               "type": "string",
     *               "description": "The location to get the weather for"
     *             }
     *           },
     *           "required": [
     *             "location"
     *           ]
     *         }
     *       }
     *     }
     */
    ChatCompletionToolsParam: {
      /** @constant */
      type: "function";
      function: components["schemas"]["ChatCompletionToolFunctionParam"];
    };
    /** @description A function the model may call. */
    ChatCompletionToolFunctionParam: {
      /** @description The function's name (a-z, A-Z, 0-9, underscores and dashes, at most 64). */
      name: string;
      /** @description What the function does, for the model to decide when to call it. */
      description?: string | null;
      /** @description The function's parameters, as a JSON Schema object. */
      parameters?: {
        [key: string]: unknown;
      } | null;
      /** @description Whether the model must follow the parameters schema exactly. */
      strict?: boolean | null;
    };
    /**
     * @description Controls which (if any) tool the model calls: `none` (no tool), `auto` (the model decides),
     *     or a named function.
     * @example auto
     */
    ToolChoice: ("none" | "auto") | components["schemas"]["ToolChoiceFunction"];
    /**
     * @description Forces a call of the named function.
     * @example {
     *       "type": "function",
     *       "function": {
     *         "name": "get_current_weather"
     *       }
     *     }
     */
    ToolChoiceFunction: {
      /** @constant */
      type: "function";
      function: {
        /** @description The function to call. */
        name: string;
      };
    };
    /**
     * @description The format of the answer: free `text`, any `json_object`, or JSON that follows a given
     *     `json_schema`.
     * @example {
     *       "type": "json_schema",
     *       "json_schema": {
     *         "name": "weather",
     *         "schema": {
     *           "type": "object",
     *           "properties": {
     *             "temperature_c": {
     *               "type": "number"
     *             }
     *           }
     *         },
     *         "strict": true
     *       }
     *     }
     */
    ResponseFormat: {
      /** @enum {string} */
      type: "text" | "json_object" | "json_schema";
      json_schema?: components["schemas"]["JsonSchemaResponseFormat"] | null;
    };
    /** @description The JSON Schema the answer must follow (with `type` `json_schema`). */
    JsonSchemaResponseFormat: {
      /** @description A name for the schema. */
      name: string;
      /** @description What the answer is for, for the model. */
      description?: string | null;
      /** @description The JSON Schema. */
      schema?: {
        [key: string]: unknown;
      } | null;
      /** @description Whether the answer must follow the schema exactly. */
      strict?: boolean | null;
    };
    /** @description Options of a streamed response. */
    StreamOptions: {
      /**
       * @description When true, a last chunk with empty `choices` carries the token `usage` of the whole request.
       *     Atoma's nodes always send it.
       * @example true
       */
      include_usage?: boolean | null;
    };
    /**
     * @description A whole chat completion.
     * @example {
     *       "id": "chatcmpl-6f1c2a",
     *       "object": "chat.completion",
     *       "created": 1736950000,
     *       "model": "meta-llama/Llama-3.3-70B-Instruct",
     *       "choices": [
     *         {
     *           "index": 0,
     *           "message": {
     *             "role": "assistant",
     *             "content": "Hello! How can I help you today?"
     *           },
     *           "finish_reason": "stop",
     *           "logprobs": null
     *         }
     *       ],
     *       "usage": {
     *         "prompt_tokens": 12,
     *         "completion_tokens": 9,
     *         "total_tokens": 21
     *       }
     *     }
     */
    ChatCompletionResponse: {
      /** @description A unique identifier of the completion. */
      id: string;
      /** @constant */
      object: "chat.completion";
      /** @description When the completion was created (Unix seconds). */
      created: number;
      /** @description The model that answered. */
      model: string;
      /** @description The answers, one per `n`. */
      choices: components["schemas"]["ChatCompletionChoice"][];
      usage?: components["schemas"]["CompletionUsage"] | null;
      /** @description The backend configuration that answered. */
      system_fingerprint?: string | null;
      /** @description The service tier that answered. */
      service_tier?: string | null;
      signature?: components["schemas"]["ResponseSignature"];
      response_hash?: components["schemas"]["ResponseHash"];
    };
    /** @description One answer of a chat completion. */
    ChatCompletionChoice: {
      /** @description The choice's position in `choices`. */
      index: number;
      message: components["schemas"]["ChatCompletionResponseMessage"];
      finish_reason: components["schemas"]["FinishReason"] | null;
      /** @description The stop sequence or token id that ended the answer (vLLM). */
      stop_reason?: string | number | null;
      logprobs?: components["schemas"]["ChatCompletionLogprobs"] | null;
    };
    /** @description The model's answer. */
    ChatCompletionResponseMessage: {
      /** @constant */
      role: "assistant";
      /** @description The answer's text; null when the answer only carries tool calls. */
      content: string | null;
      /** @description The name of the participant, when the server echoes one (upstream's message union). */
      name?: string | null;
      /** @description The refusal message the model wrote instead of an answer. */
      refusal?: string | null;
      /**
       * @description The `id` of the tool call a tool message answers (upstream's message union lets any role
       *     appear here); a model's answer does not set it.
       */
      tool_call_id?: string;
      /** @description The reasoning a reasoning model wrote before its answer. */
      reasoning_content?: string | null;
      /** @description The tool calls the model made. */
      tool_calls?: components["schemas"]["ChatCompletionMessageToolCall"][];
    };
    /**
     * @description Why the model stopped: a natural stop or stop sequence, the token limit, a tool call, a
     *     content filter, or a (deprecated) function call.
     * @enum {string}
     */
    FinishReason: "stop" | "length" | "tool_calls" | "content_filter" | "function_call";
    /** @description Log probabilities of the answer's tokens. */
    ChatCompletionLogprobs: {
      content?: components["schemas"]["ChatCompletionTokenLogprob"][] | null;
    };
    /** @description One token with its log probability and its most likely alternatives. */
    ChatCompletionTokenLogprob: {
      token: string;
      logprob: number;
      bytes?: number[] | null;
      top_logprobs: components["schemas"]["ChatCompletionTopLogprob"][];
    };
    /** @description A likely alternative token. */
    ChatCompletionTopLogprob: {
      token: string;
      logprob: number;
      bytes?: number[] | null;
    };
    /**
     * @description Token counts of a request.
     * @example {
     *       "prompt_tokens": 12,
     *       "completion_tokens": 9,
     *       "total_tokens": 21
     *     }
     */
    CompletionUsage: {
      prompt_tokens: number;
      completion_tokens: number;
      total_tokens: number;
      /** @description Where the prompt's tokens went. */
      prompt_tokens_details?: {
        /** @description Prompt tokens read from the prefix cache. */
        cached_tokens?: number;
        /** @description Audio input tokens present in the prompt. */
        audio_tokens?: number;
      } | null;
      /** @description Where the completion's tokens went. */
      completion_tokens_details?: {
        /** @description Tokens generated by the model for reasoning. */
        reasoning_tokens?: number;
        /** @description Audio output tokens generated by the model. */
        audio_tokens?: number;
        /** @description Tokens of the predicted output that appeared in the completion. */
        accepted_prediction_tokens?: number;
        /**
         * @description Tokens of the predicted output that did not appear in the completion; like reasoning
         *     tokens, they count towards the completion tokens billed.
         */
        rejected_prediction_tokens?: number;
      } | null;
    };
    /**
     * @description The `data` of one event of a chat stream. The last chunk has empty `choices` and carries
     *     `usage`. Servers may add fields; clients keep them.
     * @example {
     *       "id": "chatcmpl-6f1c2a",
     *       "object": "chat.completion.chunk",
     *       "created": 1736950000,
     *       "model": "meta-llama/Llama-3.3-70B-Instruct",
     *       "choices": [
     *         {
     *           "index": 0,
     *           "delta": {
     *             "content": "Hel"
     *           },
     *           "finish_reason": null
     *         }
     *       ]
     *     }
     */
    ChatCompletionChunk: {
      id: string;
      /** @constant */
      object: "chat.completion.chunk";
      created: number;
      model: string;
      choices: components["schemas"]["ChatCompletionChunkChoice"][];
      usage?: components["schemas"]["CompletionUsage"] | null;
      system_fingerprint?: string | null;
      service_tier?: string | null;
      signature?: components["schemas"]["ResponseSignature"];
      response_hash?: components["schemas"]["ResponseHash"];
    };
    /** @description One choice's change in a chunk. */
    ChatCompletionChunkChoice: {
      index: number;
      delta: components["schemas"]["ChatCompletionChunkDelta"];
      finish_reason?: components["schemas"]["FinishReason"] | null;
      /** @description The stop sequence or token id that ended the answer (vLLM). */
      stop_reason?: string | number | null;
      logprobs?: components["schemas"]["ChatCompletionLogprobs"] | null;
    };
    /** @description What a chunk adds to a choice's message. */
    ChatCompletionChunkDelta: {
      /** @enum {string|null} */
      role?: "assistant" | null;
      content?: string | null;
      reasoning_content?: string | null;
      tool_calls?: components["schemas"]["ChatCompletionToolCallDelta"][] | null;
    };
    /**
     * @description A piece of a tool call. The first piece of a call names it (`id`, `type`, `function.name`);
     *     later ones carry only `index` and a fragment to append to `function.arguments`.
     */
    ChatCompletionToolCallDelta: {
      index: number;
      id?: string | null;
      /** @enum {string|null} */
      type?: "function" | null;
      function?: {
        name?: string | null;
        arguments?: string | null;
      } | null;
    };
    /** @description The fields the plain and the streaming completions request share. */
    CompletionRequestCommon: {
      model: components["schemas"]["ChatModelId"];
      prompt: components["schemas"]["CompletionsPrompt"];
      /**
       * @description Generates this many completions server-side and returns the best (vLLM).
       * @example 1
       */
      best_of?: number | null;
      /**
       * @description Echo back the prompt in addition to the completion.
       * @example false
       */
      echo?: boolean | null;
      /**
       * @description Number between -2.0 and 2.0. Positive values penalize new tokens based on their
       *     existing frequency in the text so far
       * @example 0
       */
      frequency_penalty?: number | null;
      /**
       * @description Modify the likelihood of specified tokens appearing in the completion.
       *
       *     Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer)
       *     to an associated bias value from -100 to 100. Mathematically, the bias is added to the logits
       *     generated by the model prior to sampling. The exact effect will vary per model, but values
       *     between -1 and 1 should decrease or increase likelihood of selection; values like -100 or
       *     100 should result in a ban or exclusive selection of the relevant token.
       * @example {
       *       "1234567890": 0.5,
       *       "1234567891": -0.5
       *     }
       */
      logit_bias?: {
        [key: string]: number;
      } | null;
      /**
       * @description An integer between 0 and 20 specifying the number of most likely tokens to return at each
       *     token position, each with an associated log probability.
       * @example 1
       */
      logprobs?: number | null;
      /**
       * @description The maximum number of tokens to generate in the completion
       * @example 4096
       */
      max_tokens?: number | null;
      /**
       * @description How many completions to generate for each prompt
       * @example 1
       */
      n?: number | null;
      /**
       * @description Number between -2.0 and 2.0. Positive values penalize new tokens based on
       *     whether they appear in the text so far
       * @example 0
       */
      presence_penalty?: number | null;
      /**
       * @description If specified, our system will make a best effort to sample deterministically
       * @example 123
       */
      seed?: number | null;
      /**
       * @description Up to 4 sequences where the API will stop generating further tokens
       * @example [
       *       "stop",
       *       "halt"
       *     ]
       */
      stop?: string[] | null;
      /** @description Options for a streamed response; only valid with `stream` true. */
      stream_options?: components["schemas"]["StreamOptions"] | null;
      /**
       * @description The suffix that comes after a completion of inserted text.
       * @example
       */
      suffix?: string | null;
      /**
       * @description What sampling temperature to use, between 0 and 2
       * @example 0.7
       */
      temperature?: number | null;
      /**
       * @description An alternative to sampling with temperature (nucleus sampling, between 0 and 1)
       * @example 1
       */
      top_p?: number | null;
      /**
       * @description A unique identifier representing your end-user
       * @example user-1234
       */
      user?: string | null;
    };
    /**
     * @description A completions request answered with one JSON body (`stream` absent, false or null).
     * @example {
     *       "model": "meta-llama/Llama-3.3-70B-Instruct",
     *       "prompt": [
     *         "Hello!"
     *       ],
     *       "frequency_penalty": 0,
     *       "logit_bias": {
     *         "1234567890": 0.5,
     *         "1234567891": -0.5
     *       },
     *       "logprobs": 1,
     *       "n": 1,
     *       "presence_penalty": 0,
     *       "seed": 123,
     *       "stop": [
     *         "stop",
     *         "halt"
     *       ],
     *       "stream": false,
     *       "suffix": "\n",
     *       "temperature": 0.7,
     *       "top_p": 1,
     *       "user": "user-1234"
     *     }
     */
    CompletionRequest: components["schemas"]["CompletionRequestCommon"] & {
      /**
       * @description Whether to stream back partial progress. Must be false for this request type.
       * @enum {boolean|null}
       */
      stream?: false | null;
    };
    /**
     * @description A completions request answered with a Server-Sent Events stream of `CompletionChunk`s.
     * @example {
     *       "model": "meta-llama/Llama-3.3-70B-Instruct",
     *       "prompt": "Once upon a time",
     *       "stream": true,
     *       "max_tokens": 64,
     *       "stream_options": {
     *         "include_usage": true
     *       }
     *     }
     */
    CreateCompletionsStreamRequest: components["schemas"]["CompletionRequestCommon"] & {
      /**
       * @description Whether to stream back partial progress. Must be true for this request type.
       * @constant
       */
      stream: true;
    };
    /**
     * @description The prompt to generate completions for, as text, a batch of texts, token ids, or a batch of token id lists.
     * @example [
     *       "Hello!"
     *     ]
     */
    CompletionsPrompt: string | string[] | number[] | number[][];
    /**
     * @description A whole text completion.
     * @example {
     *       "id": "cmpl-2b7e",
     *       "object": "text_completion",
     *       "created": 1736950000,
     *       "model": "meta-llama/Llama-3.3-70B-Instruct",
     *       "choices": [
     *         {
     *           "index": 0,
     *           "text": " there was a fox.",
     *           "finish_reason": "stop",
     *           "logprobs": null
     *         }
     *       ],
     *       "usage": {
     *         "prompt_tokens": 4,
     *         "completion_tokens": 5,
     *         "total_tokens": 9
     *       }
     *     }
     */
    CompletionsResponse: {
      id: string;
      /** @constant */
      object: "text_completion";
      created: number;
      model: string;
      system_fingerprint?: string | null;
      choices: components["schemas"]["CompletionChoice"][];
      usage?: components["schemas"]["CompletionUsage"] | null;
      signature?: components["schemas"]["ResponseSignature"];
      response_hash?: components["schemas"]["ResponseHash"];
    };
    /** @description One completion. */
    CompletionChoice: {
      index: number;
      text: string;
      finish_reason: components["schemas"]["FinishReason"] | null;
      /** @description The stop sequence or token id that ended the completion (vLLM). */
      stop_reason?: string | number | null;
      logprobs?: components["schemas"]["CompletionLogprobs"] | null;
    };
    /** @description Log probabilities of a completion's tokens (the legacy completions format). */
    CompletionLogprobs: {
      text_offset: number[];
      token_logprobs: (number | null)[];
      tokens: string[];
      top_logprobs: ({
        [key: string]: number;
      } | null)[];
    };
    /**
     * @description The `data` of one event of a completions stream. The last chunk has empty `choices` and
     *     carries `usage`. Servers may add fields; clients keep them.
     * @example {
     *       "id": "cmpl-2b7e",
     *       "object": "text_completion",
     *       "created": 1736950000,
     *       "model": "meta-llama/Llama-3.3-70B-Instruct",
     *       "choices": [
     *         {
     *           "index": 0,
     *           "text": " there",
     *           "finish_reason": null
     *         }
     *       ]
     *     }
     */
    CompletionChunk: {
      id: string;
      /** @constant */
      object: "text_completion";
      created: number;
      model: string;
      system_fingerprint?: string | null;
      choices: components["schemas"]["CompletionChunkChoice"][];
      usage?: components["schemas"]["CompletionUsage"] | null;
      signature?: components["schemas"]["ResponseSignature"];
      response_hash?: components["schemas"]["ResponseHash"];
    };
    /** @description One completion's piece in a chunk. */
    CompletionChunkChoice: {
      index: number;
      text: string;
      finish_reason?: components["schemas"]["FinishReason"] | null;
      stop_reason?: string | number | null;
      logprobs?: components["schemas"]["CompletionLogprobs"] | null;
    };
    /**
     * @description Texts to embed.
     * @example {
     *       "model": "intfloat/multilingual-e5-large-instruct",
     *       "input": [
     *         "The food was delicious",
     *         "The service was slow"
     *       ]
     *     }
     */
    CreateEmbeddingRequest: {
      model: components["schemas"]["EmbeddingModelId"];
      input: components["schemas"]["EmbeddingInput"];
      /** @description The number of dimensions of the embeddings, for models that can shorten them. */
      dimensions?: number | null;
      /**
       * @description `float` (arrays of numbers, the default) or `base64` (little-endian float32 bytes).
       * @enum {string|null}
       */
      encoding_format?: "float" | "base64" | null;
      /**
       * @description A unique identifier representing your end-user
       * @example user-1234
       */
      user?: string | null;
    };
    /**
     * @description One text, or a batch of texts.
     * @example The food was delicious
     */
    EmbeddingInput: string | string[];
    /**
     * @description The embeddings, one per input, in input order.
     * @example {
     *       "object": "list",
     *       "model": "intfloat/multilingual-e5-large-instruct",
     *       "data": [
     *         {
     *           "object": "embedding",
     *           "embedding": [
     *             0.0023,
     *             -0.0091,
     *             0.0152
     *           ],
     *           "index": 0
     *         }
     *       ],
     *       "usage": {
     *         "prompt_tokens": 5,
     *         "total_tokens": 5
     *       }
     *     }
     */
    CreateEmbeddingResponse: {
      /** @constant */
      object: "list";
      model: string;
      data: components["schemas"]["EmbeddingObject"][];
      usage: components["schemas"]["EmbeddingUsage"];
      signature?: components["schemas"]["ResponseSignature"];
      response_hash?: components["schemas"]["ResponseHash"];
    };
    /** @description One input's embedding. */
    EmbeddingObject: {
      /** @constant */
      object: "embedding";
      /** @description The vector, or its base64 float32 bytes when `encoding_format` was `base64`. */
      embedding: number[] | string;
      index: number;
    };
    /** @description Token counts of an embeddings request. */
    EmbeddingUsage: {
      prompt_tokens: number;
      total_tokens: number;
    };
    /**
     * @description An image generation request.
     * @example {
     *       "prompt": "A cute baby sea otter floating on its back",
     *       "model": "black-forest-labs/FLUX.1-schnell",
     *       "n": 1,
     *       "size": "1024x1024"
     *     }
     */
    CreateImageRequest: {
      /**
       * @description What to draw.
       * @example A cute baby sea otter floating on its back
       */
      prompt: string;
      model: components["schemas"]["ImageModelId"];
      /**
       * @description How many images to generate.
       * @example 1
       */
      n?: number | null;
      /**
       * @description The image quality (`standard` or `hd` for OpenAI-style models).
       * @example hd
       */
      quality?: string | null;
      /**
       * @description Return images as URLs or as base64 JSON.
       * @example url
       * @enum {string|null}
       */
      response_format?: "url" | "b64_json" | null;
      /**
       * @description The size, as `WIDTHxHEIGHT` in pixels.
       * @example 1024x1024
       */
      size?: string | null;
      /**
       * @description The style (`vivid` or `natural` for OpenAI-style models).
       * @example vivid
       */
      style?: string | null;
      /**
       * @description A unique identifier representing your end-user
       * @example user-1234
       */
      user?: string | null;
    };
    /**
     * @description The generated images.
     * @example {
     *       "created": 1736950000,
     *       "data": [
     *         {
     *           "url": "https://images.atoma.network/abc123.png",
     *           "revised_prompt": "A cute baby sea otter floating on its back in calm water"
     *         }
     *       ]
     *     }
     */
    CreateImageResponse: {
      created: number;
      data: components["schemas"]["ImageData"][];
      signature?: components["schemas"]["ResponseSignature"];
      response_hash?: components["schemas"]["ResponseHash"];
    };
    /** @description One generated image, as a URL or as base64 (by the request's `response_format`). */
    ImageData: {
      /** @description Where to fetch the image. */
      url?: string;
      /** @description The image's bytes in base64. */
      b64_json?: string;
      /** @description The prompt the model actually used. */
      revised_prompt?: string | null;
    };
    /**
     * @description The available models.
     * @example {
     *       "object": "list",
     *       "data": [
     *         {
     *           "id": "meta-llama/Llama-3.3-70B-Instruct",
     *           "object": "model",
     *           "created": 1736950000,
     *           "owned_by": "atoma"
     *         }
     *       ]
     *     }
     */
    ModelList: {
      /** @constant */
      object: "list";
      data: components["schemas"]["Model"][];
    };
    /** @description A model the network serves. */
    Model: {
      id: string;
      /** @constant */
      object: "model";
      created: number;
      owned_by: string;
    };
    /**
     * @description The model listing in OpenRouter's format; its fields are OpenRouter's, not Atoma's.
     * @example {
     *       "data": [
     *         {
     *           "id": "meta-llama/Llama-3.3-70B-Instruct",
     *           "name": "Llama 3.3 70B Instruct"
     *         }
     *       ]
     *     }
     */
    OpenRouterModelsResponse: {
      [key: string]: unknown;
    };
    /**
     * @description The proxy's liveness answer.
     * @example {
     *       "message": "ok"
     *     }
     */
    HealthResponse: {
      message: string;
    };
    /**
     * @description A node's signed registration of its public address.
     * @example {
     *       "data": {
     *         "node_small_id": 3,
     *         "public_address": "https://node-3.example.org",
     *         "country": "DE"
     *       },
     *       "signature": "AGVjdA=="
     *     }
     */
    NodesCreateRequest: {
      data: components["schemas"]["NodePublicAddressAssignment"];
      /** @description Base64 Sui signature of the node over the JSON of `data`. */
      signature: string;
    };
    /** @description Which node serves at which address, from which country. */
    NodePublicAddressAssignment: {
      /** @description The node's small id on chain. */
      node_small_id: number;
      /** @description The URL the proxy reaches the node at. */
      public_address: string;
      /** @description The node's country, as an ISO 3166-1 alpha-2 code. */
      country: string;
    };
    /**
     * @description The registration's outcome.
     * @example {
     *       "message": "Node public address registered successfully"
     *     }
     */
    NodesCreateResponse: {
      message: string;
    };
    /**
     * @description Which model to lock a confidential node for, and how much compute to reserve.
     * @example {
     *       "model": "meta-llama/Llama-3.3-70B-Instruct"
     *     }
     */
    NodesCreateLockRequest: {
      model: components["schemas"]["ModelId"];
      /**
       * @description The compute units to reserve (default 8192). For images, the image's compute units
       *     (1,048,576 by default), sent again as the request's `num_compute_units`.
       * @example 8192
       */
      max_num_tokens?: number | null;
      /** @description How long to hold the lock, in seconds; the proxy's default is about 5. */
      timeout?: number | null;
    };
    /**
     * @description The locked node, its public key and the stack that bills the request.
     * @example {
     *       "public_key": "3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=",
     *       "node_small_id": 3,
     *       "stack_small_id": 41
     *     }
     */
    NodesCreateLockResponse: {
      /** @description The node's X25519 public key (32 bytes, base64). */
      public_key: string;
      node_small_id: number;
      stack_small_id: number;
      /** @description The digest of the transaction that made the stack entry, when a new one was made. */
      stack_entry_digest?: string | null;
    };
    /**
     * @description An encrypted request (confidential protocol steps 2-5). All binary values are base64.
     * @example {
     *       "ciphertext": "q83vEjRWeJq83vEjRWeJq83vEjRWeJq8",
     *       "client_dh_public_key": "3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=",
     *       "node_dh_public_key": "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=",
     *       "model_name": "meta-llama/Llama-3.3-70B-Instruct",
     *       "nonce": "AAECAwQFBgcICQoL",
     *       "salt": "AAECAwQFBgcICQoLDA0ODw==",
     *       "stack_small_id": 41,
     *       "plaintext_body_hash": "0t/v9l6C4QxPuvHyP3V6qRKyU9pAp+TyBsfoJOkTs9E=",
     *       "stream": false
     *     }
     */
    ConfidentialComputeRequest: {
      /** @description AES-256-GCM of the UTF-8 JSON of the plain request, with the 16-byte tag appended. */
      ciphertext: string;
      /** @description The client's ephemeral X25519 public key. */
      client_dh_public_key: string;
      /** @description The locked node's X25519 public key (`public_key` of the lock). */
      node_dh_public_key: string;
      /** @description The model, in clear, for routing. */
      model_name: string;
      /** @description The 12-byte AES-GCM nonce. */
      nonce: string;
      /** @description The 16-byte HKDF salt. */
      salt: string;
      /** @description The stack of the lock. */
      stack_small_id: number;
      /** @description BLAKE2b-256 of the plaintext bytes. */
      plaintext_body_hash: string;
      /** @description Whether the plain request streams; must equal its `stream`. */
      stream?: boolean | null;
      /** @description The compute units reserved by the lock; needed for images. */
      num_compute_units?: number | null;
    };
    /**
     * @description An encrypted response (confidential protocol step 6): decrypt `ciphertext` with the request's
     *     key and this `nonce`; `response_hash` is BLAKE2b-256 of exactly the decrypted bytes.
     * @example {
     *       "nonce": "AAECAwQFBgcICQoL",
     *       "ciphertext": "q83vEjRWeJq83vEjRWeJq83vEjRWeJq8",
     *       "response_hash": "0t/v9l6C4QxPuvHyP3V6qRKyU9pAp+TyBsfoJOkTs9E=",
     *       "signature": "AGVjdA==",
     *       "usage": {
     *         "prompt_tokens": 12,
     *         "completion_tokens": 9,
     *         "total_tokens": 21
     *       }
     *     }
     */
    ConfidentialComputeResponse: {
      nonce: string;
      ciphertext: string;
      response_hash: components["schemas"]["ResponseHash"];
      signature: components["schemas"]["ResponseSignature"];
      usage?: components["schemas"]["ConfidentialUsage"];
    };
    /**
     * @description The `data` of one event of a confidential stream (protocol step 7): decrypts to one plain
     *     chunk. Only the final event carries `usage` in clear. A node may use one nonce for every
     *     chunk; decrypt each with the nonce it carries.
     * @example {
     *       "ciphertext": "q83vEjRWeJq83vEjRWeJq83vEjRWeJq8",
     *       "nonce": "AAECAwQFBgcICQoL",
     *       "signature": "AGVjdA==",
     *       "response_hash": "0t/v9l6C4QxPuvHyP3V6qRKyU9pAp+TyBsfoJOkTs9E="
     *     }
     */
    ConfidentialComputeStreamResponse: {
      ciphertext: string;
      nonce: string;
      usage?: components["schemas"]["ConfidentialUsage"];
      signature: components["schemas"]["ResponseSignature"];
      response_hash: components["schemas"]["ResponseHash"];
    };
    /** @description Token counts in clear (absent for images; embeddings count no completion tokens). */
    ConfidentialUsage:
      components["schemas"]["CompletionUsage"] | components["schemas"]["EmbeddingUsage"] | null;
    /**
     * @description Base64 BLAKE2b-256 of the body without `signature` and `response_hash` (for confidential
     *     responses, of the decrypted plaintext). See "Verifiable responses" in the description.
     * @example 0t/v9l6C4QxPuvHyP3V6qRKyU9pAp+TyBsfoJOkTs9E=
     */
    ResponseHash: string;
    /**
     * @description Base64 Sui signature over the 32 raw bytes of `response_hash`: flag byte `0x00` (Ed25519),
     *     `0x01` (secp256k1) or `0x02` (secp256r1), the 64-byte signature (ECDSA: compact `r || s` over
     *     SHA-256 of the hash, low `s`), the signer's public key (32 bytes for Ed25519, 33 compressed for
     *     ECDSA). The signer's Sui address is `0x` + hex of BLAKE2b-256(flag || public key). See
     *     "Verifiable responses" in the description.
     * @example AGVjdA==
     */
    ResponseSignature: string;
    /**
     * @description Atoma's JSON error body (the proxy's `AtomaProxyError`).
     * @example {
     *       "error": {
     *         "code": "REQUEST_ERROR",
     *         "message": "Request error: Model not supported"
     *       }
     *     }
     */
    ErrorResponse: {
      error: {
        /**
         * @description A machine-readable error code. The proxy's, by status: `REQUEST_ERROR` 400 (message
         *     `Request error: …`), `FIAT_PAYMENTS_ONLY` 400, `AUTH_ERROR` 401, `BALANCE_ERROR` 402,
         *     `NOT_FOUND` 404, `LOCKED` 423, `UNAVAILABLE_STACK` 425, `TOO_MANY_REQUESTS` 429 (also
         *     when no node can be reached), `INTERNAL_ERROR` 500 (also a node's refusal of a
         *     confidential request: a bad hash, a wrong node key, a failed decryption),
         *     `NOT_IMPLEMENTED` 501, `SERVICE_UNAVAILABLE` 503. The proxy never sends `Retry-After`.
         * @example REQUEST_ERROR
         * @example AUTH_ERROR
         * @example BALANCE_ERROR
         * @example LOCKED
         * @example UNAVAILABLE_STACK
         * @example TOO_MANY_REQUESTS
         * @example INTERNAL_ERROR
         * @example SERVICE_UNAVAILABLE
         */
        code: string;
        /** @description What went wrong, for people. */
        message: string;
      };
    };
  };
  responses: {
    /**
     * @description The request failed. Atoma answers `{"error": {"code", "message"}}` where it can; proxies and
     *     upstream failures may answer with plain text or an empty body. Atoma also answers 429 when it
     *     cannot reach a node.
     */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
        "text/plain": string;
      };
    };
    /**
     * @description The node refused the request because its stack is locked (`LOCKED`, "Locked"). On
     *     `/v1/confidential/*` the proxy hands this back instead of retrying itself: lock a node again and
     *     seal the request afresh (the SDK does this once).
     */
    NodeLocked: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "LOCKED",
         *         "message": "Locked"
         *       }
         *     }
         */
        "application/json": components["schemas"]["ErrorResponse"];
        "text/plain": string;
      };
    };
    /**
     * @description The node lock is missing, already used or expired, or covers fewer compute units than the request
     *     (`UNAVAILABLE_STACK`, "Stack unavailable"); lock again.
     */
    LockUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
        "text/plain": string;
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type ChatModelId = components["schemas"]["ChatModelId"];
export type EmbeddingModelId = components["schemas"]["EmbeddingModelId"];
export type ImageModelId = components["schemas"]["ImageModelId"];
export type ModelId = components["schemas"]["ModelId"];
export type ChatCompletionRequestCommon = components["schemas"]["ChatCompletionRequestCommon"];
export type CreateChatCompletionRequest = components["schemas"]["CreateChatCompletionRequest"];
export type CreateChatCompletionStreamRequest = components["schemas"]["CreateChatCompletionStreamRequest"];
export type ChatCompletionMessage = components["schemas"]["ChatCompletionMessage"];
export type ChatCompletionSystemMessage = components["schemas"]["ChatCompletionSystemMessage"];
export type ChatCompletionUserMessage = components["schemas"]["ChatCompletionUserMessage"];
export type ChatCompletionAssistantMessage = components["schemas"]["ChatCompletionAssistantMessage"];
export type ChatCompletionToolMessage = components["schemas"]["ChatCompletionToolMessage"];
export type ChatCompletionContentPart = components["schemas"]["ChatCompletionContentPart"];
export type ChatCompletionContentPartText = components["schemas"]["ChatCompletionContentPartText"];
export type ChatCompletionContentPartImage = components["schemas"]["ChatCompletionContentPartImage"];
export type ChatCompletionMessageToolCall = components["schemas"]["ChatCompletionMessageToolCall"];
export type ChatCompletionToolsParam = components["schemas"]["ChatCompletionToolsParam"];
export type ChatCompletionToolFunctionParam = components["schemas"]["ChatCompletionToolFunctionParam"];
export type ToolChoice = components["schemas"]["ToolChoice"];
export type ToolChoiceFunction = components["schemas"]["ToolChoiceFunction"];
export type ResponseFormat = components["schemas"]["ResponseFormat"];
export type JsonSchemaResponseFormat = components["schemas"]["JsonSchemaResponseFormat"];
export type StreamOptions = components["schemas"]["StreamOptions"];
export type ChatCompletionResponse = components["schemas"]["ChatCompletionResponse"];
export type ChatCompletionChoice = components["schemas"]["ChatCompletionChoice"];
export type ChatCompletionResponseMessage = components["schemas"]["ChatCompletionResponseMessage"];
export type FinishReason = components["schemas"]["FinishReason"];
export type ChatCompletionLogprobs = components["schemas"]["ChatCompletionLogprobs"];
export type ChatCompletionTokenLogprob = components["schemas"]["ChatCompletionTokenLogprob"];
export type ChatCompletionTopLogprob = components["schemas"]["ChatCompletionTopLogprob"];
export type CompletionUsage = components["schemas"]["CompletionUsage"];
export type ChatCompletionChunk = components["schemas"]["ChatCompletionChunk"];
export type ChatCompletionChunkChoice = components["schemas"]["ChatCompletionChunkChoice"];
export type ChatCompletionChunkDelta = components["schemas"]["ChatCompletionChunkDelta"];
export type ChatCompletionToolCallDelta = components["schemas"]["ChatCompletionToolCallDelta"];
export type CompletionRequestCommon = components["schemas"]["CompletionRequestCommon"];
export type CompletionRequest = components["schemas"]["CompletionRequest"];
export type CreateCompletionsStreamRequest = components["schemas"]["CreateCompletionsStreamRequest"];
export type CompletionsPrompt = components["schemas"]["CompletionsPrompt"];
export type CompletionsResponse = components["schemas"]["CompletionsResponse"];
export type CompletionChoice = components["schemas"]["CompletionChoice"];
export type CompletionLogprobs = components["schemas"]["CompletionLogprobs"];
export type CompletionChunk = components["schemas"]["CompletionChunk"];
export type CompletionChunkChoice = components["schemas"]["CompletionChunkChoice"];
export type CreateEmbeddingRequest = components["schemas"]["CreateEmbeddingRequest"];
export type EmbeddingInput = components["schemas"]["EmbeddingInput"];
export type CreateEmbeddingResponse = components["schemas"]["CreateEmbeddingResponse"];
export type EmbeddingObject = components["schemas"]["EmbeddingObject"];
export type EmbeddingUsage = components["schemas"]["EmbeddingUsage"];
export type CreateImageRequest = components["schemas"]["CreateImageRequest"];
export type CreateImageResponse = components["schemas"]["CreateImageResponse"];
export type ImageData = components["schemas"]["ImageData"];
export type ModelList = components["schemas"]["ModelList"];
export type Model = components["schemas"]["Model"];
export type OpenRouterModelsResponse = components["schemas"]["OpenRouterModelsResponse"];
export type HealthResponse = components["schemas"]["HealthResponse"];
export type NodesCreateRequest = components["schemas"]["NodesCreateRequest"];
export type NodePublicAddressAssignment = components["schemas"]["NodePublicAddressAssignment"];
export type NodesCreateResponse = components["schemas"]["NodesCreateResponse"];
export type NodesCreateLockRequest = components["schemas"]["NodesCreateLockRequest"];
export type NodesCreateLockResponse = components["schemas"]["NodesCreateLockResponse"];
export type ConfidentialComputeRequest = components["schemas"]["ConfidentialComputeRequest"];
export type ConfidentialComputeResponse = components["schemas"]["ConfidentialComputeResponse"];
export type ConfidentialComputeStreamResponse = components["schemas"]["ConfidentialComputeStreamResponse"];
export type ConfidentialUsage = components["schemas"]["ConfidentialUsage"];
export type ResponseHash = components["schemas"]["ResponseHash"];
export type ResponseSignature = components["schemas"]["ResponseSignature"];
export type ErrorResponse = components["schemas"]["ErrorResponse"];
export type ResponseError = components["responses"]["Error"];
export type ResponseNodeLocked = components["responses"]["NodeLocked"];
export type ResponseLockUnavailable = components["responses"]["LockUnavailable"];
export type $defs = Record<string, never>;
export interface operations {
  chat_completions_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json":
          | components["schemas"]["CreateChatCompletionRequest"]
          | components["schemas"]["CreateChatCompletionStreamRequest"];
      };
    };
    responses: {
      /** @description The completion, or its stream of chunks when `stream` is true. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ChatCompletionResponse"];
          "text/event-stream": components["schemas"]["ChatCompletionChunk"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  completions_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json":
          | components["schemas"]["CompletionRequest"]
          | components["schemas"]["CreateCompletionsStreamRequest"];
      };
    };
    responses: {
      /** @description The completion, or its stream of chunks when `stream` is true. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CompletionsResponse"];
          "text/event-stream": components["schemas"]["CompletionChunk"][];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  embeddings_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateEmbeddingRequest"];
      };
    };
    responses: {
      /** @description One embedding per input, in input order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateEmbeddingResponse"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  image_generations_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateImageRequest"];
      };
    };
    responses: {
      /** @description The generated images. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateImageResponse"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  models_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The available models. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ModelList"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  open_router_models_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The models in OpenRouter's format (free-form JSON). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OpenRouterModelsResponse"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The proxy is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HealthResponse"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  nodes_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["NodesCreateRequest"];
      };
    };
    responses: {
      /** @description The address was registered. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NodesCreateResponse"];
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  nodes_create_lock: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["NodesCreateLockRequest"];
      };
    };
    responses: {
      /** @description The locked node and its public key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NodesCreateLockResponse"];
        };
      };
      /** @description No node serves the model with confidential compute. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
          "text/plain": string;
        };
      };
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  confidential_chat_completions_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConfidentialComputeRequest"];
      };
    };
    responses: {
      /** @description The encrypted completion, or its stream of encrypted chunks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConfidentialComputeResponse"];
          "text/event-stream": components["schemas"]["ConfidentialComputeStreamResponse"][];
        };
      };
      423: components["responses"]["NodeLocked"];
      425: components["responses"]["LockUnavailable"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  confidential_completions_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConfidentialComputeRequest"];
      };
    };
    responses: {
      /** @description The encrypted completion, or its stream of encrypted chunks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConfidentialComputeResponse"];
          "text/event-stream": components["schemas"]["ConfidentialComputeStreamResponse"][];
        };
      };
      423: components["responses"]["NodeLocked"];
      425: components["responses"]["LockUnavailable"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  confidential_embeddings_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConfidentialComputeRequest"];
      };
    };
    responses: {
      /** @description The encrypted embeddings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConfidentialComputeResponse"];
        };
      };
      423: components["responses"]["NodeLocked"];
      425: components["responses"]["LockUnavailable"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
  confidential_image_generations_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ConfidentialComputeRequest"];
      };
    };
    responses: {
      /** @description The encrypted images. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConfidentialComputeResponse"];
        };
      };
      423: components["responses"]["NodeLocked"];
      425: components["responses"]["LockUnavailable"];
      "4XX": components["responses"]["Error"];
      "5XX": components["responses"]["Error"];
    };
  };
}
