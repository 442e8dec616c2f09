// Buffers what a channel receives so that the protocol code can wait for a byte sequence or a
// number of bytes, each with a timeout, as pyserial's read_until/read do for mpremote.
import type { Channel } from "./channel";

export class TimeoutError extends Error {}
export class ClosedError extends Error {}

export class Reader {
  private buffer: Buffer = Buffer.alloc(0);
  private closed = false;
  private wake: (() => void) | undefined;
  /** When set, takes every byte as it arrives instead of the buffer (streaming a booted program's output). */
  tap: ((data: Buffer) => void) | undefined;

  constructor(channel: Channel) {
    channel.onData((data) => {
      if (this.tap) return this.tap(data);
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : data;
      this.wake?.();
    });
    channel.onClose(() => {
      this.closed = true;
      this.wake?.();
    });
  }

  get available(): number {
    return this.buffer.length;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Everything received so far. */
  drain(): Buffer {
    const b = this.buffer;
    this.buffer = Buffer.alloc(0);
    return b;
  }

  /** Bytes up to and including `ending`; `onChunk` sees data as it is consumed (for streaming). */
  async readUntil(ending: Uint8Array, timeoutMs: number, onChunk?: (data: Buffer) => void): Promise<Buffer> {
    const deadline = Date.now() + timeoutMs;
    let delivered = 0;
    for (;;) {
      const at = this.buffer.indexOf(ending);
      if (at >= 0) {
        const end = at + ending.length;
        const out = this.buffer.subarray(0, end);
        this.buffer = this.buffer.subarray(end);
        if (onChunk && end > delivered) onChunk(out.subarray(delivered));
        return out;
      }
      // Stream what cannot be part of the ending yet.
      if (onChunk) {
        const safe = Math.max(delivered, this.buffer.length - ending.length + 1);
        if (safe > delivered) {
          onChunk(this.buffer.subarray(delivered, safe));
          delivered = safe;
        }
      }
      await this.waitForData(deadline);
    }
  }

  async readExactly(n: number, timeoutMs: number): Promise<Buffer> {
    const deadline = Date.now() + timeoutMs;
    while (this.buffer.length < n) await this.waitForData(deadline);
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }

  private waitForData(deadline: number): Promise<void> {
    if (this.closed) return Promise.reject(new ClosedError("closed"));
    const left = deadline - Date.now();
    if (left <= 0) return Promise.reject(new TimeoutError("timeout"));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        reject(new TimeoutError("timeout"));
      }, left);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }
}
