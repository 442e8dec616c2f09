// MicroPython's raw REPL, spoken by the host: Ctrl-C to interrupt, Ctrl-A to enter raw mode, code
// then Ctrl-D to run it, answers framed as OK<stdout>\x04<stderr>\x04>. Code is sent in raw-paste
// mode (\x05A\x01, with the board's window flow control) when the board offers it, else in plain
// raw mode, as mpremote does.
import { DeviceError } from "../errors";
import { deviceDisconnected, deviceException, deviceProtocol, deviceTimeout } from "../../diagnostics/catalog";
import { Channel, openChannel, parsePort } from "./channel";
import { ClosedError, Reader, TimeoutError } from "./reader";

const RAW_BANNER = Buffer.from("raw REPL; CTRL-B to exit\r\n");
const SOFT_REBOOT = Buffer.from("soft reboot\r\n");
const EOT = Buffer.from([4]);

export interface RawReplOptions {
  /** How long to wait for the board's protocol answers (ms). */
  timeoutMs?: number;
  /** false: never try raw-paste mode (plain raw mode only). */
  rawPaste?: boolean;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  /** What the code does, for messages ("listing files"). */
  what?: string;
  /** How long the code may run (ms); the protocol timeout when not given. */
  timeoutMs?: number;
  onStdout?: (text: string) => void;
}

export class RawRepl {
  private readonly reader: Reader;
  private readonly timeoutMs: number;
  /** undefined until the first exec has asked the board; then whether raw-paste is in use. */
  rawPaste: boolean | undefined;
  /** Plain raw mode over a real UART: pace the writes as mpremote does (256 bytes per 10 ms). */
  private readonly paced: boolean;
  /** Whether the board's ">" prompt is still to be read (each command is answered by one). */
  private promptUnread = true;
  /** Whether the board is in the raw REPL (close() then returns it to the friendly one). */
  private inRaw = false;

  constructor(private readonly channel: Channel, opts: RawReplOptions & { paced?: boolean } = {}) {
    this.reader = new Reader(channel);
    this.timeoutMs = opts.timeoutMs ?? 10000;
    this.rawPaste = opts.rawPaste === false ? false : undefined;
    this.paced = !!opts.paced;
  }

  /** Opens PORT (serial device or host:port) and enters the raw REPL. */
  static async connect(port: string, opts: RawReplOptions & { softReset?: boolean } = {}): Promise<RawRepl> {
    const spec = parsePort(port);
    const channel = await openChannel(spec);
    const repl = new RawRepl(channel, { ...opts, paced: spec.kind === "serial" });
    try {
      await repl.enterRaw({ softReset: opts.softReset ?? true });
    } catch (e) {
      channel.close();
      throw e;
    }
    return repl;
  }

  get name(): string {
    return this.channel.name;
  }

  /** Interrupts whatever runs and enters the raw REPL; with softReset, restarts the interpreter first. */
  async enterRaw({ softReset }: { softReset: boolean }): Promise<void> {
    // As mpremote: interrupt, drop what was pending, and ask for raw mode right away.
    this.channel.write(Buffer.from("\r\x03"));
    this.reader.drain();
    this.channel.write(Buffer.from("\r\x01"));
    await this.expect(Buffer.concat([RAW_BANNER, Buffer.from(">")]), "entering the raw REPL");
    this.inRaw = true;
    if (softReset) {
      this.channel.write(EOT);
      await this.expect(SOFT_REBOOT, "soft-resetting");
      await this.expect(RAW_BANNER, "entering the raw REPL after the soft reset");
      this.promptUnread = true;
    } else {
      this.promptUnread = false;
    }
  }

  /** Soft-resets the board and stays in the raw REPL (boot.py runs, main.py does not). */
  async softReset(): Promise<void> {
    await this.prompt();
    this.channel.write(EOT);
    await this.expect(SOFT_REBOOT, "soft-resetting");
    await this.expect(RAW_BANNER, "entering the raw REPL after the soft reset");
    this.promptUnread = true;
  }

  /**
   * Leaves the raw REPL and soft-resets from the friendly one, so that the board boots as after
   * power-on (boot.py, then main.py). Its output is then read with `stream`.
   */
  async rebootToMain(): Promise<void> {
    await this.prompt();
    this.inRaw = false;
    this.channel.write(Buffer.from("\r\x02"));
    await sleep(20);
    this.channel.write(EOT);
    await this.expect(SOFT_REBOOT, "soft-resetting");
  }

  /** Everything the board prints from now on (for a booted program), until the channel closes. */
  stream(onData: (data: Buffer) => void): void {
    const pending = this.reader.drain();
    if (pending.length) onData(pending);
    this.reader.tap = onData;
  }

  /** Runs code; the board's stdout and stderr (the traceback, if it raised). */
  async exec(code: string | Uint8Array, opts: ExecOptions = {}): Promise<ExecResult> {
    const what = opts.what ?? "running code";
    await this.prompt();
    const bytes = typeof code === "string" ? Buffer.from(code, "utf8") : Buffer.from(code);
    if (this.rawPaste !== false) {
      this.channel.write(Buffer.from("\x05A\x01"));
      const answer = await this.read(2, "asking for raw-paste mode");
      if (answer.equals(Buffer.from("R\x01"))) {
        this.rawPaste = true;
        await this.pasteWrite(bytes, what);
        return this.follow(what, opts);
      }
      if (!answer.equals(Buffer.from("R\x00"))) {
        // A board that predates raw-paste took the bytes as raw input: wait for its prompt again.
        await this.expect(Buffer.from("w REPL; CTRL-B to exit\r\n>"), "falling back to the raw REPL");
      }
      this.rawPaste = false;
    }
    for (let i = 0; i < bytes.length; i += 256) {
      this.channel.write(bytes.subarray(i, i + 256));
      if (this.paced) await sleep(10);
    }
    this.channel.write(EOT);
    const ok = await this.read(2, what);
    if (!ok.equals(Buffer.from("OK"))) throw new DeviceError(deviceProtocol(undefined, this.name, what, JSON.stringify(ok.toString("latin1"))));
    return this.follow(what, opts);
  }

  /** Runs code and returns its stdout; an exception on the board becomes a DeviceError. */
  async run(code: string, what: string, opts: Omit<ExecOptions, "what"> = {}): Promise<string> {
    const r = await this.exec(code, { ...opts, what });
    if (r.stderr) throw new DeviceError(deviceException(undefined, what, r.stderr.trimEnd()));
    return r.stdout;
  }

  /** Leaves the raw REPL for the friendly one and closes the connection. */
  close(): void {
    if (this.inRaw && !this.reader.isClosed) this.channel.write(Buffer.from("\r\x02"));
    this.channel.close();
  }

  /** Reads the raw REPL's ">" before a command, unless it was read already. */
  private async prompt() {
    if (this.promptUnread) await this.expect(Buffer.from(">"), "waiting for the raw REPL prompt");
    // The board prints the next one after whatever is sent now.
    this.promptUnread = true;
  }

  private async pasteWrite(bytes: Buffer, what: string) {
    const header = await this.read(2, "starting raw-paste mode");
    const windowSize = header.readUInt16LE(0);
    let remaining = windowSize;
    let i = 0;
    while (i < bytes.length) {
      while (remaining === 0 || this.reader.available > 0) {
        const flow = await this.read(1, `${what} (raw-paste flow control)`);
        if (flow[0] === 1) remaining += windowSize;
        else if (flow[0] === 4) {
          // The board ended the paste early (a syntax error shows in the follow-up).
          this.channel.write(EOT);
          return;
        } else throw new DeviceError(deviceProtocol(undefined, this.name, `${what} (raw-paste)`, JSON.stringify(flow.toString("latin1"))));
      }
      const chunk = bytes.subarray(i, i + remaining);
      this.channel.write(chunk);
      remaining -= chunk.length;
      i += chunk.length;
    }
    this.channel.write(EOT);
    await this.expect(EOT, `${what} (ending raw-paste)`);
  }

  private async follow(what: string, opts: ExecOptions): Promise<ExecResult> {
    const timeout = opts.timeoutMs ?? this.timeoutMs;
    const decoder = new TextDecoder();
    const out = await this.guard(
      this.reader.readUntil(EOT, timeout, opts.onStdout ? (d) => opts.onStdout!(decoder.decode(stripEot(d), { stream: true })) : undefined),
      what,
      timeout,
    );
    const err = await this.guard(this.reader.readUntil(EOT, timeout), what, timeout);
    return { stdout: out.subarray(0, -1).toString("utf8"), stderr: err.subarray(0, -1).toString("utf8") };
  }

  private expect(ending: Buffer, what: string): Promise<Buffer> {
    return this.guard(this.reader.readUntil(ending, this.timeoutMs), what, this.timeoutMs);
  }

  private read(n: number, what: string): Promise<Buffer> {
    return this.guard(this.reader.readExactly(n, this.timeoutMs), what, this.timeoutMs);
  }

  private async guard<T>(p: Promise<T>, what: string, timeoutMs: number): Promise<T> {
    try {
      return await p;
    } catch (e) {
      if (e instanceof TimeoutError) throw new DeviceError(deviceTimeout(undefined, this.name, what, timeoutMs / 1000));
      if (e instanceof ClosedError) throw new DeviceError(deviceDisconnected(undefined, this.name, what));
      throw e;
    }
  }
}

function stripEot(d: Buffer): Buffer {
  return d.length && d[d.length - 1] === 4 ? d.subarray(0, -1) : d;
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
