enum State {
  Idle,
  Running,
  Paused,
  Stopped = 10,
}
enum Dir {
  Up = "UP",
  Down = "DOWN",
}
function next(s: State, ev: string): State {
  switch (s) {
    case State.Idle:
      if (ev === "start") return State.Running;
      break;
    case State.Running:
      switch (ev) {
        case "pause":
          return State.Paused;
        case "stop":
          return State.Stopped;
      }
      break;
    case State.Paused:
    case State.Stopped:
      if (ev === "start") return State.Running;
  }
  return s;
}
let s = State.Idle;
for (const ev of ["start", "pause", "start", "stop", "noop", "start"]) {
  s = next(s, ev);
  console.log(ev, s, State[s]);
}
console.log(Dir.Up, Dir.Down === "DOWN");
function grade(n: number): string {
  let g = "";
  switch (true) {
    case n >= 90:
      g = "A";
      break;
    case n >= 80:
      g = "B";
      break;
    default:
      g = "C";
  }
  return g;
}
console.log([95, 85, 50].map(grade).join(""));
