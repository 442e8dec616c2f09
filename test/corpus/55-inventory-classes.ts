abstract class Product {
  private static nextId = 1;
  readonly id: number;
  constructor(public name: string, protected basePrice: number) {
    this.id = Product.nextId++;
  }
  abstract category(): string;
  price(): number {
    return Math.round(this.basePrice * 100) / 100;
  }
  label(): string {
    return `[${this.id}] ${this.name} (${this.category()}) $${this.price().toFixed(2)}`;
  }
}
class Food extends Product {
  constructor(name: string, price: number, private expires: number) {
    super(name, price);
  }
  category() {
    return "food";
  }
  price() {
    return this.expires < 3 ? super.price() * 0.5 : super.price();
  }
}
class Gadget extends Product {
  warrantyYears = 1;
  category() {
    return "gadget";
  }
}
const cart: Product[] = [new Food("milk", 1.99, 2), new Gadget("phone", 599.999), new Food("rice", 3.5, 30)];
cart.forEach((p) => console.log(p.label()));
const total = cart.reduce((s, p) => s + p.price(), 0);
console.log("total:", total.toFixed(2), "items:", cart.length);
const byCat = cart.reduce<Record<string, string[]>>((acc, p) => {
  (acc[p.category()] ||= []).push(p.name);
  return acc;
}, {});
console.log(byCat);
console.log(cart.filter((p): p is Gadget => p instanceof Gadget).map((g) => g.warrantyYears));
