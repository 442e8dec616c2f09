# Map/Set workload: a pseudo-random stream of keys counted in dicts, de-duplicated with sets,
# then an adjacency dict walked breadth-first with a visited set.
def next_seed(seed):
    return (seed * 75 + 74) % 65537


def count_keys(n):
    counts = {}
    words = {}
    seen = set()
    seed = 42
    repeats = 0
    for _ in range(n):
        seed = next_seed(seed)
        key = seed % 3000
        counts[key] = counts.get(key, 0) + 1
        word = "w" + str(seed % 500)
        words[word] = words.get(word, 0) + 1
        if seed in seen:
            repeats += 1
        else:
            seen.add(seed)
    best_key = -1
    best = 0
    for key, c in counts.items():
        if c > best or (c == best and key < best_key):
            best = c
            best_key = key
    word_total = 0
    for c in words.values():
        word_total += c
    for k in range(0, 65537, 3):
        seen.discard(k)
    return "keys %d, best %dx%d, words %d/%d, repeats %d, left %d" % (
        len(counts), best_key, best, len(words), word_total, repeats, len(seen))


def bfs(nodes):
    edges = {}
    seed = 7
    for v in range(nodes):
        out = []
        for _ in range(3):
            seed = next_seed(seed)
            out.append(seed % nodes)
        edges[v] = out
    visited = {0}
    frontier = [0]
    depth = 0
    while frontier:
        next = []
        for v in frontier:
            for w in edges[v]:
                if w not in visited:
                    visited.add(w)
                    next.append(w)
        frontier = next
        depth += 1
    return "reached %d in %d" % (len(visited), depth)


print("%s; %s" % (count_keys(5000), bfs(2000)))
