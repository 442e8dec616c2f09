// MicroPython 1.27 `machine` module, ESP32 port: the classes and functions apps use. Hand-written
// from the MicroPython docs, checked against ports/esp32 and extmod of v1.27.0.
// Keyword-only parameters (and ones usually passed by keyword) are in a trailing Kwargs object.
import type { bytes, Kwargs, ReadableBuffer, tuple, WritableBuffer } from "_python";

/** A GPIO number, or a board pin name where the board defines them. */
export type PinId = number | string;

// ---- Pin -----------------------------------------------------------------------------------------

export interface PinKw {
  /** Initial output value. */
  value?: number | boolean;
  drive?: number;
  hold?: boolean;
}

export interface Pin {
  /** Re-initialise the pin (same parameters as the constructor). */
  init(mode?: number | null, pull?: number | null, kw?: Kwargs<PinKw>): void;
  /** Read (no argument) or set the pin level. */
  value(): number;
  value(x: number | boolean): void;
  /** `pin()` reads, `pin(x)` sets, like value(). */
  (): number;
  (x: number | boolean): void;
  on(): void;
  off(): void;
  toggle(): void;
  /** Interrupt on edge(s) of `trigger` (IRQ_RISING | IRQ_FALLING); `handler(pin)` runs on each. */
  irq(handler?: ((pin: Pin) => void) | null, trigger?: number, wake?: number | null): PinIRQ;
}

export interface PinIRQ {
  /** Trigger flags of the last interrupt (or set the trigger). */
  flags(): number;
  trigger(): number;
  trigger(new_trigger: number): number;
}

export declare const Pin: {
  /** `Pin(5, Pin.OUT)`, `Pin(0, Pin.IN, Pin.PULL_UP)`, `Pin(2, Pin.OUT, { value: 1 })`. */
  (id: PinId, mode?: number | null, pull?: number | null, kw?: Kwargs<PinKw>): Pin;
  new (id: PinId, mode?: number | null, pull?: number | null, kw?: Kwargs<PinKw>): Pin;
  (id: PinId, mode: number, kw: Kwargs<PinKw & { pull?: number | null }>): Pin;
  new (id: PinId, mode: number, kw: Kwargs<PinKw & { pull?: number | null }>): Pin;
  readonly IN: number;
  readonly OUT: number;
  readonly OPEN_DRAIN: number;
  readonly PULL_UP: number;
  readonly PULL_DOWN: number;
  readonly IRQ_RISING: number;
  readonly IRQ_FALLING: number;
  readonly WAKE_LOW: number;
  readonly WAKE_HIGH: number;
  readonly DRIVE_0: number;
  readonly DRIVE_1: number;
  readonly DRIVE_2: number;
  readonly DRIVE_3: number;
};

// ---- Timer ---------------------------------------------------------------------------------------

export interface TimerKw {
  /** Timer.ONE_SHOT or Timer.PERIODIC (default). */
  mode?: number;
  period?: number;
  tick_hz?: number;
  freq?: number;
  callback?: ((t: Timer) => void) | null;
  hard?: boolean;
}

export interface Timer {
  init(kw: Kwargs<TimerKw>): void;
  deinit(): void;
  /** Current counter value in ticks. */
  value(): number;
}

export declare const Timer: {
  /** `Timer(0, { mode: Timer.PERIODIC, period: 1000, callback: (t) => ... })` (ids 0-3). */
  (id: number, kw?: Kwargs<TimerKw>): Timer;
  new (id: number, kw?: Kwargs<TimerKw>): Timer;
  readonly ONE_SHOT: number;
  readonly PERIODIC: number;
};

// ---- I2C -----------------------------------------------------------------------------------------

export interface I2CKw {
  scl?: Pin | PinId;
  sda?: Pin | PinId;
  freq?: number;
  timeout?: number;
}

export interface I2C {
  /** 7-bit addresses that answer. */
  scan(): number[];
  readfrom(addr: number, nbytes: number, stop?: boolean): bytes;
  readfrom_into(addr: number, buf: WritableBuffer, stop?: boolean): void;
  /** Returns the number of ACKs received. */
  writeto(addr: number, buf: ReadableBuffer, stop?: boolean): number;
  writevto(addr: number, vector: readonly ReadableBuffer[], stop?: boolean): number;
  readfrom_mem(addr: number, memaddr: number, nbytes: number, kw?: Kwargs<{ addrsize?: number }>): bytes;
  readfrom_mem_into(addr: number, memaddr: number, buf: WritableBuffer, kw?: Kwargs<{ addrsize?: number }>): void;
  writeto_mem(addr: number, memaddr: number, buf: ReadableBuffer, kw?: Kwargs<{ addrsize?: number }>): void;
}

/** Software I2C also has the primitive operations. */
export interface SoftI2C extends I2C {
  init(kw: Kwargs<I2CKw>): void;
  start(): void;
  stop(): void;
  readinto(buf: WritableBuffer, nack?: boolean): void;
  write(buf: ReadableBuffer): number;
}

export declare const I2C: {
  /** `I2C(0, { scl: Pin(22), sda: Pin(21), freq: 400000 })`. */
  (id: number, kw?: Kwargs<I2CKw>): I2C;
  new (id: number, kw?: Kwargs<I2CKw>): I2C;
};
export declare const SoftI2C: {
  (scl: Pin, sda: Pin, kw?: Kwargs<{ freq?: number; timeout?: number }>): SoftI2C;
  new (scl: Pin, sda: Pin, kw?: Kwargs<{ freq?: number; timeout?: number }>): SoftI2C;
};

// ---- SPI -----------------------------------------------------------------------------------------

export interface SPIKw {
  baudrate?: number;
  polarity?: number;
  phase?: number;
  bits?: number;
  firstbit?: number;
  sck?: Pin | PinId;
  mosi?: Pin | PinId;
  miso?: Pin | PinId;
}

export interface SPI {
  init(kw: Kwargs<SPIKw>): void;
  deinit(): void;
  read(nbytes: number, write?: number): bytes;
  readinto(buf: WritableBuffer, write?: number): void;
  write(buf: ReadableBuffer): void;
  write_readinto(write_buf: ReadableBuffer, read_buf: WritableBuffer): void;
}

export declare const SPI: {
  /** `SPI(1, { baudrate: 10000000, sck: Pin(14), mosi: Pin(13), miso: Pin(12) })`. */
  (id: number, kw?: Kwargs<SPIKw>): SPI;
  new (id: number, kw?: Kwargs<SPIKw>): SPI;
  readonly MSB: number;
  readonly LSB: number;
};
export declare const SoftSPI: {
  (kw: Kwargs<SPIKw>): SPI;
  new (kw: Kwargs<SPIKw>): SPI;
  readonly MSB: number;
  readonly LSB: number;
};

// ---- UART ----------------------------------------------------------------------------------------

export interface UARTKw {
  baudrate?: number;
  bits?: number;
  /** None, 0 (even) or 1 (odd). */
  parity?: number | null;
  stop?: number;
  tx?: Pin | PinId;
  rx?: Pin | PinId;
  rts?: Pin | PinId;
  cts?: Pin | PinId;
  txbuf?: number;
  rxbuf?: number;
  timeout?: number;
  timeout_char?: number;
  invert?: number;
  flow?: number;
}

export interface UART {
  init(kw: Kwargs<UARTKw>): void;
  deinit(): void;
  /** Bytes waiting to be read. */
  any(): number;
  /** Up to `nbytes` (default: all available); None on timeout. */
  read(nbytes?: number): bytes | undefined;
  readinto(buf: WritableBuffer, nbytes?: number): number | undefined;
  readline(): bytes | undefined;
  write(buf: ReadableBuffer): number | undefined;
  sendbreak(): void;
  flush(): void;
  txdone(): boolean;
  irq(handler?: ((uart: UART) => void) | null, trigger?: number, hard?: boolean): unknown;
}

export declare const UART: {
  /** `UART(1, 9600, { tx: 17, rx: 16 })`. */
  (id: number, baudrate?: number, kw?: Kwargs<UARTKw>): UART;
  new (id: number, baudrate?: number, kw?: Kwargs<UARTKw>): UART;
  readonly INV_TX: number;
  readonly INV_RX: number;
  readonly INV_RTS: number;
  readonly INV_CTS: number;
  readonly RTS: number;
  readonly CTS: number;
  readonly IRQ_RX: number;
  readonly IRQ_RXIDLE: number;
  readonly IRQ_BREAK: number;
};

// ---- ADC -----------------------------------------------------------------------------------------

export interface ADC {
  init(kw: Kwargs<{ atten?: number }>): void;
  deinit(): void;
  /** 0-65535. */
  read_u16(): number;
  /** Calibrated microvolts. */
  read_uv(): number;
  /** Raw reading at the configured width (ESP32 legacy). */
  read(): number;
  atten(atten: number): void;
  width(bits: number): void;
}

export declare const ADC: {
  /** `ADC(Pin(34), { atten: ADC.ATTN_11DB })`. */
  (pin: Pin | PinId, kw?: Kwargs<{ atten?: number }>): ADC;
  new (pin: Pin | PinId, kw?: Kwargs<{ atten?: number }>): ADC;
  readonly ATTN_0DB: number;
  readonly ATTN_2_5DB: number;
  readonly ATTN_6DB: number;
  readonly ATTN_11DB: number;
  readonly WIDTH_9BIT: number;
  readonly WIDTH_10BIT: number;
  readonly WIDTH_11BIT: number;
  readonly WIDTH_12BIT: number;
  readonly WIDTH_13BIT: number;
};

// ---- PWM -----------------------------------------------------------------------------------------

export interface PWMKw {
  freq?: number;
  duty?: number;
  duty_u16?: number;
  duty_ns?: number;
  invert?: boolean;
  lightsleep?: boolean;
}

export interface PWM {
  init(kw: Kwargs<PWMKw>): void;
  deinit(): void;
  /** Get (no argument) or set the frequency in Hz. */
  freq(): number;
  freq(value: number): void;
  /** Duty cycle 0-1023 (ESP32 legacy). */
  duty(): number;
  duty(value: number): void;
  /** Duty cycle 0-65535. */
  duty_u16(): number;
  duty_u16(value: number): void;
  duty_ns(): number;
  duty_ns(value: number): void;
}

export declare const PWM: {
  /** `PWM(Pin(2), { freq: 5000, duty_u16: 32768 })`. */
  (dest: Pin | PinId, kw?: Kwargs<PWMKw>): PWM;
  new (dest: Pin | PinId, kw?: Kwargs<PWMKw>): PWM;
};

// ---- RTC, WDT ------------------------------------------------------------------------------------

/** (year, month, day, weekday, hours, minutes, seconds, subseconds) */
export type RTCDateTime = tuple<[number, number, number, number, number, number, number, number]>;

export interface RTC {
  init(datetime: RTCDateTime | readonly number[]): void;
  datetime(): RTCDateTime;
  datetime(datetime: RTCDateTime | readonly number[]): void;
  /** Read (no argument) or write the RTC memory that survives deep sleep. */
  memory(): bytes;
  memory(data: ReadableBuffer): void;
}
export declare const RTC: {
  (): RTC;
  new (): RTC;
};

export interface WDT {
  feed(): void;
}
export declare const WDT: {
  /** Starts the watchdog; it cannot be stopped. `WDT({ timeout: 5000 })`. */
  (kw?: Kwargs<{ id?: number; timeout?: number }>): WDT;
  new (kw?: Kwargs<{ id?: number; timeout?: number }>): WDT;
};

// ---- functions and constants ---------------------------------------------------------------------

/** Hard reset (like pressing the reset button). */
export declare function reset(): never;
/** Restart the interpreter (keeps the hardware state). */
export declare function soft_reset(): never;
/** One of the *_RESET constants. */
export declare function reset_cause(): number;
/** Get the CPU frequency in Hz (no argument) or set it (80, 160 or 240 MHz). */
export declare function freq(): number;
export declare function freq(hz: number): void;
/** Unique identifier of the board (the MAC address on ESP32). */
export declare function unique_id(): bytes;
export declare function idle(): void;
export declare function lightsleep(time_ms?: number): void;
/** Alias of lightsleep. */
export declare function sleep(time_ms?: number): void;
export declare function deepsleep(time_ms?: number): never;
export declare function wake_reason(): number;
/** Disable interrupts; returns the state to give back to enable_irq. */
export declare function disable_irq(): number;
export declare function enable_irq(state: number): void;
/** Duration of a pulse of `pulse_level` on `pin` in µs (-1/-2 on timeout). */
export declare function time_pulse_us(pin: Pin, pulse_level: number, timeout_us?: number): number;

export declare const PWRON_RESET: number;
export declare const HARD_RESET: number;
export declare const WDT_RESET: number;
export declare const DEEPSLEEP_RESET: number;
export declare const SOFT_RESET: number;
export declare const SLEEP: number;
export declare const DEEPSLEEP: number;
export declare const PIN_WAKE: number;
export declare const EXT0_WAKE: number;
export declare const EXT1_WAKE: number;
export declare const TIMER_WAKE: number;
export declare const TOUCHPAD_WAKE: number;
export declare const ULP_WAKE: number;

export {};
