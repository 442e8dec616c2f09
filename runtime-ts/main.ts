// main.py of a stock MicroPython board (target "micropython"): the boot MicroPythonOS does, on the
// runtime's own mpos. Start the services registered for boot_completed (those declared in
// apps/*/MANIFEST.JSON and any registered in code by a module imported before), then run the
// asyncio loop until TaskManager.stop().
import { AppManager, TaskManager } from "mpos";

AppManager.start_boot_services();
TaskManager.start();
