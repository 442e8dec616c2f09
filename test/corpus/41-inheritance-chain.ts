class Animal {
  static registry: string[] = [];
  constructor(public name: string, protected sound = "...") {
    Animal.registry.push(name);
  }
  speak(): string {
    return `${this.name} says ${this.sound}`;
  }
  describe(): string {
    return `${this.constructor.name}:${this.name}`;
  }
}
class Dog extends Animal {
  tricks: string[] = [];
  constructor(name: string) {
    super(name, "woof");
  }
  learn(t: string): this {
    this.tricks.push(t);
    return this;
  }
  speak(): string {
    return super.speak() + "!";
  }
}
class Puppy extends Dog {
  speak(): string {
    return super.speak().toUpperCase();
  }
}
const animals: Animal[] = [new Animal("generic"), new Dog("rex").learn("sit").learn("roll"), new Puppy("bit")];
for (const a of animals) console.log(a.speak());
console.log(Animal.registry.join(","), (animals[1] as Dog).tricks.join("+"));
console.log(animals.map((a) => a instanceof Dog).join(","));
