// The statistics service: depends on the sensor (started after it, stopped before it), listens to
// its readings, and every second ("schedule" kind) logs the running average.
import { ManagedService } from "servicekit";
import { SensorService } from "./sensor";

export class StatsService extends ManagedService {
  name = "stats";
  kind = "schedule" as const;
  every = 1;
  count = 0;
  sum = 0;

  constructor(sensor: SensorService) {
    super();
    this.add_dependency(sensor);
  }

  async on_start(): Promise<void> {
    this.listen("reading", (value) => {
      this.count++;
      this.sum += value as number;
    });
  }

  /** One scheduled tick. */
  async run(): Promise<void> {
    this.log.info(`${this.count} readings, average ${this.average().toFixed(2)}`);
  }

  average(): number {
    return this.count ? this.sum / this.count : 0;
  }

  stats(): Record<string, unknown> {
    return { readings: this.count, average: Math.round(this.average() * 100) / 100 };
  }
}
