// A boot service: the firmware creates it at boot and calls onCreate() then onStart(intent).
// The watching runs as a TaskManager task, so it never blocks the boot or the UI. It reads the
// Wi-Fi interface itself (network.WLAN), so it runs on MicroPythonOS and, with the runtime of
// target micropython, on a stock MicroPython board.
import { Intent, Service, TaskManager } from "mpos";
import * as network from "network";
import { describe } from "./state";

/** Seconds between two checks. */
const PERIOD_S = 2;

export class NetWatchService extends Service {
  private checks = 0;

  onCreate(): void {
    console.log("netwatch: created");
  }

  onStart(intent?: Intent): void {
    console.log(`netwatch: started by ${intent?.action ?? "code"}`);
    TaskManager.create_task(this.watch());
  }

  /** Checks the connection every PERIOD_S seconds and prints each change. */
  async watch(): Promise<void> {
    const wlan = network.WLAN(network.WLAN.IF_STA);
    let last: boolean | undefined = undefined;
    for (;;) {
      const online = wlan.isconnected();
      this.checks++;
      if (online !== last) {
        console.log(`netwatch: ${describe(online, online ? wlan.ifconfig()[0] : undefined)} (check ${this.checks})`);
        last = online;
      }
      await TaskManager.sleep(PERIOD_S);
    }
  }
}
