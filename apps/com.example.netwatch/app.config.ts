// Example app (b): a service started at boot that watches connectivity on a schedule.
import { defineApp } from "tsmpy/app";
import { NetWatchService } from "./service";

export default defineApp({
  fullname: "com.example.netwatch",
  name: "NetWatch",
  publisher: "tsmpy examples",
  version: "1.0.0",
  category: "networking",
  short_description: "Logs when the device goes online or offline",
  long_description: "A boot service: every two seconds a TaskManager task checks the Wi-Fi interface and prints each change.",
  services: [{ service: NetWatchService, intent_filters: [{ action: "boot_completed" }] }],
});
