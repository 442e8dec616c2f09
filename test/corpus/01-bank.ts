class InsufficientFunds extends Error {
  constructor(public needed: number) {
    super(`Insufficient funds: need ${needed} more`);
    this.name = "InsufficientFunds";
  }
}

class Account {
  private balance = 0;
  private history: string[] = [];
  static count = 0;
  constructor(readonly owner: string) {
    Account.count++;
  }
  deposit(amount: number): this {
    if (amount <= 0) throw new RangeError("amount must be positive");
    this.balance += amount;
    this.history.push(`+${amount}`);
    return this;
  }
  withdraw(amount: number): void {
    if (amount > this.balance) throw new InsufficientFunds(amount - this.balance);
    this.balance -= amount;
    this.history.push(`-${amount}`);
  }
  get total(): number {
    return this.balance;
  }
  describe(): string {
    return `${this.owner}: ${this.balance} [${this.history.join(", ")}]`;
  }
}

const a = new Account("ann");
a.deposit(100).deposit(50.5);
try {
  a.withdraw(500);
} catch (e) {
  if (e instanceof InsufficientFunds) console.log(e.name, e.message, e.needed);
  else throw e;
}
try {
  a.deposit(-1);
} catch (e) {
  console.log(e instanceof RangeError, (e as Error).message);
}
a.withdraw(25);
console.log(a.describe(), a.total, Account.count);
new Account("bob");
console.log(Account.count);
