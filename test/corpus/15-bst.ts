class TreeNode {
  left: TreeNode | undefined;
  right: TreeNode | undefined;
  constructor(public key: number) {}
}
class BST {
  root?: TreeNode;
  insert(k: number) {
    const n = new TreeNode(k);
    if (!this.root) {
      this.root = n;
      return;
    }
    let cur = this.root;
    for (;;) {
      if (k < cur.key) {
        if (!cur.left) {
          cur.left = n;
          return;
        }
        cur = cur.left;
      } else {
        if (!cur.right) {
          cur.right = n;
          return;
        }
        cur = cur.right;
      }
    }
  }
  inorder(n = this.root, out: number[] = []): number[] {
    if (n) {
      this.inorder(n.left, out);
      out.push(n.key);
      this.inorder(n.right, out);
    }
    return out;
  }
  height(n: TreeNode | undefined = this.root): number {
    return n ? 1 + Math.max(this.height(n.left), this.height(n.right)) : 0;
  }
  has(k: number): boolean {
    let cur = this.root;
    while (cur) {
      if (cur.key === k) return true;
      cur = k < cur.key ? cur.left : cur.right;
    }
    return false;
  }
}
const t = new BST();
for (const k of [50, 30, 70, 20, 40, 60, 80, 35]) t.insert(k);
console.log(t.inorder().join(" "), t.height(), t.has(35), t.has(36));
