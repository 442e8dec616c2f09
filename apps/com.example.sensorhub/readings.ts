// A simulated temperature sensor: a slow ramp, and a failed read every GLITCH_EVERY reads (a real
// sensor's bus error), which makes the sensor service fail and be restarted by its supervisor.
const GLITCH_EVERY = 8;

let reads = 0;

/** The next reading in degrees Celsius; throws on a failed read. */
export function readTemperature(): number {
  reads++;
  if (reads % GLITCH_EVERY === 0) throw new Error(`read ${reads} failed`);
  return 20 + (reads % 10) / 2;
}
