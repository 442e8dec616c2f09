class ListNode<T> {
  next: ListNode<T> | null = null;
  constructor(public value: T) {}
}
class LinkedList<T> {
  head: ListNode<T> | null = null;
  size = 0;
  add(v: T): void {
    const node = new ListNode(v);
    if (!this.head) {
      this.head = node;
    } else {
      let cur = this.head;
      while (cur.next) cur = cur.next;
      cur.next = node;
    }
    this.size++;
  }
  reverse(): void {
    let prev: ListNode<T> | null = null;
    let cur = this.head;
    while (cur) {
      const nxt: ListNode<T> | null = cur.next;
      cur.next = prev;
      prev = cur;
      cur = nxt;
    }
    this.head = prev;
  }
  toArray(): T[] {
    const out: T[] = [];
    for (let n = this.head; n !== null; n = n.next) out.push(n.value);
    return out;
  }
}
const l = new LinkedList<number>();
for (let i = 1; i <= 5; i++) l.add(i * i);
console.log(l.toArray().join("->"), l.size);
l.reverse();
console.log(l.toArray().join("->"));
const empty = new LinkedList<string>();
empty.reverse();
console.log(empty.toArray().length, empty.head === null);
