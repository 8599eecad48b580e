// The size-limit fixture: a streamed chat on top of the client, openapi-fetch included.
import { createAtomaClient } from "@atoma-ts/client";
import { withStreaming } from "../dist/index.js";

const atoma = withStreaming(createAtomaClient({ apiKey: "key" }));
export const stream = atoma.chat.stream({ model: "model", messages: [{ role: "user", content: "Hello!" }] });
