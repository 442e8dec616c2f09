from mpos import AppManager, TaskManager
AppManager.start_boot_services()
TaskManager.start()
