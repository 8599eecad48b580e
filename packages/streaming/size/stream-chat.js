// The size-limit fixture: a streamed chat with the standalone function (no completions streaming).
import { createAtomaClient } from "@atoma-ts/client";
import { streamChat } from "../dist/index.js";

const atoma = createAtomaClient({ apiKey: "key" });
export const stream = streamChat(atoma, { model: "model", messages: [{ role: "user", content: "Hello!" }] });
