// The sensor service: a "runtime" service whose main loop reads the sensor and publishes each
// reading on the event bus. A failed read ends the loop with an error; the restart policy
// ("on_failure", with backoff) runs it again: the supervised task.
import { ManagedService } from "servicekit";
import { readTemperature } from "./readings";

export class SensorService extends ManagedService {
  name = "sensor";
  restart = "on_failure" as const;
  backoff = 0.2;
  /** Seconds between two reads. */
  period = 0.25;

  async run(): Promise<void> {
    while (!this.should_stop) {
      this.emit("reading", readTemperature());
      this.loop_count++;
      if (await this.sleep(this.period)) break;
    }
  }

  on_error(error: unknown): void {
    this.log.warning(`sensor failed: ${String(error)}`);
  }
}
