// Fannkuch: for every permutation of 0..n-1, flip the prefix headed by the first element until
// 0 comes first; report the largest flip count and an alternating checksum.
function fannkuch(n: number): [number, number] {
  const perm1: number[] = [];
  for (let i = 0; i < n; i++) perm1.push(i);
  const count: number[] = new Array(n).fill(0);
  let maxFlips = 0;
  let checksum = 0;
  let permIndex = 0;
  let r = n;
  for (;;) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    const perm = perm1.slice();
    let flips = 0;
    let k = perm[0];
    while (k !== 0) {
      let i = 0;
      let j = k;
      while (i < j) {
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
        i++;
        j--;
      }
      flips++;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permIndex % 2 === 0 ? flips : -flips;
    // Next permutation: rotate the first r+1 elements until a counter is left.
    for (;;) {
      if (r === n) return [checksum, maxFlips];
      const first = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = first;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permIndex++;
  }
}

let result: [number, number] = [0, 0];
for (let round = 0; round < 2; round++) result = fannkuch(7);
const [checksum, maxFlips] = result;
console.log(`fannkuch(7): checksum ${checksum}, max flips ${maxFlips}`);
