// The virtual board's serial line on a loopback TCP port, so that tools that speak to a board
// through pyserial's socket:// URLs (mpremote) or tsmpy's built-in transport talk to it unchanged.
// Like a serial line, it carries one byte stream: every client's bytes go to the board, and the
// board's output goes to every client connected at the time.
import * as net from "net";
import { DeviceError } from "../errors";
import { deviceListen } from "../../diagnostics/catalog";
import { VirtualBoard } from "./board";

export interface DeviceServer {
  readonly port: number;
  readonly board: VirtualBoard;
  close(): Promise<void>;
}

export interface DeviceServerOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port: number;
  board: VirtualBoard;
  onConnection?: (remote: string, open: boolean) => void;
}

export function startDeviceServer(opts: DeviceServerOptions): Promise<DeviceServer> {
  const { board } = opts;
  const clients = new Set<net.Socket>();
  board.onOutput((bytes) => {
    for (const c of clients) c.write(bytes);
  });
  const server = net.createServer((socket) => {
    const remote = `${socket.remoteAddress}:${socket.remotePort}`;
    socket.setNoDelay(true);
    clients.add(socket);
    opts.onConnection?.(remote, true);
    socket.on("data", (d) => board.input(d));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => {
      clients.delete(socket);
      opts.onConnection?.(remote, false);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) => {
      const why = e.code === "EADDRINUSE" ? "the port is in use (another tsmpy device?); pick another with --port" : e.code === "EACCES" ? "permission denied" : e.message;
      reject(new DeviceError(deviceListen(undefined, String(opts.port), why)));
    });
    server.listen(opts.port, "127.0.0.1", () => {
      const address = server.address() as net.AddressInfo;
      resolve({
        port: address.port,
        board,
        close: async () => {
          for (const c of clients) c.destroy();
          await new Promise<void>((r) => server.close(() => r()));
          await board.stop();
        },
      });
    });
  });
}
