#!/usr/bin/env python3
"""Verify the blind sets (plain.jsonl, lists.jsonl, traps.jsonl) against the source reports.

The approach of /work/shared/eval/verify_dev.py, plus column checks:

* occurrence: every accepted value (and every clarify candidate, series point and alternative
  value) occurs at its cited line joined with the next 4 lines, numbers normalised ("- 565 805" =
  -565805, "384.100" = 384100, "130,00" = 130; items whose `what` says "printed in thousands of
  euros" are searched as value/1000);
* column: a financial item names the number cell of its row (`check.col`).  In the tab-separated
  reports the row is parsed from the line; in the PDF-text reports the item carries the whole
  printed row (`check.row`, as read), which must occur as one run of numbers starting at
  `check.row_line`.  Either way the row's own arithmetic must hold (TA - toteuma = Poikkeama /
  Jäljellä within 1 €, toteuma / TA = toteuma-% within rounding) and the accepted value must be
  the cell in column `col`.  Key indicators of the TP 2025 table are checked by column too;
* lists: `count` equals the number of listed items, each item's label occurs at its line (letters
  and digits only, so PDF line breaks and hyphenation do not matter), each `items_include` string
  occurs in some item's source;
* traps: the base question and base_accept equal the plain item `base_id`; computed answers equal
  the formula over verified plain items; near-traps keep the base answer; `added` occurs in the
  question; alternative values occur where cited.

Usage: python3 bench/blind/verify.py [--reports-dir DIR] [FILE ...]
  (default FILEs: plain.jsonl lists.jsonl traps.jsonl beside this script; reports default to the
  repository's data/reports/).  Exit status 1 on any failure.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "reports"))
TP = "heinola-tp2025-hyvinvointipalvelut.txt"
Q1 = "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt"
S24 = "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt"
V22 = "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt"
TAB_REPORTS = {TP, S24}
WINDOW = 5
THOUSANDS_MARK = "printed in thousands of euros"
STATUSES = {"answer", "not_found", "clarify"}
LIST_STATUSES = {"list", "text"}
TABLE_CATS = {"financial", "kpi", "series"}

_cache = {}


def load(report, reports_dir):
    key = (reports_dir, report)
    if key not in _cache:
        with open(os.path.join(reports_dir, report), encoding="utf-8") as fh:
            _cache[key] = fh.read().split("\n")
    return _cache[key]


def window(report, line, reports_dir, size=WINDOW):
    lines = load(report, reports_dir)
    if not 1 <= line <= len(lines):
        raise ValueError(f"line {line} out of range 1..{len(lines)}")
    return " ".join(lines[line - 1:line - 1 + size])


def value_pattern(v):
    neg = v < 0
    s = f"{abs(v):.6f}".rstrip("0").rstrip(".")
    int_part, _, dec = s.partition(".")
    groups = []
    while len(int_part) > 3:
        groups.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    groups.insert(0, int_part)
    core = r"[\s.]*".join(groups)
    core += (r"[,.]" + dec + r"0*") if dec else r"(?:[,.]0+)?"
    return neg, (r"-\s*" if neg else "") + core


def occurs(v, text, tab_cells):
    neg, pat = value_pattern(v)
    for m in re.finditer(pat, text):
        s, e = m.start(), m.end()
        if e < len(text) and text[e].isdigit():
            continue
        if e + 1 < len(text) and text[e] in ",." and text[e + 1].isdigit():
            continue
        if neg:
            if s > 0 and text[s - 1].isalnum():
                continue
        else:
            if s > 0 and text[s - 1].isdigit():
                continue
            if s > 1 and text[s - 1] in ",." and text[s - 2].isdigit():
                continue
            if text[:s].rstrip().endswith("-"):
                continue
            if tab_cells and s > 1 and text[s - 1] == " " and text[s - 2].isdigit():
                continue
        return True
    return False


def parse_cell(cell):
    """A financial table cell -> number or None ('- 565 805' -> -565805, '124,18' -> 124.18)."""
    c = cell.strip().replace("\u2212", "-")
    if not c:
        return None
    m = re.fullmatch(r"(-?)\s*(\d{1,3}(?: \d{3})*|\d+)(?:,(\d+))?\s*%?", c)
    if not m:
        raise ValueError(f"not a number cell: {cell!r}")
    v = float(m.group(2).replace(" ", "") + ("." + m.group(3) if m.group(3) else ""))
    return -v if m.group(1) else v


def first_number(cell):
    """Key-indicator cell -> its first number ('hyte: 384.100 euroa.' -> 384100, '1 279 €' -> 1279)."""
    m = re.search(r"\d[\d .]*(?:,\d+)?", cell)
    if not m:
        return None
    s = m.group(0).strip().rstrip(".")
    int_part, _, dec = s.partition(",")
    int_part = int_part.strip()
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+", int_part):
        int_part = re.sub(r"[ .]", "", int_part)
    elif "." in int_part:
        int_part, _, dec = int_part.partition(".")
    return float(int_part.replace(" ", "") + ("." + dec if dec else ""))


def row_arithmetic(report, row):
    """Return a list of arithmetic problems of one parsed row (None cells skipped)."""
    errs = []
    n = len(row)
    if report == TP or (report == S24 and n == 5):
        ta, tot, dev, pct = (row + [None] * 5)[1:5]
        if report == S24:
            dev = None  # investment table of the 1-9/2024 report prints Poikkeama = -TA (known misprint)
        if None not in (ta, tot, dev) and abs(ta - tot - dev) > 1:
            errs.append(f"TA {ta} - toteuma {tot} != poikkeama {dev}")
    elif n >= 6:
        ta, tot, dev, pct = row[2:6]
        if None not in (ta, tot, dev) and abs(ta - tot - dev) > 1:
            errs.append(f"TA {ta} - TOT {tot} != jäljellä {dev}")
    else:
        return [f"unexpected row length {n}"]
    tol = 0.06 if report == V22 else 0.011
    if None not in (ta, tot, pct) and ta != 0 and abs(tot / ta * 100 - pct) > tol:
        errs.append(f"toteuma-% {pct} != {tot}/{ta}*100 = {tot / ta * 100:.3f}")
    return errs


def tab_row(report, line, reports_dir):
    cells = load(report, reports_dir)[line - 1].split("\t")
    return [parse_cell(c) for c in cells[1:]]


def pdf_row_found(report, row, row_line, reports_dir):
    lines = load(report, reports_dir)
    first = lines[row_line - 1]
    text = " ".join(lines[row_line - 1:row_line + 24])
    pat = r"\s+".join(value_pattern(v)[1] for v in row)
    for m in re.finditer(r"(?<![\d,])" + pat + r"(?![\d,])", text):
        if m.start() < len(first):
            return True
    return False


def check_column(it, reports_dir):
    ex = it["expect"]
    chk = ex.get("check")
    if not chk:
        return []
    rep, line, col = ex["file"], ex["line"], chk["col"]
    scale = 1000 if THOUSANDS_MARK in ex["what"].lower() and col <= 2 else 1
    cat = it["tags"][0]
    if "row" in chk:
        row = chk["row"]
        if not pdf_row_found(rep, row, chk["row_line"], reports_dir):
            return [f"row {row} not found as one run of numbers at {rep}:{chk['row_line']}"]
    elif cat == "financial":
        if rep not in TAB_REPORTS:
            return ["PDF-report financial item needs check.row"]
        row = tab_row(rep, line, reports_dir)
    else:
        cells = load(rep, reports_dir)[line - 1].split("\t")
        if col >= len(cells):
            return [f"no column {col} at {rep}:{line}"]
        cell = first_number(cells[col])
        return [] if cell is not None and abs(cell - ex["accept"][0]) < 1e-6 else \
            [f"column {col} at {rep}:{line} is {cells[col]!r}, not {ex['accept'][0]}"]
    errs = row_arithmetic(rep, row) if cat == "financial" else []
    if col > len(row) or row[col - 1] is None:
        return errs + [f"row has no cell {col}: {row}"]
    if not any(abs(row[col - 1] * scale - a) < 0.5 for a in ex["accept"]):
        errs.append(f"cell {col} of the row is {row[col - 1] * scale}, not one of {ex['accept']}")
    return errs


def check_values(values, locs, thousands, reports_dir, tab_cells):
    errs, texts = [], []
    for rep, ln in locs:
        try:
            texts.append((rep, ln, window(rep, ln, reports_dir)))
        except FileNotFoundError:
            return [f"unknown report {rep!r}"]
        except ValueError as exc:
            return [f"{rep}:{ln}: {exc}"]
    scaled = [v / 1000 if thousands else v for v in values]
    hits = [[occurs(sv, t, tab_cells and rep in TAB_REPORTS) for rep, _, t in texts] for sv in scaled]
    for v, h in zip(values, hits):
        if not any(h):
            errs.append(f"value {v} not found at " + ", ".join(f"{r}:{l}" for r, l, _ in texts))
    for j, (rep, ln, _) in enumerate(texts):
        if not any(h[j] for h in hits):
            errs.append(f"no accepted value at {'cited' if j == 0 else 'also'} location {rep}:{ln}")
    return errs


def verify_plain(it, reports_dir):
    errs = [f"missing field {k}" for k in ("id", "q", "expect", "tags") if k not in it]
    if errs:
        return errs
    ex = it["expect"]
    st = ex.get("status")
    if st not in STATUSES:
        return [f"bad status {st!r}"]
    if not ex.get("what"):
        errs.append("missing expect.what")
    tab_cells = it["tags"][0] in TABLE_CATS
    if st == "answer":
        errs += [f"missing expect.{k}" for k in ("accept", "unit", "file", "line") if k not in ex]
        if errs:
            return errs
        acc = ex["accept"]
        if not acc or not all(isinstance(a, (int, float)) and not isinstance(a, bool) for a in acc):
            return ["accept must be a non-empty list of numbers"]
        locs = [(ex["file"], ex["line"])] + [(a["file"], a["line"]) for a in ex.get("also", [])]
        if "series" in ex:
            for p in ex["series"]:
                errs += [f"series {p['year']}: {e}" for e in
                         check_values([p["value"]], [(p["file"], p["line"])], False, reports_dir, True)]
                sub = {"expect": {**ex, "accept": [p["value"]], "check": {"col": p["col"]},
                                  "file": p["file"], "line": p["line"]}, "tags": ["kpi"]}
                errs += [f"series {p['year']}: {e}" for e in check_column(sub, reports_dir)]
        else:
            thousands = THOUSANDS_MARK in ex["what"].lower()
            errs += check_values(acc, locs, thousands, reports_dir, tab_cells)
            errs += check_column(it, reports_dir)
    elif st == "clarify":
        if not ex.get("options_include"):
            errs.append("clarify item needs options_include")
        if len(ex.get("candidates", [])) < 2:
            errs.append("clarify item needs at least two candidates")
        for c in ex.get("candidates", []):
            for e in check_values([c["value"]], [(c["file"], c["line"])], False, reports_dir, False):
                errs.append(f"candidate {c.get('label')!r}: {e}")
    return errs


def fold(text):
    text = unicodedata.normalize("NFKD", text or "").lower()
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def verify_list(it, reports_dir):
    ex = it.get("expect", {})
    errs = []
    if ex.get("status") not in LIST_STATUSES:
        return [f"bad list status {ex.get('status')!r}"]
    items = ex.get("items", [])
    if ex.get("count") != len(items):
        errs.append(f"count {ex.get('count')} != {len(items)} listed items")
    wins = []
    for i in items:
        try:
            w = fold(window(i["file"], i["line"], reports_dir, size=8))
        except (FileNotFoundError, ValueError) as exc:
            errs.append(f"item {i['label']!r}: {exc}")
            continue
        wins.append(w)
        core = re.sub(r"\s*\([^)]*\)\s*$", "", i["label"])
        if fold(core) not in w:
            errs.append(f"item {i['label']!r} not found at {i['file']}:{i['line']}")
    for inc in ex.get("items_include", []):
        if not any(fold(inc) in w for w in wins):
            errs.append(f"items_include {inc!r} is in no item's source")
    if not ex.get("what"):
        errs.append("missing expect.what")
    return errs


def verify_trap(it, plain, reports_dir):
    errs = [f"missing field {k}" for k in ("id", "q", "base", "base_id", "base_accept", "added", "kind",
                                           "origin", "expect") if k not in it]
    if errs:
        return errs
    base = plain.get(it["base_id"])
    if base is None:
        return [f"unknown base_id {it['base_id']}"]
    if base["q"] != it["base"]:
        errs.append("base differs from the plain item's question")
    if base["expect"].get("accept") != it["base_accept"]:
        errs.append(f"base_accept {it['base_accept']} != plain accept {base['expect'].get('accept')}")
    added = it["added"] if isinstance(it["added"], list) else [it["added"]]
    for a in added:
        if fold(a) not in fold(it["q"]):
            errs.append(f"added {a!r} does not occur in the question")
    if it["origin"] not in ("hand", "generated"):
        errs.append(f"bad origin {it['origin']!r}")
    ex = it["expect"]
    st = ex.get("status")
    if st not in STATUSES:
        return errs + [f"bad status {st!r}"]
    if not ex.get("why"):
        errs.append("missing expect.why")
    if st == "answer":
        errs += verify_trap_answer(it, base, reports_dir)
    elif it["kind"] == "near":
        errs.append("a near-trap must expect the base answer")
    for alt in ex.get("alt_accept", []):
        errs += [f"alt_accept: {e}" for e in
                 check_values([alt["value"]], [(alt["file"], alt["line"])],
                              THOUSANDS_MARK in alt.get("what", "").lower(), reports_dir, False)]
    return errs


def check_cell(value, file, line, col, reports_dir):
    """A cited cell: the value occurs at the line; in a tab report with `col`, it is that cell."""
    errs = check_values([value], [(file, line)], False, reports_dir, False)
    if not errs and col and file in TAB_REPORTS:
        row = tab_row(file, line, reports_dir)
        if col > len(row) or row[col - 1] is None or abs(row[col - 1] - value) > 1e-6:
            errs.append(f"cell {col} at {file}:{line} is not {value}")
    return errs


def verify_trap_answer(it, base, reports_dir):
    ex, bex = it["expect"], base["expect"]
    errs = [f"missing expect.{k}" for k in ("accept", "unit", "file", "line") if k not in ex]
    if errs:
        return errs
    if ex.get("computed"):
        f = ex.get("formula") or {}
        terms = f.get("terms", [])
        if len(terms) < 2 or f.get("op") not in ("sub", "sum"):
            return [f"computed item needs formula.op sub|sum and two or more terms, got {f}"]
        for term in terms:
            errs += [f"term: {e}" for e in
                     check_cell(term["value"], term["file"], term["line"], term.get("col"), reports_dir)]
        vals = [term["value"] for term in terms]
        want = vals[0] - sum(vals[1:]) if f["op"] == "sub" else sum(vals)
        if abs(ex["accept"][0] - want) > 0.5:
            errs.append(f"computed accept {ex['accept'][0]} != {f['op']} of {vals} = {want}")
        if (ex["file"], ex["line"]) != (terms[0]["file"], terms[0]["line"]):
            errs.append("computed item's source must be its first term")
    elif ex.get("shifted"):
        errs += check_cell(ex["accept"][0], ex["file"], ex["line"], ex.get("col"), reports_dir)
        if ex["accept"] == it["base_accept"]:
            errs.append("a shifted answer must differ from the base answer")
    elif it["kind"] == "near":
        if ex["accept"] != bex["accept"] or ex["file"] != bex["file"]:
            errs.append("near-trap must keep the base answer (accept and file)")
    else:
        errs.append("an answer trap must be computed, shifted or a near-trap")
    if it["kind"] != "near" and set(ex["accept"]) & set(it["base_accept"]):
        errs.append("a trap's answer must not be its base figure")
    return errs


def read_jsonl(path):
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if raw.strip():
                try:
                    items.append(json.loads(raw))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{n}: invalid JSON: {exc}")
    return items


def summary(name, items):
    by_status, by_cat = {}, {}
    for it in items:
        st = it.get("expect", {}).get("status")
        by_status[st] = by_status.get(st, 0) + 1
        cat = it.get("kind") or (it.get("tags") or ["?"])[0]
        by_cat[cat] = by_cat.get(cat, 0) + 1
    print(f"{name}: {len(items)} items  by status: {by_status}")
    print(f"  by category: {dict(sorted(by_cat.items()))}")
    origins = {}
    for it in items:
        if "origin" in it:
            origins[it["origin"]] = origins.get(it["origin"], 0) + 1
    if origins:
        print(f"  by origin: {origins}")


def main(argv):
    args = list(argv[1:])
    reports_dir = REPORTS_DIR
    if "--reports-dir" in args:
        i = args.index("--reports-dir")
        reports_dir = args[i + 1]
        del args[i:i + 2]
    files = args or [os.path.join(HERE, f) for f in ("plain.jsonl", "lists.jsonl", "traps.jsonl")]
    plain_path = next((f for f in files if os.path.basename(f) == "plain.jsonl"),
                      os.path.join(HERE, "plain.jsonl"))
    plain = {it["id"]: it for it in read_jsonl(plain_path)}
    failed = 0
    for path in files:
        items = read_jsonl(path)
        name = os.path.basename(path)
        kind = "traps" if name.startswith("traps") else "lists" if name.startswith("lists") else "plain"
        ids = [it.get("id") for it in items]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        qs = [it.get("q") for it in items]
        dupq = sorted({q for q in qs if qs.count(q) > 1})
        failures = [("-", [f"duplicate ids: {dup}"])] if dup else []
        if dupq:
            failures.append(("-", [f"duplicate questions: {dupq}"]))
        ok = 0
        for it in items:
            if kind == "traps":
                errs = verify_trap(it, plain, reports_dir)
            elif kind == "lists":
                errs = verify_list(it, reports_dir)
            else:
                errs = verify_plain(it, reports_dir)
            if errs:
                failures.append((it.get("id"), errs))
            else:
                ok += 1
        summary(name, items)
        print(f"  verified: {ok}/{len(items)}")
        for iid, errs in failures:
            for e in errs:
                print(f"  FAIL {iid}: {e}")
        failed += len(failures)
    print("failures: %d" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
