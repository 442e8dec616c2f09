// Example app (c): managed services (servicekit) and an Activity showing their status.
import { defineApp } from "tsmpy/app";
import { HubBoot } from "./hub";
import { StatusActivity } from "./status";

export default defineApp({
  fullname: "com.example.sensorhub",
  name: "SensorHub",
  publisher: "tsmpy examples",
  version: "1.0.0",
  category: "development",
  short_description: "Managed services and their status",
  long_description: "A supervised sensor service publishes readings as events; a scheduled statistics service depends on it; the activity shows both services' state.",
  activities: [{ activity: StatusActivity, intent_filters: [{ action: "main", category: "launcher" }] }],
  services: [{ service: HubBoot, intent_filters: [{ action: "boot_completed" }] }],
});
