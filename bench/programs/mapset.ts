// Map/Set workload: a pseudo-random stream of keys counted in Maps, de-duplicated with Sets,
// then an adjacency Map walked breadth-first with a visited Set.
function nextSeed(seed: number): number {
  return (seed * 75 + 74) % 65537;
}

function countKeys(n: number): string {
  const counts = new Map<number, number>();
  const words = new Map<string, number>();
  const seen = new Set<number>();
  let seed = 42;
  let repeats = 0;
  for (let i = 0; i < n; i++) {
    seed = nextSeed(seed);
    const key = seed % 3000;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const word = "w" + (seed % 500);
    words.set(word, (words.get(word) ?? 0) + 1);
    if (seen.has(seed)) repeats++;
    else seen.add(seed);
  }
  let bestKey = -1;
  let best = 0;
  for (const [key, c] of counts) {
    if (c > best || (c === best && key < bestKey)) {
      best = c;
      bestKey = key;
    }
  }
  let wordTotal = 0;
  for (const c of words.values()) wordTotal += c;
  for (let k = 0; k < 65537; k += 3) seen.delete(k);
  return `keys ${counts.size}, best ${bestKey}x${best}, words ${words.size}/${wordTotal}, repeats ${repeats}, left ${seen.size}`;
}

function bfs(nodes: number): string {
  const edges = new Map<number, number[]>();
  let seed = 7;
  for (let v = 0; v < nodes; v++) {
    const out: number[] = [];
    for (let e = 0; e < 3; e++) {
      seed = nextSeed(seed);
      out.push(seed % nodes);
    }
    edges.set(v, out);
  }
  const visited = new Set<number>([0]);
  let frontier = [0];
  let depth = 0;
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const w of edges.get(v)!) {
        if (!visited.has(w)) {
          visited.add(w);
          next.push(w);
        }
      }
    }
    frontier = next;
    depth++;
  }
  return `reached ${visited.size} in ${depth}`;
}

console.log(`${countKeys(5000)}; ${bfs(2000)}`);
