function* count(n: number) {
  for (let i = 0; i < n; i++) yield i;
}
console.log([...count(3)]);
