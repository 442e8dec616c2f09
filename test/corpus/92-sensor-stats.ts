// Sensor readings: windowed statistics with array index arithmetic and out-of-range neighbours.
const readings = [21.5, 21.7, 22.1, NaN, 23.4, 23.9, 22.8, 22.0, 21.1, 20.9, 30.5, 21.0];
function clean(xs: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isNaN(xs[i])) out.push(xs[i]);
    else {
      const prev = xs[i - 1], next = xs[i + 1];
      out.push(prev !== undefined && next !== undefined ? (prev + next) / 2 : prev ?? next);
    }
  }
  return out;
}
function movingAverage(xs: number[], w: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    let sum = 0, n = 0;
    for (let j = i - w + 1; j <= i; j++) {
      if (j >= 0) { sum += xs[j]; n++; }
    }
    out.push(Math.round((sum / n) * 100) / 100);
  }
  return out;
}
function spikes(xs: number[], threshold: number): number[] {
  return xs.map((x, i) => i).filter((i) => {
    const left = xs[i - 1] ?? xs[i];
    const right = xs[i + 1] ?? xs[i];
    return xs[i] - (left + right) / 2 > threshold;
  });
}
const c = clean(readings);
console.log(c.map((x) => x.toFixed(1)).join(" "));
console.log(movingAverage(c, 3));
console.log("spikes at", spikes(c, 3), "first over 23:", c.find((x) => x > 23), c.findIndex((x) => x > 100));
console.log(c.some((x) => x < 21), c.every((x) => x > 20), c.every((x) => x > 21));
const sorted = [...c].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const mean = c.reduce((a, b) => a + b, 0) / c.length;
const sd = Math.sqrt(c.reduce((a, x) => a + (x - mean) ** 2, 0) / c.length);
console.log(`median=${median} mean=${mean.toFixed(3)} sd=${sd.toPrecision(4)} min=${sorted[0]} max=${sorted[sorted.length - 1]}`);
const buckets = new Map<number, number>();
for (const x of c) buckets.set(Math.floor(x), (buckets.get(Math.floor(x)) ?? 0) + 1);
console.log([...buckets].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${"*".repeat(v)}`).join(" "));
const deltas = c.slice(1).map((x, i) => +(x - c[i]).toFixed(2));
console.log(deltas, deltas.indexOf(Math.max(...deltas)), 0.1 + 0.2, (0.1 + 0.2).toFixed(10), 1e21, 123456789.123.toFixed(2));
