"""Text vs PDF ingestion of the bundled reports, side by side in one run.

The four reports are rendered into PDFs in every test layout (tests/pdfgen.py, reportlab; and as
web pages printed by headless Chromium when it is installed), then
ingested like any report: the text files once, the PDFs once per layout, each into a fresh store.
For each: the time to read the files (read_report), the whole ingest time, the financial cells
stored and verified, how many equal the text's (org, measure, year, basis, months, value,
verified), and how many carry a page; then the key indicators, projects and goals: how many, how
many equal the text's (values, names and texts as words, statuses) and how many carry a page.

    .venv/bin/python bench/pdf.py
"""
from __future__ import annotations

import re
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from data.ingest import ingest  # noqa: E402
from data.report import read_report  # noqa: E402
from data.tables import find_tables  # noqa: E402
from data.verify import solve  # noqa: E402
from pdfgen import CHROMIUM, LAYOUTS, print_with_chromium, render  # noqa: E402

REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))


def stored(db: Path) -> dict[str, Counter]:
    conn = sqlite3.connect(db)
    out: dict[str, Counter] = {}
    for rep, *key in conn.execute("SELECT report, org_key, measure_key, year, basis, months, value, verified "
                                  "FROM facts WHERE kind != 'tunnusluku'"):
        out.setdefault(Path(rep).name.split(".")[0], Counter())[tuple(key)] += 1
    return out


EXTRAS = {   # what of the indicators, projects and goals must be the same as the text's
    "tunnusluvut": "SELECT report, measure, area, year, basis, value, unit, verified, page FROM facts "
                   "WHERE kind = 'tunnusluku'",
    "hankkeet": "SELECT report, name, period, years, funder, total, city_share, spent, page FROM projects",
    "tavoitteet": "SELECT report, text, status, org_tag, page FROM goals",
}


def _same_key(row: tuple) -> tuple:
    """Report stem; words as letters and digits only (a cell's line-end hyphen); the page apart."""
    rep, *rest, _page = row
    return (Path(rep).name.split(".")[0],
            *(re.sub(r"[\W_]+", "", v.lower()) if isinstance(v, str) else v for v in rest))


def extras_of(db: Path) -> dict[str, tuple[Counter, int]]:
    """{kind: (rows as comparable keys, rows with a page)} for indicators, projects and goals."""
    conn = sqlite3.connect(db)
    out = {}
    for kind, sql in EXTRAS.items():
        rows = conn.execute(sql).fetchall()
        out[kind] = (Counter(_same_key(r) for r in rows), sum(1 for r in rows if r[-1] is not None))
    conn.close()
    return out


def with_pages(paths: list[Path]) -> int:
    n = 0
    for p in paths:
        report = read_report(p)
        for table in find_tables(report):
            for row in solve(table).cells:
                n += sum(1 for c in row if c.value is not None and report.line(c.line).page is not None)
    return n


def run(name: str, paths: list[Path], tmp: Path, text: dict[str, Counter] | None) -> dict:
    t0 = time.perf_counter()
    for p in paths:
        read_report(p)
    t_read = time.perf_counter() - t0
    db = tmp / f"{name}.sqlite"
    t0 = time.perf_counter()
    summaries = ingest(paths, db, rebuild=True)
    t_ingest = time.perf_counter() - t0
    assert all(s.status == "ok" for s in summaries), [s.line() for s in summaries]
    got = stored(db)
    extras = extras_of(db)
    cells = sum(sum(c.values()) for c in got.values())
    verified = sum(n for c in got.values() for k, n in c.items() if k[-1])
    same = cells if text is None else sum(sum((got.get(r, Counter()) & c).values()) for r, c in text.items())
    return dict(name=name, read=t_read, ingest=t_ingest, cells=cells, verified=verified, same=same,
                extras=extras, pages=with_pages(paths) if text is not None else 0, got=got)


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        t0 = time.perf_counter()
        pdfs = {lay.name: [render(src, tmp / f"{src.stem}.{lay.name}.pdf", lay) for src in REPORTS] for lay in LAYOUTS}
        if CHROMIUM:
            pdfs["chromium"] = [print_with_chromium(src, tmp / f"{src.stem}.chromium.pdf") for src in REPORTS]
        t_render = time.perf_counter() - t0
        pages = {name: sum(read_report(p).meta["pages"] for p in ps) for name, ps in pdfs.items()}
        text = run("teksti", REPORTS, tmp, None)
        rows = [text] + [run(name, ps, tmp, text["got"]) for name, ps in pdfs.items()]
    total = text["cells"]
    print(f"4 raporttia; PDF:t tehty {t_render:.1f} s (reportlab{', Chromium' if CHROMIUM else ''}; "
          "ei mukana ajoissa)\n")
    print(f"{'aineisto':14} {'sivuja':>6} {'luku s':>7} {'ingest s':>9} {'s/sivu':>7} {'lukuja':>7} "
          f"{'tarkistettu':>11} {'= tekstin':>10} {'sivu tiedossa':>13}")
    for r in rows:
        n_pages = pages.get(r["name"], 0)
        per_page = f"{r['read'] / n_pages:.3f}" if n_pages else "–"
        print(f"{r['name']:14} {n_pages or '–':>6} {r['read']:7.2f} {r['ingest']:9.2f} {per_page:>7} {r['cells']:7d} "
              f"{r['verified']:11d} {r['same']:6d}/{total:<4d} {r['pages'] if r is not text else '–':>13}")
    print("\nTunnusluvut, hankkeet ja tavoitteet: määrä, = tekstin (samat arvot ja tiedot), sivu tiedossa")
    print(f"{'aineisto':14}" + "".join(f" {kind:>26}" for kind in EXTRAS))
    for r in rows:
        cells = []
        for kind in EXTRAS:
            got, paged = r["extras"][kind]
            want = text["extras"][kind][0]
            n, same = sum(got.values()), sum((got & want).values())
            cells.append(f"{n:5d} {same:5d}/{sum(want.values()):<4d} {paged if r is not text else '–':>8}")
        print(f"{r['name']:14}" + "".join(f" {c:>26}" for c in cells))


if __name__ == "__main__":
    main()
