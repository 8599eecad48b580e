import { parseArgs } from "node:util";
import { DEFAULT_MAX_BODY_BYTES } from "./pipeline/limit-body-size.js";
import type { SignatureScheme } from "./signing.js";

const SCHEMES: readonly SignatureScheme[] = ["ed25519", "secp256k1", "secp256r1"];
const isSignatureScheme = (value: string): value is SignatureScheme =>
  SCHEMES.includes(value as SignatureScheme);

/** The command line's options; what `--help` prints is written next to each. */
const OPTIONS = {
  port: { type: "string", default: "4010" },
  host: { type: "string", default: "127.0.0.1" },
  "api-key": { type: "string" },
  "signature-scheme": { type: "string", default: "ed25519" },
  "max-body-bytes": { type: "string", default: String(DEFAULT_MAX_BODY_BYTES) },
  log: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

export const USAGE = `Usage: atoma-mock-server [options]

A local Atoma-compatible server for tests and offline development. Fault headers (x-mock-*) are
described in the package README.

Options:
  --port N                 the port to listen on; 0 picks a free one (default: 4010)
  --host HOST              the address to listen on; 0.0.0.0: every interface (default: 127.0.0.1)
  --api-key KEY            the only bearer token accepted (default: any non-empty token)
  --signature-scheme NAME  the signing key's scheme: ${SCHEMES.join(", ")} (default: ed25519)
  --max-body-bytes N       a larger request body gets 413 (default: ${DEFAULT_MAX_BODY_BYTES}, 10 MiB)
  --log                    print a line per request: method, path, status, ms (default: off)
  -h, --help               print this help and exit`;

/** A command line the CLI cannot run: its message is the one line to print. */
export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
}

/** What the command line asks for. */
export interface CliOptions {
  help: boolean;
  port: number;
  host: string;
  apiKey: string | undefined;
  signatureScheme: SignatureScheme;
  maxBodyBytes: number;
  log: boolean;
}

/** Reads the command line strictly: an unknown option or a bad value is a {@link CliUsageError}. */
export function parseCliOptions(args: string[]): CliOptions {
  const values = parseStrictly(args);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new CliUsageError(`--port must be a port number (0-65535), not ${values.port}`);
  }
  const scheme = values["signature-scheme"];
  if (!isSignatureScheme(scheme)) {
    throw new CliUsageError(`--signature-scheme must be one of ${SCHEMES.join(", ")}, not ${scheme}`);
  }
  const maxBodyBytes = values["max-body-bytes"];
  if (!/^\d+$/.test(maxBodyBytes)) {
    throw new CliUsageError(`--max-body-bytes must be a whole number of bytes, not ${maxBodyBytes}`);
  }
  if (values["api-key"] === "") throw new CliUsageError("--api-key must not be empty");
  return {
    help: values.help,
    port,
    host: values.host,
    apiKey: values["api-key"],
    signatureScheme: scheme,
    maxBodyBytes: Number(maxBodyBytes),
    log: values.log,
  };
}

function parseStrictly(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliUsageError(describeParseError(error as Error & { code?: string }), { cause: error });
  }
}

/** parseArgs's complaint in our words: it names the argument in quotes, the code says what is wrong. */
function describeParseError(error: Error & { code?: string }): string {
  const quoted = /'([^' ]+)/.exec(error.message)?.[1];
  const name = quoted?.replace(/^-+/, "");
  if (quoted && error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${quoted}`;
  if (quoted && error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `unexpected argument ${quoted}`;
  if (quoted && error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const isFlag = OPTIONS[name as keyof typeof OPTIONS]?.type === "boolean";
    return isFlag ? `${quoted} takes no value` : `${quoted} needs a value`;
  }
  // Whatever else: the first sentence of Node's own message.
  return error.message.split(/\.\s|\n/)[0]!;
}
