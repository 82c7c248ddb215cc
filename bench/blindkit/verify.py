"""Check every value of a blind set's plain.jsonl and traps.jsonl (bench/blind2 and later; each set's verify.py runs this on its folder) against the report lines.

    python3 bench/blind4/verify.py [--reports-dir DIR]        # prints "failures: 0" when all hold

For an answer: the printed cell occurs on its line (split numbers: the row over its span of lines),
the cell parses to the accepted value (x1000 for thousands columns), the cell is the stated column
of its row (tab reports: line.split('\\t')[col]; PDF reports: the given row, which must occur as one
run of numbers), and the row's arithmetic holds (TA - TOT = Poikkeama/Jäljellä within 1 €, TOT/TA =
toteuma-% within rounding). A change or comparison (check.formula) is computed from its verified
terms (first − the rest, or their sum; either_sign: a change may be quoted with either sign). `also`, clarify candidates, trap alt_accept cells, shifted cells and the
terms of computed answers are checked the same way. Traps: the base is a plain answer item, its
accept is copied unchanged, and the added word occurs in the trap question.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

DEFAULT_REPORTS = Path("/work/shared/reports")
CATEGORIES = {"financial", "kpi", "text", "project", "not_found", "clarify"}
KINDS = {"city", "period", "measure", "foreign", "negation", "made_up", "subunit", "per_resident",
         "absent_row", "subject", "scope", "compound", "near"}
PCT_TOL = {"heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt": 0.06}  # printed with one real decimal


def parse_number(cell: str) -> float:
    """'- 565 805' -> -565805, '124,18' -> 124.18, '384.100' -> 384100, '9.024,00e' -> 9024."""
    s = cell.replace("\u2212", "-").replace("\u00a0", " ")
    m = re.search(r"(-\s?)?\d[\d .,]*", s)
    if not m:
        raise ValueError(f"no number in {cell!r}")
    tok = m.group(0).strip().rstrip(".,").strip()
    neg = tok.startswith("-")
    tok = tok.lstrip("-").replace(" ", "")
    if "," in tok:
        tok = tok.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
        tok = tok.replace(".", "")
    value = float(tok)
    return -value if neg else value


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


class Checker:
    def __init__(self, reports_dir: Path):
        self.lines: dict[str, list[str]] = {}
        for path in sorted(reports_dir.glob("*.txt")):
            self.lines[path.name] = path.read_text(encoding="utf-8").splitlines()
        self.failures: list[str] = []
        self.checked = 0

    def fail(self, ident: str, msg: str) -> None:
        self.failures.append(f"{ident}: {msg}")

    def text(self, file: str, line: int, span: int = 1) -> str:
        rows = self.lines[file]
        return norm(" ".join(rows[line - 1: line - 1 + span]))

    def cell_at(self, ident: str, file: str, line: int, cell: str, span: int = 1) -> bool:
        if file not in self.lines:
            self.fail(ident, f"unknown report {file}")
            return False
        if line < 1 or line > len(self.lines[file]):
            self.fail(ident, f"line {line} outside {file}")
            return False
        self.checked += 1
        if norm(cell) not in self.text(file, line, span):
            self.fail(ident, f"{cell!r} not on {file}:{line} ({self.text(file, line, span)[:120]!r})")
            return False
        return True

    def tab_cell(self, ident: str, file: str, line: int, col: int, cell: str) -> list[str] | None:
        parts = self.lines[file][line - 1].split("\t")
        if len(parts) <= col or norm(parts[col]) != norm(cell):
            got = norm(parts[col]) if len(parts) > col else None
            self.fail(ident, f"column {col} of {file}:{line} is {got!r}, not {cell!r}")
            return None
        return parts[1:]

    def value_spec(self, ident: str, spec: dict, accept: list | None = None) -> None:
        """A {file, line, cell, value?, col?, span?} reference."""
        if not self.cell_at(ident, spec["file"], spec["line"], spec["cell"], spec.get("span", 1)):
            return
        if "col" in spec and "\t" in self.lines[spec["file"]][spec["line"] - 1]:
            self.tab_cell(ident, spec["file"], spec["line"], spec["col"], spec["cell"])
        if "value" in spec:
            if abs(parse_number(spec["cell"]) - spec["value"]) > 1e-6:
                self.fail(ident, f"{spec['cell']!r} parses to {parse_number(spec['cell'])}, not {spec['value']}")
            if accept is not None and spec["value"] not in accept:
                self.fail(ident, f"value {spec['value']} of {spec['file']}:{spec['line']} not in accept")

    def arith(self, ident: str, file: str, numbers: list[float], cols: list[int]) -> None:
        ta, tot, diff, pct = (numbers[c - 1] for c in cols)
        if abs(ta - tot - diff) > 1.01:
            self.fail(ident, f"TA {ta} - TOT {tot} = {ta - tot}, printed {diff}")
        if ta and abs(tot / ta * 100 - pct) > PCT_TOL.get(file, 0.011):
            self.fail(ident, f"TOT/TA = {tot / ta * 100:.3f} %, printed {pct}")

    def answer(self, ident: str, ex: dict) -> None:
        ch, file, line = ex["check"], ex["file"], ex["line"]
        if "formula" in ch:  # a comparison / change: computed from verified cells
            f = ch["formula"]
            vals = []
            for t in f["terms"]:
                self.value_spec(ident, t)
                vals.append(t["value"])
            got = vals[0] - sum(vals[1:]) if f["op"] == "-" else sum(vals)
            want = {round(got, 4)} | ({round(-got, 4)} if f.get("either_sign") else set())
            if abs(got - f["value"]) > 0.5 or {round(a, 4) for a in ex["accept"]} != want:
                self.fail(ident, f"formula gives {got}, accept {ex['accept']}")
            if (file, line) != (f["terms"][0]["file"], f["terms"][0]["line"]):
                self.fail(ident, "file/line must be the first term's")
            for a in ex.get("also", []):
                self.value_spec(ident, a)
            return
        cell = ch["cell"]
        if "row" in ch:
            span, row_line = ch["span"], ch["row_line"]
            if not row_line <= line < row_line + span:
                self.fail(ident, f"line {line} outside the row's lines {row_line}..{row_line + span - 1}")
            if self.cell_at(ident, file, row_line, " ".join(ch["row"]), span):
                self.cell_at(ident, file, line, ch.get("on_line", cell))
            if ch["row"][ch["col"] - 1] != cell:
                self.fail(ident, f"row column {ch['col']} is {ch['row'][ch['col'] - 1]!r}, not {cell!r}")
            numbers = [parse_number(c) for c in ch["row"]]
        else:
            self.cell_at(ident, file, line, cell)
            numbers = None
            if "col" in ch:
                parts = self.tab_cell(ident, file, line, ch["col"], cell)
                numbers = [parse_number(p) for p in parts] if parts and "arith" in ch else None
        if ch.get("arith") and numbers:
            self.arith(ident, file, numbers, ch["arith"])
        value = parse_number(cell)
        want = [value * 1000, value] if ch.get("thousands") else [value]
        if [round(a, 6) for a in ex["accept"][: len(want)]] != [round(w, 6) for w in want]:
            self.fail(ident, f"accept {ex['accept']} does not start with {want}")
        for a in ex.get("also", []):
            self.value_spec(ident, {**a, "cell": a.get("cell", cell)}, ex["accept"])
        listed = {round(a, 6) for a in want} | {round(a["value"], 6) for a in ex.get("also", []) if "value" in a}
        if {round(a, 6) for a in ex["accept"]} != listed:
            self.fail(ident, f"accept {ex['accept']} has values without a verified location")

    def plain(self, items: list[dict]) -> dict[str, dict]:
        by_id = {}
        for it in items:
            ident, ex = it["id"], it["expect"]
            if ident in by_id:
                self.fail(ident, "duplicate id")
            by_id[ident] = it
            if it["tags"][0] not in CATEGORIES:
                self.fail(ident, f"first tag {it['tags'][0]!r} is not a category")
            if ex["status"] == "answer":
                self.answer(ident, ex)
            elif ex["status"] == "clarify":
                if not ex.get("options_include") or len(ex.get("candidates", [])) < 2:
                    self.fail(ident, "clarify needs options_include and two candidates")
                for c in ex.get("candidates", []):
                    self.value_spec(ident, c)
            elif ex["status"] != "not_found" or not ex.get("what"):
                self.fail(ident, f"bad expectation {ex}")
        return by_id

    def traps(self, traps: list[dict], by_id: dict[str, dict]) -> None:
        for tr in traps:
            ident, ex = tr["id"], tr["expect"]
            base = by_id.get(tr["base_id"])
            if not base or base["expect"]["status"] != "answer":
                self.fail(ident, f"base {tr['base_id']} is not a plain answer item")
                continue
            if base["q"] != tr["base"] or base["expect"]["accept"] != tr["base_accept"]:
                self.fail(ident, "base / base_accept differ from the plain item")
            if tr["added"].lower() not in tr["q"].lower() or tr["q"] == tr["base"]:
                self.fail(ident, f"added {tr['added']!r} not in the question, or question unchanged")
            if tr["kind"] not in KINDS:
                self.fail(ident, f"unknown kind {tr['kind']}")
            for a in ex.get("alt_accept", []):
                self.value_spec(ident, a)
            if ex["status"] in ("not_found", "clarify"):
                if tr["kind"] == "near":
                    self.fail(ident, "a near-trap must expect the answer")
                continue
            if ex["status"] != "answer":
                self.fail(ident, f"bad status {ex['status']}")
                continue
            self.trap_answer(ident, tr, ex, base)

    def trap_answer(self, ident: str, tr: dict, ex: dict, base: dict) -> None:
        if ex.get("computed"):
            f = ex["formula"]
            vals = []
            for t in f["terms"]:
                self.value_spec(ident, t)
                vals.append(t["value"])
            got = vals[0] - sum(vals[1:]) if f["op"] == "-" else sum(vals)
            if abs(got - f["value"]) > 0.5 or ex["accept"] != [f["value"]]:
                self.fail(ident, f"formula gives {got}, accept {ex['accept']}")
        elif "cell" in ex:
            self.value_spec(ident, ex["cell"], ex["accept"])
        elif ex["accept"] != base["expect"]["accept"]:
            self.fail(ident, "a base-answer trap must accept the base figure")
        for a in ex.get("also", []):
            self.value_spec(ident, a)


def main(folder: Path) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports-dir", type=Path, default=DEFAULT_REPORTS)
    args = ap.parse_args()
    chk = Checker(args.reports_dir)
    plain = [json.loads(l) for l in (folder / "plain.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    traps = [json.loads(l) for l in (folder / "traps.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    by_id = chk.plain(plain)
    chk.traps(traps, by_id)
    for f in chk.failures:
        print("FAIL", f)
    print(f"plain {len(plain)}, traps {len(traps)}; cell checks {chk.checked}; failures: {len(chk.failures)}")
    return 1 if chk.failures else 0

