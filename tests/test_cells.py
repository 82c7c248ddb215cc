"""Every financial cell of the bundled reports, measured against the ground truth in bench/cells/.

The ground truth lists every cell a careful reader finds (line, row, column heading, printed value).
Reading goes through data.tables.find_tables + data.verify.solve, the functions the ingest uses;
a cell counts as stored when the reader has it in a column it can name (not 'unknown').
"""
import csv
import sqlite3
from pathlib import Path

import pytest

from data.numbers import parse_cell
from data.report import read_report
from data.tables import find_tables
from data.verify import solve

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))


def truth(report: Path) -> dict[tuple[int, str], str]:
    path = ROOT / "bench" / "cells" / (report.stem + ".tsv")
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t")
        return {(int(r["line"]), r["column"]): r["printed"] for r in rows}


def read_cells(report: Path) -> dict[tuple[int, str], tuple[str, float, bool]]:
    """(row line, column heading) → (printed, value, verified) as the reader reads the report."""
    out = {}
    for table in find_tables(read_report(report)):
        solved = solve(table)
        for row, cells in zip(table.rows, solved.cells):
            for cell in cells:
                col = table.columns[cell.col]
                if cell.value is None or col.basis == "unknown":
                    continue
                out[(row.line_no, col.label)] = (cell.printed, cell.value, cell.verified and not table.headerless)
    return out


def measure(report: Path, got: dict | None = None) -> dict:
    gt = truth(report)
    got = read_cells(report) if got is None else got
    stored = [k for k in gt if k in got and got[k][1] == parse_cell(gt[k])]
    wrong = [k for k, (printed, value, verified) in got.items()
             if verified and (k not in gt or parse_cell(gt[k]) != value)]
    extra = [k for k in got if k not in gt]
    return dict(cells=len(gt), stored=len(stored), verified=sum(1 for k in stored if got[k][2]),
                wrong_verified=wrong, extra=extra)


@pytest.mark.parametrize("report", REPORTS, ids=[r.stem for r in REPORTS])
def test_no_verified_cell_is_wrong(report):
    m = measure(report)
    assert m["wrong_verified"] == [], m["wrong_verified"][:10]
    assert m["extra"] == [], f"the reader has cells the ground truth does not: {m['extra'][:10]}"


def test_every_cell_stored():
    total = {"cells": 0, "stored": 0, "verified": 0}
    for report in REPORTS:
        m = measure(report)
        for k in total:
            total[k] += m[k]
    assert total["cells"] == 1450
    assert total["stored"] / total["cells"] >= 0.995, total
    # unverified: the 2024 fragment whose header was lost at a page break (42 cells, no unit to give
    # them) and the 2024 investment row whose printed Poikkeama contradicts TA − TOT (8 cells)
    assert total["verified"] >= 1400, total


def test_the_measure_can_fail():
    """A cell the reader lacks is not stored; a verified cell with another value is wrong."""
    report = REPORTS[0]
    got = read_cells(report)
    keys = sorted(got)
    del got[keys[0]]
    printed, value, _ = got[keys[1]]
    got[keys[1]] = (printed, value + 1000, True)
    m = measure(report, got)
    assert m["stored"] == m["cells"] - 2 and m["wrong_verified"] == [keys[1]]


def test_stored_cells_are_in_the_database(db_path):
    conn = sqlite3.connect(db_path)
    for report in REPORTS:
        n = conn.execute("SELECT COUNT(*) FROM facts WHERE report = ? AND kind != 'tunnusluku'",
                         (report.name,)).fetchone()[0]
        assert n == len(read_cells(report)), report.name


def test_forecast_checked_against_budget_where_the_text_says_so(tmp_path):
    """'talousarvio tulee … toteutumaan suunnitellusti': every TP-ennuste is checked = TA."""
    src = ROOT / "data" / "reports" / "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt"
    tables = find_tables(read_report(src))
    assert "toteutumaan suunnitellusti" in tables[0].forecast_text
    checks = [c for c in solve(tables[0]).checks if c.name.startswith("ennuste = TA")]
    assert len(checks) == 18 and all(c.ok for c in checks)
    # a forecast that differs from its budget is not verified, and the note says why
    lines = src.read_text(encoding="utf-8").split("\n")
    assert lines[183].startswith("Myyntituotot 646 438 827 300")
    lines[183] = lines[183].replace("77,00 827 300", "77,00 800 000")
    changed = tmp_path / src.name
    changed.write_text("\n".join(lines), encoding="utf-8")
    table = find_tables(read_report(changed))[0]
    row = solve(table).cells[0]
    assert row[6].value == 800000 and not row[6].verified and "ennuste = TA" in row[6].note
    assert row[2].value == 827300 and row[2].verified      # the budget itself is proven by its own checks
    # without the sentence the forecast is checked by the column sums only
    lines = [l.replace("toteutumaan suunnitellusti", "toteutumaan") for l in lines]
    changed.write_text("\n".join(lines), encoding="utf-8")
    table = find_tables(read_report(changed))[0]
    assert not table.forecast_text
    cell = solve(table).cells[0][6]
    assert cell.value == 800000 and not cell.verified and "rivien summa" in cell.note


def test_budget_changes_and_the_budget_after_them(tmp_path):
    """A statement with 'TA-muutokset' and 'TA muutosten jälkeen' columns: the changes are not a
    budget (not stored), the deviation and % are checked against the budget after its changes."""
    rows = [
        ("Toimintatuotot", "3 286 493", "2 340 300", "100 000", "2 440 300", "2 906 105", "-465 805", "119,09"),
        ("Toimintakulut", "-36 537 179", "-40 347 700", "-200 000", "-40 547 700", "-39 424 611", "-1 123 089", "97,23"),
        ("Toimintakate", "-33 250 686", "-38 007 400", "-100 000", "-38 107 400", "-36 518 506", "-1 588 894", "95,83"),
    ]
    text = ["TILINPÄÄTÖS 2025", "", "Hyvinvointipalvelut Selite\tTP 2024\tTA 2025\tTA-muutokset\tTA muutosten jälkeen"
            "\tToteutuma 2025\tPoikkeama\tToteutuma %"] + ["\t".join(r) for r in rows]
    path = tmp_path / "tp.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    [table] = find_tables(read_report(path))
    assert [c.basis for c in table.columns] == ["actual", "budget", "unknown", "budget", "actual", "deviation",
                                                "realization_pct"]
    assert table.columns[3].year == 2025 and table.columns[3].amended
    solved = solve(table)
    assert all(c.verified for row in solved.cells for c in row if table.columns[c.col].basis != "unknown")


@pytest.mark.parametrize("heading,basis", [
    ("Poikkeama %", "unknown"), ("Muutos %", "unknown"), ("TA-muutokset", "unknown"),
    ("Toteuma-%", "realization_pct"), ("Käyttö-%", "realization_pct"), ("Toteutunut 2025", "actual"),
    ("Muutettu TA 2025", "budget"), ("Poikkeama", "deviation"),
])
def test_headings_a_reader_meets(heading, basis):
    """A per-cent deviation is never taken for a realization per cent, nor a change for a budget."""
    from data.tables import classify, head_cell
    assert head_cell(heading) and classify(heading, "", "tilinpäätös", 12).basis == basis
