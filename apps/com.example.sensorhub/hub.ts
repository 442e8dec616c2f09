// The app's services, registered when the firmware imports this module for the manifest's boot
// service; HubBoot (servicekit's BootService) then starts them all in dependency order.
import { BootService, register } from "servicekit";
import { SensorService } from "./sensor";
import { StatsService } from "./stats";

export const sensor = new SensorService();
export const stats = new StatsService(sensor);
register(sensor, stats);

export class HubBoot extends BootService {}
