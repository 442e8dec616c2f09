// Golden copy of test/stubs/device-usage.ts: real-world style use of the hand-written MicroPython
// stubs (network, _thread, machine, time, micropython, gc, sys, os, json, struct). Not run (no
// network/machine modules on the WebAssembly build): this file pins the Python.
import * as network from "network";
import * as _thread from "_thread";
import { Pin, Timer, I2C, SPI, UART, ADC, PWM, RTC, WDT, SoftI2C } from "machine";
import * as machine from "machine";
import * as time from "time";
import { const as const_, schedule, mem_info } from "micropython";
import * as micropython from "micropython";
import * as gc from "gc";
import * as sys from "sys";
import * as os from "os";
import * as json from "json";
import * as struct from "struct";
import type { bytes, Kwargs } from "_python";

const LED_PIN = const_(2);

export function connectWifi(ssid: string, key: string, timeoutMs: number): boolean {
  const wlan = network.WLAN(network.WLAN.IF_STA);
  wlan.active(true);
  if (!wlan.isconnected()) {
    wlan.connect(ssid, key);
    const start = time.ticks_ms();
    while (!wlan.isconnected() && time.ticks_diff(time.ticks_ms(), start) < timeoutMs) {
      time.sleep_ms(100);
    }
  }
  const [ip, mask, gw, dns] = wlan.ifconfig();
  console.log(ip, mask, gw, dns, wlan.status() === network.STAT_GOT_IP);
  const mac: bytes = wlan.config("mac");
  const name: string = wlan.config("ssid");
  wlan.config({ pm: network.WLAN.PM_NONE, reconnects: 3 });
  for (const [apSsid, , channel, rssi] of wlan.scan()) console.log(apSsid, channel, rssi);
  console.log(mac, name, wlan.status("rssi"));
  const ap = new network.WLAN(network.AP_IF);
  ap.config({ ssid: "tsmpy", key: "secret123", security: network.WLAN.SEC_WPA2 });
  return wlan.isconnected();
}

export function hardware(): void {
  const led = Pin(LED_PIN, Pin.OUT);
  led.value(1);
  led.on();
  led.toggle();
  const button = Pin(0, Pin.IN, Pin.PULL_UP);
  button.irq((p) => console.log(p.value()), Pin.IRQ_FALLING);
  const out = Pin(5, Pin.OUT, { pull: Pin.PULL_UP });
  const out2 = new Pin(4, Pin.OUT, null, { value: 0, drive: Pin.DRIVE_3 });
  console.log(button(), out.value(), out2());

  const tim = Timer(0, { mode: Timer.PERIODIC, period: 1000, callback: (_t) => schedule((_) => tick(), null) });
  tim.deinit();
  const i2c = I2C(0, { scl: Pin(22), sda: Pin(21), freq: 400000 });
  const found: number[] = i2c.scan();
  const buf = i2c.readfrom_mem(0x68, 0x75, 1);
  i2c.writeto(0x3c, "\x00\xaf");
  const soft = SoftI2C(Pin(22), Pin(21), { freq: 100000 });
  soft.start();
  const spi = SPI(1, { baudrate: 10_000_000, sck: Pin(14), mosi: Pin(13), miso: Pin(12) });
  spi.write(buf);
  const uart = UART(1, 9600, { tx: 17, rx: 16 });
  const line = uart.readline();
  if (line !== undefined) console.log(line[0]);
  const adc = ADC(Pin(34), { atten: ADC.ATTN_11DB });
  console.log(adc.read_u16(), adc.read_uv(), found);
  const pwm = PWM(Pin(2), { freq: 5000, duty_u16: 32768 });
  pwm.freq(1000);
  pwm.duty_u16(0);
  const rtc = RTC();
  const [year, month, day] = rtc.datetime();
  const wdt = WDT({ timeout: 5000 });
  wdt.feed();
  console.log(year, month, day, machine.freq(), machine.unique_id(), machine.reset_cause() === machine.DEEPSLEEP_RESET);
  if (Number.isNaN(year)) machine.reset();
}

function tick(): void {
  gc.collect();
  console.log(gc.mem_free(), gc.mem_alloc(), time.ticks_add(time.ticks_ms(), 100), time.time(), time.localtime()[0]);
  mem_info();
  micropython.mem_info(1);
}

export function threads(): void {
  const lock = _thread.allocate_lock();
  _thread.stack_size(16 * 1024);
  _thread.start_new_thread((n: number, label: string) => {
    lock.acquire();
    try {
      console.log(n, label, _thread.get_ident());
    } finally {
      lock.release();
    }
  }, [1, "worker"]);
}

export function files(): void {
  console.log(sys.platform, sys.implementation.name, sys.version_info[0], sys.path.length, os.uname().machine);
  for (const name of os.listdir("/")) console.log(name, os.stat(name)[6]);
  os.mkdir("data");
  const text = json.dumps({ a: 1, b: [1, 2] });
  const value = json.loads(text);
  console.log(value, struct.calcsize("<HI"), struct.unpack("<HI", struct.pack("<HI", 1, 2))[0]);
  sys.stdout.write("done\n");
}

// The keyword-argument marker type, as other stubs would use it.
export declare function configure(kw: Kwargs<{ verbose?: boolean }>): void;
