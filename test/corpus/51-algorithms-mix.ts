function compress(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += s[i] + (j - i > 1 ? String(j - i) : "");
    i = j;
  }
  return out;
}
console.log(compress("aaabccdddd"), compress(""), compress("abc"));
function groupAnagrams(words: string[]): string[][] {
  const groups: Record<string, string[]> = {};
  for (const w of words) {
    const key = w.split("").sort().join("");
    if (!(key in groups)) groups[key] = [];
    groups[key].push(w);
  }
  return Object.values(groups);
}
console.log(groupAnagrams(["eat", "tea", "tan", "ate", "nat", "bat"]));
function twoSum(nums: number[], target: number): [number, number] | null {
  const seen: Record<number, number> = {};
  for (let i = 0; i < nums.length; i++) {
    const need = target - nums[i];
    if (seen[need] !== undefined) return [seen[need], i];
    seen[nums[i]] = i;
  }
  return null;
}
console.log(twoSum([2, 7, 11, 15], 9), twoSum([1, 2], 10));
const memo: Record<number, number> = {};
function fibm(n: number): number {
  if (n < 2) return n;
  if (memo[n]) return memo[n];
  return (memo[n] = fibm(n - 1) + fibm(n - 2));
}
console.log(fibm(50), Object.keys(memo).length, memo[10]);
function spiral(m: number[][]): number[] {
  const out: number[] = [];
  let top = 0, bottom = m.length - 1, left = 0, right = m[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let c = left; c <= right; c++) out.push(m[top][c]);
    top++;
    for (let r = top; r <= bottom; r++) out.push(m[r][right]);
    right--;
    if (top <= bottom) {
      for (let c = right; c >= left; c--) out.push(m[bottom][c]);
      bottom--;
    }
    if (left <= right) {
      for (let r = bottom; r >= top; r--) out.push(m[r][left]);
      left++;
    }
  }
  return out;
}
console.log(spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]).join(" "));
