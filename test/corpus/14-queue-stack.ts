class Stack<T> {
  private items: T[] = [];
  push(x: T) {
    this.items.push(x);
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  peek(): T | undefined {
    return this.items[this.items.length - 1];
  }
  get size() {
    return this.items.length;
  }
  isEmpty() {
    return this.items.length === 0;
  }
}
function balanced(s: string): boolean {
  const st = new Stack<string>();
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  for (const ch of s) {
    if (ch === "(" || ch === "[" || ch === "{") st.push(ch);
    else if (ch in pairs) {
      if (st.pop() !== pairs[ch]) return false;
    }
  }
  return st.isEmpty();
}
console.log(["()", "([]{})", "(]", "((", ""].map((s) => balanced(s)).join(" "));
const st = new Stack<number>();
console.log(st.pop(), st.peek(), st.size);
st.push(1);
st.push(2);
console.log(st.peek(), st.size, st.pop(), st.size);
function evalRpn(tokens: string[]): number {
  const s: number[] = [];
  for (const t of tokens) {
    if ("+-*/".includes(t)) {
      const b = s.pop()!;
      const a = s.pop()!;
      s.push(t === "+" ? a + b : t === "-" ? a - b : t === "*" ? a * b : a / b);
    } else s.push(Number(t));
  }
  return s[0];
}
console.log(evalRpn(["3", "4", "+", "2", "*"]), evalRpn(["10", "4", "/"]));
