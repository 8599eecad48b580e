// The size-limit fixture: everything a `chat.create` call pulls in, openapi-fetch included.
import { createAtomaClient } from "../dist/index.js";

const atoma = createAtomaClient({ apiKey: "key" });
export const answer = atoma.chat.create({ model: "model", messages: [{ role: "user", content: "Hello!" }] });
