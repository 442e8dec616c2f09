// A logger per service: its own level, every line prefixed `[<name>.service]`. Plain print lines
// (MicroPython's logging module is not on every board).

export type Level = "debug" | "info" | "warning" | "error" | "off";

const RANK: Record<string, number> = { debug: 10, info: 20, warning: 30, error: 40, off: 100 };

export class Logger {
  level: Level;
  readonly prefix: string;

  constructor(name: string, level: Level = "info") {
    this.prefix = "[" + name + ".service]";
    this.level = level;
  }

  /** True when a message of `level` would be printed. */
  enabled(level: Level): boolean {
    return RANK[level] >= RANK[this.level];
  }

  log(level: Level, message: string): void {
    if (RANK[level] >= RANK[this.level]) console.log(this.prefix + " " + level.toUpperCase() + ": " + message);
  }

  debug(message: string): void {
    this.log("debug", message);
  }

  info(message: string): void {
    this.log("info", message);
  }

  warning(message: string): void {
    this.log("warning", message);
  }

  error(message: string): void {
    this.log("error", message);
  }
}
