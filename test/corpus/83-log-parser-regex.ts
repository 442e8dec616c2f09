// Parse log lines with regular expressions, aggregate by level and format a report.
const lines = [
  "2024-01-03 12:00:01 [INFO] server started on port 8080",
  "2024-01-03 12:00:05 [WARN] slow request /api/users took 1530ms",
  "garbage line",
  "2024-01-03 12:01:10 [ERROR] db timeout after 3000ms (retry 2)",
  "2024-01-03 12:02:00 [info] heartbeat",
  "2024-01-03 12:03:44 [ERROR] disk 91% full",
];
const lineRe = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (.*)$/;
interface Entry { time: string; level: string; msg: string; secs: number }
const entries: Entry[] = [];
for (const line of lines) {
  const m = lineRe.exec(line);
  if (!m) {
    console.log("skip:", JSON.stringify(line));
    continue;
  }
  const [, , , , hh, mm, ss, level, msg] = m;
  entries.push({ time: `${hh}:${mm}`, level: level.toUpperCase(), msg, secs: +hh * 3600 + +mm * 60 + +ss });
}
const byLevel: Record<string, number> = {};
for (const e of entries) byLevel[e.level] = (byLevel[e.level] || 0) + 1;
console.log(byLevel);
const durations = entries.flatMap((e) => [...e.msg.matchAll(/(\d+)ms/g)].map((m) => Number(m[1])));
console.log(durations, Math.max(...durations));
const redacted = entries.map((e) => e.msg.replace(/\d+/g, (d) => "#".repeat(d.length)));
console.log(redacted);
const words = entries.map((e) => e.msg.split(/\s+/).length);
console.log(words.join(" "), entries[entries.length - 1].secs - entries[0].secs);
console.log(lines.filter((l) => /error/i.test(l)).length, lines.map((l) => l.search(/\[/)));
const pct = "disk 91% full, mem 45% used".replace(/(\d+)%/g, "$1 percent");
console.log(pct);
