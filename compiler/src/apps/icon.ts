// App icons: MicroPythonOS shows apps/<app>/icon_64x64.png in the launcher. `tsmpy new app`
// writes a generated one (so a new app needs no image editor), and every build checks that the
// app's icon really is a 64x64 PNG before it reaches the device.
import * as zlib from "zlib";

export const ICON_FILE = "icon_64x64.png";
export const ICON_SIZE = 64;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Why `data` is not a 64x64 PNG, or undefined. */
export function iconProblem(data: Buffer): string | undefined {
  if (data.length < 33 || !data.subarray(0, 8).equals(PNG_SIGNATURE) || data.toString("latin1", 12, 16) !== "IHDR") return "it is not a PNG file";
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  if (width !== ICON_SIZE || height !== ICON_SIZE) return `it is ${width}x${height} pixels; MicroPythonOS expects ${ICON_SIZE}x${ICON_SIZE}`;
  return undefined;
}

/**
 * A 64x64 RGBA PNG: a rounded square in a colour taken from `seed` (the app's fullname, so that
 * new apps tell apart in the launcher) with a lighter inner disc.
 */
export function defaultIcon(seed: string): Buffer {
  let h = 0;
  for (const c of seed) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const hue = h % 360;
  const [r, g, b] = hslToRgb(hue, 0.55, 0.45);
  const rows: Buffer[] = [];
  for (let y = 0; y < ICON_SIZE; y++) {
    const row = Buffer.alloc(1 + ICON_SIZE * 4); // filter byte 0 (None), then RGBA pixels
    for (let x = 0; x < ICON_SIZE; x++) {
      const inside = insideRoundedSquare(x + 0.5, y + 0.5, 4, 60, 12);
      const d = Math.hypot(x + 0.5 - 32, y + 0.5 - 32);
      const light = d < 14 ? 0.6 : 0;
      const o = 1 + x * 4;
      row[o] = Math.round(r + (255 - r) * light);
      row[o + 1] = Math.round(g + (255 - g) * light);
      row[o + 2] = Math.round(b + (255 - b) * light);
      row[o + 3] = inside ? 255 : 0;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(ICON_SIZE, 0);
  ihdr.writeUInt32BE(ICON_SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([PNG_SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

function insideRoundedSquare(x: number, y: number, lo: number, hi: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, lo + radius), hi - radius);
  const cy = Math.min(Math.max(y, lo + radius), hi - radius);
  return x >= lo && x <= hi && y >= lo && y <= hi && Math.hypot(x - cx, y - cy) <= radius;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

let table: Uint32Array | undefined;
function crc32(buf: Buffer): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const byte of buf) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
