# N-queens: count every placement of n queens on an n x n board by backtracking.
def count_queens(n):
    cols = [False] * n
    rising = [False] * (2 * n)
    falling = [False] * (2 * n)
    solutions = 0

    def place(row):
        nonlocal solutions
        if row == n:
            solutions += 1
            return
        for c in range(n):
            r = row + c
            f = row - c + n
            if cols[c] or rising[r] or falling[f]:
                continue
            cols[c] = rising[r] = falling[f] = True
            place(row + 1)
            cols[c] = rising[r] = falling[f] = False

    place(0)
    return solutions


counts = [count_queens(n) for n in range(4, 10)]
print("queens 4..9: " + " ".join(str(c) for c in counts))
