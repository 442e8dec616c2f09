// A module imported by hello.ts: compiled to greeting.py beside hello.py.
export function greet(name: string): string {
  return `Hello, ${name}!`;
}
