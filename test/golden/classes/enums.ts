// Numeric, string and const enums.
enum Color {
  Red,
  Green = 5,
  Blue,
}
enum Dir {
  Up = "UP",
  Down = "DOWN",
}
const enum Flag {
  A = 1,
  B = 2,
}

console.log(Color.Blue, Color[Color.Green], Dir.Up, Flag.A | Flag.B);
