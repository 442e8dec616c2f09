// How a connectivity state is printed.
export function describe(online: boolean, address: string | undefined): string {
  if (!online) return "offline";
  return address ? `online as ${address}` : "online";
}
