interface User {
  name: string;
  address?: { city?: string; zip?: string };
  friends?: User[];
  greet?: () => string;
}
const u1: User = { name: "a", address: { city: "Paris" }, greet: () => "hi" };
const u2: User = { name: "b", friends: [{ name: "c" }] };
console.log(u1.address?.city, u2.address?.city, u2.address?.city?.toUpperCase());
console.log(u1.friends?.[0]?.name, u2.friends?.[0]?.name, u2.friends?.length);
console.log(u1.greet?.(), u2.greet?.());
console.log(u2.address?.zip ?? "no zip");
const maybe: string | null = Math.random() > 2 ? "x" : null;
console.log(maybe?.length, maybe ?? "was null");
