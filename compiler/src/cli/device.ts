// `tsmpy device`: a virtual board on a loopback TCP port, until Ctrl-C.
import { VirtualBoard } from "../device/virtual/board";
import { startDeviceServer } from "../device/virtual/server";
import { parseOptions, reportingDeviceErrors, usage } from "./device-args";

export function device(argv: string[]): Promise<number> {
  return reportingDeviceErrors(async () => {
    const o = parseOptions("device", argv, { values: { "--port": undefined }, flags: ["--no-raw-paste", "--verbose"] });
    const portText = o.values.get("--port") ?? "2217";
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535) throw usage(`--port needs a TCP port number, got '${portText}'`);
    const board = new VirtualBoard({ rawPaste: !o.flags.has("--no-raw-paste") });
    const verbose = o.flags.has("--verbose");
    const server = await startDeviceServer({
      port,
      board,
      onConnection: (remote, open) => {
        if (verbose) process.stdout.write(`tsmpy device: ${open ? "connection from" : "closed"} ${remote}\n`);
      },
    });
    board.start();
    const url = `socket://127.0.0.1:${server.port}`;
    process.stdout.write(
      [
        `tsmpy device: virtual MicroPython 1.27 board listening on ${url}`,
        `  mpremote connect ${url} fs ls`,
        `  tsmpy deploy --port ${url} --via builtin`,
        "Files last until the device stops. Ctrl-C to stop.",
        "",
      ].join("\n"),
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await server.close();
    process.stdout.write("tsmpy device: stopped.\n");
    return 0;
  });
}
