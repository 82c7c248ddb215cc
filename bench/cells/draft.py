"""Draft the ground truth of financial cells from the text reader, with the checks that make it
reviewable: every number token of a row's lines is in exactly one cell, in order; every line inside a
table is a header, a row or a section line; numbers after a table's end are listed for review.

    python bench/cells/draft.py data/reports/X.txt > bench/cells/X.tsv.draft

The reviewed file bench/cells/X.tsv is the ground truth (tests/test_cells.py); this script only
drafts it. Rows it flags ('# CHECK') were read by hand against the report.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from data import numbers  # noqa: E402
from data.report import read_report  # noqa: E402
from data.tables import find_tables, split_label  # noqa: E402
from data.verify import solve  # noqa: E402


def row_tokens(row) -> list[str]:
    out: list[str] = []
    for line in row.lines:
        t = line.text.strip()
        if "\t" in t:
            return [c.strip() for c in t.split("\t")[1:] if c.strip()]
        rest = split_label(t)[1]
        try:
            out += numbers.tokens(rest)
        except ValueError:
            pass
    return out


def main(path: Path) -> None:
    report = read_report(path)
    print("# ground truth: every financial cell a careful reader finds in", path.name)
    print("line\ttable\trow\tcolumn\tprinted\tnote")
    for table in find_tables(report):
        solved = solve(table)
        for row, cells in zip(table.rows, solved.cells):
            printed = [c.printed for c in cells if c.printed is not None]
            toks = row_tokens(row)
            flat = [t for p in printed for t in p.replace("- ", "-").split(" ")]
            flat_t = [t for p in toks for t in p.replace("- ", "-").split(" ")]
            note = "" if flat == flat_t else f"CHECK tokens {' '.join(toks)}"
            if any(c.printed is None for c in cells):
                note = (note + " CHECK empty cell").strip()
            for c in cells:
                if c.printed is None:
                    continue
                print(f"{row.line_no}\t{table.line_start}\t{row.label}\t{table.columns[c.col].label}\t{c.printed}\t{note}")
        inside = {l.no for l in table.header_lines} | {l.no for r in table.rows for l in r.lines}
        for no in range(table.line_start, table.line_end + 1):
            t = report.line(no).text.strip()
            if t and no not in inside and not t.isupper():
                print(f"# CHECK line {no} inside table {table.line_start} not read: {t[:80]}")
        for no in range(table.line_end + 1, min(len(report.lines), table.line_end + 4) + 1):
            t = report.line(no).text
            if sum(ch.isdigit() for ch in t) >= 6 and "\t" in t or split_label(t.strip())[1]:
                print(f"# CHECK line {no} after table {table.line_start}: {t[:80]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
