// Example app (a): one screen with a label and a button. `npm run compile` writes
// out/apps/com_example_hello/MANIFEST.JSON from this description.
import { defineApp } from "tsmpy/app";
import { HelloActivity } from "./main";

export default defineApp({
  fullname: "com.example.hello",
  name: "Hello",
  publisher: "tsmpy examples",
  version: "1.0.0",
  category: "development",
  short_description: "Hello world in TypeScript",
  long_description: "A label and a button that counts its clicks, compiled from TypeScript by tsmpy.",
  activities: [{ activity: HelloActivity, intent_filters: [{ action: "main", category: "launcher" }] }],
});
