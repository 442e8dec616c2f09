// Wrong uses of the hand-written stubs: each must be a type error.
import * as network from "network";
import { Pin, Timer, I2C } from "machine";
import * as time from "time";
import * as _thread from "_thread";

const wlan = network.WLAN(network.WLAN.IF_STA);
// @ts-expect-error ifconfig takes a 4-tuple or "dhcp"
wlan.ifconfig(["1.2.3.4"]);
// @ts-expect-error unknown WLAN constant
network.WLAN(network.WLAN.IF_ETH);
// @ts-expect-error unknown keyword argument
Pin(5, Pin.OUT, { pul: Pin.PULL_UP });
// @ts-expect-error keyword arguments are not positional
Timer(0, Timer.PERIODIC);
// @ts-expect-error a number is not an I2C bus configuration
I2C(0, 400000);
// @ts-expect-error ticks_diff needs two ticks
time.ticks_diff(time.ticks_ms());
// @ts-expect-error sleep_ms takes a number
time.sleep_ms("100");
// @ts-expect-error thread arguments must match the function's parameters
_thread.start_new_thread((n: number) => console.log(n), ["one"]);
