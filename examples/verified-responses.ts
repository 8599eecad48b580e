// Verified responses: Atoma's nodes sign every response and stream chunk. withVerification checks
// each signature and hash before you see the data, and with trustedSigners refuses any node that
// is not on your list.
//
//   ATOMA_API_KEY=... pnpm exec tsx examples/verified-responses.ts
//   ATOMA_BASE_URL=http://127.0.0.1:4010 ATOMA_API_KEY=any pnpm exec tsx examples/verified-responses.ts
//
// ATOMA_TRUSTED_SIGNERS (comma-separated Sui addresses) is the list of nodes you accept. Unset, this
// example trusts the first node that answers, to show the difference.
import { createAtomaClient } from "@atoma-ts/client";
import { isIntegrityError, verificationOf, withVerification } from "@atoma-ts/confidential";

const atoma = createAtomaClient({ baseUrl: process.env.ATOMA_BASE_URL, apiKey: process.env.ATOMA_API_KEY });
const model = "meta-llama/Llama-3.3-70B-Instruct";
const messages = [{ role: "user" as const, content: "Is this answer signed?" }];

// Without trustedSigners: the signature is valid, but any key could have made it. Check the signer.
const anyNode = await withVerification(atoma).chat.create({ model, messages });
console.log(`signed by ${anyNode.verification.signer}, hash ${anyNode.verification.responseHash}`);

const trustedSigners = process.env.ATOMA_TRUSTED_SIGNERS?.split(",") ?? [anyNode.verification.signer];
const verified = withVerification(atoma, { trustedSigners });

// Streams are checked chunk by chunk, each exactly as received.
let chunks = 0;
for await (const chunk of verified.chat.stream({ model, messages })) {
  if (verificationOf(chunk)) chunks++;
}
console.log(`${chunks} stream chunks verified against trustedSigners`);

// A node outside the list is refused, even with a valid signature.
const stranger = withVerification(atoma, { trustedSigners: [`0x${"0".repeat(64)}`] });
try {
  await stranger.chat.create({ model, messages });
} catch (error) {
  if (!isIntegrityError(error)) throw error;
  console.log(`refused: ${error.type}`);
}
