enum Light {
  Red = "RED",
  Yellow = "YELLOW",
  Green = "GREEN",
}
const transitions: Record<Light, Light> = {
  [Light.Red]: Light.Green,
  [Light.Green]: Light.Yellow,
  [Light.Yellow]: Light.Red,
};
let light = Light.Red;
const seen: string[] = [];
for (let i = 0; i < 5; i++) {
  seen.push(light);
  light = transitions[light];
}
console.log(seen.join(" -> "));
enum Flags {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
}
const perms = Flags.Read | Flags.Write;
console.log(perms, (perms & Flags.Write) !== 0, (perms & Flags.Exec) !== 0, Flags[Flags.Exec]);
const enum Dir {
  N,
  E,
  S,
  W,
}
const turnRight = (d: Dir): Dir => (d + 1) % 4;
console.log(turnRight(Dir.W), turnRight(Dir.N) === Dir.E);
