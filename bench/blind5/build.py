#!/usr/bin/env python3
"""Hand-written source of the fifth blind set: writes plain.jsonl and traps.jsonl next to this file.

Every item was written from the four reports in /work/shared/reports/ alone (no engine code, tests or
earlier question sets were read). `python3 bench/blind5/verify.py` checks every value against its line.

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
# (The helpers above are copied from the top of bench/blind4/build.py; everything below is new for blind5.)

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

# ---------------------------------------------------------------------------------------------------
# TP 2025 (tab-separated; number columns 1 TP 2024 | 2 TA 2025 | 3 Toteuma 2025 | 4 Poikkeama | 5 %)
HVP = "Hyvinvointipalvelut (palvelualue), TP 2025 report"
KOL = "Kasvatus- ja opetuslautakunta, TP 2025 report"
PAJ = "Palvelualuejohtajan vastuualue, TP 2025 report"
OPK = "Opetus ja koulutus (vastuualue), TP 2025 report"
VAK = "Varhaiskasvatus (vastuualue), TP 2025 report"

fin("f01", "paljonko hyvinvointipalveluiden muut toimintatuotot oli vuonna 2025", T, 29, 3,
    HVP + ", Muut toimintatuotot, actual (Toteuma 2025), 1-12/2025", ["actual"] + FY25 + ["lowercase"])
fin("f02", "Mitä aineet, tarvikkeet ja tavarat maksoivat hyvinvointipalveluille vuonna 2025?", T, 34, 3,
    HVP + ", Aineet, tarvikkeet ja tavarat, actual (Toteuma 2025)", ["actual"] + FY25 + ["full-sentence"])
fin("f03", "Kuinka paljon kasvatus- ja opetuslautakunnan palvelujen ostot poikkesivat talousarviosta vuonna 2025?",
    T, 193, 4, KOL + ", Palvelujen ostot, deviation (Poikkeama, as printed)", ["deviation"] + FY25 + ["full-sentence"])
fin("f04", "Kasvatus- ja opetuslautakunnan maksamien avustusten toteumaprosentti 2025?", T, 195, 5,
    KOL + ", Avustukset (grants paid, a cost row), Toteuma %", ["realization-pct"] + FY25)
fin("f05", "Mikä oli kasvatus- ja opetuslautakunnan tilikauden tulos 2025?", T, 202, 3,
    KOL + ", Tilikauden tulos, actual (Toteuma 2025)", ["actual"] + FY25 + ["full-sentence"])
fin("f06", "Paljonko kasvatus- ja opetuslautakunnalle budjetoitiin henkilöstökuluja vuodelle 2025?", T, 192, 2,
    KOL + ", Henkilöstökulut, budget (Talousarvio 2025)", ["budget"] + FY25 + ["full-sentence"])
fin("f07", "Palvelualuejohtajan vastuualueen toimintakulujen talousarvio 2025", T, 307, 2,
    PAJ + ", Toimintakulut, budget (Talousarvio 2025)", ["budget"] + FY25 + ["keyword"])
fin("f08", "Paljonko palvelualuejohtajan vastuualueella oli toimintatuottoja vuonna 2024?", T, 306, 1,
    PAJ + ", Toimintatuotot, TP 2024 column (technically merged comparison figure)", ["actual"] + TP24 + ["full-sentence"])
fin("f09", "paljonko opetus ja koulutus sai toimintatuotoja 2025", T, 324, 3,
    OPK + ", Toimintatuotot, actual (Toteuma 2025)", ["actual"] + FY25 + ["lowercase", "typo"])
fin("f10", "Opetuksen ja koulutuksen toimintakulujen poikkeama budjetista vuonna 2025", T, 325, 4,
    OPK + ", Toimintakulut, deviation (Poikkeama)", ["deviation"] + FY25 + ["abbrev:budjetti"])
fin("f11", "Varhaiskasvatuksen vastuualueen toimintatuottojen toteuma-% 2025", T, 344, 5,
    VAK + ", Toimintatuotot, Toteuma %", ["realization-pct"] + FY25 + ["keyword"])
fin("f12", "Mikä oli varhaiskasvatuksen toimintakate tilinpäätöksessä 2024?", T, 346, 1,
    VAK + ", Toimintakate, Tilinpäätös 2024 column (technically merged comparison figure)", ["actual"] + TP24)
fin("f14", "Hyvinvointipalveluiden poistojen ja arvonalentumisten talousarvio 2025", T, 41, 2,
    HVP + ", Poistot ja arvonalentumiset, budget (the same in the 1-3/2025 report)", ["budget"] + FY25 + ["keyword", "multi-report"],
    also=[A(Q, 31, "- 373 600")])
fin("f16", "Paljonko hyvinvointipalveluiden irtaimen omaisuuden investointimenot olivat vuonna 2024?", T, 49, 1,
    HVP + ", investments (irtain omaisuus), Menot, TP2024 column", ["actual"] + TP24 + ["investment", "multi-report"],
    also=[A(Q, 42, "-36 225")], arith=False)
fin("f18", "Kasvatus- ja opetuslautakunnan myyntituotot olivat 2025 paljonko prosenttia budjetoidusta?", T, 186, 5,
    KOL + ", Myyntituotot, Toteuma %", ["realization-pct"] + FY25 + ["full-sentence"])
fin("f19", "Hyvinvointipalvelujen tuet ja avustukset vuonna 2024", T, 28, 1,
    HVP + ", Tuet ja avustukset (grants received), Tilinpäätös 2024 column (also TP 2024 in the 1-3/2025 report)",
    ["actual"] + TP24 + ["keyword", "multi-report"], also=[A(Q, 18, "1 287 206")])
fin("f20", "varhaiskasvatuksen toimintakulujen budjetti 2025", T, 345, 2,
    VAK + ", Toimintakulut, budget (Talousarvio 2025)", ["budget"] + FY25 + ["lowercase", "abbrev:budjetti"])
fin("f22", "Kasvatus- ja opetuslautakunnan maksutuotot vuonna 2025", T, 187, 3,
    KOL + ", Maksutuotot, actual (Toteuma 2025)", ["actual"] + FY25 + ["keyword"])

# rankings (the figure of the top row is the primary value)
fin("r1", "Mikä oli kasvatus- ja opetuslautakunnan suurin kuluerä vuonna 2025?", T, 192, 3,
    KOL + ", the largest cost row of 2025 (Henkilöstökulut; the totals are not cost rows), actual",
    ["actual"] + FY25 + ["ranking"])
fin("r3", "Mikä hyvinvointipalveluiden tuloerä ylitti talousarvionsa suhteellisesti eniten 2025?", T, 29, 5,
    HVP + ", the income row with the highest Toteuma % (Muut toimintatuotot 187,62 %; its Poikkeama also accepted)",
    ["realization-pct"] + FY25 + ["ranking"], extra=[TC(T, 29, 4, "Poikkeama of the top row")])

# computed
calc("financial", "c1", "Paljonko varhaiskasvatuksen toimintakulut muuttuivat vuodesta 2024 vuoteen 2025?", "-",
     [TC(T, 345, 3, "Toteuma 2025"), TC(T, 345, 1, "Tilinpäätös 2024")],
     VAK + ", Toimintakulut, change 2024 -> 2025 (the 2024 figure is technically merged)",
     ["actual", "full-year", "2025", "2024", "change"], either_sign=True)
calc("financial", "c2", "Paljonko palvelualuejohtajan vastuualueen ja opetuksen ja koulutuksen toimintakulut olivat yhteensä 2025?",
     "+", [TC(T, 307, 3, "Palvelualuejohtajan vastuualue"), TC(T, 325, 3, "Opetus ja koulutus")],
     "TP 2025 report, Toimintakulut, actual 2025: Palvelualuejohtajan vastuualue + Opetus ja koulutus",
     ["actual"] + FY25 + ["sum"])

# ---------------------------------------------------------------------------------------------------
# 1-3/2025 (PDF text; 1 TP 2024 | 2 TOT 2024 3 kk | 3 TA 2025 +muutos | 4 TOT 2025 3 kk | 5 Jäljellä | 6 TOT-25 %)
QH = "Hyvinvointipalvelut, 1-3/2025 report"
HE = "Hyvinvoinnin edistämisen lautakunta, 1-3/2025 report (no 2025 table for it in TP 2025)"
VE = "Virikkeellinen elämä (vastuualue), 1-3/2025 report (no 2025 table for it in TP 2025)"
HY = "Hyvinvoinnin ja työllisyyden edistäminen (vastuualue), 1-3/2025 report"

R_Q17 = ["824 259", "243 740", "843 000", "273 340", "569 660", "32,42"]
fin("q01", "Paljonko hyvinvointipalveluiden maksutuottoja kertyi 1-3/2025?", Q, 17, 4,
    QH + ", Maksutuotot, actual TOT 2025 3 kk", ["actual"] + Q25 + ["full-sentence"], **pdf(Q, 17, R_Q17, 4))
fin("q02", "hyvinvointipalvelut palvelujen ostot tammi-maaliskuu 2025", Q, 23, 4,
    QH + ", Palvelujen ostot, actual TOT 2025 3 kk", ["actual"] + Q25 + ["keyword", "lowercase"],
    **pdf(Q, 23, ["-5 693 141", "-1 388 137", "-8 299 100", "-1 945 817", "-6 353 283", "23,45"], 4))
fin("q03", "Kuinka paljon hyvinvoinnin edistamisen lautakunnan henkilostokuluista oli jaljella 31.3.2025?", Q, 965, 5,
    HE + ", Henkilöstökulut, remaining (Jäljellä) at 31.3.2025", ["remaining"] + Q25 + ["no-diacritics"],
    **pdf(Q, 965, ["-3 664 734", "- 948 346", "-3 107 600", "- 655 693", "-2 451 907", "21,10"], 5))
fin("q04", "Hyvinvoinnin edistämisen lautakunnan avustuskulujen toteumaprosentti 1-3/2025", Q, 968, 6,
    HE + ", Avustukset (grants paid), TOT-25 %", ["realization-pct"] + Q25 + ["keyword"],
    **pdf(Q, 968, ["-2 055 824", "- 359 869", "-2 694 800", "- 427 539", "-2 267 261", "15,87"], 6))
R_VE1 = ["805 844", "183 779", "663 800", "198 912", "464 888", "29,97"]
fin("q05", "Virikkeellisen elämän toimintatuotot 3 kk 2025", Q, 1592, 4,
    VE + ", Toimintatuotot, actual TOT 2025 3 kk", ["actual"] + Q25 + ["keyword"], **pdf(Q, 1592, R_VE1, 4))
fin("q06", "Paljonko virikkeelliselle elämälle oli budjetoitu toimintakuluja vuodelle 2025?", Q, 1593, 3,
    VE + ", Toimintakulut, budget TA 2025 +muutos (the only 2025 budget of VIRE in the reports)", ["budget", "2025", "full-sentence"],
    **pdf(Q, 1593, ["-5 470 523", "-1 239 804", "-5 260 900", "-1 288 943", "-3 971 957", "24,50"], 3))
fin("q07", "Mikä oli hyvinvoinnin ja työllisyyden edistämisen toimintakate tammi–maaliskuussa 2024?", Q, 1612, 2,
    HY + ", Toimintakate, TOT 2024 3 kk (comparison column)", ["actual", "interim-3kk", "2024", "full-sentence"],
    **pdf(Q, 1612, ["-3 271 907", "- 825 849", "-6 425 200", "-1 148 767", "-5 276 433", "17,88"], 2))
fin("q08", "HYTYn toimintatuottojen toteutumisprosentti ensimmäisellä vuosineljänneksellä 2025", Q, 1610, 6,
    HY + ", Toimintatuotot, TOT-25 %", ["realization-pct"] + Q25 + ["abbrev:HYTY"],
    **pdf(Q, 1610, ["974 089", "222 993", "495 800", "159 716", "336 084", "32,21"], 6))
fin("q09", "Hyvinvointipalveluiden tilikauden tulos 1-3/2025", Q, 32, 4,
    QH + ", Tilikauden tulos, actual TOT 2025 3 kk", ["actual"] + Q25 + ["keyword"],
    **pdf(Q, 32, ["-33 792 417", "-7 933 409", "-38 011 000", "-8 538 905", "-29 472 095", "22,46"], 4))
fin("q10", "Hyvinvoinnin edistämisen lautakunnan tuet ja avustukset tilinpäätöksessä 2024", Q, 961, 1,
    HE + ", Tuet ja avustukset (grants received), TP 2024 column", ["actual"] + TP24 + ["keyword"],
    **pdf(Q, 961, ["863 905", "197 466", "395 000", "115 428", "279 572", "29,22"], 1))
fin("q13", "Paljonko hyvinvoinnin edistämisen lautakunnan myyntituotoista oli vielä jäljellä maaliskuun 2025 lopussa?", Q, 959, 5,
    HE + ", Myyntituotot, remaining (Jäljellä) at 31.3.2025", ["remaining"] + Q25 + ["full-sentence"],
    **pdf(Q, 959, ["429 064", "73 407", "309 600", "92 529", "217 071", "29,89"], 5))
fin("q14", "VIRE toimintakate jäljellä 31.3.2025", Q, 1594, 5,
    VE + ", Toimintakate, remaining (Jäljellä)", ["remaining"] + Q25 + ["keyword", "abbrev:VIRE"],
    **pdf(Q, 1594, ["-4 664 679", "-1 056 025", "-4 597 100", "-1 090 030", "-3 507 070", "23,71"], 5))

calc("financial", "c3", "Kuinka paljon enemmän hyvinvointipalveluiden maksutuottoja kertyi 1-3/2025 kuin 1-3/2024?", "-",
     [C(Q, 17, "273 340", what="TOT 2025 3 kk"), C(Q, 17, "243 740", what="TOT 2024 3 kk")],
     QH + ", Maksutuotot, TOT 2025 3 kk - TOT 2024 3 kk", ["actual", "interim-3kk", "2025", "2024", "change"])

# ---------------------------------------------------------------------------------------------------
# 1-9/2024 (tab-separated; 1 TP 2023 | 2 TOT 2023 9 kk | 3 TA 2024 +muutos | 4 TOT 2024 9 kk | 5 Jäljellä | 6 TOT-24 %)
TM = "Hyvinvointilautakunnan toimiala (Hyvinvointitoimiala), 1-9/2024 report"
SV = "Varhaiskasvatuksen palvelualue, 1-9/2024 report"
SE = "Virikkeellinen elämä -palvelualue, 1-9/2024 report (table header misspelt 'Virkkeellinen')"

fin("s01", "Hyvinvointitoimialan myyntituotot 1-9/2024", S, 113, 4, TM + ", Myyntituotot, actual TOT 2024 9 kk",
    ["actual"] + S24 + ["keyword"])
fin("s02", "Paljonko hyvinvointitoimialan henkilöstökuluja oli jäljellä 30.9.2024?", S, 119, 5,
    TM + ", Henkilöstökulut, remaining (Jäljellä)", ["remaining"] + S24 + ["full-sentence"])
fin("s03", "hyvinvointitoimialan palvelujen ostot vuonna 2023", S, 120, 1, TM + ", Palvelujen ostot, TP 2023 column",
    ["actual", "full-year", "2023", "lowercase"])
fin("s04", "Mitkä olivat hyvinvointilautakunnan toimialan MENOT talousarviossa 2024 (TA+muutos)?", S, 105, 3,
    TM + ", MENOT (= Toimintakulut), budget TA 2024 +muutos", ["budget", "2024", "abbrev:TA"],
    also=[A(S, 124, "-32 611 450")])
fin("s05", "Varhaiskasvatuksen palvelualueen maksutuotot 1-9/2024", S, 147, 4, SV + ", Maksutuotot, actual TOT 2024 9 kk",
    ["actual"] + S24 + ["keyword"])
fin("s06", "Mikä oli varhaiskasvatuksen henkilöstökulujen toteumaprosentti syyskuun 2024 loppuun mennessä?", S, 152, 6,
    SV + ", Henkilöstökulut, TOT-24 %", ["realization-pct"] + S24 + ["full-sentence"])
fin("s07", "varhaiskasvatuksen palvelualueen tilikauden tulos 2023", S, 162, 1, SV + ", Tilikauden tulos, TP 2023 column",
    ["actual", "full-year", "2023", "lowercase"])
fin("s08", "Virikkeellisen elämän maksutuotot 1-9/2024", S, 173, 4, SE + ", Maksutuotot, actual TOT 2024 9 kk",
    ["actual"] + S24 + ["keyword"])
fin("s09", "paljonko virikkeelisen elämän palvelujen ostoihin oli budjetoitu 2024", S, 180, 3,
    SE + ", Palvelujen ostot, budget TA 2024 +muutos", ["budget", "2024", "typo", "lowercase"])
fin("s11", "Paljonko hyvinvoinnin irtaimen omaisuuden investointeja toteutui 1-9/2024?", S, 204, 3,
    "Irtain omaisuus, HYVINVOINTI, Menot, Toteuma 1-9 (investments), 1-9/2024 report", ["actual"] + S24 + ["investment"],
    arith=False)
fin("s13", "Paljonko varhaiskasvatuksen palvelualue sai myyntituottoja 1-9/2024?", S, 146, 4,
    SV + ", Myyntituotot, actual TOT 2024 9 kk (budget 0)", ["actual"] + S24 + ["full-sentence"])

fin("r2", "Mikä oli virikkeellisen elämän suurin kuluerä 1-9/2024?", S, 183, 4,
    SE + ", the largest cost row by TOT 2024 9 kk (Muut toimintakulut; Toimintakulut is the total)",
    ["actual"] + S24 + ["ranking"])
calc("financial", "c4", "Paljonko virikkeellisen elämän maksutuotot kasvoivat 1-9/2023:sta 1-9/2024:ään?", "-",
     [TC(S, 173, 4, "TOT 2024 9 kk"), TC(S, 173, 2, "TOT 2023 9 kk")],
     SE + ", Maksutuotot, TOT 2024 9 kk - TOT 2023 9 kk", ["actual", "interim-9kk", "2024", "2023", "change"])

# ---------------------------------------------------------------------------------------------------
# 1-9/2022 (PDF text; 1 TP 2021 1000e | 2 TOT 2021 9 kk/1000e | 3 TA 2022 +muutos | 4 TOT 2022 9 kk | 5 Jäljellä |
# 6 TOT-22 % | 7 TP Ennuste); split numbers are one cell over several lines
KT = "Hyvinvointilautakunnan toimiala yhteensä, 1-9/2022 report"
KH = "Hyvinvoinnin ja terveyden edistämisen palvelualue, 1-9/2022 report"
KO = "Opetus- ja koulutuspalvelut, 1-9/2022 report"
KV = "Varhaiskasvatuspalvelut, 1-9/2022 report"
KE = "Virikkeellinen elämä -palvelualue, 1-9/2022 report"

fin("k01", "Hyvinvoinnin ja terveyden edistämisen palvelualueen henkilöstökulut 1-9/2022", K, 287, 4,
    KH + ", Henkilöstökulut, actual TOT 2022 9 kk", ["actual"] + K22 + ["keyword"],
    **pdf(K, 287, ["-676", "-496", "-780 200", "-489 083", "-291 117", "62,70", "-780 200"], 4))
fin("k02", "HYTE:n palvelujen ostojen toteumaprosentti 30.9.2022", K, 288, 6,
    KH + ", Palvelujen ostot, TOT-22 %", ["realization-pct"] + K22 + ["abbrev:HYTE"],
    **pdf(K, 288, ["-134", "-75", "-110 000", "-104 492", "-5 508", "95,00", "-110 000"], 6))
fin("k03", "Opetus- ja koulutuspalveluiden maksutuotot tammi-syyskuu 2022", K, 319, 4,
    KO + ", Maksutuotot, actual TOT 2022 9 kk", ["actual"] + K22 + ["keyword"],
    **pdf(K, 319, ["187", "165", "173 500", "149 138", "24 362", "86,00", "173 500"], 4))
fin("k04", "Mikä oli opetus- ja koulutuspalvelujen vuokrakulujen tilinpäätösennuste 2022?", K, 361, 7,
    KO + ", Vuokrakulut, forecast (TP Ennuste; split over lines 361/363)", ["forecast", "2022", "split-number"],
    **pdf(K, 361, ["-3 145", "-2 417", "-3 185 200", "-2 369 178", "-816 022", "74,40", "-3 185 200"], 7,
          row_line=354, span=10, on_line="-3 185"))
fin("k05", "Varhaiskasvatuspalveluiden tuet ja avustukset 1-9/2022", K, 443, 4,
    KV + ", Tuet ja avustukset (grants received), actual TOT 2022 9 kk", ["actual"] + K22 + ["keyword"],
    **pdf(K, 443, ["296", "221", "160 000", "214 362", "-54 362", "134,00", "160 000"], 4))
fin("k06", "Varhaiskasvatuksen vuokrakulut vuonna 2021", K, 478, 1,
    KV + ", Vuokrakulut, TP 2021 (printed in thousands of euros)", ["actual", "full-year", "2021", "thousands"],
    thousands=True, **pdf(K, 478, ["-884", "-751", "-864 900", "-667 963", "-196 937", "77,20", "-864 900"], 1))
fin("k07", "Kuinka paljon virikkeellinen elämä oli maksanut avustuksia syyskuun 2022 loppuun mennessä?", K, 580, 4,
    KE + ", Avustukset (grants paid), actual TOT 2022 9 kk", ["actual"] + K22 + ["full-sentence"],
    **pdf(K, 580, ["-109", "-103", "-104 400", "-9 462", "-94 938", "9,10", "-104 400"], 4))
fin("k09", "Hyvinvointilautakunnan toimialan poistoista ja arvonalentumisista jäljellä 1-9/2022", K, 244, 5,
    KT + ", Poistot ja arvonalentumiset, remaining (Jäljellä)", ["remaining"] + K22,
    **pdf(K, 244, ["-407", "0", "-555 000", "-384 333", "-170 667", "69,20", "-555 000"], 5))
fin("k10", "Virikkeellisen elämän investointien toteumaprosenti 1-9/2022", K, 665, 6,
    KE + ", Investoinnit MENOT, TOT-22 %", ["realization-pct"] + K22 + ["investment", "typo"],
    **pdf(K, 665, ["-29", "-18", "-140 000", "-18 522", "-121 478", "13,20"], 6))
fin("k11", "Hyvinvointi yhteensä investointimenot TP 2021", K, 673, 1,
    "HYVINVOINTI YHTEENSÄ investoinnit, MENOT, TP 2021 (printed in thousands of euros), 1-9/2022 report",
    ["actual", "full-year", "2021", "thousands", "investment", "abbrev:TP"], thousands=True,
    **pdf(K, 673, ["-89", "-51", "-140 000", "-18 522", "-121 478", "13,20"], 1))
fin("k13", "Varhaiskasvatuspalvelujen toimintakatteesta jäljellä 30.9.2022", K, 503, 5,
    KV + ", TOIMINTAKATE, remaining (Jäljellä; split over lines 503/505)", ["remaining"] + K22 + ["split-number"],
    **pdf(K, 503, ["-7 479", "-5 753", "-7 762 400", "-5 491 996", "-2 270 404", "70,80", "-7 762 400"], 5,
          row_line=496, span=13, on_line="-2 270"))
fin("k14", "Opetus- ja koulutuspalvelujen palvelujen ostot 1-9/2022", K, 344, 4,
    KO + ", Palvelujen ostot, actual TOT 2022 9 kk (split over lines 344/346)", ["actual"] + K22 + ["split-number"],
    **pdf(K, 344, ["-2 777", "-1 997", "-3 059 500", "-2 218 414", "-841 086", "72,50", "-3 059 500"], 4,
          row_line=340, span=10, on_line="-2 218"))

# ---------------------------------------------------------------------------------------------------
# key indicators (TP 2025: 1 Toteutuma 2023 | 2 Toteutuma 2024 | 3 Tavoite 2025 | 4 Toteutuma 2025; printed twice,
# lines 145-164 and 256-275). 1-9/2022: Toteutuma 2020 | Ennuste 2021 | Tavoite 2022, one value a line.
KP = "Tunnusluvut, TP 2025 report"
kpi("i01", "Mikä oli lukiokoulutuksen kustannus asukasta kohden vuonna 2025?", T, 150, 4,
    KP + ", Lukiokoulutus €/asukas, Toteutuma 2025", ["actual"] + FY25, unit="EUR/asukas", also=[A(T, 261)])
kpi("i02", "musiikkiopiston tavoite euroa per opetustunti vuodelle 2025", T, 154, 3,
    KP + ", Musiikkiopisto €/opetustunti, Tavoite 2025", ["target", "2025", "lowercase"], unit="EUR/opetustunti",
    also=[A(T, 265)])
kpi("i03", "Kirjaston kokonaislainaus asukasta kohden 2024", T, 159, 2,
    KP + ", Kirjaston kokonaislainaus ka / asukas, Toteutuma 2024", ["actual", "2024", "keyword"], unit="lainaa/asukas",
    also=[A(T, 270)])
kpi("i04", "Paljonko virikkeellisen elämän nettokustannukset olivat euroa asukasta kohden 2025?", T, 156, 4,
    KP + ", Virikkeellinen elämä nettokustannukset €/asukas, Toteutuma 2025", ["actual"] + FY25, unit="EUR/asukas",
    also=[A(T, 267)])
kpi("i05", "Perusopetuksen kustannukset oppilasta kohden 2024", T, 149, 2,
    KP + ", Perusopetus €/oppilas, Toteutuma 2024", ["actual", "2024", "keyword"], unit="EUR/oppilas", also=[A(T, 260)])
kpi("i06", "Kuinka paljon ulkopuolista rahoitusta varhaiskasvatus sai vuonna 2025?", T, 162, 4,
    KP + ", Ulkopuolinen rahoitus/€, vaka, Toteutuma 2025", ["actual"] + FY25, unit="EUR", also=[A(T, 273)])
kpi("i07", "Montako osallistujaa virikkeellisen elämän omatoimiseen ja ryhmätoimintaan tavoiteltiin vuodelle 2025?", T, 157, 3,
    KP + ", Virikkeellisen elämän ... osallistuneet, Tavoite 2025", ["target", "2025"], unit="osallistujaa",
    also=[A(T, 268)])
val("kpi", "i08", "Mikä oli varhaiskasvatuksen tavoite euroa lasta kohden vuodelle 2022?", K, 1360, "11.245,71e",
    "Tunnusluvut, 1-9/2022 report, Varhaiskasvatus €/lapsi, Tavoite 2022 (third value pair)", ["target", "2022"],
    unit="EUR/lapsi")
val("kpi", "i09", "lukiokoulutuksen euroa per opiskelija toteutuma 2020", K, 1384, "8079,60 €",
    "Tunnusluvut, 1-9/2022 report, Lukiokoulutus €/opiskelija, Toteutuma 2020", ["actual", "2020", "lowercase"],
    unit="EUR/opiskelija")

# ---------------------------------------------------------------------------------------------------
# numbers in goal realisation texts and running text
txt("x01", "Montako ulkomaan kansalaista asui Heinolassa vuoden 2024 lopussa?", T, 100, "741 henkilöä",
    "TP 2025 report, goal 'Kotouttamisessa yhteistyö on tuloksellista': ulkomaan kansalaisia 31.12.2024 741 henkilöä",
    ["2024", "full-sentence"], unit="henkilöä")
txt("x02", "Kuinka monta oppilasta Valo-luokalla oli 31.12.2025?", T, 121, "14 oppilasta",
    "TP 2025 report, OPKOU goal: 'Valo-luokassa (5.-9.lk) opiskeli 31.12.2025 14 oppilasta'", ["2025", "full-sentence"],
    unit="oppilasta", also=[A(T, 236)])
txt("x03", "mikä oli päiväkotien käyttöaste marraskuussa 2025", T, 128, "78,86%",
    "TP 2025 report, VAKA goal: käyttöaste marraskuussa 78,86 %", ["2025", "lowercase"], unit="%", also=[A(T, 242)])
txt("x04", "Paljonko museokohteissa kävi väkeä syyskuun 2024 loppuun mennessä?", S, 234, "15051 kävijää",
    "1-9/2024 report, VIRE goal: 'Museokohteissa on vierailut syyskuun loppuun mennessä 15051 kävijää'",
    ["2024", "interim-9kk", "full-sentence"], unit="kävijää")
txt("x05", "Paljonko rahaa oli varattu kirjaston remontin suunnitteluun 2024?", S, 211, "200 000 €",
    "1-9/2024 report, investments text: 'Kirjaston remontin suunnitteluun on varattu rahaa 200 000 €'", ["2024"],
    unit="EUR")
txt("x06", "Paljonko Lyseonmäen koulun investoinneista oli käytetty 30.9.2024 mennessä?", S, 211, "käytetty 9 940 €",
    "1-9/2024 report, investments text: 'Lyseonmäen koulu, 50 000 €) on aloitettu, käytetty 9 940 €'",
    ["2024", "interim-9kk"], unit="EUR")
txt("x07", "Montako kävijää perhepuistossa oli koko toimintakauden 2022 aikana?", K, 1316, "13 792",
    "1-9/2022 report, VIRE goal 'perhepuisto': 'Kävijämäärä koko toimintakauden aikana oli 13 792'", ["2022"],
    unit="kävijää")
txt("x08", "Montako kiinteävuoroista varausta Sinilähdetalossa oli 1.7.–30.9.2022?", K, 1016, "19 kiinteävuoroista",
    "1-9/2022 report, käyttösuunnitelma goal 'Keskustan alueen monitoimitalo': Sinilähdetalossa 19 kiinteävuoroista "
    "varausta (also in the sitovat tavoitteet, line 71-72)", ["2022", "interim-9kk"], unit="varausta",
    also=[A(K, 71, "lähtien 19")])
txt("x09", "Mikä oli asiakasneuvottelujen osuus opiskeluhuollon asiakastapahtumista kolmannella vuosineljänneksellä 2022?",
    K, 740, "8,3 %", "1-9/2022 report, HYTE goal: asiakasneuvottelujen osuus kolmannella vuosineljänneksellä 8,3 %",
    ["2022", "full-sentence"], unit="%")
txt("x10", "paivakotien kayttoaste helmikuussa 2025", Q, 722, "75,72 %",
    "1-3/2025 report, VAKA goal: käyttöaste helmikuussa 75,72 %", ["2025", "no-diacritics", "lowercase"], unit="%")
txt("x11", "mikä oli aktivointiaste helmikuussa 2025", Q, 1206, "20,2 prosenttia",
    "1-3/2025 report, HYTY goal: 'Aktivointiaste helmikuussa 20,2 prosenttia'", ["2025", "lowercase"], unit="%")
txt("x12", "Montako kertaa yhteisölliset opiskeluhuoltoryhmät kokoontuivat 1.8.–30.9.2024?", S, 221, "15 kertaa",
    "1-9/2024 report, OPKOU goal: opiskeluhuoltoryhmät kokoontuneet 1.8.-30.9.2024 (2 kk) 15 kertaa", ["2024"],
    unit="kertaa")
txt("x13", "Paljonko liikuntajärjestöjen avustuksia oli vielä jakamatta syyskuun 2022 lopussa?", K, 269, "90.000 €",
    "1-9/2022 report, forecast text: 'Liikuntajärjestöjen avustukset ovat tältä vuodelta vielä jakamatta (n. 90.000 €)'",
    ["2022", "interim-9kk", "full-sentence"], unit="EUR")

# ---------------------------------------------------------------------------------------------------
# projects (hankkeet)
# TP 2025 table: 1 name | 2 description | 3 kokonaisrahoitus | 4 kaupungin osuus % | 5 menojen toteuma %
# 1-9/2024 table: 1 name | 2 toteutusaika | 3 kokonaisrahoitus | 4 rahoittaja | 5 kaupungin osuus % | 6 menojen toteuma %
prj("h01", "Paljonko Toimintakykyinen peruskoululainen -hankkeen kokonaisrahoitus oli?", T, 296,
    "TP 2025 report, Hankkeet, Toimintakykyinen peruskoululainen (AVI, 2024-2025), kokonaisrahoitus", ["full-sentence"],
    unit="EUR", col=3)
prj("h02", "Mikä on kaupungin rahoitusosuus Oppimisen tukeminen Heinolan lukio -hankkeessa 2024–2025?", T, 298,
    "Hankkeet, Oppimisen tukeminen Heinolan lukio (OPH, 2024-2025), kaupungin rahoitusosuus % (also 1-9/2024 report; "
    "the earlier 2022-2024 project of the same name had 5 %)", ["multi-report"], unit="%", col=4, also=[A(S, 276, "10 %")])
prj("h03", "Mikä oli Liikkeellä lukemaan -hankkeen menojen toteuma 31.3.2025?", Q, 1474,
    "1-3/2025 report, Hankkeet, Liikkeellä lukemaan -hanke (2024-2025), menojen toteuma % at 31.3.2025", ["2025"],
    unit="%", cell="18 %")
prj("h04", "Paljonko Tilapäisen suojelun lisätuki -hankkeen kokonaisrahoitus oli?", Q, 1525,
    "1-3/2025 report, Hankkeet, Tilapäisen suojelun lisätuki (TEM, 2025-2026), kokonaisrahoitus", ["full-sentence"],
    unit="EUR", cell="30 000")
prj("h05", "Mikä oli Heinolalaisten aktivointi kaupungilla ja kylillä -hankkeen menojen toteumaprosentti 30.9.2024?", S, 286,
    "1-9/2024 report, Hankkeet, Heinolalaisten aktivointi kaupungilla ja kylillä, menojen toteuma % at 30.9.2024",
    ["2024", "interim-9kk"], unit="%", col=6)
prj("h06", "suomi toisena kielenä hankkeen kokonaisrahoitus", T, 299,
    "TP 2025 report, Hankkeet, Suomi toisena kielenä (OPH), kokonaisrahoitus", ["keyword", "lowercase"], unit="EUR", col=3)
prj("h07", "Paljonko hankkeiden kokonaisrahoitus oli yhteensä tilinpäätöksessä 2025?", T, 300,
    "TP 2025 report, Hankkeet, Yhteensä (kokonaisrahoitus)", ["2025", "sum"], unit="EUR", col=3)
prj("h08", "Minä vuonna kaksivuotisen esiopetuksen kokeilu (v. 2016 syntyneet) alkoi?", S, 261,
    "1-9/2024 report, Hankkeet, Kaksivuotisen esiopetuksen kokeilu (v. 2016 syntyneet), toteutusaika 2021–2024: start year",
    ["period"], unit="vuosi", col=2)

# ---------------------------------------------------------------------------------------------------
# not_found
nf("n01", "Paljonko hyvinvointipalvelujen vuokratuotot olivat vuonna 2025?",
   "TP 2025 and 1-3/2025 print no Vuokratuotot row (only Myynti-, Maksu-, Tuet ja avustukset, Muut toimintatuotot); "
   "the row exists only in the 1-9/2022 report.", ["absent-row", "2025"])
nf("n02", "Mikä oli lintuhoitolan toimintakate vuonna 2025?",
   "The lintuhoitola is part of Virikkeellinen elämä; no report has a table or a figure of its own.", ["subunit", "2025"])
nf("n03", "Paljonko musiikkiopiston toimintakulut olivat 2025?",
   "The musiikkiopisto has indicators (€/asukas, €/opiskelija, €/opetustunti) but no financial table.", ["subunit", "2025"])
nf("n04", "Mikä oli varhaiskasvatuksen toimintakate tammi–kesäkuussa 2025?",
   "No report covers 1-6/2025 (only 1-3/2025 and the full year).", ["period", "2025"])
nf("n05", "Paljonko hyvinvointipalveluille on budjetoitu toimintakuluja vuodelle 2026?",
   "No report holds a 2026 budget.", ["period", "2026"])

# ---------------------------------------------------------------------------------------------------
# clarify
cl("l01", "Mikä on Etsivä nuorisotyö -hankkeen kokonaisrahoitus?", ["2024–2025", "2024-2025", "2025–2026", "2025-2026"],
   "The 1-3/2025 report lists two Etsivä nuorisotyö projects: 2024–2025 (71 000) and 2025–2026 (58 448).",
   [C(Q, 1544, "71 000", what="Etsivä nuorisotyö 2024–2025"), C(Q, 1564, "58 448", what="Etsivä nuorisotyö 2025–2026")],
   ["project"])
cl("l02", "Paljonko Koulujen kerhotoiminnan tukeminen -hankkeen kokonaisrahoitus oli tilinpäätöksessä 2025?",
   ["2024–2025", "2024-2025", "2025–2026", "2025-2026"],
   "TP 2025 lists two projects of that name: (2024–2025) 18 572 and (2025–2026) 9 000.",
   [TC(T, 291, 3, "Koulujen kerhotoiminnan tukeminen (2024–2025)"), TC(T, 292, 3, "Koulujen kerhotoiminnan tukeminen (2025–2026)")],
   ["project", "2025"])
cl("l03", "Paljonko lautakunnan henkilöstökuluihin oli budjetoitu vuodelle 2025?",
   ["Kasvatus- ja opetuslautakunta", "kasvatus", "Hyvinvoinnin edistämisen lautakunta", "hyvinvoinnin edistämisen"],
   "Two lautakunnat have a 2025 budget: Kasvatus- ja opetuslautakunta (TP 2025) and Hyvinvoinnin edistämisen lautakunta (1-3/2025).",
   [TC(T, 192, 2, "Kasvatus- ja opetuslautakunta, TA 2025"), C(Q, 965, "-3 107 600", what="Hyvinvoinnin edistämisen lautakunta, TA 2025 +muutos")],
   ["budget", "2025"])
cl("l04", "Mikä oli päiväkotien käyttöaste syyskuussa?", ["2024", "2022"],
   "A September käyttöaste is given for 2024 (79,92 %) and for 2022 (73,83 %); the year is not said.",
   [C(S, 245, "79,92 %", what="syyskuu 2024"), C(K, 156, "73,83 %", what="syyskuu 2022")], ["text"])
cl("l05", "Mikä oli virikkeellisen elämän toimintakate yhdeksän kuukauden kohdalla?", ["2024", "2022"],
   "Two 9-month reports have Virikkeellinen elämä's toimintakate: 1-9/2024 (-3 197 097) and 1-9/2022 (-2 949 290).",
   [TC(S, 185, 4, "TOT 2024 9 kk"), C(K, 612, "-2 949 290", what="TOT 2022 9 kk (split over lines 612/614)", span=3)],
   ["interim-9kk"])

# items written and verified but left out (none)
DROP: set[str] = set()

# ====================================================================================================
# traps: one word or phrase of a plain question added or changed
TRAPS: list[dict] = []


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


B = lambda k: BY_KEY[k]["q"]  # noqa: E731

# city (6)
trap("f01", "paljonko sysmän hyvinvointipalveluiden muut toimintatuotot oli vuonna 2025", "sysmän", "city",
     "Another municipality (Sysmä is named in the reports only as a partner); the figures are Heinola's.")
trap("q05", "Hartolan virikkeellisen elämän toimintatuotot 3 kk 2025", "Hartolan", "city",
     "Another municipality (Hartola is named only as a partner of the Ohjaamo).")
trap("s05", "Orimattilan varhaiskasvatuksen palvelualueen maksutuotot 1-9/2024", "Orimattilan", "city",
     "Another municipality (Orimattila is named only as a partner of the kotoutuminen network).")
trap("k03", "Kouvolan opetus- ja koulutuspalveluiden maksutuotot tammi-syyskuu 2022", "Kouvolan", "city",
     "Another municipality.")
trap("i01", "Mikä oli Hollolan lukiokoulutuksen kustannus asukasta kohden vuonna 2025?", "Hollolan", "city",
     "Another municipality.")
trap("x07", "Montako kävijää Mikkelin perhepuistossa oli koko toimintakauden 2022 aikana?", "Mikkelin", "city",
     "Another municipality.")

# period (8)
trap("f08", "Paljonko palvelualuejohtajan vastuualueella oli toimintatuottoja vuonna 2023?", "2023", "period",
     "The vastuualue exists from 2025; TP 2025 gives only a (merged) 2024 comparison figure, no 2023 one.")
trap("q01", "Paljonko hyvinvointipalveluiden maksutuottoja kertyi 1-6/2025?", "1-6/2025", "period",
     "No report covers 1-6/2025.")
trap("q03", "Kuinka paljon hyvinvoinnin edistamisen lautakunnan henkilostokuluista oli jaljella 30.6.2025?", "30.6.2025",
     "period", "No report gives the remaining budget at 30.6.2025.")
trap("k01", "Hyvinvoinnin ja terveyden edistämisen palvelualueen henkilöstökulut 1-3/2022", "1-3/2022", "period",
     "No report covers 1-3/2022 (the 2022 report is 1-9/2022).")
trap("f20", "varhaiskasvatuksen toimintakulujen budjetti 2026", "2026", "period", "No report holds a 2026 budget.")
trap("h04", "Paljonko Tilapäisen suojelun lisätuki 2023 -hankkeen kokonaisrahoitus oli?", "2023", "period",
     "The project runs 2025–2026; there is no 2023 project of that name.", note="wrong year for a project")
trap("x03", "mikä oli päiväkotien käyttöaste marraskuussa 2024", "marraskuussa 2024", "period",
     "The 2024 report gives käyttöaste for July, August and September only.")
trap("s08", "Virikkeellisen elämän maksutuotot koko vuonna 2024", "koko vuonna 2024", "period",
     "No full-year 2024 Maksutuotot of Virikkeellinen elämä: the 1-3/2025 report's TP 2024 column has only the "
     "three summary rows for it, the 1-9/2024 report only 9 months.", note="full year where only 9 months and summaries exist")

# measure (5)
trap("f06", "Paljonko kasvatus- ja opetuslautakunnalle budjetoitiin henkilöstökuluja henkilötyövuotta kohden vuodelle 2025?",
     "henkilötyövuotta kohden", "measure", "The reports give no htv figures.")
trap("i05", "Perusopetuksen kustannusten mediaani oppilasta kohden 2024", "mediaani", "measure",
     "The indicator is an average cost (€/oppilas); no median is given.")
trap("x05", "Paljonko rahaa oli varattu kirjaston remontin suunnitteluun neliömetriä kohden 2024?", "neliömetriä kohden",
     "measure", "No floor area or price per square metre of the library is given.", note="quantity word (neliöhinta)")
trap("x04", "Paljonko museokohteissa kävi väkeä keskimäärin päivässä syyskuun 2024 loppuun mennessä?",
     "keskimäärin päivässä", "measure", "Only the total of visits is given, no daily average.")
trap("s06", "Mikä oli varhaiskasvatuksen henkilöstön vaihtuvuusprosentti syyskuun 2024 loppuun mennessä?",
     "vaihtuvuusprosentti", "measure", "Staff turnover is not reported.")

# scope (3)
trap("i05", "Perusopetuksen kustannukset oppilasta kohden 2024 verrattuna koko maan keskiarvoon",
     "verrattuna koko maan keskiarvoon", "scope",
     "No national average is given, so the difference cannot be answered.", note="comparative asking a difference the reports do not give")
trap("s04", "Mitkä olivat koko Heinolan kaupungin MENOT talousarviossa 2024 (TA+muutos)?", "koko Heinolan kaupungin",
     "scope", "The reports cover the welfare services only, not the whole city.")
trap("f19", "Päijät-Hämeen hyvinvointialueen tuet ja avustukset vuonna 2024", "Päijät-Hämeen hyvinvointialueen", "scope",
     "The hyvinvointialue (HVA) is another organisation; its accounts are not in these reports.")

# foreign (5)
trap("f07", "Palvelualuejohtajan vastuualueen toimintakulujen Prognose 2025", "Prognose", "foreign",
     "German 'Prognose' (forecast): TP 2025 has no forecast column.")
trap("s09", "paljonko virikkeelisen elämän palvelujen ostojen outlook oli 2024", "outlook", "foreign",
     "'outlook' (forecast): the 1-9/2024 report has no forecast column.")
trap("f05", "Mikä oli kasvatus- ja opetuslautakunnan free cash flow 2025?", "free cash flow", "foreign",
     "No cash flow statement in the reports.")
trap("k04", "Mikä oli opetus- ja koulutuspalvelujen vuokrakulujen worst case 2022?", "worst case", "foreign",
     "No scenarios in the reports (only one TP Ennuste).")
trap("q09", "Hyvinvointipalveluiden tilikauden tulos 1-3/2025 in USD", "in USD", "foreign",
     "The reports are in euros only; no exchange rate is given.", note="another currency")

# negation / exclusion (3)
trap("x13", "Paljonko muiden kuin liikuntajärjestöjen avustuksia oli vielä jakamatta syyskuun 2022 lopussa?", "muiden kuin",
     "negation", "Only the liikuntajärjestöt's undistributed grants (n. 90 000 €) are given.", status="clarify")
trap("x12", "Montako kertaa yhteisölliset opiskeluhuoltoryhmät eivät kokoontuneet 1.8.–30.9.2024?", "eivät kokoontuneet",
     "negation", "Meetings not held are not reported.", status="clarify")
trap("f09", "paljonko opetus ja koulutus sai toimintatuotoja 2025 ilman myyntituottoja", "ilman myyntituottoja", "negation",
     "The Opetus ja koulutus table has only the three summary rows, so its income without sales cannot be read.",
     status="clarify", note="exclusion that cannot be computed")

# made_up (6)
trap("h04", "Paljonko Tilapäisen majoituksen lisätuki -hankkeen kokonaisrahoitus oli?", "majoituksen", "made_up",
     "No such project.")
trap("h01", "Paljonko Toimintakykyinen lukiolainen -hankkeen kokonaisrahoitus oli?", "lukiolainen", "made_up",
     "No such project (the project is Toimintakykyinen peruskoululainen).")
trap("q02", "sosiaalitoimen palvelujen ostot tammi-maaliskuu 2025", "sosiaalitoimen", "made_up",
     "Heinola has no sosiaalitoimi in these reports (social services belong to the hyvinvointialue).",
     note="a unit of another municipality's structure")
trap("f06", "Paljonko sivistyslautakunnalle budjetoitiin henkilöstökuluja vuodelle 2025?", "sivistyslautakunnalle", "made_up",
     "Heinola has no sivistyslautakunta; its boards are kasvatus- ja opetuslautakunta and hyvinvoinnin edistämisen lautakunta.",
     note="a unit of another municipality's structure")
trap("q05", "Kulttuuripalveluiden toimintatuotot 3 kk 2025", "Kulttuuripalveluiden", "made_up",
     "No unit called kulttuuripalvelut (museums are part of Virikkeellinen elämä).")
trap("h06", "englanti toisena kielenä hankkeen kokonaisrahoitus", "englanti", "made_up", "No such project.")

# subunit (7)
trap("f20", "varhaiskasvatuksen perhepäivähoidon toimintakulujen budjetti 2025", "perhepäivähoidon", "subunit",
     "Perhepäivähoito is named as a form of service but has no figures.")
trap("f09", "paljonko lukio sai toimintatuotoja 2025", "lukio", "subunit",
     "The lukio has indicators but no financial table of its own.")
trap("s08", "Virikkeellisen elämän uimahallin maksutuotot 1-9/2024", "uimahallin", "subunit",
     "The uimahalli is listed as a facility; no figures of its own.")
trap("k07", "Kuinka paljon virikkeellisen elämän nuorisopalvelut oli maksanut avustuksia syyskuun 2022 loppuun mennessä?",
     "nuorisopalvelut", "subunit", "Nuorisopalvelut has no table of its own.")
trap("f07", "Palvelualuejohtajan vastuualueen koulukuljetusten toimintakulujen talousarvio 2025", "koulukuljetusten", "subunit",
     "Koulukuljetusten suunnittelu is named as a task; no figures of its own.")
trap("q14", "VIRE kirjaston toimintakate jäljellä 31.3.2025", "kirjaston", "subunit", "The kirjasto has no table of its own.")
trap("k13", "Varhaiskasvatuspalvelujen esiopetuksen toimintakatteesta jäljellä 30.9.2022", "esiopetuksen", "subunit",
     "Esiopetus has no table of its own.")

# absent_row (6)
trap("f02", "Mitä vuokrakulut maksoivat hyvinvointipalveluille vuonna 2025?", "vuokrakulut", "absent_row",
     "TP 2025 prints no Vuokrakulut row.")
trap("q05", "Virikkeellisen elämän maksutuotot 3 kk 2025", "maksutuotot", "absent_row",
     "The 1-3/2025 table of Virikkeellinen elämä has only Toimintatuotot, Toimintakulut and Toimintakate.")
trap("f11", "Varhaiskasvatuksen vastuualueen henkilöstökulujen toteuma-% 2025", "henkilöstökulujen", "absent_row",
     "The TP 2025 table of Varhaiskasvatus has only the three summary rows.")
trap("s01", "Hyvinvointitoimialan vuokratuotot 1-9/2024", "vuokratuotot", "absent_row",
     "The 1-9/2024 report prints no Vuokratuotot row.")
trap("k02", "HYTE:n maksutuottojen toteumaprosentti 30.9.2022", "maksutuottojen", "absent_row",
     "The 2022 HYTE table has Myyntituotot and Tuet ja avustukset only, no Maksutuotot.")
trap("s11", "Paljonko hyvinvoinnin irtaimen omaisuuden investointituloja toteutui 1-9/2024?", "investointituloja",
     "absent_row", "The investment table has Menot and Netto only.")

# per_resident (4)
trap("f22", "Kasvatus- ja opetuslautakunnan maksutuotot asukasta kohden vuonna 2025", "asukasta kohden", "per_resident",
     "No €/asukas indicator of fee income.")
trap("k05", "Varhaiskasvatuspalveluiden tuet ja avustukset €/asukas 1-9/2022", "€/asukas", "per_resident",
     "Varhaiskasvatus €/asukas is a cost indicator; grants received per resident are not given.")
trap("q10", "Hyvinvoinnin edistämisen lautakunnan tuet ja avustukset asukasta kohti tilinpäätöksessä 2024",
     "asukasta kohti", "per_resident", "No per-resident indicator of grants received.")
trap("s13", "Paljonko varhaiskasvatuksen palvelualue sai myyntituottoja lasta kohden 1-9/2024?", "lasta kohden",
     "per_resident", "€/lapsi is a cost indicator; sales per child are not given.", note="per child")

# compound (4)
trap("q02", "hyvinvointipalvelut ICT-palvelujen ostot tammi-maaliskuu 2025", "ICT-palvelujen", "compound",
     "ICT purchases are not a row (only Palvelujen ostot as a whole).")
trap("q03", "Kuinka paljon hyvinvoinnin edistamisen lautakunnan sijaishenkilostokuluista oli jaljella 31.3.2025?",
     "sijaishenkilostokuluista", "compound", "Substitute staff costs are not a row.")
trap("f18", "Kasvatus- ja opetuslautakunnan lipunmyyntituotot olivat 2025 paljonko prosenttia budjetoidusta?",
     "lipunmyyntituotot", "compound", "Ticket sales are not a row.")
trap("q01", "Paljonko hyvinvointipalveluiden pysäköintimaksutuottoja kertyi 1-3/2025?", "pysäköintimaksutuottoja",
     "compound", "Parking fees are not a row (nor the welfare services' business).")

# subject (3)
trap("x02", "Kuinka monta opettajaa Valo-luokalla oli 31.12.2025?", "opettajaa", "subject",
     "The number of teachers of the Valo class is not given.")
trap("x08", "Montako peruttua varausta Sinilähdetalossa oli 1.7.–30.9.2022?", "peruttua", "subject",
     "Cancelled bookings are not reported.")
trap("x11", "mikä oli työttömyysaste helmikuussa 2025", "työttömyysaste", "subject",
     "The unemployment rate is not given (only the aktivointiaste).")

# near-traps (20): harmless additions; the base figure must still be given
near("f04", "Hei! Kasvatus- ja opetuslautakunnan maksamien avustusten toteumaprosentti 2025?", "Hei!")
near("f10", "Heinolan opetuksen ja koulutuksen toimintakulujen poikkeama budjetista vuonna 2025", "Heinolan")
near("q08", "HYTYn toimintatuottojen toteutumisprosentti ensimmäisellä vuosineljänneksellä 2025, kiitos!", "kiitos!")
near("s03", "Moikka, hyvinvointitoimialan palvelujen ostot vuonna 2023", "Moikka,")
near("k06", "Voisitko ystävällisesti kertoa varhaiskasvatuksen vuokrakulut vuonna 2021?", "Voisitko ystävällisesti kertoa")
near("i02", "Saisinko tietää musiikkiopiston tavoitteen euroa per opetustunti vuodelle 2025", "Saisinko tietää")
near("x04", "Terve! Paljonko museokohteissa kävi väkeä syyskuun 2024 loppuun mennessä?", "Terve!")
near("h01", "Paljonko kaupungin Toimintakykyinen peruskoululainen -hankkeen kokonaisrahoitus oli?", "kaupungin")
near("q06", "Nopea kysymys: paljonko virikkeelliselle elämälle oli budjetoitu toimintakuluja vuodelle 2025?", "Nopea kysymys:")
near("s06", "Hyvää huomenta. Mikä oli varhaiskasvatuksen henkilöstökulujen toteumaprosentti syyskuun 2024 loppuun mennessä?",
     "Hyvää huomenta.")
near("k10", "Jos saan kysyä, virikkeellisen elämän investointien toteumaprosenti 1-9/2022", "Jos saan kysyä,")
near("f12", "Mikä oli Heinolan kaupungin varhaiskasvatuksen toimintakate tilinpäätöksessä 2024?", "Heinolan kaupungin")
near("x10", "paivakotien kayttoaste helmikuussa 2025 :)", ":)")
near("c2", "Kysyisin vielä: paljonko palvelualuejohtajan vastuualueen ja opetuksen ja koulutuksen toimintakulut olivat yhteensä 2025?",
     "Kysyisin vielä:")
near("q13", "Ole hyvä ja kerro, paljonko hyvinvoinnin edistämisen lautakunnan myyntituotoista oli vielä jäljellä maaliskuun 2025 lopussa?",
     "Ole hyvä ja kerro,")
near("x09", "Anteeksi häiriö, mutta mikä oli asiakasneuvottelujen osuus opiskeluhuollon asiakastapahtumista kolmannella vuosineljänneksellä 2022?",
     "Anteeksi häiriö, mutta")
near("f16", "Tarvitsisin tiedon: paljonko hyvinvointipalveluiden irtaimen omaisuuden investointimenot olivat vuonna 2024?",
     "Tarvitsisin tiedon:")
near("i06", "Kuinka paljon ulkopuolista rahoitusta Heinolan varhaiskasvatus sai vuonna 2025?", "Heinolan")
near("k14", "Opetus- ja koulutuspalvelujen palvelujen ostot 1-9/2022, kiitos paljon", "kiitos paljon")
near("h03", "Morjens! Mikä oli Liikkeellä lukemaan -hankkeen menojen toteuma 31.3.2025?", "Morjens!")


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
