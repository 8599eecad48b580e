#!/usr/bin/env node
import { CliUsageError, parseCliOptions, USAGE, type CliOptions } from "./cli-options.js";
import { createMockServer } from "./create-mock-server.js";
import { listen } from "./listen.js";
import { withAccessLog } from "./with-access-log.js";

const NAME = "atoma-mock-server";

/** Exits with one line on stderr, never a stack trace: 2 for a bad command line, 1 for anything else. */
function fail(message: string, code: 1 | 2): never {
  console.error(`${NAME}: ${message}`);
  process.exit(code);
}

/** Why listening failed, in one line that says what to change. */
function describeListenError(error: NodeJS.ErrnoException, { host, port }: CliOptions): string {
  if (error.code === "EADDRINUSE") return `port ${port} is in use (EADDRINUSE); choose another with --port`;
  if (error.code === "EACCES") return `port ${port} needs privileges (EACCES); choose another with --port`;
  return `cannot listen on ${host}:${port} (${error.message}); check --host and --port`;
}

function main(): void {
  let options: CliOptions;
  try {
    options = parseCliOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CliUsageError) fail(`${error.message}; see --help`, 2);
    throw error;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const server = createMockServer({
    apiKey: options.apiKey,
    signatureScheme: options.signatureScheme,
    maxBodyBytes: options.maxBodyBytes,
    // Nobody reads the log of a CLI server, and a long run must not grow with every body.
    maxLoggedRequests: 0,
  });
  const fetch = options.log ? withAccessLog(server.fetch, (line) => console.log(line)) : server.fetch;
  // No top-level await: the CLI is also built as CommonJS.
  listen({ ...server, fetch }, { port: options.port, host: options.host }).then(
    (running) => {
      console.log(
        `${NAME} listening on ${running.url} (responses signed by ${server.signer.address}, ${options.signatureScheme})`,
      );
      const stop = () => void running.close().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    },
    (error: NodeJS.ErrnoException) => fail(describeListenError(error, options), 1),
  );
}

main();
