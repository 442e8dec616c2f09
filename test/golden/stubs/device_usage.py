import collections
from tsmpy.console import js_fmt, js_log, js_logf
from tsmpy.value import js_get

def connectWifi(ssid, key, timeoutMs):
    wlan = network.WLAN(network.WLAN.IF_STA)
    wlan.active(True)
    if not wlan.isconnected():
        wlan.connect(ssid, key)
        start = time_.ticks_ms()
        while not wlan.isconnected() and time_.ticks_diff(time_.ticks_ms(), start) < timeoutMs:
            time_.sleep_ms(100)
    _t1 = wlan.ifconfig()
    ip = _t1[0]
    mask = _t1[1]
    gw = _t1[2]
    dns = _t1[3]
    print(js_logf(ip, mask, gw, dns, wlan.status() == network.STAT_GOT_IP))
    mac = wlan.config("mac")
    name = wlan.config("ssid")
    wlan.config(pm=network.WLAN.PM_NONE, reconnects=3)
    for _t2 in wlan.scan():
        apSsid = _t2[0]
        channel = _t2[2]
        rssi = _t2[3]
        print(js_fmt(apSsid), js_fmt(channel), js_fmt(rssi))
    js_log(mac, name, wlan.status("rssi"))
    ap = network.WLAN(network.AP_IF)
    ap.config(ssid="tsmpy", key="secret123", security=network.WLAN.SEC_WPA2)
    return wlan.isconnected()

def hardware():
    led = Pin(LED_PIN, Pin.OUT)
    led.value(1)
    led.on()
    led.toggle()
    button = Pin(0, Pin.IN, Pin.PULL_UP)
    button.irq(lambda p: print(js_fmt(p.value())), Pin.IRQ_FALLING)
    out = Pin(5, Pin.OUT, pull=Pin.PULL_UP)
    out2 = Pin(4, Pin.OUT, None, value=0, drive=Pin.DRIVE_3)
    print(js_fmt(button()), js_fmt(out.value()), js_fmt(out2()))
    tim = Timer(0, mode=Timer.PERIODIC, period=1000, callback=lambda _t: schedule(lambda __: tick(), None))
    tim.deinit()
    i2c = I2C(0, scl=Pin(22), sda=Pin(21), freq=400000)
    found = i2c.scan()
    buf = i2c.readfrom_mem(104, 117, 1)
    i2c.writeto(60, "\x00¯")
    soft = SoftI2C(Pin(22), Pin(21), freq=100000)
    soft.start()
    spi = SPI(1, baudrate=10000000, sck=Pin(14), mosi=Pin(13), miso=Pin(12))
    spi.write(buf)
    uart = UART(1, 9600, tx=17, rx=16)
    line = uart.readline()
    if line is not None:
        print(js_fmt(line[0] if 0 < len(line) else None))
    adc = ADC(Pin(34), atten=ADC.ATTN_11DB)
    print(js_fmt(adc.read_u16()), js_fmt(adc.read_uv()), js_fmt(found))
    pwm = PWM(Pin(2), freq=5000, duty_u16=32768)
    pwm.freq(1000)
    pwm.duty_u16(0)
    rtc = RTC()
    _t3 = rtc.datetime()
    year = _t3[0]
    month = _t3[1]
    day = _t3[2]
    wdt = WDT(timeout=5000)
    wdt.feed()
    js_log(year, month, day, machine.freq(), machine.unique_id(), machine.reset_cause() == machine.DEEPSLEEP_RESET)
    if year != year:
        machine.reset()

def tick():
    gc_.collect()
    print(js_fmt(gc_.mem_free()), js_fmt(gc_.mem_alloc()), js_fmt(time_.ticks_add(time_.ticks_ms(), 100)), js_fmt(time_.time()), js_fmt(js_get(time_.localtime(), 0)))
    mem_info()
    micropython_.mem_info(1)

def threads():
    lock = _thread.allocate_lock()
    _thread.stack_size(16384)
    _t5 = _thread.start_new_thread
    def _f4(n, label, *_):
        lock.acquire()
        try:
            print(js_fmt(n), js_fmt(label), js_fmt(_thread.get_ident()))
        finally:
            lock.release()
    _t5(_f4, [1, "worker"])

def files():
    print(js_logf(sys_.platform, sys_.implementation.name, js_get(sys_.version_info, 0), len(sys_.path), os_.uname().machine))
    for name in os_.listdir("/"):
        print(js_logf(name, js_get(os_.stat(name), 6)))
    os_.mkdir("data")
    text = json_.dumps(collections.OrderedDict([("a", 1), ("b", [1, 2])]))
    value = json_.loads(text)
    js_log(value, struct_.calcsize("<HI"), js_get(struct_.unpack("<HI", struct_.pack("<HI", 1, 2)), 0))
    sys_.stdout.write("done\n")

import network
import _thread
from machine import Pin, Timer, I2C, SPI, UART, ADC, PWM, RTC, WDT, SoftI2C
import machine
import time as time_
from micropython import const as const_, schedule, mem_info
import micropython as micropython_
import gc as gc_
import sys as sys_
import os as os_
import json as json_
import struct as struct_
LED_PIN = const_(2)
