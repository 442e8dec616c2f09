let x = 1;
{
  let x = 2;
  console.log("inner", x);
  {
    const x = 3;
    console.log("innermost", x);
  }
}
console.log("outer", x);
function counter() {
  let count = 0;
  function inc() {
    count++;
    return count;
  }
  inc();
  inc();
  return count;
}
console.log(counter());
let total = 0;
function addToTotal(n: number) {
  total += n;
}
addToTotal(5);
addToTotal(7);
console.log(total);
const list = 5;
const print = (s: string) => console.log("custom print:", s);
print("hi");
function len(x: string) {
  return x.length * 100;
}
console.log(len("abc"), list);
const None = "none!";
const lambda = (def: number) => def + 1;
console.log(None, lambda(1));
console.log(hoisted(3));
function hoisted(n: number) {
  return n * 2;
}
