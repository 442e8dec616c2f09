# String builder: render records as CSV lines, join them, then parse the text back and
# summarise it (split, slice, case changes, search, number parsing).
TAGS = ["red", "green", "blue", "amber"]


class Row:
    def __init__(self, name, qty, tag):
        self.name = name
        self.qty = qty
        self.tag = tag


def render(count):
    lines = ["name,qty,tag"]
    for i in range(count):
        row = Row("item%d" % i, (i * 37) % 101, TAGS[i % len(TAGS)])
        lines.append("%s,%d,%s" % (row.name, row.qty, row.tag))
    return "\n".join(lines)


def parse(text):
    rows = []
    lines = text.split("\n")
    for i in range(1, len(lines)):
        fields = lines[i].split(",")
        rows.append(Row(fields[0], int(fields[1]), fields[2]))
    return rows


def summarise(rows):
    total = 0
    longest = ""
    initials = []
    for row in rows:
        total += row.qty
        if len(row.name) > len(longest):
            longest = row.name
        if row.tag.startswith("b") or "mb" in row.tag:
            initials.append(row.tag[:1].upper() + row.name[4:])
    joined = "".join(initials)
    return "%d rows, qty %d, longest %s, %d chars, tail %s" % (len(rows), total, longest, len(joined), joined[-12:])


report = ""
for _ in range(3):
    report = summarise(parse(render(2000)))
print(report)
