// A byte channel to a board: a TCP socket (`host:port`, `socket://host:port`) or a serial port
// (`/dev/tty...`). Serial ports are opened without native modules: `stty` puts the line in raw
// mode at the baud rate, then Node's tty streams read and write it (Linux and macOS only; no
// hardware flow control, no DTR/RTS toggling, so the board is not reset on open).
import * as net from "net";
import * as fs from "fs";
import * as tty from "tty";
import { execFileSync } from "child_process";
import { DeviceError } from "../errors";
import { badPort, deviceUnreachable, serialSetup } from "../../diagnostics/catalog";

export interface Channel {
  /** Human-readable name of the port, for messages. */
  readonly name: string;
  write(data: Uint8Array): void;
  onData(listener: (data: Buffer) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

export type PortSpec = { kind: "tcp"; host: string; port: number; name: string } | { kind: "serial"; path: string; name: string };

/** Reads a port as users write it for mpremote. */
export function parsePort(spec: string): PortSpec {
  const tcp = /^(?:socket:\/\/)?(\[[^\]]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(spec);
  if (tcp && !spec.startsWith("/")) {
    const port = Number(tcp[2]);
    if (port > 0 && port < 65536) return { kind: "tcp", host: tcp[1].replace(/^\[|\]$/g, ""), port, name: spec };
  }
  if (/^\/dev\/\S+$/.test(spec) || /^COM\d+$/i.test(spec)) return { kind: "serial", path: spec, name: spec };
  throw new DeviceError(badPort(undefined, spec));
}

export function openChannel(spec: PortSpec, opts: { connectTimeoutMs?: number; baud?: number } = {}): Promise<Channel> {
  return spec.kind === "tcp" ? openTcp(spec, opts.connectTimeoutMs ?? 5000) : openSerial(spec, opts.baud ?? 115200);
}

function openTcp(spec: Extract<PortSpec, { kind: "tcp" }>, timeoutMs: number): Promise<Channel> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: spec.host, port: spec.port });
    socket.setNoDelay(true);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new DeviceError(deviceUnreachable(undefined, spec.name, `no connection within ${timeoutMs / 1000} s`)));
    }, timeoutMs);
    socket.once("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new DeviceError(deviceUnreachable(undefined, spec.name, describeSocketError(e))));
    });
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.removeAllListeners("error");
      // Later errors show up as a closed channel; the transport reports what it was doing.
      socket.on("error", () => socket.destroy());
      resolve({
        name: spec.name,
        write: (data) => void socket.write(data),
        onData: (l) => void socket.on("data", l),
        onClose: (l) => void socket.on("close", l),
        close: () => socket.destroy(),
      });
    });
  });
}

function describeSocketError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case "ECONNREFUSED":
      return "connection refused (nothing listens there; is `tsmpy device` running?)";
    case "ENOTFOUND":
      return "unknown host";
    case "ETIMEDOUT":
      return "connection timed out";
    default:
      return e.message;
  }
}

async function openSerial(spec: Extract<PortSpec, { kind: "serial" }>, baud: number): Promise<Channel> {
  if (process.platform === "win32") {
    throw new DeviceError(serialSetup(undefined, spec.path, "the built-in transport opens serial ports with stty, which Windows lacks; use --via mpremote"));
  }
  if (!fs.existsSync(spec.path)) throw new DeviceError(deviceUnreachable(undefined, spec.path, "no such device (is the board plugged in?)"));
  const flag = process.platform === "darwin" ? "-f" : "-F";
  try {
    execFileSync("stty", [flag, spec.path, String(baud), "raw", "-echo", "-hupcl", "clocal"], { stdio: ["ignore", "ignore", "pipe"], timeout: 5000 });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new DeviceError(serialSetup(undefined, spec.path, (err.stderr?.toString().trim() || err.message).replace(/\s+/g, " ")));
  }
  let fd: number;
  try {
    fd = fs.openSync(spec.path, fs.constants.O_RDWR | fs.constants.O_NOCTTY | fs.constants.O_NONBLOCK);
  } catch (e) {
    throw new DeviceError(deviceUnreachable(undefined, spec.path, (e as Error).message));
  }
  if (!tty.isatty(fd)) {
    fs.closeSync(fd);
    throw new DeviceError(serialSetup(undefined, spec.path, "it is not a terminal device"));
  }
  const input = new tty.ReadStream(fd);
  const output = new tty.WriteStream(fd);
  let closed = false;
  const closeListeners: (() => void)[] = [];
  const close = () => {
    if (closed) return;
    closed = true;
    input.destroy();
    output.destroy();
    for (const l of closeListeners) l();
  };
  input.on("error", close);
  output.on("error", close);
  input.on("end", close);
  return {
    name: spec.path,
    write: (data) => void output.write(data),
    onData: (l) => void input.on("data", (d: Buffer | string) => l(Buffer.isBuffer(d) ? d : Buffer.from(d, "latin1"))),
    onClose: (l) => void closeListeners.push(l),
    close,
  };
}
