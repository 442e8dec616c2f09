// File operations on a board, each a short Python program run through the raw REPL (the way
// mpremote's `fs` commands work): mkdir -p, chunked writes, reads, listings, SHA-256 hashes.
import { createHash } from "crypto";
import type { RawRepl } from "./raw-repl";

/** A Python string literal for any text (paths may hold quotes or non-ASCII characters). */
export function pyStr(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\" || ch === "'") out += "\\" + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + "'";
}

/** A Python bytes literal (printable ASCII as is, the rest as \xNN), as mpremote sends chunks. */
export function pyBytes(data: Uint8Array): string {
  let out = "b'";
  for (const c of data) {
    if (c === 0x5c || c === 0x27) out += "\\" + String.fromCharCode(c);
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else out += "\\x" + c.toString(16).padStart(2, "0");
  }
  return out + "'";
}

const tuple = (items: string[]) => `(${items.map(pyStr).join(", ")},)`;

export interface RemoteEntry {
  path: string;
  isDir: boolean;
  size: number;
}

export class DeviceFiles {
  /** Bytes per `w(...)` call and calls per exec: one raw-REPL round trip writes up to 2 KiB. */
  chunkSize = 256;
  chunksPerExec = 8;

  constructor(private readonly repl: RawRepl) {}

  /** Creates each directory and its parents; existing directories are fine. */
  async mkdirs(dirs: string[]): Promise<void> {
    if (!dirs.length) return;
    await this.repl.run(
      [
        "import os",
        "def _mk(p):",
        " q=''",
        " for part in p.strip('/').split('/'):",
        "  q+='/'+part",
        "  try: os.mkdir(q)",
        "  except OSError:",
        "   if not os.stat(q)[0]&0x4000: raise",
        `for p in ${tuple(dirs)}: _mk(p)`,
        "del _mk",
      ].join("\n"),
      `creating ${dirs.join(", ")}`,
    );
  }

  async writeFile(path: string, data: Uint8Array, onProgress?: (written: number) => void): Promise<void> {
    const what = `writing ${path}`;
    await this.repl.run(`f=open(${pyStr(path)},'wb')\nw=f.write`, what);
    let i = 0;
    while (i < data.length) {
      const calls: string[] = [];
      for (let k = 0; k < this.chunksPerExec && i < data.length; k++, i += this.chunkSize) {
        calls.push(`w(${pyBytes(data.subarray(i, i + this.chunkSize))})`);
      }
      await this.repl.run(calls.join("\n"), what);
      onProgress?.(Math.min(i, data.length));
    }
    await this.repl.run("f.close()\ndel f,w", what);
  }

  /** The file's bytes, or undefined when it does not exist. */
  async readFile(path: string): Promise<Buffer | undefined> {
    const out = await this.repl.run(
      [
        "import binascii",
        "try:",
        ` f=open(${pyStr(path)},'rb')`,
        "except OSError:",
        " f=None",
        " print('-')",
        "while f:",
        " c=f.read(512)",
        " if not c: f.close(); break",
        " print(binascii.hexlify(c).decode())",
        "del f",
      ].join("\n"),
      `reading ${path}`,
    );
    const lines = out.split(/\r?\n/).filter((l) => l);
    if (lines[0] === "-") return undefined;
    return Buffer.from(lines.join(""), "hex");
  }

  /** Every file and directory under `root` (recursively), with sizes. */
  async list(root = "/"): Promise<RemoteEntry[]> {
    const out = await this.repl.run(
      [
        "import os",
        "def _ls(d):",
        " for e in os.ilistdir(d):",
        "  p=(d.rstrip('/'))+'/'+e[0]",
        "  if e[1]&0x4000:",
        "   print('D',0,p)",
        "   _ls(p)",
        "  else: print('F',e[3] if len(e)>3 else os.stat(p)[6],p)",
        `_ls(${pyStr(root)})`,
        "del _ls",
      ].join("\n"),
      `listing ${root}`,
    );
    return out
      .split(/\r?\n/)
      .filter((l) => l)
      .map((l) => {
        const [kind, size, ...rest] = l.split(" ");
        return { path: rest.join(" "), isDir: kind === "D", size: Number(size) };
      });
  }

  /**
   * SHA-256 (hex) of each path, undefined for a missing file. A board without hashlib.sha256 is
   * hashed here from the file's bytes read back.
   */
  async sha256(paths: string[]): Promise<Map<string, string | undefined>> {
    const result = new Map<string, string | undefined>();
    if (!paths.length) return result;
    const out = await this.repl.run(
      [
        "import binascii",
        "try:",
        " import hashlib",
        " _H=hashlib.sha256",
        "except (ImportError, AttributeError):",
        " _H=None",
        `for p in ${tuple(paths)}:`,
        " try: f=open(p,'rb')",
        " except OSError:",
        "  print('-'); continue",
        " if _H is None:",
        "  f.close(); print('?'); continue",
        " h=_H()",
        " while True:",
        "  c=f.read(512)",
        "  if not c: break",
        "  h.update(c)",
        " f.close()",
        " print(binascii.hexlify(h.digest()).decode())",
        "del _H",
      ].join("\n"),
      "hashing files",
    );
    const lines = out.split(/\r?\n/).filter((l) => l);
    for (let i = 0; i < paths.length; i++) {
      const line = lines[i];
      if (line === "-" || line === undefined) result.set(paths[i], undefined);
      else if (line === "?") {
        const data = await this.readFile(paths[i]);
        result.set(paths[i], data ? createHash("sha256").update(data).digest("hex") : undefined);
      } else result.set(paths[i], line);
    }
    return result;
  }

  /** Removes files; missing ones are fine. */
  async remove(paths: string[]): Promise<void> {
    if (!paths.length) return;
    await this.repl.run(
      ["import os", `for p in ${tuple(paths)}:`, " try: os.remove(p)", " except OSError: pass"].join("\n"),
      `removing ${paths.join(", ")}`,
    );
  }
}
