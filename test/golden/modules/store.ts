export type Greeting = string;
export let counter = 0;
export function bump(): void {
  counter += 1;
}
export function greet(name: string): Greeting {
  return `hello ${name}`;
}
export default function (n: number): number {
  return n * 2;
}
