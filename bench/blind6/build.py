#!/usr/bin/env python3
"""Hand-written source of the sixth blind set: writes plain.jsonl and traps.jsonl next to this file.

Every item was written from the four reports in /work/shared/reports/ alone (no engine code, tests or
earlier question sets were read). `python3 bench/blind6/verify.py` checks every value against its line.

Cell specs (expect.check):
  cell      the figure exactly as printed (normalised whitespace); it must occur on `line`
  col       tab-separated reports: index of the cell in line.split('\\t') (0 = row label), so a value
            from the wrong column fails; PDF-text reports: 1-based index in `row`
  row       PDF-text reports: the row's number cells in order as printed (joined over `span` lines
            from `row_line`; split numbers such as "-18 300 \\n\\n300" are one cell "-18 300 300")
  on_line   the part of a split cell that stands on `line` (default: the cell)
  arith     (ta, tot, diff, pct) 1-based number columns: TA - TOT = diff within 1, TOT/TA*100 = pct
  thousands the column is in thousands of euros: accept holds euros first, then the printed number
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blindkit.verify import parse_number  # noqa: E402  (the verifier's parser: one definition)
T = "heinola-tp2025-hyvinvointipalvelut.txt"
Q = "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt"
S = "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt"
K = "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt"

# arithmetic columns (1-based among the number cells of a row)
AR = {T: (2, 3, 4, 5), Q: (3, 4, 5, 6), S: (3, 4, 5, 6), K: (3, 4, 5, 6)}

REPORTS = Path("/work/shared/reports")
_CACHE: dict[str, list[str]] = {}


def REPORT_LINES(file: str) -> list[str]:
    if file not in _CACHE:
        _CACHE[file] = (REPORTS / file).read_text(encoding="utf-8").splitlines()
    return _CACHE[file]


PLAIN: list[dict] = []
BY_KEY: dict[str, dict] = {}


def _add(key: str, q: str, expect: dict, tags: list[str]) -> None:
    item = {"id": None, "key": key, "q": q, "expect": expect, "tags": tags}
    PLAIN.append(item)
    BY_KEY[key] = item


def fin(key, q, file, line, col, what, tags, *, cell=None, row=None, row_line=None, span=1,
        on_line=None, also=(), extra=(), thousands=False, arith=True, unit="EUR"):
    """A financial-table figure. Tab reports: cell read from the line; PDF reports: `row` given."""
    check: dict = {"col": col}
    if row is not None:
        check.update(row=row, row_line=row_line or line, span=span)
        cell = row[col - 1]
    elif cell is None:  # tab-separated report: the cell in column `col` of the line
        cell = " ".join(REPORT_LINES(file)[line - 1].split("\t")[col].split())
    check["cell"] = cell
    if on_line:
        check["on_line"] = on_line
    if arith:
        check["arith"] = list(AR[file])
    if thousands:
        check["thousands"] = True
    value = _num(cell)
    accept = [value * 1000, value] if thousands else [value]
    accept += [a["value"] for a in extra]
    exp = {"status": "answer", "accept": [_clean(a) for a in accept],
           "unit": "1000 EUR (printed in thousands of euros; euros accepted)" if thousands else unit,
           "file": file, "line": line, "also": list(also) + list(extra), "what": what, "check": check}
    _add(key, q, exp, ["financial"] + tags)


def val(cat, key, q, file, line, cell, what, tags, *, unit, col=None, also=()):
    """A key indicator, a number in running text or a project-table cell."""
    check = {"cell": cell}
    if col is not None:
        check["col"] = col
    exp = {"status": "answer", "accept": [_clean(_num(cell))], "unit": unit, "file": file, "line": line,
           "also": list(also), "what": what, "check": check}
    _add(key, q, exp, [cat] + tags)


def nf(key, q, what, tags):
    _add(key, q, {"status": "not_found", "what": what}, ["not_found"] + tags)


def cl(key, q, options, what, candidates, tags):
    _add(key, q, {"status": "clarify", "options_include": options, "what": what,
                  "candidates": candidates}, ["clarify"] + tags)


def _num(cell: str) -> float:
    return parse_number(cell)


def _clean(x: float):
    return int(x) if float(x).is_integer() else round(x, 4)


def A(file, line, cell=None, value=None):
    out = {"file": file, "line": line}
    if cell is not None:
        out["cell"] = cell
    if value is not None:
        out["value"] = value
    return out

def C(file, line, cell, col=None, what="", span=1):
    """A verified cell (a formula term, an alt_accept, a shifted answer); span: lines the cell runs over."""
    out = {"file": file, "line": line, "cell": cell, "value": _clean(_num(cell))}
    if span > 1:
        out["span"] = span
    if col is not None:
        out["col"] = col
    if what:
        out["what"] = what
    return out


def TC(file, line, col, what=""):
    """C() for a tab-separated cell read from its line and column."""
    cell = " ".join(REPORT_LINES(file)[line - 1].split("\t")[col].split())
    return C(file, line, cell, col, what)


def calc(cat, key, q, op, terms, what, tags, *, unit="EUR", either_sign=False):
    """A change / difference / sum computed from verified cells (first - rest, or sum)."""
    vals = [t["value"] for t in terms]
    v = _clean(vals[0] - sum(vals[1:]) if op == "-" else sum(vals))
    accept = [v] + ([_clean(-v)] if either_sign and v else [])
    exp = {"status": "answer", "accept": accept, "unit": unit, "file": terms[0]["file"], "line": terms[0]["line"],
           "also": [], "what": what,
           "check": {"formula": {"op": op, "terms": terms, "value": v, "either_sign": either_sign}}}
    _add(key, q, exp, [cat] + tags)


def series(cat, key, q, file, line, cols, what, tags, *, unit):
    """A series over years on one tab-separated line: any of its values counts as the primary value
    (the first listed is the first year); every value is verified in its column."""
    cells = [" ".join(REPORT_LINES(file)[line - 1].split("\t")[c].split()) for c in cols]
    check = {"cell": cells[0], "col": cols[0]}
    also = [{"file": file, "line": line, "cell": c, "col": col, "value": _clean(_num(c))}
            for c, col in zip(cells[1:], cols[1:])]
    acc = [_clean(_num(cells[0]))] + [a["value"] for a in also]
    exp = {"status": "answer", "accept": sorted(set(acc), key=acc.index), "unit": unit, "file": file, "line": line,
           "also": also, "what": what + " (a series: any of its values is accepted as the primary value)",
           "check": check}
    _add(key, q, exp, [cat] + tags + ["series"])



# ====================================================================================================
# ====================================================================================================
# (The helpers above are copied from the top of bench/blind4/build.py via bench/blind5/build.py, lines 1-193 of the
# latter; trap(), near() and write() below follow blind5's. Everything after the helpers is new for blind6.)

def pdf(file, line, cells, col, *, row_line=None, span=1, on_line=None):
    """kwargs of fin() for a PDF-text row: its number cells as printed, in order."""
    return dict(row=list(cells), row_line=row_line or line, span=span, on_line=on_line)


def _cells(also, cell):
    """`also` references carry the cell they hold (the main cell unless given), so a near-trap can check them too."""
    return [{**a, "cell": a.get("cell", cell)} for a in also]


def txt(key, q, file, line, cell, what, tags, *, unit, also=()):
    also = _cells(also, cell)
    val("text", key, q, file, line, cell, what, tags, unit=unit, also=also)


def kpi(key, q, file, line, col, what, tags, *, unit, also=()):
    cell = " ".join(REPORT_LINES(file)[line - 1].split("\t")[col].split()) if col is not None else None
    val("kpi", key, q, file, line, cell, what, tags, unit=unit, col=col, also=_cells(also, cell))


def prj(key, q, file, line, what, tags, *, unit, col=None, cell=None, also=()):
    if cell is None:
        cell = " ".join(REPORT_LINES(file)[line - 1].split("\t")[col].split())
    val("project", key, q, file, line, cell, what, tags, unit=unit, col=col, also=_cells(also, cell))


FY25 = ["full-year", "2025"]
TP24 = ["full-year", "2024"]
Q25 = ["interim-3kk", "2025"]
S24 = ["interim-9kk", "2024"]
K22 = ["interim-9kk", "2022"]

Q24 = ["interim-3kk", "2024"]
S23 = ["interim-9kk", "2023"]
TP23 = ["full-year", "2023"]
TP21 = ["full-year", "2021"]

# ---------------------------------------------------------------------------------------------------
# TP 2025 (tab-separated; number columns 1 Tilinpäätös 2024 | 2 Talousarvio 2025 | 3 Toteuma 2025 | 4 Poikkeama | 5 %)
HVP = "Hyvinvointipalvelut (palvelualue), TP 2025 report"
KOL = "Kasvatus- ja opetuslautakunta, TP 2025 report"
PAJ = "Palvelualuejohtajan vastuualue, TP 2025 report"
OPK = "Opetus ja koulutus (vastuualue), TP 2025 report"
VAK = "Varhaiskasvatus (vastuualue), TP 2025 report"
MRG = "; the 2024 comparison figures are technically merged after the reorganisation"

fin("f01", "kasvatus- ja opetuslautakunnan muut toimintakulut 2025", T, 196, 3,
    KOL + ", Muut toimintakulut, actual (Toteuma 2025), 1-12/2025", ["muut-toimintakulut", "actual"] + FY25 + ["keyword", "lowercase"])
fin("f02", "Paljonko Opetus ja koulutus -vastuualueelle oli budjetoitu toimintatuottoja vuodelle 2025?", T, 324, 2,
    OPK + ", Toimintatuotot, budget (Talousarvio 2025)", ["toimintatuotot", "budget", "2025", "full-sentence", "abbrev:budjetti"])
fin("f03", "vakan toimintakulujen poikkeama talousarviosta 2025", T, 345, 4,
    VAK + ", Toimintakulut, deviation (Poikkeama = TA - toteuma, as printed), 2025", ["toimintakulut", "deviation", "2025", "keyword", "lowercase", "abbrev:vaka"])
fin("f04", "Mikä oli palvelualuejohtajan vastuualueen toimintakulujen toteumaprosentti vuonna 2025?", T, 307, 5,
    PAJ + ", Toimintakulut, realization % (Toteuma %), 2025", ["toimintakulut", "realization-pct", "2025", "full-sentence"], unit="%")
fin("f05", "paljonko hyvinvointipalvelut sai tukia ja avustuksia 2025", T, 28, 3,
    HVP + ", Tuet ja avustukset, actual (Toteuma 2025), 1-12/2025", ["tuet-ja-avustukset", "actual"] + FY25 + ["casual", "lowercase"])
fin("f06", "hyvinvointipalveluiden poistot ja arvonalentumiset TA 2025", T, 41, 2,
    HVP + ", Poistot ja arvonalentumiset, budget (Talousarvio 2025; the same budget is printed in 1-3/2025 as TA 2025 +muutos)",
    ["poistot", "budget", "2025", "keyword", "abbrev:TA", "multi-report"], also=[A(Q, 31, "- 373 600")])
fin("f07", "Kuinka monta prosenttia kasvatus- ja opetuslautakunnan avustusten määrärahasta käytettiin 2025?", T, 195, 5,
    KOL + ", Avustukset, realization % (Toteuma %), 2025", ["avustukset", "realization-pct", "2025", "full-sentence"], unit="%")
fin("f08", "kasvatus ja opetuslautakunta tilikauden tulos 2025", T, 202, 3,
    KOL + ", Tilikauden tulos, actual (Toteuma 2025), 1-12/2025", ["tilikauden-tulos", "actual"] + FY25 + ["keyword", "lowercase"])
fin("f09", "mitä varhaiskasvatus sai toimintatuottoja tilinpäätöksessä 2024", T, 344, 1,
    VAK + ", Toimintatuotot, actual full year 2024 (column 'Tilinpäätös 2024')" + MRG, ["toimintatuotot", "actual"] + TP24 + ["casual", "lowercase"])
fin("f10", "Opetus ja koulutus toimintakulut TP 2024", T, 325, 1,
    OPK + ", Toimintakulut, actual full year 2024 (column 'Tilinpäätös 2024')" + MRG, ["toimintakulut", "actual"] + TP24 + ["keyword", "abbrev:TP"])
fin("f12", "palvelujen ostojen poikkeama hyvinvointipalveluissa 2025", T, 33, 4,
    HVP + ", Palvelujen ostot, deviation (Poikkeama, as printed), 2025", ["palvelujen-ostot", "deviation", "2025", "keyword", "lowercase"])
fin("f13", "Mikä oli kasvatus- ja opetuslautakunnan myyntituotojen toteuma % vuonna 2025?", T, 186, 5,
    KOL + ", Myyntituotot, realization % (Toteuma %), 2025 (the question has a one-letter typo 'myyntituotojen')",
    ["myyntituotot", "realization-pct", "2025", "full-sentence", "typo"], unit="%")
fin("f14", "vuosikate kasvatus- ja opetuslautakunta tp 2024", T, 200, 1,
    KOL + ", Vuosikate, actual full year 2024 (column 'Tilinpäätös 2024')" + MRG, ["vuosikate", "actual"] + TP24 + ["keyword", "lowercase", "abbrev:TP"])
fin("f16", "opkou toimintakatteen toteutumaprosentti 2025", T, 326, 5,
    OPK + ", Toimintakate, realization % (Toteuma %), 2025", ["toimintakate", "realization-pct", "2025", "keyword", "lowercase", "abbrev:opkou"], unit="%")
fin("f17", "paljonko hyvinvointipalveluiden irtaimen omaisuuden investointimenot olivat 2024", T, 49, 1,
    HVP + ", INVESTOINNIT, Hyvinvointipalvelut irtain omaisuus, Menot, actual 2024 (column TP2024; also printed in 1-3/2025)",
    ["investoinnit", "actual"] + TP24 + ["casual", "lowercase", "multi-report"], arith=False, also=[A(Q, 42, "-36 225")])

# rankings (the figure of the top row is the primary value)
fin("r1", "Mikä oli kasvatus- ja opetuslautakunnan suurin toimintatuottoerä 2025?", T, 186, 3,
    KOL + ", ranking of the toimintatuotot rows, actual 2025: Myyntituotot 630 649 > Maksutuotot 437 832 > Tuet ja avustukset "
    "306 004 > Muut toimintatuotot 70 713; the primary value is the Myyntituotot figure", ["ranking", "actual"] + FY25 + ["full-sentence"])
fin("r2", "millä vastuualueella oli suurimmat toimintakulut 2025", T, 325, 3,
    "Vastuualueet of TP 2025, Toimintakulut, actual 2025: Opetus ja koulutus -18 276 746 > Varhaiskasvatus -7 923 256 > "
    "Palvelualuejohtajan vastuualue -1 070 572 (VIRE and HYTY have no 2025 actual in the reports; their 2025 budgets, "
    "-5 260 900 and -6 921 000 in 1-3/2025, are smaller anyway); the primary value is the Opetus ja koulutus figure",
    ["ranking", "actual"] + FY25 + ["lowercase"])

# computed
calc("financial", "c1", "kuinka paljon kasvatus- ja opetuslautakunnan henkilöstökulut kasvoivat 2025", "-",
     [TC(T, 192, 3, "Toteuma 2025"), TC(T, 192, 1, "Tilinpäätös 2024")],
     KOL + ", Henkilöstökulut, change from TP 2024 to Toteuma 2025 (a change said with one year; both years printed on "
     "the row): -17 782 408 - (-17 490 502) = -291 906, i.e. costs grew by 291 906 €; either sign accepted" + MRG,
     ["change", "henkilostokulut", "2025", "lowercase"], either_sign=True)
calc("financial", "c6", "Paljonko hyvinvointipalveluiden tilikauden tulos muuttui vuodesta 2024 vuoteen 2025?", "-",
     [TC(T, 42, 3, "Toteuma 2025"), TC(T, 42, 1, "Tilinpäätös 2024")],
     HVP + ", Tilikauden tulos, change 2024 -> 2025: -36 904 242 - (-33 792 417) = -3 111 825 (weakened); either sign "
     "accepted" + MRG, ["change", "tilikauden-tulos", "2025", "full-sentence"], either_sign=True)
calc("financial", "s1", "kasvatus- ja opetuslautakunnan myynti- ja maksutuotot yhteensa 2025", "+",
     [TC(T, 186, 3, "Myyntituotot, Toteuma 2025"), TC(T, 187, 3, "Maksutuotot, Toteuma 2025")],
     KOL + ", Myyntituotot + Maksutuotot, actual 2025: 630 649 + 437 832 = 1 068 481",
     ["sum", "actual", "2025", "keyword", "lowercase", "no-diacritics"])

# ---------------------------------------------------------------------------------------------------
# 1-3/2025 (PDF text; 1 TP 2024 | 2 TOT 2024 3 kk | 3 TA 2025 +muutos | 4 TOT 2025 3 kk | 5 Jäljellä | 6 TOT-25 %)
QH = "Hyvinvointipalvelut, 1-3/2025 report"
HE = "Hyvinvoinnin edistämisen lautakunta, 1-3/2025 report (no 2025 table for it in TP 2025)"
VE = "Virikkeellinen elämä (vastuualue), 1-3/2025 report (no 2025 table for it in TP 2025)"
HY = "Hyvinvoinnin ja työllisyyden edistäminen (vastuualue), 1-3/2025 report (no 2025 table for it in TP 2025)"

R_Q23 = ["-5 693 141", "-1 388 137", "-8 299 100", "-1 945 817", "-6 353 283", "23,45"]
R_Q18 = ["1 287 206", "350 684", "701 900", "194 740", "507 160", "27,74"]
R_Q31 = ["- 540 223", "- 153 910", "- 373 600", "-95 678", "- 277 922", "25,61"]
R_Q32 = ["-33 792 417", "-7 933 409", "-38 011 000", "-8 538 905", "-29 472 095", "22,46"]
R_Q959 = ["429 064", "73 407", "309 600", "92 529", "217 071", "29,89"]
R_Q960 = ["401 444", "118 271", "408 000", "125 726", "282 274", "30,82"]
R_Q965 = ["-3 664 734", "- 948 346", "-3 107 600", "- 655 693", "-2 451 907", "21,10"]
R_Q966 = ["-1 377 231", "- 325 304", "-3 676 900", "- 844 653", "-2 832 247", "22,97"]
R_Q968 = ["-2 055 824", "- 359 869", "-2 694 800", "- 427 539", "-2 267 261", "15,87"]
R_Q1592 = ["805 844", "183 779", "663 800", "198 912", "464 888", "29,97"]
R_Q1593 = ["-5 470 523", "-1 239 804", "-5 260 900", "-1 288 943", "-3 971 957", "24,50"]
R_Q1610 = ["974 089", "222 993", "495 800", "159 716", "336 084", "32,21"]
R_Q1612 = ["-3 271 907", "- 825 849", "-6 425 200", "-1 148 767", "-5 276 433", "17,88"]

fin("q01", "Mitä hyvinvointipalveluiden palvelujen ostot maksoivat tammi-maaliskuussa 2025?", Q, 23, 4,
    QH + ", Palvelujen ostot, actual to date (TOT 2025 3 kk), 1-3/2025", ["palvelujen-ostot", "actual"] + Q25 + ["full-sentence", "casual"],
    **pdf(Q, 23, R_Q23, 4))
fin("q02", "Paljonko hyvinvointipalvelujen tukien ja avustusten talousarviosta oli jäljellä 31.3.2025?", Q, 18, 5,
    QH + ", Tuet ja avustukset, remaining (Jäljellä) at 31.3.2025", ["tuet-ja-avustukset", "remaining"] + Q25 + ["full-sentence"],
    **pdf(Q, 18, R_Q18, 5))
fin("q03", "hyvinvoinnin edistämisen lautakunnan avustukset 3 kk 2025", Q, 968, 4,
    HE + ", Avustukset, actual to date (TOT 2025 3 kk)", ["avustukset", "actual"] + Q25 + ["keyword", "lowercase"],
    **pdf(Q, 968, R_Q968, 4))
fin("q04", "mikä oli hyvinvoinnin edistämisen ltk:n henkilöstökulujen toteumaprosentti 1-3/2025", Q, 965, 6,
    HE + ", Henkilöstökulut, realization % (TOT-25 %), 1-3/2025", ["henkilostokulut", "realization-pct"] + Q25 + ["lowercase", "abbrev:ltk"],
    unit="%", **pdf(Q, 965, R_Q965, 6))
fin("q05", "HYTY toimintatuotot ensimmäisellä neljänneksellä 2025", Q, 1610, 4,
    HY + ", Toimintatuotot, actual to date (TOT 2025 3 kk)", ["toimintatuotot", "actual"] + Q25 + ["keyword", "abbrev:HYTY"],
    **pdf(Q, 1610, R_Q1610, 4))
fin("q06", "Mikä on hyvinvoinnin ja työllisyyden edistämisen toimintakatteen talousarvio 2025?", Q, 1612, 3,
    HY + ", Toimintakate, budget (TA 2025 +muutos)", ["toimintakate", "budget", "2025", "full-sentence"],
    **pdf(Q, 1612, R_Q1612, 3))
fin("q07", "virikeellisen elämän toimintakulut 1-3/2024", Q, 1593, 2,
    VE + ", Toimintakulut, actual of the comparison period (TOT 2024 3 kk), 1-3/2024" + MRG + " (the question has a one-letter typo 'virikeellisen')",
    ["toimintakulut", "actual"] + Q24 + ["keyword", "lowercase", "typo"], **pdf(Q, 1593, R_Q1593, 2))
fin("q08", "vire toimintatuotot TP 2024", Q, 1592, 1,
    VE + ", Toimintatuotot, actual full year 2024 (column TP 2024)" + MRG, ["toimintatuotot", "actual"] + TP24 + ["keyword", "abbrev:vire", "abbrev:TP"],
    **pdf(Q, 1592, R_Q1592, 1))
fin("q09", "hyvinvoinnin edistämisen lautakunta palvelujen ostot budjetti 2025", Q, 966, 3,
    HE + ", Palvelujen ostot, budget (TA 2025 +muutos)", ["palvelujen-ostot", "budget", "2025", "keyword", "lowercase", "abbrev:budjetti"],
    **pdf(Q, 966, R_Q966, 3))
fin("q10", "paljonko hyvinvointipalveluiden poistoja kirjattiin maaliskuun 2025 loppuun mennessä", Q, 31, 4,
    QH + ", Poistot ja arvonalentumiset, actual to date (TOT 2025 3 kk)", ["poistot", "actual"] + Q25 + ["casual", "lowercase"],
    **pdf(Q, 31, R_Q31, 4))
fin("q11", "Hyvinvointipalvelujen tilikauden tulos 1-3/2024", Q, 32, 2,
    QH + ", Tilikauden tulos, actual of the comparison period (TOT 2024 3 kk), 1-3/2024" + MRG, ["tilikauden-tulos", "actual"] + Q24 + ["keyword"],
    **pdf(Q, 32, R_Q32, 2))

calc("financial", "c4", "hyvinvoinnin edistämisen lautakunnan maksutuottojen kasvu 1-3/2024 → 1-3/2025", "-",
     [C(Q, 960, "125 726", what="TOT 2025 3 kk"), C(Q, 960, "118 271", what="TOT 2024 3 kk")],
     HE + ", Maksutuotot, change TOT 2024 3 kk -> TOT 2025 3 kk: 125 726 - 118 271 = 7 455" + MRG,
     ["change", "maksutuotot", "interim-3kk", "2025", "keyword", "lowercase"])
calc("financial", "s2", "Paljonko VIREn ja HYTYn toimintakulut olivat yhteensä 1-3/2025?", "+",
     [C(Q, 1593, "-1 288 943", what="Virikkeellinen elämä, TOT 2025 3 kk"),
      C(Q, 1611, "-1 308 483", what="Hyvinvoinnin ja työllisyyden edistäminen, TOT 2025 3 kk")],
     "Virikkeellinen elämä + Hyvinvoinnin ja työllisyyden edistäminen, Toimintakulut, actual to date 1-3/2025: "
     "-1 288 943 + -1 308 483 = -2 597 426 (the same as the lautakunta's Toimintakulut TOT 2025 3 kk, 1-3/2025:970); "
     "either sign accepted", ["sum", "actual", "interim-3kk", "2025", "full-sentence", "abbrev:VIRE", "abbrev:HYTY"], either_sign=True)

# ---------------------------------------------------------------------------------------------------
# 1-9/2024 (tab-separated; 1 TP 2023 | 2 TOT 2023 9 kk | 3 TA 2024 +muutos | 4 TOT 2024 9 kk | 5 Jäljellä | 6 TOT-24 %)
TM = "Hyvinvointilautakunnan toimiala (Hyvinvointitoimiala), 1-9/2024 report"
SV = "Varhaiskasvatuksen palvelualue, 1-9/2024 report"
SE = "Virikkeellinen elämä -palvelualue, 1-9/2024 report (table header misspelt 'Virkkeellinen')"

fin("s01", "hyvinvointitoimialan myyntituotot 1-9/2024", S, 113, 4,
    TM + ", Myyntituotot, actual to date (TOT 2024 9 kk)", ["myyntituotot", "actual"] + S24 + ["keyword", "lowercase"])
fin("s02", "Mikä oli hyvinvointilautakunnan toimialan aineiden, tarvikkeiden ja tavaroiden toteumaprosentti syyskuun 2024 loppuun mennessä?",
    S, 121, 6, TM + ", Aineet, tarvikkeet ja tavarat, realization % (TOT-24 %) at 30.9.2024",
    ["aineet", "realization-pct"] + S24 + ["full-sentence"], unit="%")
fin("s03", "toimialan tuet ja avustukset jaljella 30.9.2024", S, 115, 5,
    TM + ", Tuet ja avustukset, remaining (Jäljellä) at 30.9.2024", ["tuet-ja-avustukset", "remaining"] + S24 + ["keyword", "lowercase", "no-diacritics"])
fin("s04", "Paljonko hyvinvointitoimialan TULOT olivat 1-9/2024?", S, 104, 4,
    TM + ", TULOT (summary row; the same figure as Toimintatuotot on line 117), actual to date (TOT 2024 9 kk)",
    ["tulot", "actual"] + S24 + ["full-sentence"], also=[A(S, 117)])
fin("s05", "varhaiskasvatuksen palvelualueen tuet ja avusukset 1-9/2023", S, 148, 2,
    SV + ", Tuet ja avustukset, actual of the comparison period (TOT 2023 9 kk), 1-9/2023 (one-letter typo 'avusukset')",
    ["tuet-ja-avustukset", "actual"] + S23 + ["keyword", "lowercase", "typo"])
fin("s06", "vaka avustukset TA 2024", S, 155, 3,
    SV + ", Avustukset, budget (TA 2024 +muutos)", ["avustukset", "budget", "2024", "keyword", "abbrev:vaka", "abbrev:TA"])
fin("s07", "varhaiskasvatuksen henkilöstökulut tp 2023", S, 152, 1,
    SV + ", Henkilöstökulut, actual full year 2023 (column TP 2023)", ["henkilostokulut", "actual"] + TP23 + ["keyword", "lowercase", "abbrev:TP"])
fin("s08", "Paljonko varhaiskasvatuksen poistot ja arvonalentumiset olivat syyskuun 2024 loppuun mennessä?", S, 161, 4,
    SV + ", Poistot ja arvonalentumiset, actual to date (TOT 2024 9 kk)", ["poistot", "actual"] + S24 + ["full-sentence"])
fin("s09", "kuinka paljon virikkeellisen elämän muut toimintakulut oli 1-9/2024", S, 183, 4,
    SE + ", Muut toimintakulut, actual to date (TOT 2024 9 kk)", ["muut-toimintakulut", "actual"] + S24 + ["casual", "lowercase"])
fin("s10", "vire henkilöstökulut jäljellä 30.9.2024", S, 179, 5,
    SE + ", Henkilöstökulut, remaining (Jäljellä) at 30.9.2024", ["henkilostokulut", "remaining"] + S24 + ["keyword", "lowercase", "abbrev:vire"])
fin("s13", "hyvinvoinnin investoinnit toteuma 1-9/2024", S, 204, 3,
    "Irtain omaisuus, HYVINVOINTI investments, 1-9/2024 report: Menot, column 'Toteuma 1-9' (the row's Poikkeama is printed as "
    "-270 000, so its arithmetic is not checked)", ["investoinnit", "actual"] + S24 + ["keyword", "lowercase"], arith=False)

fin("r3", "Mikä varhaiskasvatuksen toimintatuottolaji oli suurin 1-9/2024?", S, 147, 4,
    SV + ", ranking of the toimintatuotot rows, TOT 2024 9 kk: Maksutuotot 179 815 > Tuet ja avustukset 134 612 > Myyntituotot "
    "65 832 > Muut toimintatuotot 5 139; the primary value is the Maksutuotot figure", ["ranking", "actual"] + S24 + ["full-sentence"])
calc("financial", "c3", "Paljonko virikkeellisen elämän maksutuotot muuttuivat 1-9/2023:sta 1-9/2024:ään?", "-",
     [TC(S, 173, 4, "TOT 2024 9 kk"), TC(S, 173, 2, "TOT 2023 9 kk")],
     SE + ", Maksutuotot, change TOT 2023 9 kk -> TOT 2024 9 kk: 262 715 - 256 689 = 6 026",
     ["change", "maksutuotot", "interim-9kk", "2024", "full-sentence"])

# ---------------------------------------------------------------------------------------------------
# 1-9/2022 (PDF text; 1 TP 2021 1000e | 2 TOT 2021 9 kk/1000e | 3 TA 2022 +muutos | 4 TOT 2022 9 kk | 5 Jäljellä |
# 6 TOT-22 % | 7 TP Ennuste); split numbers are one cell over several lines
KT = "Hyvinvointilautakunnan toimiala yhteensä, 1-9/2022 report"
KH = "Hyvinvoinnin ja terveyden edistämisen palvelualue, 1-9/2022 report"
KO = "Opetus- ja koulutuspalvelut, 1-9/2022 report"
KV = "Varhaiskasvatuspalvelut, 1-9/2022 report"
KE = "Virikkeellinen elämä -palvelualue, 1-9/2022 report"

fin("k01", "hyte palvelualueen palvelujn ostot 1-9/2022", K, 288, 4,
    KH + ", Palvelujen ostot, actual to date (TOT 2022 9 kk) (one-letter typo 'palvelujn')",
    ["palvelujen-ostot", "actual"] + K22 + ["keyword", "lowercase", "abbrev:hyte", "typo"],
    **pdf(K, 288, ["-134", "-75", "-110 000", "-104 492", "-5 508", "95,00", "-110 000"], 4))
fin("k02", "Hyvinvoinnin ja terveyden edistämisen palvelualueen vuokrakulut TP 2021", K, 292, 1,
    KH + ", Vuokrakulut, actual full year 2021 (TP 2021, printed in thousands of euros)",
    ["vuokrakulut", "actual"] + TP21 + ["keyword", "thousands", "abbrev:TP"], thousands=True,
    **pdf(K, 292, ["-40", "-31", "-45 000", "-32 432", "-12 568", "72,10", "-45 000"], 1))
fin("k03", "opetus- ja koulutuspalvelujen vuokratuotot 1-9/2022", K, 321, 4,
    KO + ", Vuokratuotot, actual to date (TOT 2022 9 kk)", ["vuokratuotot", "actual"] + K22 + ["keyword", "lowercase"],
    **pdf(K, 321, ["13", "6", "27 200", "16 312", "10 888", "60,00", "27 200"], 4))
fin("k04", "Paljonko opetus- ja koulutuspalveluiden henkilöstökulut olivat syyskuun 2022 loppuun mennessä?", K, 330, 4,
    KO + ", Henkilöstökulut, actual to date (TOT 2022 9 kk), a split number '-7 763 / 747' (lines 330-332)",
    ["henkilostokulut", "actual"] + K22 + ["full-sentence", "split-number"],
    **pdf(K, 330, ["-10 834", "-8 092", "-10 407 000", "-7 763 747", "-2 643 253", "74,60", "-10 407 000"], 4,
          row_line=326, span=13, on_line="-7 763"))
fin("k05", "varhaiskasvatuspalvelujen maksutuottojen ennuste 2022", K, 441, 7,
    KV + ", Maksutuotot, forecast (TP Ennuste 2022)", ["maksutuotot", "forecast", "2022", "keyword", "lowercase"],
    **pdf(K, 441, ["516", "397", "420 000", "313 618", "106 382", "74,70", "420 000"], 7))
fin("k06", "varhaiskasvatuksen tuet ja avustukset toteutuma-% 1-9/2022", K, 443, 6,
    KV + ", Tuet ja avustukset, realization % (TOT-22 %)", ["tuet-ja-avustukset", "realization-pct"] + K22 + ["keyword", "lowercase"],
    unit="%", **pdf(K, 443, ["296", "221", "160 000", "214 362", "-54 362", "134,00", "160 000"], 6))
fin("k07", "virikkeellisen elämän avustuksia jäljellä 30.9.2022", K, 580, 5,
    KE + ", Avustukset, remaining (Jäljellä) at 30.9.2022", ["avustukset", "remaining"] + K22 + ["keyword", "lowercase"],
    **pdf(K, 580, ["-109", "-103", "-104 400", "-9 462", "-94 938", "9,10", "-104 400"], 5))
fin("k08", "VIRE maksutuotot TA 2022", K, 553, 3,
    KE + ", Maksutuotot, budget (TA 2022 +muutos)", ["maksutuotot", "budget", "2022", "keyword", "abbrev:VIRE", "abbrev:TA"],
    **pdf(K, 553, ["218", "122", "353 900", "208 035", "145 865", "58,80", "353 900"], 3))
fin("k09", "virikkeellinen elämä vuokratuotot TOT 2021 9 kk", K, 555, 2,
    KE + ", Vuokratuotot, actual to date 1-9/2021 (TOT 2021 9 kk, printed in thousands of euros)",
    ["vuokratuotot", "actual", "interim-9kk", "2021", "keyword", "thousands", "abbrev:TOT"], thousands=True,
    **pdf(K, 555, ["37", "22", "60 500", "33 967", "26 533", "56,10", "60 500"], 2))
fin("k11", "hyvinvointilautakunnan toimialan vuokrakulut jäljellä syyskuun 2022 lopussa", K, 206, 5,
    KT + ", Vuokrakulut, remaining (Jäljellä) at 30.9.2022", ["vuokrakulut", "remaining"] + K22 + ["lowercase"],
    **pdf(K, 206, ["-5 813", "-4 666", "-6 022 500", "-4 521 593", "-1 500 907", "75,10", "-6 022 500"], 5))
fin("k13", "varhaiskasvatuksen toimintakate TP-ennuste 2022", K, 506, 7,
    KV + ", TOIMINTAKATE, forecast (TP Ennuste 2022), a split number '-7 762 / 400' (lines 506-508)",
    ["toimintakate", "forecast", "2022", "keyword", "lowercase", "split-number"],
    **pdf(K, 506, ["-7 479", "-5 753", "-7 762 400", "-5 491 996", "-2 270 404", "70,80", "-7 762 400"], 7,
          row_line=496, span=13, on_line="-7 762"))
fin("r4", "Millä palvelualueella oli suurimmat nettomenot 1-9/2022?", K, 383, 4,
    "Palvelualueet of 1-9/2022, TOIMINTAKATE (nettomenot), TOT 2022 9 kk: Opetus- ja koulutuspalvelut -11 755 011 > "
    "Varhaiskasvatuspalvelut -5 491 996 > Virikkeellinen elämä -2 949 290 > HYTE -617 765; the primary value is the Opetus- ja "
    "koulutuspalvelut figure, a split number '-11 755 / 011' (lines 383-385)",
    ["ranking", "actual"] + K22 + ["full-sentence", "abbrev:nettomenot", "split-number"],
    **pdf(K, 383, ["-16 119", "-12 109", "-15 890 600", "-11 755 011", "-4 135 589", "74,00", "-15 890 600"], 4,
          row_line=379, span=13, on_line="-11 755"))

# ---------------------------------------------------------------------------------------------------
# numbers in goal realisation texts and running text
txt("t1", "paljonko museoissa kävi väkeä vuonna 2025", T, 70, "30.000",
    "TP 2025, palvelualuejohtajan katsaus: 'vuoden 2025 aikana museokävijöitä oli jo lähes 30.000'", ["2025", "casual", "lowercase"], unit="kävijää")
txt("t2", "Montako osallistujaa VIREn maksuttomissa vuorovaikutteisissa tapahtumissa oli vuonna 2025?", T, 126, "9087",
    "TP 2025, käyttösuunnitelma, VIRE: 'Vuoden aikana näihin tapahtumiin on osallistunut 9087 osallistujaa'",
    ["2025", "full-sentence", "abbrev:VIRE"], unit="osallistujaa")
txt("t3", "perusopetuksen oppilasmäärä 31.12.2025", T, 127, "1253",
    "TP 2025, OPKOU: 'Perusopetuksen oppilasmäärä 31.12.2025 oli 1253' (printed twice)", ["2025", "keyword", "lowercase"],
    unit="oppilasta", also=[A(T, 241)])
txt("t4", "Kuinka monta prosenttia esiopetuspaikoista oli vapaana 20.12.2025?", T, 128, "4,76 %",
    "TP 2025, VAKA: 'Varhaiskasvatuksessa oli 20.12.2025 vapaana 1,69 % kaikista varhaiskasvatuspaikoista ja 4,76 % kaikista "
    "esiopetuspaikoista' (printed twice)", ["2025", "full-sentence"], unit="%", also=[A(T, 242)])
txt("t5", "päiväkotien käyttöaste koko vuonna 2025", T, 242, "75,99%",
    "TP 2025, VAKA: 'Koko vuoden 2025 käyttöaste oli 75,99%' (line 242; the first printing splits the sentence onto line 136)",
    ["2025", "keyword", "lowercase"], unit="%", also=[A(T, 136)])
txt("t6", "montako konsultointikäyntiä varhaiskasvatuksen lapsiryhmissä tehtiin vuoden 2025 aikana", T, 113, "lapsiryhmissä 147",
    "TP 2025, VAKA: 'Vuoden 2025 aikana konsultointikäyntejä tapahtui: lapsiryhmissä 147, ...' (printed twice)",
    ["2025", "lowercase"], unit="käyntiä", also=[A(T, 234)])
txt("t7", "Montako oppilasta valmistavassa opetuksessa oli kaiken kaikkiaan vuoden 2025 lopussa?", T, 121, "21 oppilasta",
    "TP 2025, OPKOU: 'Kaiken kaikkiaan valmistavassa opetuksessa opiskelee 21 oppilasta, joista yksi esiopetuksessa' "
    "(the paragraph is dated 31.12.2025; printed twice)", ["2025", "full-sentence"], unit="oppilasta", also=[A(T, 236)])
txt("t9", "Montako alakoululaista vastasi harrastemallin kyselyyn 2024?", S, 230, "vastasi 660",
    "1-9/2024, VIRE: 'Harrastemallin kyselyyn vastasi 660 alakoulun lasta ja heistä 146 ei harrasta'", ["2024", "full-sentence"], unit="lasta")
txt("t10", "Mikä oli päiväkotien käyttöaste elokuussa 2024?", S, 245, "elokuussa 74,84 %",
    "1-9/2024, VAKA: 'Käyttöaste oli heinäkuussa 59,61 %, elokuussa 74,84 % ja syyskuussa 79,92 %'", ["2024", "full-sentence"], unit="%")
txt("t11", "montako digiagenttia alakouluilla toimi syyskuussa 2024", S, 221, "yhteensä 20 henkilöä",
    "1-9/2024, OPKOU: 'Digiagentteja toimii alakouluilla yhteensä 20 henkilöä' (realisation at 30.9.2024)", ["2024", "lowercase"], unit="henkilöä")
txt("t12", "kuinka monta ulkomaan kansalaista asui Heinolassa vuoden 2023 lopussa", Q, 94, "656 ulkomaan",
    "1-3/2025, sitova tavoite: 'v. 2023 lopussa Heinolassa on asunut 656 ulkomaan kansalaista eli 3,7 % asukkaista'",
    ["2023", "lowercase"], unit="henkilöä")
txt("t13", "Montako kertaa varhaiskasvatuksen kerhoja pidettiin 1-3/2025?", Q, 292, "128 kertaa",
    "1-3/2025, VAKA: 'Lisäksi kerhoja pidettiin 128 kertaa' (first quarter 2025)", ["2025", "interim-3kk", "full-sentence"], unit="kertaa")
txt("t14", "montako neliötä päiväkodeissa oli lasta kohden 20.9.2022", K, 159, "11,7",
    "1-9/2022: '20.9.2022 päiväkodeissa oli käytössä keskimäärin 11,7 m²/lapsi' (printed twice)", ["2022", "lowercase"],
    unit="m2/lapsi", also=[A(K, 1179)])
txt("t15", "Kuinka monta lasta harrastemalli tavoitti vuonna 2022 niin, että se oli heidän ainoa harrastuksensa?", K, 1273,
    "Tavoitettu 80 lasta", "1-9/2022, VIRE: 'Tavoitettu 80 lasta, joille harrastemalli toiminta on ainut harraste' (target 70)",
    ["2022", "full-sentence"], unit="lasta")

# ---------------------------------------------------------------------------------------------------
# key indicators (TP 2025: 1 Toteutuma 2023 | 2 Toteutuma 2024 | 3 Tavoite 2025 | 4 Toteutuma 2025; printed twice,
# lines 145-164 and 256-275). 1-9/2022: Toteutuma 2020 | Ennuste 2021 | Tavoite 2022, one value a line.
kpi("i1", "varhaiskasvatus €/asukas 2025", T, 146, 4, "TP 2025 tunnusluvut, Varhaiskasvatus €/asukas, Toteutuma 2025",
    ["actual", "2025", "keyword"], unit="EUR/asukas", also=[A(T, 257)])
kpi("i2", "lukiokoulutuksen euroa per opiskelija 2025", T, 151, 4, "TP 2025 tunnusluvut, Lukiokoulutus €/opiskelija, Toteutuma 2025",
    ["actual", "2025", "keyword", "lowercase"], unit="EUR/opiskelija", also=[A(T, 262)])
kpi("i3", "Mikä oli musiikkiopiston €/opetustunti -tavoite vuodelle 2025?", T, 154, 3,
    "TP 2025 tunnusluvut, Musiikkiopisto €/opetustunti, Tavoite 2025", ["target", "2025", "full-sentence"], unit="EUR/opetustunti",
    also=[A(T, 265)])
kpi("i4", "kirjaston fyysiset käynnit asukasta kohden 2024", T, 158, 2,
    "TP 2025 tunnusluvut, Kirjaston fyysiset käynnit ka / asukas, Toteutuma 2024", ["actual", "2024", "keyword", "lowercase"],
    unit="käyntiä/asukas", also=[A(T, 269)])
kpi("i5", "Montako osallistujaa virikkeellisen elämän omatoimiseen ja ryhmätoimintaan oli vuonna 2023?", T, 157, 1,
    "TP 2025 tunnusluvut, Virikkeellisen elämän omatoimiseen ja ryhmätoimintaan osallistuneet, Toteutuma 2023",
    ["actual", "2023", "full-sentence"], unit="osallistujaa", also=[A(T, 268)])
kpi("i6", "varhaiskasvatuksen kustannus per lapsi 2024", T, 147, 2,
    "TP 2025 tunnusluvut, Varhaiskasvatus €/lapsi (Heinolan kaikki alle kouluikäiset), Toteutuma 2024",
    ["actual", "2024", "keyword", "lowercase"], unit="EUR/lapsi", also=[A(T, 258)])
kpi("i7", "Paljonko virikkeellinen elämä sai ulkopuolista rahoitusta 2025?", T, 163, 4,
    "TP 2025 tunnusluvut, Ulkopuolinen rahoitus/€, 'vire: 317 755 euroa', Toteutuma 2025 (the row labels of this block are "
    "shifted; the cells name their vastuualue)", ["actual", "2025", "full-sentence"], unit="EUR", also=[A(T, 274)])
val("kpi", "i8", "lukiokoulutuksen €/opiskelija tavoite 2022", K, 1392, "10 436 €",
    "1-9/2022 tunnusluvut, Lukiokoulutus €/opiskelija, Tavoite 2022 (one value a line: 2020 87,35 / 8079,60; ennuste 2021 "
    "101,50 / 9 027,90; tavoite 2022 122 / 10 436)", ["target", "2022", "keyword", "lowercase"], unit="EUR/opiskelija")
val("kpi", "i9", "varhaiskasvatuksen €/lapsi ennuste 2021", K, 1356, "10.963,61e",
    "1-9/2022 tunnusluvut, Varhaiskasvatus €/lapsi, Ennuste 2021", ["forecast", "2021", "keyword", "lowercase"], unit="EUR/lapsi")
val("kpi", "i10", "perusopetuksen €/oppilas 2020", K, 1368, "8188,90 €",
    "1-9/2022 tunnusluvut, Perusopetus €/oppilas, Toteutuma 2020", ["actual", "2020", "keyword", "lowercase"], unit="EUR/oppilas")

# ---------------------------------------------------------------------------------------------------
# projects (TP 2025: 3 kokonaisrahoitus | 4 kaupungin osuus % | 5 menojen toteuma %;
# 1-9/2024: 2 Toteutusaika | 3 kokonaisrahoitus | 4 rahoittaja | 5 kaupungin osuus % | 6 menojen toteuma %)
prj("p1", "Toimintakykyinen peruskoululainen -hankkeen kaupungin rahoitusosuus", T, 296,
    "TP 2025 hankkeet, Toimintakykyinen peruskoululainen (2024-2025, AVI), Kaupungin rahoitusosuus %", ["keyword"], unit="%", col=4)
prj("p3", "Mikä oli Oppimisen tukeminen Heinolan lukio -hankkeen menojen toteuma 31.12.2025?", T, 298,
    "TP 2025 hankkeet, Oppimisen tukeminen Heinolan lukio (2024-2025, OPH), Menojen toteuma % at 31.12.2025 (1-9/2024 prints "
    "0 % for it and 103,3 % for the 2022-2024 project of the same name)", ["2025", "full-sentence"], unit="%", col=5)
prj("p4", "paljonko koronaviruksen aiheuttamien vaikutusten tasoittaminen perusopetuksessa -hankkeen kokonaisrahoitus oli", S, 270,
    "1-9/2024 hankkeet, Koronaviruksen aiheuttamien vaikutusten tasoittaminen perusopetuksessa (2023-2024, OKM), kokonaisrahoitus",
    ["casual", "lowercase"], unit="EUR", col=3)
prj("p5", "Heinolan harrastemallin toteuttaminen 2023–2024: menojen toteuma %", S, 279,
    "1-9/2024 hankkeet, Heinolan harrastemallin toteuttaminen, the 2023-2024 project (AVI), Menojen toteuma % at 30.9.2024",
    ["2024", "keyword"], unit="%", col=6)
prj("p6", "Heinolalaisten aktivointi kaupungilla ja kylillä -hankkeen kaupungin rahoitusosuus 30.9.2024", S, 286,
    "1-9/2024 hankkeet, Heinolalaisten aktivointi kaupungilla ja kylillä (2024, AVI), Kaupungin rahoitusosuus % at 30.9.2024 "
    "(1-3/2025 prints 50 % for the project, then 2024-2025)", ["2024", "keyword"], unit="%", col=5)
prj("p7", "Kirjokerho-hankkeen kokonaisrahoitus", Q, 1393,
    "1-3/2025 hankkeet, Kirjokerho (2025-2026, AVI), kokonaisrahoitus", ["2025", "keyword"], unit="EUR", cell="7 778")
prj("p8", "Nuorten vuoro-kokemustarinatyöskentely 2025 -hankkeen menojen toteuma % 31.3.2025", Q, 1437,
    "1-3/2025 hankkeet, Nuorten vuoro-kokemustarinatyöskentely, the 2025 jatkohanke (50 000, AVI), Menojen toteuma % at 31.3.2025",
    ["2025", "keyword"], unit="%", cell="16 %")
prj("p9", "Minä vuonna Liikkeellä lukemaan -hanke alkoi?", S, 285,
    "1-9/2024 hankkeet, Liikkeellä lukemaan - hanke, Toteutusaika 2024-2025: the start year (the same period in 1-3/2025)",
    ["period", "full-sentence", "multi-report"], unit="vuosi", col=2, also=[A(Q, 1474, "2024–2025")])

# ---------------------------------------------------------------------------------------------------
# not found
nf("n1", "virikkeellisen elämän henkilöstökulut 1-3/2025",
   "Virikkeellinen elämä has only the three summary rows (Toimintatuotot, Toimintakulut, Toimintakate) in 1-3/2025 "
   "(lines 1592-1594), and no 2025 table in TP 2025; no Henkilöstökulut row exists for it in 2025.",
   ["interim-3kk", "2025", "keyword", "lowercase"])
nf("n2", "Mitä kirjastoauton käyttö maksoi vuonna 2024?",
   "The kirjastoauto is only mentioned in the texts (1-9/2024 line 56, 1-3/2025 Liikkeellä lukemaan); no figure is given for it.",
   ["2024", "full-sentence"])
nf("n3", "Paljonko opetus- ja koulutuspalveluiden henkilöstökulut olivat 1-9/2024?",
   "The 1-9/2024 report has tables for the toimiala, Varhaiskasvatus and Virikkeellinen elämä; of a third table only an "
   "unlabelled tail survives (lines 130-136: Muut toimintakulut onwards). No Henkilöstökulut of Opetus- ja koulutuspalvelut is printed.",
   ["interim-9kk", "2024", "full-sentence"])
nf("n4", "Mikä oli hyvinvointitoimialan toimintakatteen talousarvio vuodelle 2023?",
   "No report prints a 2023 budget: 1-9/2024 has TP 2023 and TOT 2023 9 kk beside TA 2024, the others TA 2022 and TA 2025.",
   ["2023", "budget", "full-sentence"])
nf("n5", "Montako työntekijää hyvinvointipalveluissa oli vuonna 2025?",
   "The reports give no headcount or henkilötyövuodet; 'Henkilöstömäärän kehitys' is a measure name only, and the texts "
   "mention just a reduction of two persons.", ["2025", "full-sentence"])

# clarify
cl("x1", "Heinolalaisten aktivointi kaupungilla ja kylillä -hankkeen kaupungin rahoitusosuus",
   ["2024", "2025", "30.9.2024", "31.3.2025", "1-9/2024", "1-3/2025"],
   "Two reports print different city shares for the project: 20 % in 1-9/2024 (project 2024) and 50 % in 1-3/2025 "
   "(project 2024-2025); the question names no date.",
   [TC(S, 286, 5, "1-9/2024"), C(Q, 1501, "50 %", what="1-3/2025")], ["project", "keyword"])
cl("x2", "Oppimisen tukeminen Heinolan lukio -hankkeen kokonaisrahoitus",
   ["2022–2024", "2022-2024", "2024–2025", "2024-2025"],
   "Two projects of the same name: 2022-2024 (45000, 1-9/2024:273) and 2024-2025 (18839, 1-9/2024:276 and TP 2025:298).",
   [TC(S, 273, 3, "2022-2024"), TC(S, 276, 3, "2024-2025"), TC(T, 298, 3, "2024-2025, TP 2025")], ["project", "keyword"])
cl("x3", "Paljonko virikkeellisen elämän toimintakate oli talousarviossa?",
   ["2022", "2024", "2025"],
   "No year: the budget of Virikkeellinen elämä is printed for 2022 (-4 032 500), 2024 (-4 394 400) and 2025 (-4 597 100).",
   [C(K, 608, "-4 032 500", col=None, what="TA 2022", span=4), TC(S, 185, 3, "TA 2024 +muutos"),
    C(Q, 1594, "-4 597 100", what="TA 2025 +muutos")], ["budget", "full-sentence"])
cl("x4", "Paljonko Nuorten vuoro-kokemustarinatyöskentely -hankkeen kokonaisrahoitus oli?",
   ["2024", "2025"],
   "Two projects of the name: 2024 (29110 in 1-9/2024, 29 011 in 1-3/2025) and the 2025 jatkohanke (50 000).",
   [TC(S, 281, 3, "2024, 1-9/2024"), C(Q, 1416, "29 011", what="2024, 1-3/2025"), C(Q, 1437, "50 000", what="2025")],
   ["project", "full-sentence"])
cl("x5", "hyvinvointitoimialan avustukset tammi–syyskuussa",
   ["2022", "2023", "2024"],
   "No year: the toimiala's Avustukset for 1-9 are printed for 2024 and 2023 (1-9/2024:122) and for 2022 (1-9/2022:205).",
   [TC(S, 122, 4, "TOT 2024 9 kk"), TC(S, 122, 2, "TOT 2023 9 kk"), C(K, 205, "-540 812", what="TOT 2022 9 kk")],
   ["interim-9kk", "keyword", "lowercase"])

# ====================================================================================================
# traps: one word or phrase of a plain question added or changed
TRAPS: list[dict] = []
DROP: set[str] = set()


def trap(base_key, q, added, kind, why, *, status="not_found", note=None):
    assert added.lower() in q.lower(), (q, added)
    base = BY_KEY[base_key]["q"]
    assert q != base, q
    tr = {"base_key": base_key, "q": q, "added": added, "kind": kind, "origin": "hand",
          "expect": {"status": status, "why": why}}
    if note:
        tr["note"] = note
    TRAPS.append(tr)


def near(base_key, q, added):
    assert added.lower() in q.lower(), (q, added)
    TRAPS.append({"base_key": base_key, "q": q, "added": added, "kind": "near", "origin": "hand", "expect": None})


# city (5)
trap("f01", "lahden kasvatus- ja opetuslautakunnan muut toimintakulut 2025", "lahden", "city",
     "Another municipality: Lahti is named in 1-3/2025 only as a partner of the kotoutuminen network; the figures are Heinola's.")
trap("f05", "paljonko Jyväskylän hyvinvointipalvelut sai tukia ja avustuksia 2025", "Jyväskylän", "city",
     "Another city; the reports are Heinola's.")
trap("s05", "Asikkalan varhaiskasvatuksen palvelualueen tuet ja avusukset 1-9/2023", "Asikkalan", "city",
     "Another municipality; the reports are Heinola's.")
trap("k01", "Iitin hyte palvelualueen palvelujn ostot 1-9/2022", "Iitin", "city",
     "Another municipality; the reports are Heinola's.")
trap("t3", "Pertunmaan perusopetuksen oppilasmäärä 31.12.2025", "Pertunmaan", "city",
     "Another municipality; 1253 is Heinola's pupil count.")
# period (8)
trap("p7", "Kirjokerho-hankkeen kokonaisrahoitus 2022", "2022", "period",
     "Kirjokerho is a 2025-2026 project (1-3/2025:1393); there is no 2022 Kirjokerho.", note="a wrong year for a project")
trap("q07", "virikeellisen elämän toimintakulut 1-3/2023", "1-3/2023", "period",
     "No report covers 1-3/2023: 1-3/2025 compares with 1-3/2024 only, 1-9/2024 with 1-9/2023.")
trap("q05", "HYTY toimintatuotot toisella neljänneksellä 2025", "toisella neljänneksellä", "period",
     "There is no report of the second quarter (4-6/2025); only 1-3/2025 and the full year.", note="a quarter the reports lack")
trap("s01", "hyvinvointitoimialan myyntituotot 1-6/2024", "1-6/2024", "period",
     "No half-year figures of 2024; the 2024 report is 1-9/2024.")
trap("k05", "varhaiskasvatuspalvelujen maksutuottojen ennuste 2023", "2023", "period",
     "The 1-9/2022 report forecasts only the year 2022 (TP Ennuste); no report forecasts 2023.")
trap("t10", "Mikä oli päiväkotien käyttöaste kesäkuussa 2024?", "kesäkuussa", "period",
     "1-9/2024 gives the käyttöaste for heinä-, elo- and syyskuu 2024 only.", note="a month the reports lack")
trap("f10", "Opetus ja koulutus toimintakulut TP 2022", "TP 2022", "period",
     "No report has a 2022 full-year actual: the 2022 report is 1-9/2022 (with TP 2021), TP 2025 has TP 2024.")
trap("f08", "kasvatus ja opetuslautakunta tilikauden tulos 2023", "2023", "period",
     "The kasvatus- ja opetuslautakunta exists from 2025; TP 2025 gives 2025 and the merged 2024 comparison only.")
# subunit (6)
trap("q08", "taidemuseon toimintatuotot TP 2024", "taidemuseon", "subunit",
     "The taidemuseo has no table of its own; its figures are inside Virikkeellinen elämä.")
trap("s09", "kuinka paljon jäähallin muut toimintakulut oli 1-9/2024", "jäähallin", "subunit",
     "The jäähalli is named only in the text of liikuntapalvelut; no figures for it.")
trap("k04", "Paljonko Kirkkiksen koulun henkilöstökulut olivat syyskuun 2022 loppuun mennessä?", "Kirkkiksen koulun", "subunit",
     "No school-level figures; Kirkkiksen koulu is named only in the texts of 2024-2025.")
trap("q06", "Mikä on ohjaamon toimintakatteen talousarvio 2025?", "ohjaamon", "subunit",
     "The Ohjaamo is a service inside HYTY (later VIRE); it has no budget row of its own.")
trap("f02", "Paljonko perusopetukselle oli budjetoitu toimintatuottoja vuodelle 2025?", "perusopetukselle", "subunit",
     "Perusopetus is part of Opetus ja koulutus; TP 2025 gives no table of perusopetus alone.")
trap("s06", "avoimen varhaiskasvatuksen avustukset TA 2024", "avoimen varhaiskasvatuksen", "subunit",
     "Avoin varhaiskasvatustoiminta is one form of varhaiskasvatus named in the text; it has no figures of its own.")
# absent_row (6)
trap("f03", "vakan palvelujen ostojen poikkeama talousarviosta 2025", "palvelujen ostojen", "absent_row",
     "Varhaiskasvatus has only Toimintatuotot, Toimintakulut and Toimintakate in TP 2025 (lines 344-346).")
trap("f04", "Mikä oli palvelualuejohtajan vastuualueen henkilöstökulujen toteumaprosentti vuonna 2025?", "henkilöstökulujen",
     "absent_row", "Palvelualuejohtajan vastuualue has only the three summary rows in TP 2025 (lines 306-308).")
trap("q01", "Mitä hyvinvointipalveluiden kiinteistökulut maksoivat tammi-maaliskuussa 2025?", "kiinteistökulut", "absent_row",
     "There is no Kiinteistökulut row (nor Vuokrakulut) in the 1-3/2025 table of Hyvinvointipalvelut.")
trap("k01", "hyte palvelualueen vuokratuotot 1-9/2022", "vuokratuotot", "absent_row",
     "The HYTE table of 1-9/2022 has only Myyntituotot and Tuet ja avustukset as income rows (lines 283-285).")
trap("s10", "vire vuokrakulut jäljellä 30.9.2024", "vuokrakulut", "absent_row",
     "The 2024 tables have no Vuokrakulut row (Henkilöstökulut, Palvelujen ostot, Aineet, Avustukset, Muut toimintakulut).")
trap("c1", "kuinka paljon varhaiskasvatuksen henkilöstökulut kasvoivat 2025", "varhaiskasvatuksen", "absent_row",
     "Varhaiskasvatus has no Henkilöstökulut row in TP 2025 (neither 2025 nor the 2024 comparison), so the change cannot be computed.",
     note="a comparative of rows the reports do not give")
# measure (5)
trap("f05", "paljonko hyvinvointipalvelut sai tukia ja avustuksia 2025 inflaatiokorjattuna", "inflaatiokorjattuna", "measure",
     "The reports give nominal euros only; no inflation-adjusted figures.")
trap("f12", "palvelujen ostojen keskihajonta hyvinvointipalveluissa 2025", "keskihajonta", "measure",
     "A standard deviation is neither printed nor computable from one yearly row.")
trap("i1", "varhaiskasvatus €/hoitopäivä 2025", "€/hoitopäivä", "measure",
     "The indicators give varhaiskasvatus per asukas and per lapsi, not per hoitopäivä.")
trap("t4", "Kuinka monta esiopetuspaikkaa oli vapaana 20.12.2025?", "esiopetuspaikkaa", "measure",
     "Only the share is given (4,76 % of esiopetuspaikat), not the number of places.")
trap("s02", "Mikä oli hyvinvointilautakunnan toimialan aineiden, tarvikkeiden ja tavaroiden yksikköhinta syyskuun 2024 loppuun mennessä?",
     "yksikköhinta", "measure", "No unit prices of materials are given; the row is a euro total.")
# foreign (5)
trap("f06", "hyvinvointipalveluiden poistot ja arvonalentumiset forecast 2025", "forecast", "foreign",
     "No forecast (Ennuste) is printed for 2025; only TA 2025 and the actual.")
trap("f17", "paljonko hyvinvointipalveluiden irtaimen omaisuuden investointien ROI oli 2024", "ROI", "foreign",
     "A return on investment is not reported.")
trap("q04", "mikä oli hyvinvoinnin edistämisen ltk:n headcount 1-3/2025", "headcount", "foreign",
     "No headcount is reported; the table gives euros.")
trap("s13", "hyvinvoinnin investoinnit payback 1-9/2024", "payback", "foreign",
     "A payback period is not reported for the investments.")
trap("k09", "virikkeellinen elämä vuokratuotot TOT 2021 9 kk in GBP", "in GBP", "foreign",
     "The reports are in euros only; no exchange rate is given.", note="a currency")
# per_resident (4)
trap("f09", "mitä varhaiskasvatus sai toimintatuottoja asukasta kohden tilinpäätöksessä 2024", "asukasta kohden", "per_resident",
     "No per-resident income is given; the €/asukas indicator of varhaiskasvatus is a net cost (434 € in 2024), not income.")
trap("q05", "HYTY toimintatuotot per asukas ensimmäisellä neljänneksellä 2025", "per asukas", "per_resident",
     "No per-resident figures of HYTY, and none for a quarter.")
trap("k03", "opetus- ja koulutuspalvelujen vuokratuotot oppilasta kohden 1-9/2022", "oppilasta kohden", "per_resident",
     "The 2022 indicators give €/oppilas costs of perusopetus only, not rent income per pupil.", note="per pupil")
trap("s04", "Paljonko hyvinvointitoimialan TULOT asukasta kohden olivat 1-9/2024?", "asukasta kohden", "per_resident",
     "No per-resident figures in the 1-9/2024 report, and no population for it.")
# compound (4)
trap("f13", "Mikä oli kasvatus- ja opetuslautakunnan kahvilamyyntituotojen toteuma % vuonna 2025?", "kahvilamyyntituotojen", "compound",
     "A compound containing 'myyntituotot': café sales are not a row; only Myyntituotot in total.")
trap("s08", "Paljonko varhaiskasvatuksen rakennuspoistot olivat syyskuun 2024 loppuun mennessä?", "rakennuspoistot", "compound",
     "Only Poistot ja arvonalentumiset in total; depreciation of buildings is not broken out.")
trap("q03", "hyvinvoinnin edistämisen lautakunnan järjestöavustukset 3 kk 2025", "järjestöavustukset", "compound",
     "Only Avustukset in total; grants to associations are not a row of their own.")
trap("k07", "virikkeellisen elämän stipendiavustuksia jäljellä 30.9.2022", "stipendiavustuksia", "compound",
     "Only Avustukset in total; no stipend row.")
# negation (3)
trap("f01", "kasvatus- ja opetuslautakunnan muut toimintakulut 2025 ilman sisäisiä eriä", "ilman sisäisiä eriä", "negation",
     "Internal items are not separated from Muut toimintakulut; the exclusion cannot be computed.", note="an exclusion that cannot be computed")
trap("q10", "paljonko hyvinvointipalveluiden poistoja kirjattiin maaliskuun 2025 loppuun mennessä muualla kuin kirjastossa",
     "muualla kuin kirjastossa", "negation", "Depreciation is not broken down by unit or building; the exclusion cannot be computed.",
     note="an exclusion that cannot be computed")
trap("t2", "Montako osallistujaa VIREn maksuttomissa vuorovaikutteisissa tapahtumissa oli vuonna 2025 ilman kirjaston tapahtumia?",
     "ilman kirjaston tapahtumia", "negation", "The 9087 participants are not broken down by organiser.",
     note="an exclusion that cannot be computed")
# subject (4)
trap("t3", "perusopetuksen erityisen tuen oppilasmäärä 31.12.2025", "erityisen tuen", "subject",
     "Only the total pupil count (1253) is given, not pupils receiving erityinen tuki.")
trap("t12", "kuinka monta pakolaista asui Heinolassa vuoden 2023 lopussa", "pakolaista", "subject",
     "The report gives foreign citizens (656), not refugees.")
trap("t9", "Montako yläkoululaista vastasi harrastemallin kyselyyn 2024?", "yläkoululaista", "subject",
     "The survey figure is for alakoulu children (660); no yläkoulu figure.")
trap("t13", "Montako kertaa varhaiskasvatuksen vanhempainiltoja pidettiin 1-3/2025?", "vanhempainiltoja", "subject",
     "Only kerhot (128 kertaa) and consultations are counted; no parents' evenings.")
# scope (3)
trap("r2", "millä Heinolan kaupungin toimialalla oli suurimmat toimintakulut 2025", "kaupungin toimialalla", "scope",
     "The reports cover only the welfare services; the other toimialat of the city are not in them.")
trap("i1", "varhaiskasvatus €/asukas 2025 Päijät-Hämeen keskiarvo", "Päijät-Hämeen keskiarvo", "scope",
     "No regional average is given.", note="a comparison with an outside reference")
trap("t5", "yksityisten päiväkotien käyttöaste koko vuonna 2025", "yksityisten", "scope",
     "The käyttöaste is for the city's own päiväkodit; private daycare is not reported.")
# made_up (7)
trap("p1", "Digiloikka lukiossa -hankkeen kaupungin rahoitusosuus", "Digiloikka lukiossa", "made_up",
     "No project of that name.")
trap("p5", "Heinolan kesäteatterin toteuttaminen 2023–2024: menojen toteuma %", "kesäteatterin", "made_up",
     "No such project.")
trap("f07", "Kuinka monta prosenttia kulttuuri- ja vapaa-aikalautakunnan avustusten määrärahasta käytettiin 2025?",
     "kulttuuri- ja vapaa-aikalautakunnan", "made_up", "Heinola has no kulttuuri- ja vapaa-aikalautakunta in the reports.",
     note="another municipality's structure")
trap("f04", "Mikä oli perusturvan vastuualueen toimintakulujen toteumaprosentti vuonna 2025?", "perusturvan", "made_up",
     "No perusturva vastuualue in the reports (social and health services belong to the hyvinvointialue).",
     note="another municipality's structure")
trap("s10", "nuorisolautakunnan henkilöstökulut jäljellä 30.9.2024", "nuorisolautakunnan", "made_up",
     "No nuorisolautakunta; in 2024 the city had a hyvinvointilautakunta (and its liikuntajaosto).",
     note="another municipality's structure")
trap("q08", "kirjastolautakunta toimintatuotot TP 2024", "kirjastolautakunta", "made_up",
     "No kirjastolautakunta in the reports.", note="another municipality's structure")
trap("i3", "Mikä oli tanssiopiston €/opetustunti -tavoite vuodelle 2025?", "tanssiopiston", "made_up",
     "Only the musiikkiopisto has a €/opetustunti indicator; no tanssiopisto.")

# near-traps (20): harmless additions, the base figure must stay
near("f02", "Hei! Paljonko Opetus ja koulutus -vastuualueelle oli budjetoitu toimintatuottoja vuodelle 2025?", "Hei!")
near("f08", "Heinolan kasvatus ja opetuslautakunta tilikauden tulos 2025", "Heinolan")
near("f13", "Mikä oli kasvatus- ja opetuslautakunnan myyntituotojen toteuma % vuonna 2025? Kiitos!", "Kiitos!")
near("q02", "Moi, paljonko hyvinvointipalvelujen tukien ja avustusten talousarviosta oli jäljellä 31.3.2025?", "Moi,")
near("q11", "Kaupungin hyvinvointipalvelujen tilikauden tulos 1-3/2024", "Kaupungin")
near("s03", "Pikainen kysymys: toimialan tuet ja avustukset jaljella 30.9.2024", "Pikainen kysymys:")
near("s07", "Haluaisin tietää varhaiskasvatuksen henkilöstökulut tp 2023", "Haluaisin tietää")
near("k06", "Päivää! varhaiskasvatuksen tuet ja avustukset toteutuma-% 1-9/2022", "Päivää!")
near("k13", "Kertoisitko: varhaiskasvatuksen toimintakate TP-ennuste 2022", "Kertoisitko:")
near("r1", "Tervehdys! Mikä oli kasvatus- ja opetuslautakunnan suurin toimintatuottoerä 2025?", "Tervehdys!")
near("c6", "Hyvää iltapäivää. Paljonko hyvinvointipalveluiden tilikauden tulos muuttui vuodesta 2024 vuoteen 2025?", "Hyvää iltapäivää.")
near("s1", "kasvatus- ja opetuslautakunnan myynti- ja maksutuotot yhteensa 2025, kiitti", ", kiitti")
near("t3", "Heinolan kaupungin perusopetuksen oppilasmäärä 31.12.2025", "Heinolan kaupungin")
near("t10", "Olisiko tietoa: mikä oli päiväkotien käyttöaste elokuussa 2024?", "Olisiko tietoa:")
near("t13", "Moro, montako kertaa varhaiskasvatuksen kerhoja pidettiin 1-3/2025?", "Moro,")
near("i2", "Auttaisitko: lukiokoulutuksen euroa per opiskelija 2025", "Auttaisitko:")
near("i8", "lukiokoulutuksen €/opiskelija tavoite 2022 kiitos etukäteen", "kiitos etukäteen")
near("p4", "Hei vaan, paljonko koronaviruksen aiheuttamien vaikutusten tasoittaminen perusopetuksessa -hankkeen kokonaisrahoitus oli",
     "Hei vaan,")
near("p7", "Kirjokerho-hankkeen kokonaisrahoitus? Ystävällisin terveisin", "Ystävällisin terveisin")
near("t6", "Voisitko auttaa: montako konsultointikäyntiä varhaiskasvatuksen lapsiryhmissä tehtiin vuoden 2025 aikana", "Voisitko auttaa:")


def write() -> None:
    keys = {}
    plain = [it for it in PLAIN if it["key"] not in DROP]
    for tr in TRAPS:
        assert tr["base_key"] not in DROP, tr
    with open(HERE / "plain.jsonl", "w", encoding="utf-8") as fh:
        for i, it in enumerate(plain, 1):
            it["id"] = f"p{i:03d}"
            keys[it["key"]] = it
            out = {k: v for k, v in it.items() if k != "key"}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(HERE / "traps.jsonl", "w", encoding="utf-8") as fh:
        for i, tr in enumerate(TRAPS, 1):
            b = keys[tr["base_key"]]
            expect = tr["expect"]
            if tr["kind"] == "near":  # the base's answer, unchanged
                expect = {k: v for k, v in b["expect"].items()}
            out = {"id": f"t{i:03d}", "q": tr["q"], "base": b["q"], "base_id": b["id"],
                   "base_accept": b["expect"]["accept"], "added": tr["added"], "kind": tr["kind"],
                   "origin": tr["origin"], "expect": expect}
            if tr.get("note"):
                out["note"] = tr["note"]
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"plain {len(plain)}, traps {len(TRAPS)}")


if __name__ == "__main__":
    write()
