import { AtomaError } from "./errors.js";

/** How much the client logs: `"off"`, or a level and every level above it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/**
 * Where the client logs: any object with console's `error`, `warn`, `info` and `debug`, each called with
 * one string. `console`, pino and winston loggers fit.
 */
export interface Logger {
  /** A call that failed: its error's message. */
  error(message: string): void;
  /** A retry about to happen: why, and after how long. */
  warn(message: string): void;
  /** An attempt's outcome: method, path, status, milliseconds, attempt number, request id. */
  info(message: string): void;
  /** The headers and body of a request or a response, credentials redacted. */
  debug(message: string): void;
}

/** One function per level that is on; a level that is off is undefined, so `log.info?.(…)` builds nothing. */
export type Log = { [L in Exclude<LogLevel, "off">]?: (message: string) => void };

const LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/** Values of `ATOMA_LOG` already warned about: one warning per value, however many clients. */
const warned = new Set<string>();

/**
 * The client's log: the `logLevel` option, else `ATOMA_LOG` (an invalid one is ignored, with a warning),
 * else off. Each line is prefixed `atoma:`.
 *
 * @throws {AtomaError} `logLevel` is not a level.
 */
export function createLog(level: LogLevel | undefined, logger: Logger, env: string | undefined): Log {
  if (level !== undefined && !LEVELS.includes(level)) {
    throw new AtomaError(`logLevel "${String(level)}" is not one of ${LEVELS.join(", ")}`);
  }
  if (level === undefined && env) {
    const value = env.trim().toLowerCase() as LogLevel;
    if (LEVELS.includes(value)) level = value;
    else if (!warned.has(env)) {
      warned.add(env);
      logger.warn(`atoma: ATOMA_LOG="${env}" is ignored: use one of ${LEVELS.join(", ")}`);
    }
  }
  const rank = LEVELS.indexOf(level ?? "off");
  const log: Log = {};
  for (const name of ["error", "warn", "info", "debug"] as const) {
    if (LEVELS.indexOf(name) <= rank) log[name] = (message) => logger[name](`atoma: ${message}`);
  }
  return log;
}
