function formatDuration(sec: number): string {
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = sec % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${h}:${pad(m)}:${pad(s)}`;
}
console.log([0, 59, 60, 3599, 3600, 86399].map(formatDuration).join(" "));
function formatBytes(n: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
console.log([0, 1023, 1024, 1536, 1048576, 5e9].map(formatBytes).join(", "));
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? line + " " + word : word;
  }
  if (line) lines.push(line);
  return lines;
}
console.log(wrap("the quick brown fox jumps over the lazy dog again and again", 16));
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
console.log(pct(1, 3), pct(2, 3), pct(0, 5), pct(5, 0));
console.log((1234.5678).toFixed(2), (0.000001234).toPrecision(3), (123456).toExponential(2), (-1.5).toFixed(0));
