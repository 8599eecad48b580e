// A logger that keeps every line, for tests of what the client logs.
import type { Logger, LogLevel } from "../log.js";

export type Line = { level: Exclude<LogLevel, "off">; message: string };

export interface RecordingLogger extends Logger {
  lines: Line[];
  /** The messages logged at `level`. */
  at(level: Line["level"]): string[];
}

export function createRecordingLogger(): RecordingLogger {
  const lines: Line[] = [];
  const record = (level: Line["level"]) => (message: string) => void lines.push({ level, message });
  return {
    lines,
    at: (level) => lines.filter((line) => line.level === level).map((line) => line.message),
    error: record("error"),
    warn: record("warn"),
    info: record("info"),
    debug: record("debug"),
  };
}
