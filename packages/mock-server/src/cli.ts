#!/usr/bin/env node
import { parseArgs } from "node:util";
import { createMockServer } from "./create-mock-server.js";
import { listen } from "./listen.js";
import type { SignatureScheme } from "./signing.js";

const SCHEMES: readonly SignatureScheme[] = ["ed25519", "secp256k1", "secp256r1"];
const isSignatureScheme = (value: string | undefined): value is SignatureScheme =>
  SCHEMES.includes(value as SignatureScheme);

const USAGE = `Usage: atoma-mock-server [--port 4010] [--host 127.0.0.1] [--api-key KEY]
                         [--signature-scheme ed25519|secp256k1|secp256r1]

A local Atoma-compatible server for tests and offline development. Fault headers (x-mock-*) are
described in the package README.`;

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    "api-key": { type: "string" },
    "signature-scheme": { type: "string", default: "ed25519" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`atoma-mock-server: --port must be a port number, not ${values.port}\n\n${USAGE}`);
  process.exit(2);
}
const scheme = values["signature-scheme"];
if (!isSignatureScheme(scheme)) {
  console.error(
    `atoma-mock-server: --signature-scheme must be one of ${SCHEMES.join(", ")}, not ${scheme}\n\n${USAGE}`,
  );
  process.exit(2);
}
const server = createMockServer({ apiKey: values["api-key"], signatureScheme: scheme });
// No top-level await: the CLI is also built as CommonJS.
void listen(server, { port, host: values.host }).then((running) => {
  console.log(
    `atoma-mock-server listening on ${running.url} (responses signed by ${server.signer.address}, ${scheme})`,
  );
  const stop = () => void running.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
});
