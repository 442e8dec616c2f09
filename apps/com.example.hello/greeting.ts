// Text for the screen, in a module of its own: the app's modules import each other inside the
// app's package (com_example_hello.greeting on the device), never by a bare global name.
export function greeting(name: string): string {
  return `Hello, ${name}!`;
}

export function clicksText(clicks: number): string {
  return clicks === 1 ? "Clicked once" : `Clicked ${clicks} times`;
}
