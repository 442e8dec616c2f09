function makeBank() {
  let balance = 0;
  const history: number[] = [];
  function record(amount: number) {
    history.push(amount);
    balance += amount;
  }
  return {
    deposit: (a: number) => record(a),
    withdraw(a: number) {
      if (a > balance) return false;
      record(-a);
      return true;
    },
    get balance() {
      return balance;
    },
    history: () => history.slice(),
  };
}
const bank = makeBank();
bank.deposit(100);
console.log(bank.withdraw(30), bank.withdraw(500), bank.balance, bank.history());
let x = "global";
function outer() {
  let x = "outer";
  function inner() {
    return x;
  }
  x = "outer-changed";
  return inner();
}
console.log(outer(), x);
const counters = Array.from({ length: 3 }, (_, i) => {
  let c = i * 10;
  return () => ++c;
});
console.log(counters.map((f) => f()).join(","), counters.map((f) => f()).join(","));
