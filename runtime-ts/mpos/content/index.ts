// mpos.content: intents and the service part of AppManager.
export { Intent } from "./intent";
export { AppManager } from "./app_manager";
