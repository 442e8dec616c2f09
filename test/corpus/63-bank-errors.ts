// Bank accounts with custom errors, finally blocks and nested calls.
class BankError extends Error {
  constructor(message: string, public code: number) {
    super(message);
    this.name = "BankError";
  }
}
class InsufficientFunds extends BankError {
  constructor(public needed: number) {
    super(`need ${needed} more`, 402);
    this.name = "InsufficientFunds";
  }
}
class Account {
  private history: string[] = [];
  constructor(public owner: string, private balance = 0) {}
  deposit(n: number): this {
    if (n <= 0) throw new RangeError("bad amount " + n);
    this.balance += n;
    this.history.push("+" + n);
    return this;
  }
  withdraw(n: number): this {
    if (n > this.balance) throw new InsufficientFunds(n - this.balance);
    this.balance -= n;
    this.history.push("-" + n);
    return this;
  }
  get summary() { return `${this.owner}: ${this.balance} [${this.history}]`; }
}
const log: string[] = [];
function transfer(from: Account, to: Account, n: number): boolean {
  try {
    from.withdraw(n);
    to.deposit(n);
    return true;
  } catch (e) {
    if (e instanceof InsufficientFunds) {
      log.push(`${e.name}/${e.code}/${e.needed}: ${e.message}`);
      return false;
    }
    throw e;
  } finally {
    log.push(`transfer ${n} done`);
  }
}
const a = new Account("ann", 100);
const b = new Account("bob");
console.log(transfer(a, b, 30), transfer(a, b, 500), transfer(b, a, 0.5));
try {
  transfer(a, b, -5);
} catch (e) {
  const err = e as Error;
  console.log(err instanceof RangeError, err instanceof BankError, err.name, err.message, String(err));
}
console.log(log);
console.log(a.summary, "|", b.summary);
function deep(n: number): number {
  if (n === 0) throw new BankError("bottom", n);
  try { return deep(n - 1) + 1; } finally { if (n === 3) log.push("unwound 3"); }
}
try { deep(5); } catch (e) { if (e instanceof BankError) console.log(e.message, e.code, `${e}`); }
console.log(log.slice(-1));
const r = (() => { try { throw 42; } catch (x) { return typeof x + x; } })();
console.log(r);
const maybe: { s: string } | null = [null, { s: "x" }][0];
try { maybe!.s.toString(); } catch (e) { console.log(e instanceof TypeError); }
