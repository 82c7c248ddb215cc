#!/usr/bin/env python3
"""Hand-written source of the third blind set: writes plain.jsonl and traps.jsonl next to this file.

Every item was written from the four reports in /work/shared/reports/ alone (no engine code, tests or
earlier question sets were read). `python3 bench/blind3/verify.py` checks every value against its line.

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
sys.path.insert(0, str(HERE))
from verify import parse_number  # noqa: E402  (the verifier's parser: one definition)
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
# financial: TP 2025 (tab-separated; columns TP 2024 | TA 2025 | Toteuma 2025 | Poikkeama | Toteuma %)
HVP = "Hyvinvointipalvelut (palvelualue from 2025), TP 2025 report"
KOL = "Kasvatus- ja opetuslautakunta, TP 2025 report"
FY = ["full-year", "2025"]
fin("hvp_myynti24", "Paljonko hyvinvointipalveluiden myyntituotot olivat tilinpäätöksessä 2024?", T, 26, 1,
    f"{HVP}: Myyntituotot, column 'Tilinpäätös 2024' (technically merged comparison figure)",
    ["myyntituotot", "actual", "2024", "full-sentence", "multi-report"], also=[A(Q, 16, "1 031 446", 1031446)])
fin("hvp_maksu", "Kuinka paljon maksutuottoja hyvinvointipalvelut keräsi vuonna 2025", T, 27, 3,
    f"{HVP}: Maksutuotot, Toteuma 2025", ["maksutuotot", "actual"] + FY + ["full-sentence"])
fin("hvp_rank_tuotto", "mikä hyvinvointipalvelujen tuottoerä ylitti budjettinsa suhteellisesti eniten 2025?", T, 29, 5,
    f"{HVP}: ranking of income rows by Toteuma %: Muut toimintatuotot 187,62 % (myynti 145,10, tuet 120,02, maksu 103,62)",
    ["ranking", "realization-pct"] + FY + ["lowercase"])
fin("hvp_ostot_poik", "Paljonko palvelujen ostoissa jäätiin alle talousarvion hyvinvointipalveluissa v. 2025?", T, 33, 4,
    f"{HVP}: Palvelujen ostot, Poikkeama (printed '- 823 747': costs below budget)",
    ["palvelujen-ostot", "deviation"] + FY + ["full-sentence"])
fin("hvp_aineet_ta", "aineiden, tarvikkeiden ja tavaroiden TA 2025 hyvinvointipalveluissa", T, 34, 2,
    f"{HVP}: Aineet, tarvikkeet ja tavarat, Talousarvio 2025 (the same in 1-3/2025 'TA 2025 +muutos')",
    ["aineet", "budget", "2025", "keyword", "abbrev:TA", "multi-report"], also=[A(Q, 24, "- 776 800", -776800)])
fin("hvp_avust", "Hyvinvointipalvelujen maksamat avustukset 2025 yhteensä?", T, 35, 3,
    f"{HVP}: Avustukset (expense row), Toteuma 2025", ["avustukset", "actual"] + FY + ["keyword"])
fin("hvp_rank_kulu", "Mikä hyvinvointipalveluiden kulurivi ylitti talousarvion eniten vuonna 2025?", T, 36, 4,
    f"{HVP}: ranking of cost rows over budget: Muut toimintakulut, Poikkeama 49 857 (Toteuma % 100,75; "
    "Avustukset only 6 304 / 100,17 %). Either the euro or the % figure of the row is accepted",
    ["ranking", "deviation"] + FY + ["full-sentence"], extra=[A(T, 36, "100,75", 100.75)])
fin("hvp_rahoitus", "rahoitustuotot ja -kulut hyvinvointipalvelut TP 2025", T, 39, 3,
    f"{HVP}: Rahoitustuotot ja -kulut, Toteuma 2025 (49 €)", ["rahoitus", "actual"] + FY + ["keyword", "abbrev:TP"])
fin("hvp_vk_poik", "Kuinka paljon hyvinvointipalvelujen vuosikate poikkesi budjetista 2025?", T, 40, 4,
    f"{HVP}: Vuosikate, Poikkeama", ["vuosikate", "deviation"] + FY + ["full-sentence"])
fin("hvp_poistot24", "Hyvinvointipalveluiden poistot ja arvonalentumiset vuonna 2024", T, 41, 1,
    f"{HVP}: Poistot ja arvonalentumiset, Tilinpäätös 2024", ["poistot", "actual", "2024", "keyword", "multi-report"],
    also=[A(Q, 31, "- 540 223", -540223)])
fin("hvp_tt_ta", "Mikä oli hyvinvointipalveluiden tilikauden tuloksen talousarvio vuodelle 2025?", T, 42, 2,
    f"{HVP}: Tilikauden tulos, Talousarvio 2025. Printed differently in the two 2025 reports: TP 2025 "
    "-38 381 000, 1-3/2025 'TA 2025 +muutos' -38 011 000; both accepted",
    ["tilikauden-tulos", "budget", "2025", "full-sentence", "multi-report"], extra=[A(Q, 32, "-38 011 000", -38011000)])
fin("hvp_inv24", "Paljonko hyvinvointipalvelujen irtaimen omaisuuden investointimenot olivat 2024?", T, 49, 1,
    f"{HVP}: INVESTOINNIT irtain omaisuus, Menot, TP2024", ["investoinnit", "actual", "2024", "full-sentence",
    "multi-report"], arith=False, also=[A(Q, 42, "-36 225", -36225)])
fin("hvp_avust_ta", "hyvinvointipalvelujen avustusten talousarvio 2025", T, 35, 2,
    f"{HVP}: Avustukset, Talousarvio 2025. TP 2025 prints -3 635 300, 1-3/2025 'TA 2025 +muutos' -3 265 300; both accepted",
    ["avustukset", "budget", "2025", "keyword", "lowercase", "multi-report"], extra=[A(Q, 25, "-3 265 300", -3265300)])

fin("kol_myynti_pct", "kasvatus- ja opetuslautakunnan myyntituottojen toteutumisprosentti 2025", T, 186, 5,
    f"{KOL}: Myyntituotot, Toteuma %", ["myyntituotot", "realization-pct"] + FY + ["keyword", "lowercase"])
fin("kol_maksu_ta", "Paljonko kasvatus- ja opetuslautakunnalle oli budjetoitu maksutuottoja vuodelle 2025?", T, 187, 2,
    f"{KOL}: Maksutuotot, Talousarvio 2025", ["maksutuotot", "budget", "2025", "full-sentence"])
fin("kol_tuet_poik", "KOLTK:n tuet ja avustukset, poikkeama talousarviosta 2025", T, 188, 4,
    f"{KOL}: Tuet ja avustukset, Poikkeama (896: income 896 € below budget)", ["tuet", "deviation"] + FY +
    ["keyword", "abbrev:ltk"])
fin("kol_henk24", "Mitkä olivat kasvatus- ja opetuslautakunnan henkilöstökulut vuonna 2024?", T, 192, 1,
    f"{KOL}: Henkilöstökulut, Tilinpäätös 2024 (technically merged)", ["henkilostokulut", "actual", "2024",
    "full-sentence"])
fin("kol_ostot", "kasvatus ja opetuslautakunta palvelujen ostot toteuma 2025", T, 193, 3,
    f"{KOL}: Palvelujen ostot, Toteuma 2025", ["palvelujen-ostot", "actual"] + FY + ["keyword"])
fin("kol_avust_pct", "Kuinka monta prosenttia kasvatus- ja opetuslautakunnan avustusmäärärahasta käytettiin 2025?",
    T, 195, 5, f"{KOL}: Avustukset (expense), Toteuma %", ["avustukset", "realization-pct"] + FY + ["full-sentence"])
fin("kol_muut_poik", "Paljonko kasvatus- ja opetuslautakunnan muut toimintakulut ylittivät talousarvion 2025?",
    T, 196, 4, f"{KOL}: Muut toimintakulut, Poikkeama (38 523: costs above budget)", ["muut-kulut", "deviation"] + FY
    + ["full-sentence"])
fin("kol_vk", "kasvatus- ja opetuslautakunnan vuosikate vuonna 2025", T, 200, 3,
    f"{KOL}: Vuosikate, Toteuma 2025", ["vuosikate", "actual"] + FY + ["keyword"])
fin("kol_poistot_ta", "Kasvatus- ja opetuslautakunnan poistojen budjetti 2025?", T, 201, 2,
    f"{KOL}: Poistot ja arvonalentumiset, Talousarvio 2025", ["poistot", "budget", "2025", "abbrev:budjetti"])
fin("kol_tt", "Mikä oli kasvatus- ja opetuslautakunnan tilikauden tulos 2025?", T, 202, 3,
    f"{KOL}: Tilikauden tulos, Toteuma 2025", ["tilikauden-tulos", "actual"] + FY + ["full-sentence"])
fin("kol_kulut_ta", "kasvatus- ja opetuslautakunnan toimintakulujen talousarvio vuodelle 2025", T, 179, 2,
    f"{KOL}: Toimintakulut, Talousarvio 2025 (also in the detail table)", ["toimintakulut", "budget", "2025"],
    also=[A(T, 197, "-27 795 800", -27795800)])

PAJ = "Palvelualuejohtajan vastuualue (Hyvinvointipalvelut), TP 2025 report"
fin("paj_tuotot24", "Palvelualuejohtajan vastuualueen toimintatuotot tilinpäätöksessä 2024", T, 306, 1,
    f"{PAJ}: Toimintatuotot, Tilinpäätös 2024 (nothing budgeted for 2025)", ["toimintatuotot", "actual", "2024",
    "keyword"])
fin("paj_kulut", "Paljonko palvelualuejohtajan vastuualueen toimintakulut olivat vuonna 2025?", T, 307, 3,
    f"{PAJ}: Toimintakulut, Toteuma 2025", ["toimintakulut", "actual"] + FY + ["full-sentence"])
fin("paj_pct", "palvelualuejohtajan vastuualue toimintakatteen toteuma % 2025", T, 308, 5,
    f"{PAJ}: Toimintakate, Toteuma % (text: 95,1 %)", ["toimintakate", "realization-pct"] + FY + ["keyword"])

OPK = "Opetus ja koulutus (vastuualue from 2025), TP 2025 report"
fin("opk_tuotot", "Opetuksen ja koulutuksen toimintatuotot vuonna 2025?", T, 324, 3,
    f"{OPK}: Toimintatuotot, Toteuma 2025", ["toimintatuotot", "actual"] + FY + ["full-sentence"])
fin("opk_kulut_poik", "opkou toimintakulut poikkeama 2025", T, 325, 4,
    f"{OPK}: Toimintakulut, Poikkeama", ["toimintakulut", "deviation"] + FY + ["keyword", "abbrev:opkou"])
fin("opk_kate24", "Mikä oli opetuksen ja koulutuksen toimintakate vuonna 2024?", T, 326, 1,
    f"{OPK}: Toimintakate, Tilinpäätös 2024 (technically merged comparison figure)", ["toimintakate", "actual",
    "2024", "full-sentence"])
fin("opk_tuotot_pct", "Montako prosenttia opetus ja koulutus -vastuualueen tuotot ylittivät arvion 2025 (toteuma-%)?",
    T, 324, 5, f"{OPK}: Toimintatuotot, Toteuma % 126,83", ["toimintatuotot", "realization-pct"] + FY)
fin("rank_vastuu", "Mikä vastuualue alitti talousarvionsa eniten vuonna 2025?", T, 326, 4,
    f"{OPK}: ranking of the TP 2025 vastuualueet by toimintakate Poikkeama: Opetus ja koulutus -392 004 "
    "(Varhaiskasvatus -342 891, Palvelualuejohtajan -54 828)", ["ranking", "deviation"] + FY + ["full-sentence"])

VK25 = "Varhaiskasvatus (vastuualue from 2025), TP 2025 report"
fin("vaka_tuotot_ta", "varhaiskasvatuksen toimintatuottojen talousarvio 2025", T, 344, 2,
    f"{VK25}: Toimintatuotot, Talousarvio 2025", ["toimintatuotot", "budget", "2025", "keyword"])
fin("vaka_kulut", "Paljonko vakan toimintakulut olivat 2025?", T, 345, 3,
    f"{VK25}: Toimintakulut, Toteuma 2025", ["toimintakulut", "actual"] + FY + ["abbrev:vaka"])
fin("vaka_kate24", "Varhaiskasvatuksen toimintakate tilinpäätöksessä 2024", T, 346, 1,
    f"{VK25}: Toimintakate, Tilinpäätös 2024 (technically merged; the 1-9/2024 report has only 9 months)",
    ["toimintakate", "actual", "2024", "keyword"])
fin("vaka_kulut_pct", "Kuinka suuri osa varhaiskasvatuksen toimintakulujen budjetista toteutui 2025, prosentteina?",
    T, 345, 5, f"{VK25}: Toimintakulut, Toteuma %", ["toimintakulut", "realization-pct"] + FY + ["full-sentence"])

# changes and comparisons (computed from verified cells)
calc("financial", "vaka_kulut_muutos", "Kuinka paljon varhaiskasvatuksen toimintakulut muuttuivat vuodesta 2024 vuoteen 2025?",
     "-", [TC(T, 345, 3, "Toteuma 2025"), TC(T, 345, 1, "Tilinpäätös 2024")],
     f"{VK25}: Toimintakulut Toteuma 2025 - Tilinpäätös 2024 = 331 566 (costs fell); either sign accepted",
     ["change", "actual", "2025", "2024", "full-sentence"], either_sign=True)
calc("financial", "heltk_ta_kasvu", "Paljonko hyvinvoinnin edistämisen lautakunnan toimintakulujen TA 2025 oli suurempi kuin TP 2024?",
     "-", [C(Q, 970, "-12 181 900", what="TA 2025 +muutos"), C(Q, 970, "-9 716 519", what="TP 2024")],
     "Hyvinvoinnin edistämisen lautakunta, 1-3/2025: Toimintakulut TA 2025 +muutos - TP 2024 = -2 465 381; either sign",
     ["change", "budget", "2025", "2024", "abbrev:TA", "abbrev:TP"], either_sign=True)
calc("financial", "tmiala_myynti_kasvu", "Kuinka paljon hyvinvointitoimialan myyntituotot kasvoivat syyskuun loppuun 2024 verrattuna samaan aikaan 2023?",
     "-", [TC(S, 113, 4, "TOT 2024 9 kk"), TC(S, 113, 2, "TOT 2023 9 kk")],
     "Hyvinvointilautakunnan toimiala, 1-9/2024: Myyntituotot TOT 2024 9 kk - TOT 2023 9 kk = 158 694",
     ["change", "interim-9kk", "2024", "2023", "full-sentence"])
calc("financial", "kol_vs_hvp_henk", "Kuinka suuri osa hyvinvointipalvelujen henkilöstökuluista 2025 ei kuulunut kasvatus- ja opetuslautakunnalle (euroina)?",
     "-", [TC(T, 32, 3, "Hyvinvointipalvelut henkilöstökulut 2025"), TC(T, 192, 3, "KOLTK henkilöstökulut 2025")],
     "Hyvinvointipalvelut Henkilöstökulut 2025 - Kasvatus- ja opetuslautakunta Henkilöstökulut 2025 = -3 107 074; either sign",
     ["comparison", "actual", "2025"], either_sign=True)

# ----------------------------------------------------------------------------------------------------
# financial: 1-3/2025 (PDF text; TP 2024 | TOT 2024 3 kk | TA 2025 +muutos | TOT 2025 3 kk | Jäljellä | TOT-25 %)
QH = "Hyvinvointipalvelut, 1-3/2025 report"
Q1 = ["interim-3kk", "2025"]
R = {  # rows as printed
    16: ["1 031 446", "161 145", "710 600", "210 488", "500 112", "29,62"],
    17: ["824 259", "243 740", "843 000", "273 340", "569 660", "32,42"],
    18: ["1 287 206", "350 684", "701 900", "194 740", "507 160", "27,74"],
    22: ["-20 834 182", "-4 971 093", "-21 030 400", "-4 875 072", "-16 155 328", "23,18"],
    23: ["-5 693 141", "-1 388 137", "-8 299 100", "-1 945 817", "-6 353 283", "23,45"],
    27: ["-36 537 180", "-8 569 157", "-39 977 700", "-9 168 816", "-30 808 884", "22,93"],
    28: ["-33 250 687", "-7 778 816", "-37 637 400", "-8 443 221", "-29 194 179", "22,43"],
    29: ["-1 507", "- 683", "0", "-6", "6", "0,00"],
    31: ["- 540 223", "- 153 910", "- 373 600", "-95 678", "- 277 922", "25,61"],
    32: ["-33 792 417", "-7 933 409", "-38 011 000", "-8 538 905", "-29 472 095", "22,46"],
    959: ["429 064", "73 407", "309 600", "92 529", "217 071", "29,89"],
    961: ["863 905", "197 466", "395 000", "115 428", "279 572", "29,22"],
    963: ["1 779 933", "406 773", "1 159 600", "358 628", "800 972", "30,93"],
    965: ["-3 664 734", "- 948 346", "-3 107 600", "- 655 693", "-2 451 907", "21,10"],
    966: ["-1 377 231", "- 325 304", "-3 676 900", "- 844 653", "-2 832 247", "22,97"],
    968: ["-2 055 824", "- 359 869", "-2 694 800", "- 427 539", "-2 267 261", "15,87"],
    971: ["-7 936 586", "-1 881 874", "-11 022 300", "-2 238 797", "-8 783 503", "20,31"],
    974: ["- 145 769", "-37 902", "- 103 200", "-25 841", "-77 359", "25,04"],
    1592: ["805 844", "183 779", "663 800", "198 912", "464 888", "29,97"],
    1593: ["-5 470 523", "-1 239 804", "-5 260 900", "-1 288 943", "-3 971 957", "24,50"],
    1594: ["-4 664 679", "-1 056 025", "-4 597 100", "-1 090 030", "-3 507 070", "23,71"],
    1610: ["974 089", "222 993", "495 800", "159 716", "336 084", "32,21"],
    1611: ["-4 245 996", "-1 048 843", "-6 921 000", "-1 308 483", "-5 612 517", "18,91"],
    1612: ["-3 271 907", "- 825 849", "-6 425 200", "-1 148 767", "-5 276 433", "17,88"],
}


def q(key, qq, line, col, what, tags, **kw):
    fin(key, qq, Q, line, col, what, tags, row=R[line], **kw)


q("q_myynti", "hyvinvointipalvelujen myyntituotot tammi-maaliskuussa 2025", 16, 4,
  f"{QH}: Myyntituotot, TOT 2025 3 kk", ["myyntituotot", "actual"] + Q1 + ["keyword", "lowercase"])
q("q_maksu24", "Paljonko hyvinvointipalveluiden maksutuotot olivat vuoden 2024 kolmena ensimmäisenä kuukautena?", 17, 2,
  f"{QH}: Maksutuotot, comparison column TOT 2024 3 kk", ["maksutuotot", "actual", "interim-3kk", "2024", "full-sentence"])
q("q_tuet_jalj", "Kuinka paljon hyvinvointipalveluiden tukien ja avustusten tuloarviosta oli vielä jäljellä 31.3.2025?", 18, 5,
  f"{QH}: Tuet ja avustukset, Jäljellä", ["tuet", "remaining"] + Q1 + ["full-sentence"])
q("q_henk", "Hyvinvointipalvelut henkilöstökulut Q1 2025", 22, 4,
  f"{QH}: Henkilöstökulut, TOT 2025 3 kk", ["henkilostokulut", "actual"] + Q1 + ["keyword", "abbrev:Q1"])
q("q_ostot_pct", "mikä oli palvelujen ostojen toteumaprosentti maaliskuun lopussa 2025 hyvinvointipalveluissa?", 23, 6,
  f"{QH}: Palvelujen ostot, TOT-25 %", ["palvelujen-ostot", "realization-pct"] + Q1 + ["lowercase"])
q("q_kulut_jalj", "Paljonko hyvinvointipalveluiden toimintakuluista oli jäljellä ensimmäisen vuosineljänneksen jälkeen 2025?", 27, 5,
  f"{QH}: Toimintakulut, Jäljellä", ["toimintakulut", "remaining"] + Q1 + ["full-sentence"])
q("q_kate24", "hyvinvointipalvelujen toimintakate 1-3/2024 vertailutietona", 28, 2,
  f"{QH}: Toimintakate, comparison column TOT 2024 3 kk (technically merged)", ["toimintakate", "actual",
  "interim-3kk", "2024", "keyword"])
q("q_rahoitus", "Hyvinvointipalvelujen rahoitustuotot ja -kulut tammi–maaliskuu 2025", 29, 4,
  f"{QH}: Rahoitustuotot ja -kulut, TOT 2025 3 kk (-6 €)", ["rahoitus", "actual"] + Q1 + ["keyword"])
q("q_poistot", "Paljonko poistoja hyvinvointipalveluille kirjattiin 3 ensimmäisen kuukauden aikana 2025?", 31, 4,
  f"{QH}: Poistot ja arvonalentumiset, TOT 2025 3 kk", ["poistot", "actual"] + Q1 + ["full-sentence"])
q("q_tt_pct", "hyvinvointipalvelut tilikauden tulos tot-% 3kk 2025", 32, 6,
  f"{QH}: Tilikauden tulos, TOT-25 %", ["tilikauden-tulos", "realization-pct"] + Q1 + ["keyword", "abbrev:TOT"])

HE = "Hyvinvoinnin edistämisen lautakunta, 1-3/2025 report"
q("he_myynti", "Hyvinvoinnin edistämisen lautakunnan myyntituotot 31.3.2025 mennessä", 959, 4,
  f"{HE}: Myyntituotot, TOT 2025 3 kk", ["myyntituotot", "actual"] + Q1)
q("he_tuet24", "Mitkä olivat hyvinvoinnin edistämisen lautakunnan tuet ja avustukset tilinpäätöksessä 2024?", 961, 1,
  f"{HE}: Tuet ja avustukset, TP 2024 (technically merged)", ["tuet", "actual", "2024", "full-sentence"])
q("he_henk_ta", "hyvinvoinnin edistämisen ltk henkilöstökulujen talousarvio 2025", 965, 3,
  f"{HE}: Henkilöstökulut, TA 2025 +muutos", ["henkilostokulut", "budget", "2025", "keyword", "abbrev:ltk"])
q("he_ostot_jalj", "Paljonko hyvinvoinnin edistämisen lautakunnalla oli palvelujen ostoihin rahaa jäljellä maaliskuun lopussa 2025?", 966, 5,
  f"{HE}: Palvelujen ostot, Jäljellä", ["palvelujen-ostot", "remaining"] + Q1 + ["full-sentence"])
q("he_avust_pct", "hyvinvoinnin edistämisen lautakunta avustukset toteuma-% Q1/2025", 968, 6,
  f"{HE}: Avustukset (expense), TOT-25 %", ["avustukset", "realization-pct"] + Q1 + ["keyword", "abbrev:Q1"])
q("he_kate", "Mikä oli hyvinvoinnin edistämisen lautakunnan toimintakate kolmen kuukauden kohdalla 2025?", 971, 4,
  f"{HE}: Toimintakate, TOT 2025 3 kk", ["toimintakate", "actual"] + Q1 + ["full-sentence"])
q("he_poistot24", "hyvinvoinnin edistämisen lautakunnan poistot 1-3/2024", 974, 2,
  f"{HE}: Poistot ja arvonalentumiset, TOT 2024 3 kk (comparison)", ["poistot", "actual", "interim-3kk", "2024", "keyword"])
q("he_tuotot_jalj", "Paljonko hyvinvoinnin edistämisen lautakunnan toimintatuottojen arviosta puuttui vielä Q1:n jälkeen?", 963, 5,
  f"{HE}: Toimintatuotot, Jäljellä", ["toimintatuotot", "remaining"] + Q1 + ["abbrev:Q1"])

q("vire_tuotot", "Virikkeellisen elämän toimintatuotot tammi-maaliskuu 2025", 1592, 4,
  "Virikkeellinen elämä, 1-3/2025: Toimintatuotot, TOT 2025 3 kk", ["toimintatuotot", "actual"] + Q1 + ["keyword"])
q("vire_kulut_ta", "Mikä on virikkeellisen elämän toimintakulujen budjetti vuodelle 2025?", 1593, 3,
  "Virikkeellinen elämä, 1-3/2025: Toimintakulut, TA 2025 +muutos", ["toimintakulut", "budget", "2025", "abbrev:budjetti"])
q("vire_kate_pct", "vire toimintakate toteumaprosentti 1-3/2025", 1594, 6,
  "Virikkeellinen elämä, 1-3/2025: Toimintakate, TOT-25 %", ["toimintakate", "realization-pct"] + Q1 +
  ["keyword", "abbrev:vire"])
q("hyty_kulut", "Hyvinvoinnin ja työllisyyden edistämisen toimintakulut ensimmäisellä neljänneksellä 2025", 1611, 4,
  "Hyvinvoinnin ja työllisyyden edistäminen, 1-3/2025: Toimintakulut, TOT 2025 3 kk", ["toimintakulut", "actual"] + Q1)
q("hyty_jalj", "HYTY:n toimintakatteesta jäljellä 31.3.2025", 1612, 5,
  "Hyvinvoinnin ja työllisyyden edistäminen, 1-3/2025: Toimintakate, Jäljellä", ["toimintakate", "remaining"] + Q1
  + ["keyword", "abbrev:hyty"])
q("hyty_tuotot24", "Kuinka paljon hyvinvoinnin ja työllisyyden edistäminen sai toimintatuottoja vuonna 2024?", 1610, 1,
  "Hyvinvoinnin ja työllisyyden edistäminen, 1-3/2025: Toimintatuotot, TP 2024 (technically merged)",
  ["toimintatuotot", "actual", "2024", "full-sentence"])

# ----------------------------------------------------------------------------------------------------
# financial: 1-9/2024 (tab-separated; TP 2023 | TOT 2023 9 kk | TA 2024 +muutos | TOT 2024 9 kk | Jäljellä | TOT-24 %)
TM = "Hyvinvointilautakunnan toimiala, 1-9/2024 report"
S9 = ["interim-9kk", "2024"]
fin("s_tulot23", "Paljonko hyvinvointitoimialan tulot olivat syyskuun loppuun mennessä vuonna 2023?", S, 104, 2,
    f"{TM}: TULOT, TOT 2023 9 kk (comparison column; = Toimintatuotot)", ["toimintatuotot", "actual",
    "interim-9kk", "2023", "full-sentence"], also=[A(S, 117, "2 073 132", 2073132)])
fin("s_netto_jalj", "hyvinvointitoimiala netto jäljellä 30.9.2024", S, 106, 5,
    f"{TM}: NETTO, Jäljellä (= Toimintakate Jäljellä)", ["toimintakate", "remaining"] + S9 + ["keyword"],
    also=[A(S, 125, "-7 788 162", -7788162)])
fin("s_myynti23tp", "Hyvinvointilautakunnan toimialan myyntituotot tilinpäätöksessä 2023", S, 113, 1,
    f"{TM}: Myyntituotot, TP 2023", ["myyntituotot", "actual", "2023", "keyword", "abbrev:TP"])
fin("s_tuet_pct", "Mikä oli hyvinvointitoimialan tukien ja avustusten toteumaprosentti tammi-syyskuussa 2024?", S, 115, 6,
    f"{TM}: Tuet ja avustukset, TOT-24 %", ["tuet", "realization-pct"] + S9 + ["full-sentence"])
fin("s_muut_jalj", "hyvinvointitoimialan muut toimintatuotot jäljellä syyskuun lopussa 2024", S, 116, 5,
    f"{TM}: Muut toimintatuotot, Jäljellä (-14 029: more than budgeted already)", ["muut-tuotot", "remaining"] + S9)
fin("s_henk_ta", "Paljonko hyvinvointitoimialan henkilöstökuluihin oli varattu vuoden 2024 talousarviossa muutoksineen?", S, 119, 3,
    f"{TM}: Henkilöstökulut, TA 2024 +muutos", ["henkilostokulut", "budget", "2024", "full-sentence"])
fin("s_aineet23", "aineet tarvikkeet ja tavarat TP 2023 hyvinvointitoimiala", S, 121, 1,
    f"{TM}: Aineet, tarvikkeet ja tavarat, TP 2023", ["aineet", "actual", "2023", "keyword", "abbrev:TP"])
fin("s_avust", "Kuinka paljon hyvinvointitoimiala maksoi avustuksia 1-9/2024?", S, 122, 4,
    f"{TM}: Avustukset (expense), TOT 2024 9 kk", ["avustukset", "actual"] + S9)
fin("s_muutkulut_pct", "hyvinvointitoimialan muiden toimintakulujen toteuma-% 9 kk 2024", S, 123, 6,
    f"{TM}: Muut toimintakulut, TOT-24 %", ["muut-kulut", "realization-pct"] + S9 + ["keyword"])
fin("s_vk", "Mikä oli hyvinvointilautakunnan toimialan vuosikate 30.9.2024?", S, 127, 4,
    f"{TM}: Vuosikate, TOT 2024 9 kk", ["vuosikate", "actual"] + S9 + ["full-sentence"])
fin("s_poistot_jalj", "hyvinvointitoimiala poistot jäljellä 2024 9kk", S, 128, 5,
    f"{TM}: Poistot ja arvonalentumiset, Jäljellä", ["poistot", "remaining"] + S9 + ["keyword"])
VS = "Varhaiskasvatuksen palvelualue, 1-9/2024 report"
fin("sv_myynti", "Paljonko varhaiskasvatuksen palvelualue sai myyntituottoja tammi-syyskuussa 2024, vaikka niitä ei ollut budjetoitu?",
    S, 146, 4, f"{VS}: Myyntituotot, TOT 2024 9 kk (TA 0)", ["myyntituotot", "actual"] + S9 + ["full-sentence"])
fin("sv_tuet_ta", "vakan tuet ja avustukset talousarvio 2024", S, 148, 3,
    f"{VS}: Tuet ja avustukset, TA 2024 +muutos", ["tuet", "budget", "2024", "keyword", "abbrev:vaka"])
fin("sv_henk", "Varhaiskasvatuksen henkilöstökulut 9 kk 2024", S, 152, 4,
    f"{VS}: Henkilöstökulut, TOT 2024 9 kk", ["henkilostokulut", "actual"] + S9 + ["keyword"])
fin("sv_avust_pct", "Kuinka monta prosenttia varhaiskasvatuksen avustuksista oli käytetty syyskuun loppuun 2024?", S, 155, 6,
    f"{VS}: Avustukset (expense), TOT-24 %", ["avustukset", "realization-pct"] + S9 + ["full-sentence"])
fin("sv_kate23", "varhaiskasvatuksen palvelualueen toimintakate vuonna 2023", S, 158, 1,
    f"{VS}: Toimintakate, TP 2023", ["toimintakate", "actual", "2023", "keyword"])
fin("sv_tt_jalj", "Varhaiskasvatuksen tilikauden tuloksesta jäljellä 30.9.2024", S, 162, 5,
    f"{VS}: Tilikauden tulos, Jäljellä", ["tilikauden-tulos", "remaining"] + S9)
VE = "Virikkeellinen elämä -palvelualue, 1-9/2024 report (table header misspelt 'Virkkeellinen')"
fin("se_maksu", "Virikkeellisen elämän maksutuotot tammi–syyskuu 2024", S, 173, 4,
    f"{VE}: Maksutuotot, TOT 2024 9 kk", ["maksutuotot", "actual"] + S9 + ["keyword"])
fin("se_tuet23", "Paljonko virikkeellinen elämä sai tukia ja avustuksia vuonna 2023?", S, 174, 1,
    f"{VE}: Tuet ja avustukset, TP 2023 (the TP 2025 tunnusluvut print 'vire: 250 388' as ulkopuolinen rahoitus 2023 too)",
    ["tuet", "actual", "2023", "full-sentence", "multi-report"], also=[A(T, 163, "vire: 250 388", 250388)])
fin("se_ostot_ta", "virikkeellisen elämän palvelujen ostojen TA 2024", S, 180, 3,
    f"{VE}: Palvelujen ostot, TA 2024 +muutos", ["palvelujen-ostot", "budget", "2024", "keyword", "abbrev:TA"])
fin("se_muut", "virikeelisen elämän muut toimintakulut 30.9.2024", S, 183, 4,
    f"{VE}: Muut toimintakulut, TOT 2024 9 kk", ["muut-kulut", "actual"] + S9 + ["typo"])
fin("se_kate_pct", "Mikä oli virikkeellisen elämän toimintakatteen toteumaprosentti syyskuun lopussa 2024?", S, 185, 6,
    f"{VE}: Toimintakate, TOT-24 %", ["toimintakate", "realization-pct"] + S9 + ["full-sentence"])
fin("se_tt", "virikkeellinen elämä tilikauden tulos 1-9/2024", S, 189, 4,
    f"{VE}: Tilikauden tulos, TOT 2024 9 kk", ["tilikauden-tulos", "actual"] + S9 + ["keyword"])
fin("s_inv", "Paljonko hyvinvoinnin irtaimen omaisuuden investointeja oli toteutunut 1-9/2024?", S, 204, 3,
    "HYVINVOINTI irtain omaisuus, 1-9/2024: Menot, 'Toteuma 1-9' (the printed Poikkeama -270 000 does not "
    "equal TA - toteuma, so no arithmetic check)", ["investoinnit", "actual"] + S9, arith=False)
calc("financial", "s_myynti_ero", "Paljonko enemmän myyntituottoja varhaiskasvatus kerrytti kuin virikkeellinen elämä tammi-syyskuussa 2024?",
     "-", [TC(S, 146, 4, "Varhaiskasvatus myyntituotot TOT 2024 9 kk"), TC(S, 172, 4, "Virikkeellinen elämä myyntituotot TOT 2024 9 kk")],
     "1-9/2024: Varhaiskasvatus 65 832 - Virikkeellinen elämä 20 646 = 45 186",
     ["comparison", "actual"] + S9 + ["full-sentence"])

# ----------------------------------------------------------------------------------------------------
# financial: 1-9/2022 (PDF text; TP 2021 1000e | TOT 2021 9 kk/1000e | TA 2022 +muutos | TOT 2022 9 kk | Jäljellä
# | TOT-22 % | TP Ennuste). Percentages are printed with one real decimal (77,03 -> 77,00).
KT = "Hyvinvointilautakunnan toimiala yhteensä, 1-9/2022 report"
K9 = ["interim-9kk", "2022"]
KR = {
    184: ["646", "438", "827 300", "637 314", "189 986", "77,00", "827 300"],
    187: ["53", "30", "90 200", "53 486", "36 714", "59,30", "90 200"],
    188: ["55", "27", "10 600", "34 583", "-23 983", "326,30", "10 600"],
    202: ["-4 943", "-3 643", "-5 358 100", "-3 858 032", "-1 500 068", "72,00", "-5 358 100"],
    206: ["-5 813", "-4 666", "-6 022 500", "-4 521 593", "-1 500 907", "75,10", "-6 022 500"],
    244: ["-407", "0", "-555 000", "-384 333", "-170 667", "69,20", "-555 000"],
    287: ["-676", "-496", "-780 200", "-489 083", "-291 117", "62,70", "-780 200"],
    288: ["-134", "-75", "-110 000", "-104 492", "-5 508", "95,00", "-110 000"],
    291: ["-78", "-71", "-79 000", "-77 665", "-1 335", "98,30", "-79 000"],
    302: ["-819", "-602", "-892 200", "-617 765", "-274 435", "69,20", "-892 200"],
    318: ["490", "343", "696 800", "501 888", "194 912", "72,00", "696 800"],
    321: ["13", "6", "27 200", "16 312", "10 888", "60,00", "27 200"],
    352: ["-83", "-63", "-84 000", "-65 870", "-18 130", "78,40", "-84 000"],
    364: ["-22", "-18", "-6 100", "-15 200", "9 100", "249,20", "-6 100"],
    409: ["-197", "0", "-308 000", "-219 844", "-88 156", "71,40", "-308 000"],
    439: ["90", "60", "75 000", "97 531", "-22 531", "130,00", "75 000"],
    443: ["296", "221", "160 000", "214 362", "-54 362", "134,00", "160 000"],
    476: ["-579", "-451", "-615 000", "-387 815", "-227 185", "63,10", "-615 000"],
    478: ["-884", "-751", "-864 900", "-667 963", "-196 937", "77,20", "-864 900"],
    526: ["-44", "0", "-22 000", "-24 983", "2 983", "113,60", "-22 000"],
    553: ["218", "122", "353 900", "208 035", "145 865", "58,80", "353 900"],
    555: ["37", "22", "60 500", "33 967", "26 533", "56,10", "60 500"],
    580: ["-109", "-103", "-104 400", "-9 462", "-94 938", "9,10", "-104 400"],
    636: ["-166", "0", "-225 000", "-139 506", "-85 494", "62,00", "-225 000"],
    665: ["-29", "-18", "-140 000", "-18 522", "-121 478", "13,20"],
    673: ["-89", "-51", "-140 000", "-18 522", "-121 478", "13,20"],
}
# rows whose numbers are split over lines: (first line, span, row)
KS = {
    "henk": (192, 10, ["-18 710", "-14 014", "-18 300 300", "-13 552 717", "-4 747 583", "74,10", "-18 300 300"]),
    "kate": (220, 10, ["-28 296", "-21 563", "-28 577 700", "-20 814 062", "-7 763 638", "72,80", "-28 577 700"]),
    "opk_kate": (379, 13, ["-16 119", "-12 109", "-15 890 600", "-11 755 011", "-4 135 589", "74,00", "-15 890 600"]),
    "vk_kate": (496, 13, ["-7 479", "-5 753", "-7 762 400", "-5 491 996", "-2 270 404", "70,80", "-7 762 400"]),
    "ve_kate": (608, 13, ["-3 880", "-3 099", "-4 032 500", "-2 949 290", "-1 083 210", "73,10", "-4 032 500"]),
    "he_kate": (302, 1, KR[302]),
}


def k(key, qq, line, col, what, tags, **kw):
    fin(key, qq, K, line, col, what, tags, row=KR[line], **kw)


def ks(key, qq, name, line, col, what, tags, on_line=None, **kw):
    row_line, span, row = KS[name]
    fin(key, qq, K, line, col, what, tags, row=row, row_line=row_line, span=span, on_line=on_line, **kw)


k("k_myynti", "Paljonko hyvinvointitoimialan myyntituotot olivat syyskuun loppuun 2022 mennessä?", 184, 4,
  f"{KT}: Myyntituotot, TOT 2022 9 kk", ["myyntituotot", "actual"] + K9 + ["full-sentence"])
k("k_vuokrat_ta", "hyvinvointilautakunnan toimialan vuokratuottojen talousarvio 2022", 187, 3,
  f"{KT}: Vuokratuotot, TA 2022 +muutos", ["vuokratuotot", "budget", "2022", "keyword"])
k("k_muut_pct", "Mikä oli muiden toimintatuottojen toteumaprosentti hyvinvointitoimialalla 1-9/2022?", 188, 6,
  f"{KT}: Muut toimintatuotot, TOT-22 % (326,30 = 326,3: one real decimal)", ["muut-tuotot", "realization-pct"] + K9)
k("k_ostot_enn", "Hyvinvointitoimialan palvelujen ostojen tilinpäätösennuste 2022", 202, 7,
  f"{KT}: Palvelujen ostot, TP Ennuste", ["palvelujen-ostot", "forecast", "2022", "keyword"])
k("k_vuokrakulut", "Kuinka paljon hyvinvointitoimialan vuokrakulut olivat tammi-syyskuussa 2022?", 206, 4,
  f"{KT}: Vuokrakulut, TOT 2022 9 kk", ["vuokrakulut", "actual"] + K9 + ["full-sentence"])
ks("k_henk21", "hyvinvointitoimialan henkilöstökulut TP 2021", "henk", 192, 1,
   f"{KT}: Henkilöstökulut, TP 2021, printed in thousands of euros", ["henkilostokulut", "actual", "2021", "keyword",
   "thousands", "split-number"], thousands=True)
k("k_poistot_ta", "Paljonko poistoihin oli budjetoitu hyvinvointitoimialalla vuodelle 2022?", 244, 3,
  f"{KT}: Poistot ja arvonalentumiset, TA 2022 +muutos", ["poistot", "budget", "2022", "full-sentence"])
ks("k_kate", "Mikä oli hyvinvointilautakunnan toimialan toimintakate 9 kk 2022?", "kate", 224, 4,
   f"{KT}: TOIMINTAKATE, TOT 2022 9 kk (split over lines: '-20 814' / '062')", ["toimintakate", "actual"] + K9 +
   ["split-number", "full-sentence"], on_line="-20 814")
HT = "Hyvinvoinnin ja terveyden edistämisen palvelualue, 1-9/2022 report"
k("k_hyte_henk", "HYTE-palvelualueen henkilöstökulut tammi-syyskuu 2022", 287, 4,
  f"{HT}: Henkilöstökulut, TOT 2022 9 kk", ["henkilostokulut", "actual"] + K9 + ["keyword", "abbrev:hyte"])
k("k_hyte_ostot_pct", "Kuinka monta prosenttia hyvinvoinnin ja terveyden edistämisen palvelujen ostojen budjetista oli käytetty 30.9.2022?",
  288, 6, f"{HT}: Palvelujen ostot, TOT-22 %", ["palvelujen-ostot", "realization-pct"] + K9 + ["full-sentence"])
k("k_hyte_avust_jalj", "hyte avustukset jäljellä 9kk 2022", 291, 5,
  f"{HT}: Avustukset (expense), Jäljellä", ["avustukset", "remaining"] + K9 + ["keyword", "abbrev:hyte"])
k("k_hyte_kate_ta", "Mikä oli hyvinvoinnin ja terveyden edistämisen palvelualueen toimintakatteen talousarvio 2022?", 302, 3,
  f"{HT}: TOIMINTAKATE, TA 2022 +muutos", ["toimintakate", "budget", "2022", "full-sentence"])
OT = "Opetus ja koulutus (palvelualue), 1-9/2022 report"
k("k_opk_myynti", "opetus- ja koulutuspalveluiden myyntituotot 1-9/2022", 318, 4,
  f"{OT}: Myyntituotot, TOT 2022 9 kk", ["myyntituotot", "actual"] + K9 + ["keyword"])
k("k_opk_vuokrat21", "Paljonko opetus- ja koulutuspalvelut sai vuokratuottoja vuonna 2021?", 321, 1,
  f"{OT}: Vuokratuotot, TP 2021, printed in thousands of euros", ["vuokratuotot", "actual", "2021", "thousands"],
  thousands=True)
k("k_opk_avust_pct", "opetuksen ja koulutuksen avustusten toteuma-% syyskuun 2022 lopussa", 352, 6,
  f"{OT}: Avustukset (expense), TOT-22 %", ["avustukset", "realization-pct"] + K9)
k("k_opk_muut", "Opetus- ja koulutuspalveluiden muut toimintakulut 9 kk 2022 – paljonko ne olivat?", 364, 4,
  f"{OT}: Muut toimintakulut, TOT 2022 9 kk (249,2 % of budget)", ["muut-kulut", "actual"] + K9)
k("k_opk_poistot", "opetus ja koulutus poistot ja arvonalentumiset tot 2022", 409, 4,
  f"{OT}: Poistot ja arvonalentumiset, TOT 2022 9 kk", ["poistot", "actual"] + K9 + ["keyword", "lowercase", "abbrev:TOT"])
ks("k_rank22", "Millä palvelualueella toimintakatteen toteumaprosentti oli suurin syyskuun lopussa 2022?", "opk_kate", 388, 6,
   f"{OT}: ranking of the 1-9/2022 palvelualueet by TOIMINTAKATE TOT-22 %: Opetus ja koulutus 74,00 "
   "(Virikkeellinen elämä 73,10, Varhaiskasvatus 70,80, HYTE 69,20)", ["ranking", "realization-pct"] + K9 +
   ["split-number", "full-sentence"])
VT = "Varhaiskasvatus (palvelualue), 1-9/2022 report"
k("k_vk_myynti_pct", "Varhaiskasvatuksen myyntituottojen toteutumaprosentti 1–9/2022", 439, 6,
  f"{VT}: Myyntituotot, TOT-22 %", ["myyntituotot", "realization-pct"] + K9 + ["keyword"])
k("k_vk_tuet", "Kuinka paljon varhaiskasvatus sai tukia ja avustuksia tammi-syyskuussa 2022?", 443, 4,
  f"{VT}: Tuet ja avustukset, TOT 2022 9 kk", ["tuet", "actual"] + K9 + ["full-sentence"])
k("k_vk_avust_jalj", "varhaiskasvatuksen avustuksista jäljellä syyskuun lopussa 2022", 476, 5,
  f"{VT}: Avustukset (expense), Jäljellä", ["avustukset", "remaining"] + K9)
k("k_vk_vuokra_ta", "vaka vuokrakulut TA 2022", 478, 3,
  f"{VT}: Vuokrakulut, TA 2022 +muutos", ["vuokrakulut", "budget", "2022", "keyword", "abbrev:vaka", "abbrev:TA"])
k("k_vk_poistot", "Paljonko varhaiskasvatuksen poistot olivat 9 kk 2022?", 526, 4,
  f"{VT}: Poistot ja arvonalentumiset, TOT 2022 9 kk (113,6 %: above the full-year budget)", ["poistot", "actual"] + K9)
ET = "Virikkeellinen elämä -palvelualue, 1-9/2022 report"
k("k_ve_maksu_ta", "virikkeellisen elämän maksutuottojen talousarvio 2022", 553, 3,
  f"{ET}: Maksutuotot, TA 2022 +muutos", ["maksutuotot", "budget", "2022", "keyword"])
k("k_ve_vuokrat_jalj", "Paljonko virikkeellisen elämän vuokratuottoja oli vielä saamatta syyskuun 2022 lopussa?", 555, 5,
  f"{ET}: Vuokratuotot, Jäljellä", ["vuokratuotot", "remaining"] + K9 + ["full-sentence"])
k("k_ve_avust", "Virikkeellisen elämän avustukset tammi-syyskuu 2022 (maksetut)", 580, 4,
  f"{ET}: Avustukset (expense), TOT 2022 9 kk (9,1 %: the sports grants, ~90 000 €, were still unpaid)",
  ["avustukset", "actual"] + K9)
k("k_ve_poistot_enn", "virikkeellinen elämä poistot ennuste 2022", 636, 7,
  f"{ET}: Poistot ja arvonalentumiset, TP Ennuste", ["poistot", "forecast", "2022", "keyword"])
k("k_ve_inv", "Paljonko virikkeellisen elämän investointimenoja oli toteutunut syyskuun loppuun 2022?", 665, 4,
  f"{ET}: Investoinnit MENOT, TOT 2022 9 kk", ["investoinnit", "actual"] + K9 + ["full-sentence"])
k("k_inv21", "hyvinvointi yhteensä investoinnit menot TP 2021", 673, 1,
  "HYVINVOINTI YHTEENSÄ investoinnit, 1-9/2022 report: MENOT, TP 2021 in thousands of euros",
  ["investoinnit", "actual", "2021", "thousands", "keyword"], thousands=True)

# ----------------------------------------------------------------------------------------------------
# kpi: TP 2025 tunnusluvut (lines 144-164, repeated at 255-275): Toteutuma 2023 | Toteutuma 2024 | Tavoite 2025 |
# Toteutuma 2025; 1-9/2022 tunnusluvut (PDF text): Toteutuma 2020 | Ennuste 2021 | Tavoite 2022
def kpi(key, qq, line, col, what, tags, unit, dup=111):
    cell = " ".join(REPORT_LINES(T)[line - 1].split("\t")[col].split())
    dcell = " ".join(REPORT_LINES(T)[line + dup - 1].split("\t")[col].split())
    val("kpi", key, qq, T, line, cell, f"TP 2025 tunnusluvut: {what}", tags, unit=unit, col=col,
        also=[A(T, line + dup, dcell, _clean(_num(dcell)))])


kpi("k_lapsi25", "Paljonko varhaiskasvatus maksoi lasta kohden vuonna 2025 (€/lapsi)?", 147, 4,
    "€/lapsi (Heinolan kaikki alle kouluikäiset), Toteutuma 2025", ["actual", "2025", "full-sentence"], "EUR/lapsi")
kpi("k_oppilas_tav", "perusopetuksen €/oppilas tavoite 2025", 149, 3,
    "Perusopetus €/oppilas, Tavoite 2025", ["target", "2025", "keyword"], "EUR/oppilas")
kpi("k_musa_as24", "Mikä oli musiikkiopiston kustannus asukasta kohden 2024?", 152, 2,
    "Musiikkiopisto €/asukas, Toteutuma 2024", ["actual", "2024", "full-sentence"], "EUR/asukas")
kpi("k_tunti23", "musiikkiopiston opetustunnin hinta vuonna 2023", 154, 1,
    "Musiikkiopisto €/opetustunti, Toteutuma 2023", ["actual", "2023", "keyword"], "EUR/opetustunti")
kpi("k_perusk25", "Kuinka suuri osuus 9.-luokkalaisista suoritti peruskoulun vuonna 2025?", 155, 4,
    "Peruskoulun suorittaneiden osuus % 9. luokkalaisista, Toteutuma 2025", ["actual", "2025", "full-sentence"], "%")
kpi("k_vire_tav", "Virikkeellisen elämän nettokustannusten tavoite euroa per asukas 2025", 156, 3,
    "Virikkeellinen elämä nettokustannukset €/asukas, Tavoite 2025", ["target", "2025"], "EUR/asukas")
kpi("k_osall25", "Montako osallistujaa virikkeellisen elämän omatoimiseen ja ryhmätoimintaan oli 2025?", 157, 4,
    "Virikkeellisen elämän omatoimiseen ja ryhmätoimintaan osallistuneet, Toteutuma 2025", ["actual", "2025"], "henkilöä")
kpi("k_kaynnit25", "kirjaston fyysiset käynnit keskimäärin asukasta kohti 2025", 158, 4,
    "Kirjaston fyysiset käynnit ka / asukas, Toteutuma 2025", ["actual", "2025", "keyword"], "käyntiä/asukas")
kpi("k_hyte25", "Mikä oli Heinolan HYTE-kerroin vuonna 2025?", 145, 4,
    "HYTE-kerroin €/asukas (Sotkanet), Toteutuma 2025 (printed '21,5 euroa/asukas')", ["actual", "2025"], "EUR/asukas")
kpi("k_ulk_hyte25", "Paljonko hyten ulkopuolinen rahoitus oli 2025?", 160, 4,
    "Ulkopuolinen rahoitus/€, hyte, Toteutuma 2025 ('hyte: 384.100 euroa')", ["actual", "2025", "abbrev:hyte"], "EUR")
kpi("k_ulk_opk24", "opetus- ja koulutuspalveluiden ulkopuolinen rahoitus vuonna 2024", 161, 2,
    "Ulkopuolinen rahoitus/€, opkou, Toteutuma 2024 ('op/kou 256 945')", ["actual", "2024", "keyword"], "EUR")
kpi("k_ulk_vire_tav", "virikkeellisen elämän ulkopuolisen rahoituksen tavoite 2025", 162, 3,
    "Ulkopuolinen rahoitus/€, vire, Tavoite 2025 ('vire: 185.000 €')", ["target", "2025", "keyword"], "EUR")
kpi("k_lukio_opisk24", "Lukiokoulutuksen kustannukset opiskelijaa kohden vuonna 2024?", 151, 2,
    "Lukiokoulutus €/opiskelija, Toteutuma 2024", ["actual", "2024"], "EUR/opiskelija")
series("kpi", "k_lukio_as_sarja", "Miten lukiokoulutuksen euroa per asukas kehittyi vuosina 2023–2025?", T, 150, [1, 2, 4],
       "TP 2025 tunnusluvut: Lukiokoulutus €/asukas, Toteutuma 2023 / 2024 / 2025 (129, 120, 123)",
       ["actual", "2023", "2024", "2025", "full-sentence"], unit="EUR/asukas")
series("kpi", "k_lainaus_sarja", "kirjaston kokonaislainaus per asukas 2023, 2024 ja 2025", T, 159, [1, 2, 4],
       "TP 2025 tunnusluvut: Kirjaston kokonaislainaus ka / asukas, Toteutuma 2023 / 2024 / 2025 (12,79, 11,4, 11,5)",
       ["actual", "2023", "2024", "2025", "keyword"], unit="lainaa/asukas")
calc("kpi", "k_oppilas_muutos", "Kuinka paljon perusopetuksen €/oppilas nousi vuodesta 2024 vuoteen 2025?", "-",
     [TC(T, 149, 4, "€/oppilas 2025"), TC(T, 149, 2, "€/oppilas 2024")],
     "TP 2025 tunnusluvut: Perusopetus €/oppilas, Toteutuma 2025 - Toteutuma 2024 = 564", ["change", "2025", "2024"],
     unit="EUR/oppilas")
calc("kpi", "k_vaka_as_ero", "Paljonko varhaiskasvatuksen €/asukas jäi tavoitteesta vuonna 2025?", "-",
     [TC(T, 146, 4, "Toteutuma 2025"), TC(T, 146, 3, "Tavoite 2025")],
     "TP 2025 tunnusluvut: Varhaiskasvatus €/asukas, Toteutuma 2025 - Tavoite 2025 = -23; either sign",
     ["comparison", "target", "2025"], unit="EUR/asukas", either_sign=True)
KK = "1-9/2022 tunnusluvut"
val("kpi", "kk_vaka_as20", "Varhaiskasvatuksen euroa per asukas vuonna 2020", K, 1350, "375,65e",
    f"{KK}: Varhaiskasvatus €/asukas, Toteutuma 2020", ["actual", "2020", "keyword"], unit="EUR/asukas")
val("kpi", "kk_lukio_opisk21", "Mikä oli lukiokoulutuksen €/opiskelija -ennuste vuodelle 2021?", K, 1388, "9 027,90 €",
    f"{KK}: Lukiokoulutus €/opiskelija, Ennuste 2021", ["forecast", "2021", "full-sentence"], unit="EUR/opiskelija")
val("kpi", "kk_vire_tav22", "virikkeellisen elämän nettokustannukset €/asukas tavoite 2022", K, 1425, "215",
    f"{KK}: Virikkeellinen elämä nettokustannukset €/asukas, Tavoite 2022 (row printed '161 213 215')",
    ["target", "2022", "keyword"], unit="EUR/asukas")
val("kpi", "kk_tunti22", "Musiikkiopiston €/opetustunti tavoite vuodelle 2022?", K, 1415, "64.41 €",
    f"{KK}: Musiikkiopisto €/opetustunti, Tavoite 2022 (printed '64.41 €')", ["target", "2022"], unit="EUR/opetustunti")
val("kpi", "kk_opisk_huolto20", "Opiskeluhuollon kustannus oppilasta tai opiskelijaa kohden 2020", K, 1343, "164,74 €",
    f"{KK}: Opiskeluhuolto €/oppilas/opiskelija, Toteutuma 2020", ["actual", "2020"], unit="EUR/oppilas")

# ----------------------------------------------------------------------------------------------------
# text: numbers in goal / realisation text
def txt(key, qq, file, line, cell, what, tags, unit, also=()):
    val("text", key, qq, file, line, cell, what, tags, unit=unit, also=also)


txt("x_museo24", "Montako kävijää museokohteissa oli syyskuun loppuun mennessä 2024?", S, 234, "15051",
    "1-9/2024, VIRE goal: 'Museokohteissa on vierailut syyskuun loppuun mennessä 15051 kävijää'", ["2024"], "kävijää")
txt("x_bongari", "Perhepuisto Bongarin kävijämäärä 2024", S, 234, "25000",
    "1-9/2024, VIRE goal: 'Perhepuisto BONGARIN kävijämäärä oli 25000'", ["2024", "keyword"], "kävijää")
txt("x_some", "Kuinka monta some-julkaisua opetus- ja koulutuspalvelut teki syyskuussa 2024?", S, 235, "45",
    "1-9/2024, OPKOU goal: '45 julkaisua syyskuun aikana'", ["2024", "full-sentence"], "julkaisua")
txt("x_tunnekoul", "Moniko opetushenkilöstöstä kävi tunne- ja vuorovaikutuskoulutuksen syksyllä 2024?", S, 221, "140",
    "1-9/2024, OPKOU goal: '140 henkilöä ... Tämä on 80 % koko opetushenkilöstöstä'", ["2024"], "henkilöä")
txt("x_digiagentit", "montako digiagenttia alakouluilla toimii", S, 221, "20 henkilöä",
    "1-9/2024, OPKOU goal: 'Digiagentteja toimii alakouluilla yhteensä 20 henkilöä'", ["2024", "lowercase"], "henkilöä")
txt("x_harrastamattomat", "Kuinka moni harrastemallin kyselyyn vastanneista alakoululaisista ei harrasta mitään (2024)?", S, 230,
    "146", "1-9/2024, VIRE goal: '660 alakoulun lasta ja heistä 146 ei harrasta'", ["2024"], "lasta")
txt("x_kayttoaste_syys24", "päiväkotien käyttöaste syyskuussa 2024", S, 245, "79,92",
    "1-9/2024, VAKA goal: 'Käyttöaste oli ... syyskuussa 79,92 %'", ["2024", "keyword"], "%")
txt("x_lyseo", "Paljonko Lyseonmäen koulun investointiin oli käytetty 30.9.2024 mennessä?", S, 211, "9 940",
    "1-9/2024, investment text: 'Lyseonmäen koulu, 50 000 €) on aloitettu, käytetty 9 940 €'", ["2024"], "EUR")
txt("x_hvindeksi", "Mikä oli hyvinvointi-indeksi osavuosikatsauksessa 1-9/2024?", S, 19, "142,3",
    "1-9/2024, toimiala goal: 'Hyvinvointi-indeksi: 142,3'", ["2024"], "indeksi")
txt("x_tapahtumat25", "Paljonko osallistujia vuorovaikutteisiin maksuttomiin tapahtumiin oli vuonna 2025?", T, 126, "9087",
    "TP 2025, VIRE goal: 'näihin tapahtumiin on osallistunut 9087 osallistujaa'", ["2025"], "osallistujaa")
txt("x_aineopisk", "Kuinka monta aineopiskelijaa lukiossa oli vuoden 2025 lopussa?", T, 127, "27 aineopiskelijaa",
    "TP 2025, OPKOU goal: 'Lukiossa oli 193 opiskelijaa ja 27 aineopiskelijaa'", ["2025"], "opiskelijaa",
    also=[A(T, 241, "27 aineopiskelijaa", 27)])
txt("x_tavoitetut", "Montako lasta varhaiskasvatuksen konsultoinneilla tavoitettiin (TP 2025)?", T, 113, "308 lasta",
    "TP 2025, VAKA goal: 'Konsultoinneilla tavoitettiin 308 lasta ja 84 henkilöstön jäsentä'", ["2025"], "lasta",
    also=[A(T, 234, "308 lasta", 308)])
txt("x_kayttoaste_marras", "päiväkotien käyttöaste marraskuussa 2025", T, 128, "78,86",
    "TP 2025, VAKA goal: 'marraskuussa 78,86%'", ["2025", "keyword"], "%", also=[A(T, 242, "78,86", 78.86)])
txt("x_ulkomaalaiset23", "Montako ulkomaan kansalaista Heinolassa asui vuoden 2023 lopussa?", Q, 94, "656",
    "1-3/2025, goal text: 'v. 2023 lopussa Heinolassa on asunut 656 ulkomaan kansalaista eli 3,7 %'", ["2023"], "henkilöä")
txt("x_kerhot_q1", "Montako kertaa varhaiskasvatuksen kerhoja pidettiin ensimmäisellä vuosineljänneksellä 2025?", Q, 292, "128",
    "1-3/2025, VAKA goal: 'Lisäksi kerhoja pidettiin 128 kertaa'", ["2025", "interim-3kk"], "kertaa")
txt("x_aktiv_lasku", "Paljonko aktivointiaste laski vuoden takaisesta (1-3/2025)?", Q, 1204, "3,4",
    "1-3/2025, HYTY goal: 'Aktivointiaste laskenut vuoden takaisesta tilanteesta 3,4 prosenttia'", ["2025"], "%")
txt("x_bongari22", "Perhepuiston kävijämäärä koko toimintakauden 2022 aikana", K, 1316, "13 792",
    "1-9/2022, VIRE goal: 'Kävijämäärä koko toimintakauden aikana oli 13 792'", ["2022", "keyword"], "kävijää")
txt("x_neliot22", "Montako neliötä lasta kohden päiväkodeissa oli käytössä 20.9.2022?", K, 1179, "11,7",
    "1-9/2022, VAKA goal: '20.9.2022 päiväkodeissa oli käytössä keskimäärin 11,7m²/lapsi' (also line 159)", ["2022"],
    "m2/lapsi", also=[A(K, 159, "11,7", 11.7)])
txt("x_asiakasneuv", "asiakasneuvottelujen osuus kaikista asiakastapahtumista kolmannella vuosineljänneksellä 2022", K, 740, "8,3",
    "1-9/2022, opiskeluhuolto goal: 'Asiakasneuvottelujen osuus ... oli 8,3 %'", ["2022", "keyword"], "%")
txt("x_liikuntajarj", "Paljonko liikuntajärjestöjen avustuksia oli vielä jakamatta syksyllä 2022?", K, 269, "90.000",
    "1-9/2022, forecast text: 'Liikuntajärjestöjen avustukset ovat tältä vuodelta vielä jakamatta (n. 90.000 €)'",
    ["2022"], "EUR")
txt("x_harraste_tav", "Mikä oli harrastamattomien alakoululaisten osuuden tavoitetaso vuonna 2024?", S, 232, "18 %",
    "1-9/2024, VIRE goal measure: 'harrastamattomien alakouluikäisten lasten määrä vähenee alle 18 %:iin'",
    ["2024", "target"], "%")

# ----------------------------------------------------------------------------------------------------
# project: hanke tables (TP 2025 and 1-9/2024 tab-separated; 1-3/2025 PDF text)
def prj(key, qq, file, line, cell, what, tags, unit, col=None, also=()):
    val("project", key, qq, file, line, cell, what, tags, unit=unit, col=col, also=also)


prj("p_vaka_tasa25", "Mikä on varhaiskasvatuksen koulutuksellisen tasa-arvon hankkeen kokonaisrahoitus vuosien 2024–2025 rahoituskehyksessä?",
    T, 289, "143 620", "TP 2025 hankkeet: Varhaiskasvatuksen koulutuksellista tasa-arvoa ... (2024–2025 rahoituskehys), "
    "Hankkeen kokonaisrahoitus (the 1-9/2024 row of the same name is the 2023–2024 project, 101250)",
    ["2025", "full-sentence"], "EUR", col=3)
prj("p_perusop_tot", "Esi- ja perusopetuksen oppimisen tuen hankkeen menojen toteuma perusopetuksen osalta TP 2025", T, 290,
    "66 % perusopetus", "TP 2025 hankkeet: Esi- ja perusopetuksen oppimisen tuen, inklusion ... , Menojen toteuma % "
    "('53 % esiopetus, 66 % perusopetus')", ["2025", "keyword"], "%")
prj("p_toimintakyky", "Toimintakykyinen peruskoululainen -hankkeen menojen toteumaprosentti", T, 296, "104 %",
    "TP 2025 hankkeet: Toimintakykyinen peruskoululainen (2024-2025, AVI), Menojen toteuma %", ["2025"], "%", col=5)
prj("p_s2", "Paljonko Suomi toisena kielenä -hankkeen kokonaisrahoitus on?", T, 299, "115 991",
    "TP 2025 hankkeet: Suomi toisena kielenä (OPH), Hankkeen kokonaisrahoitus", ["2025", "full-sentence"], "EUR", col=3)
prj("p_s2_osuus", "suomi toisena kielenä hanke kaupungin rahoitusosuus", T, 299, "vähintään 14 %",
    "TP 2025 hankkeet: Suomi toisena kielenä, Kaupungin rahoitusosuus % ('vähintään 14 %')", ["2025", "keyword",
    "lowercase"], "%", col=4)
prj("p_yhteensa24", "Paljonko hankkeiden kokonaisrahoitus oli yhteensä osavuosikatsauksessa 1-9/2024?", S, 287, "1 320 392 €",
    "1-9/2024 hankkeet: Yhteensä, Hankkeen kokonaisrahoitus", ["2024", "interim-9kk"], "EUR", col=3)
prj("p_korona", "Koronaviruksen aiheuttamien vaikutusten tasoittaminen perusopetuksessa – kokonaisrahoitus?", S, 270, "147388",
    "1-9/2024 hankkeet: Koronaviruksen aiheuttamien vaikutusten tasoittaminen perusopetuksessa (2023–2024, OKM)",
    ["2024"], "EUR", col=3)
prj("p_aktivointi_q1", "Heinolalaisten aktivointi kaupungilla ja kylillä -hankkeen kaupungin rahoitusosuus 1-3/2025 katsauksessa",
    Q, 1501, "50 %", "1-3/2025 hankkeet: Heinolalaisten aktivointi kaupungilla ja kylillä (2024–2025, AVI), Kaupungin "
    "rahoitusosuus % (the 1-9/2024 report prints 20 % for the 2024 project)", ["2025", "interim-3kk"], "%")
prj("p_kirjokerho", "Paljonko Kirjokerho-hankkeen kokonaisrahoitus on?", Q, 1393, "7 778",
    "1-3/2025 hankkeet: Kirjokerho (2025–2026, AVI), Hankkeen kokonaisrahoitus", ["2025", "full-sentence"], "EUR")
prj("p_suojelu", "tilapäisen suojelun lisätuki kokonaisrahoitus", Q, 1525, "30 000",
    "1-3/2025 hankkeet: Tilapäisen suojelun lisätuki (2025–2026, TEM), Hankkeen kokonaisrahoitus", ["2025", "keyword"], "EUR")
prj("p_he_yht", "Hyvinvoinnin edistämisen lautakunnan hankkeiden kokonaisrahoitus yhteensä 31.3.2025", Q, 1581, "428 194 €",
    "1-3/2025 hankkeet (Hyvinvoinnin edistämisen lautakunta): Yhteensä", ["2025", "interim-3kk"], "EUR")
prj("p_tasa2427", "Paljonko rahoitusta on varhaiskasvatuksen, esi- ja perusopetuksen koulutuksellisen tasa-arvon hankkeelle 2024–2027?",
    S, 265, "262500", "1-9/2024 hankkeet: Varhaiskasvatuksen, esi- ja perusopetuksen koulutuksellisen tasa-arvon ja "
    "yhdenvertaisuuden edistäminen (2024–2027, OKM), Hankkeen kokonaisrahoitus", ["2024"], "EUR", col=3)
prj("p_harrastekerhot_q1", "Heinolan harrastekerhot lapsille ja nuorille: menojen toteuma maaliskuun lopussa 2025", Q, 1352, "228 %",
    "1-3/2025 hankkeet: Heinolan harrastekerhot lapsille ja nuorille (2024–2025), Menojen toteuma % (the 1-9/2024 "
    "report has 87,1 %)", ["2025", "interim-3kk"], "%")
prj("p_harrastemalli_tot24", "Heinolan harrastemallin toteuttaminen 2023–2024, menojen toteuma-%", S, 279, "149,3 %",
    "1-9/2024 hankkeet: Heinolan harrastemallin toteuttaminen (2023–2024), Menojen toteuma %", ["2024", "keyword"],
    "%", col=6)

# ----------------------------------------------------------------------------------------------------
# not_found: the reports do not have the figure
# p135 was first written as not_found; corrected after the first look (see README): by the team's convention
# (eval/README.md) a year with no full-year actual accepts the latest interim actual and the budget.
q("n_hyty25", "Mikä oli hyvinvoinnin ja työllisyyden edistämisen toimintakate koko vuonna 2025?", 1612, 4,
  "Hyvinvoinnin ja työllisyyden edistäminen: no full-year 2025 actual is printed (TP 2025 has no HYTY table; it was "
  "merged into the other vastuualueet at the turn of 2025-2026). By the dev-set convention both the latest interim "
  "actual (TOT 2025 3 kk, 1-3/2025) and the budget (TA 2025 +muutos) are accepted",
  ["toimintakate", "actual", "budget", "2025", "full-year", "full-sentence"], extra=[A(Q, 1612, "-6 425 200", -6425200)])
nf("n_vaka_maksu25", "Varhaiskasvatuksen maksutuotot vuonna 2025",
   "TP 2025 prints only the three-row summary (toimintatuotot/-kulut/-kate) for Varhaiskasvatus; 1-3/2025 has no vaka table",
   ["2025", "keyword"])
nf("n_musa_kulut", "Paljonko musiikkiopiston toimintakulut olivat 2025?",
   "No table for the musiikkiopisto; only its €/asukas, €/opiskelija and €/opetustunti indicators are printed",
   ["2025"])
nf("n_oppilas26", "perusopetuksen €/oppilas tavoite 2026",
   "No report has a target for 2026", ["2026", "keyword"])
nf("n_uimahalli", "Paljonko uimahallissa kävi asiakkaita vuonna 2024?",
   "Uimahalli is named among the sports facilities (1-9/2024) but no visitor count is printed", ["2024"])
nf("n_htv", "Montako henkilötyövuotta varhaiskasvatuksessa oli 2025?",
   "No report prints henkilötyövuodet; TP 2025 says only that two persons were reduced", ["2025"])
nf("n_taidemuseo", "Mitä taidemuseon remontti maksoi?",
   "1-9/2024 says only that the taidemuseo renovation starts in 2024; no cost is printed", ["2024"])
nf("n_liikuntajaosto", "Liikuntajaoston menot vuonna 2024",
   "The liikuntajaosto is named (1-9/2024) but it has no table", ["2024", "keyword"])
nf("n_opk_ostot25", "Opetuksen ja koulutuksen palvelujen ostot 2025?",
   "TP 2025 prints only the three-row summary for Opetus ja koulutus", ["2025"])

# ----------------------------------------------------------------------------------------------------
# clarify: the question fits more than one printed figure
cl("c_harrastemalli", "Mikä on Heinolan harrastemallin toteuttaminen -hankkeen kokonaisrahoitus?", ["2023–2024", "2024–2025"],
   "Two projects of this name: 2023–2024 (59997,33) and 2024–2025 (71 429)",
   [C(S, 279, "59997,33", 3, "2023–2024"), C(S, 280, "71429", 3, "2024–2025"), C(Q, 1371, "71 429", what="2024–2025")],
   ["project"])
cl("c_opiskeluhuolto", "yhteisöllisen opiskeluhuollon vahvistaminen ja kehittäminen hankkeen kokonaisrahoitus",
   ["2023–2024", "2024–2025", "jatkohanke"],
   "Two projects: 2023–2024 (50000) and the jatkohanke 2024–2025 (42368,7; TP 2025 prints 42 369)",
   [C(S, 271, "50000", 3, "2023–2024"), C(S, 272, "42368,7", 3, "2024–2025 jatkohanke"), C(T, 297, "42 369", 3)],
   ["project", "keyword"])
cl("c_tuotot_q1", "Toimintatuotot tammi-maaliskuu 2025?",
   ["hyvinvointipalvelut", "hyvinvoinnin edistämisen", "virikkeellinen", "työllisyyden"],
   "No unit: 1-3/2025 prints toimintatuotot for Hyvinvointipalvelut, Hyvinvoinnin edistämisen lautakunta, "
   "Virikkeellinen elämä and Hyvinvoinnin ja työllisyyden edistäminen",
   [C(Q, 20, "725 595"), C(Q, 963, "358 628"), C(Q, 1592, "198 912"), C(Q, 1610, "159 716")], ["interim-3kk", "2025"])
cl("c_henk_9kk", "henkilöstökulut 30.9.2024", ["toimiala", "varhaiskasvatus", "virikkeellinen"],
   "No unit: 1-9/2024 prints henkilöstökulut for the toimiala, Varhaiskasvatus and Virikkeellinen elämä",
   [C(S, 119, "-14 292 729", 4), C(S, 152, "-4 358 765", 4), C(S, 179, "-1 127 878", 4)], ["interim-9kk", "keyword"])
cl("c_esiopetus_vapaat", "Kuinka monta prosenttia esiopetuspaikoista oli vapaana?", ["2024", "2025"],
   "No date: 20.9.2024 6,48 %, 30.3.2025 6,54 %, 20.12.2025 4,76 %",
   [C(S, 245, "6,48"), C(Q, 717, "6,54"), C(T, 128, "4,76")], ["full-sentence"])
cl("c_kaksivuotinen", "Kaksivuotisen esiopetuksen kokeilun kokonaisrahoitus", ["2016", "2017"],
   "Two trials: v. 2016 syntyneet (20000) and v. 2017 syntyneet (26300)",
   [C(S, 261, "20000", 3), C(S, 262, "26300", 3)], ["project", "keyword"])
cl("c_kayttoaste_syys", "Mikä oli päiväkotien käyttöaste syyskuussa?", ["2022", "2024"],
   "No year: syyskuu 2022 73,83 % and syyskuu 2024 79,92 %", [C(K, 156, "73,83"), C(S, 245, "79,92")],
   ["text", "full-sentence"])

# ====================================================================================================
# traps: one word (or phrase) added or changed in a plain question
TRAPS: list[dict] = []
NF = "not_found"


def trap(kind, base, qq, added, why, *, status=NF, alt=()):
    BY_KEY[base]  # the base must exist
    ex = {"status": status, "why": why}
    if alt:
        ex["alt_accept"] = list(alt)
    TRAPS.append({"q": qq, "base_key": base, "added": added, "kind": kind, "origin": "hand", "expect": ex})


def answer_trap(kind, base, qq, added, why, cells=(), *, computed=None):
    """Expect a figure: the base answer (no cells), a shifted cell (first of `cells`; the rest are the same
    row's other accepted columns), or a computed value."""
    b = BY_KEY[base]
    if not cells and computed is None:
        ex = {"status": "answer", "accept": b["expect"]["accept"], "file": b["expect"]["file"],
              "line": b["expect"]["line"], "also": b["expect"].get("also", []), "why": why}
    elif computed is not None:
        ex = {"status": "answer", "accept": [computed["value"]], "file": computed["terms"][0]["file"],
              "line": computed["terms"][0]["line"], "also": [], "computed": True, "formula": computed, "why": why}
    else:
        c0 = cells[0]
        acc = [c["value"] for c in cells]
        ex = {"status": "answer", "accept": sorted(set(acc), key=acc.index), "file": c0["file"], "line": c0["line"],
              "also": list(cells[1:]), "shifted": True, "cell": c0, "why": why}
    TRAPS.append({"q": qq, "base_key": base, "added": added, "kind": kind, "origin": "hand", "expect": ex})


CITY = "Another municipality: the reports are Heinola's only."
trap("city", "hvp_avust", "Lahden hyvinvointipalvelujen maksamat avustukset 2025 yhteensä?", "Lahden", CITY)
trap("city", "kol_tt", "Mikä oli Hollolan kasvatus- ja opetuslautakunnan tilikauden tulos 2025?", "Hollolan",
     CITY + " Hollola is named only as a partner of the kotoutuminen network.")
trap("city", "q_henk", "Hyvinvointipalvelut henkilöstökulut Q1 2025 Kouvolassa", "Kouvolassa", CITY)
trap("city", "s_vk", "Mikä oli Mikkelin hyvinvointilautakunnan toimialan vuosikate 30.9.2024?", "Mikkelin", CITY)
trap("city", "k_vuokrakulut", "Kuinka paljon Orimattilan hyvinvointitoimialan vuokrakulut olivat tammi-syyskuussa 2022?",
     "Orimattilan", CITY + " Orimattila is named only as a partner.")
trap("city", "k_perusk25", "Kuinka suuri osuus Sysmän 9.-luokkalaisista suoritti peruskoulun vuonna 2025?", "Sysmän",
     CITY + " Sysmä is named only as a partner of Ohjaamo and a project.")
trap("city", "x_museo24", "Montako kävijää Lahden museokohteissa oli syyskuun loppuun mennessä 2024?", "Lahden", CITY)
trap("city", "k_lapsi25", "Paljonko varhaiskasvatus maksoi lasta kohden Hartolassa vuonna 2025 (€/lapsi)?", "Hartolassa",
     CITY + " Hartola is named only as a partner of Ohjaamo.")
trap("city", "vire_tuotot", "Virikkeellisen elämän toimintatuotot tammi-maaliskuu 2025 Jyväskylässä", "Jyväskylässä", CITY)
trap("city", "p_s2", "Paljonko Tampereen Suomi toisena kielenä -hankkeen kokonaisrahoitus on?", "Tampereen", CITY)

PER = "The reports have no figure for this period."
trap("period", "q_myynti", "hyvinvointipalvelujen myyntituotot huhti-kesäkuussa 2025", "huhti-kesäkuussa",
     PER + " There is no 4-6/2025 interim report (1-3/2025 and TP 2025 only).")
trap("period", "s_avust", "Kuinka paljon hyvinvointitoimiala maksoi avustuksia 1-6/2024?", "1-6/2024",
     PER + " The 2024 interim report covers 1-9/2024.")
trap("period", "he_kate", "Mikä oli hyvinvoinnin edistämisen lautakunnan toimintakate kuuden kuukauden kohdalla 2025?",
     "kuuden kuukauden", PER + " Only the 3-month figures of 2025 are printed for this lautakunta.")
trap("period", "k_myynti", "Paljonko hyvinvointitoimialan myyntituotot olivat kesäkuun loppuun 2022 mennessä?", "kesäkuun",
     PER + " The 2022 report is 1-9/2022.")
trap("period", "vaka_kulut", "Paljonko vakan toimintakulut olivat 2026?", "2026", PER + " No figure for 2026.")
trap("period", "kol_henk24", "Mitkä olivat kasvatus- ja opetuslautakunnan henkilöstökulut vuonna 2019?", "2019",
     PER + " The lautakunta exists from 2025; no 2019 figures.")
trap("period", "k_osall25", "Montako osallistujaa virikkeellisen elämän omatoimiseen ja ryhmätoimintaan oli 2019?", "2019",
     PER + " The indicator is printed for 2020-2025 only.")
trap("period", "q_kulut_jalj", "Paljonko hyvinvointipalveluiden toimintakuluista oli jäljellä toisen vuosineljänneksen jälkeen 2025?",
     "toisen", PER + " No Q2 report.")
trap("period", "sv_henk", "Varhaiskasvatuksen henkilöstökulut 6 kk 2024", "6 kk", PER + " No 6-month 2024 figure.")
trap("period", "k_kate", "Mikä oli hyvinvointilautakunnan toimialan toimintakate 9 kk 2020?", "2020",
     PER + " The earliest 9-month figures are TOT 2021 9 kk.")
trap("period", "x_kayttoaste_marras", "päiväkotien käyttöaste kesäkuussa 2025", "kesäkuussa",
     PER + " Occupancy is printed for January-March and October-December 2025.")
trap("period", "hyty_kulut", "Hyvinvoinnin ja työllisyyden edistämisen toimintakulut kolmannella neljänneksellä 2025",
     "kolmannella", PER + " Only 1-3/2025 is printed for HYTY.")
trap("period", "p_yhteensa24", "Paljonko hankkeiden kokonaisrahoitus oli yhteensä osavuosikatsauksessa 1-6/2024?", "1-6/2024",
     PER + " No 1-6/2024 report.")
trap("period", "s_henk_ta", "Paljonko hyvinvointitoimialan henkilöstökuluihin oli varattu vuoden 2023 talousarviossa muutoksineen?",
     "2023", PER + " The 1-9/2024 report prints TP 2023 and TOT 2023 9 kk, not TA 2023.")

MEAS = "The reports do not print this statistic."
trap("measure", "k_oppilas_tav", "perusopetuksen €/oppilas mediaani 2025", "mediaani", MEAS + " Only the average cost per pupil.")
trap("measure", "x_some", "Kuinka monta some-julkaisua opetus- ja koulutuspalvelut teki keskimäärin viikossa syyskuussa 2024?",
     "keskimäärin viikossa", MEAS + " Only the month's count (45) is printed.")
trap("measure", "q_henk", "Hyvinvointipalvelut henkilöstökulut per htv Q1 2025", "per htv", MEAS + " No henkilötyövuodet.")
trap("measure", "vaka_kulut", "Paljonko vakan toimintakulut olivat keskimäärin kuukaudessa 2025?", "keskimäärin kuukaudessa",
     MEAS + " Only the annual figure; a monthly average is not printed.")
trap("measure", "kol_myynti_pct", "kasvatus- ja opetuslautakunnan myyntituottojen keskihajonta 2025", "keskihajonta", MEAS)
trap("measure", "k_kaynnit25", "kirjaston fyysiset käynnit mediaani asukasta kohti 2025", "mediaani",
     MEAS + " The indicator is an average (ka).")
trap("measure", "x_museo24", "Montako kävijää museokohteissa oli keskimäärin päivässä syyskuun loppuun mennessä 2024?",
     "keskimäärin päivässä", MEAS)
trap("measure", "k_vire_tav", "Virikkeellisen elämän nettokustannusten tavoite euroa per käyttäjä 2025", "per käyttäjä",
     MEAS + " Only €/asukas is printed.")
trap("measure", "paj_kulut", "Paljonko palvelualuejohtajan vastuualueen toimintakulut olivat neliömetriä kohden vuonna 2025?",
     "neliömetriä kohden", MEAS)
trap("measure", "s_tuet_pct", "Mikä oli hyvinvointitoimialan tukien ja avustusten toteumaprosentti tammi-syyskuussa 2024 kuukausittain?",
     "kuukausittain", MEAS + " Only the cumulative 9-month %.")
answer_trap("measure", "x_tunnekoul", "Kuinka monta prosenttia opetushenkilöstöstä kävi tunne- ja vuorovaikutuskoulutuksen syksyllä 2024?",
            "Kuinka monta prosenttia", "The same sentence prints the share: 'Tämä on 80 % koko opetushenkilöstöstä'.",
            [C(S, 221, "80 %")])
answer_trap("measure", "x_ulkomaalaiset23", "Montako prosenttia asukkaista oli ulkomaan kansalaisia vuoden 2023 lopussa?",
            "prosenttia asukkaista", "The same sentence prints the share: '656 ulkomaan kansalaista eli 3,7 % asukkaista'.",
            [C(Q, 95, "3,7 %")])
answer_trap("measure", "k_musa_as24", "Mikä oli musiikkiopiston kustannus oppilasta kohden 2024?", "oppilasta",
            "Musiikkiopisto has €/opiskelija (its pupils): 1112 € in 2024.", [TC(T, 153, 2)])
answer_trap("measure", "k_vk_myynti_pct", "Varhaiskasvatuksen asiakasmaksujen toteutumaprosentti 1–9/2022", "asiakasmaksujen",
            "Asiakasmaksut are the Maksutuotot row: 74,70 %.", [C(K, 441, "74,70")])

FOR = "A foreign-language column word: the reports are in Finnish; ask back or say it is not found."
trap("foreign", "k_ostot_enn", "Hyvinvointitoimialan palvelujen ostojen forecast 2022", "forecast", FOR,
     alt=[C(K, 202, "-5 358 100", what="TP Ennuste")])
trap("foreign", "q_tuet_jalj", "hyvinvointipalvelut tuet ja avustukset remaining 31.3.2025", "remaining", FOR,
     alt=[C(Q, 18, "507 160", what="Jäljellä")])
trap("foreign", "he_ostot_jalj", "hyvinvoinnin edistämisen lautakunta palvelujen ostot återstår 31.3.2025", "återstår", FOR,
     alt=[C(Q, 966, "-2 832 247", what="Jäljellä")])
trap("foreign", "kol_tuet_poik", "KOLTK:n tuet ja avustukset, variance 2025", "variance", FOR,
     alt=[TC(T, 188, 4, "Poikkeama")])
trap("foreign", "opk_kulut_poik", "opkou toimintakulut avvikelse 2025", "avvikelse", FOR, alt=[TC(T, 325, 4, "Poikkeama")])
trap("foreign", "vaka_tuotot_ta", "varhaiskasvatuksen toimintatuottojen budget 2025", "budget", FOR,
     alt=[TC(T, 344, 2, "Talousarvio 2025")])
trap("foreign", "k_vk_tuet", "Kuinka paljon varhaiskasvatus sai grants tammi-syyskuussa 2022?", "grants", FOR,
     alt=[C(K, 443, "214 362", what="Tuet ja avustukset TOT 2022 9 kk")])
trap("foreign", "sv_kate23", "varhaiskasvatuksen palvelualueen toimintakate outturn 2023", "outturn", FOR,
     alt=[TC(S, 158, 1, "TP 2023")])
trap("foreign", "hyty_jalj", "HYTY:n toimintakate remaining 31.3.2025", "remaining", FOR,
     alt=[C(Q, 1612, "-5 276 433", what="Jäljellä")])
trap("foreign", "paj_pct", "palvelualuejohtajan vastuualue toimintakatteen utfall % 2025", "utfall", FOR,
     alt=[TC(T, 308, 5, "Toteuma %")])
trap("foreign", "kol_kulut_ta", "kasvatus- ja opetuslautakunnan toimintakulujen forecast 2025", "forecast",
     "TP 2025 has no forecast column (and 'forecast' is English); the figure is not in the reports.")

answer_trap("negation", "kol_tt", "Mikä oli kasvatus- ja opetuslautakunnan tilikauden tulos 2025 ilman poistoja?", "ilman poistoja",
            "Tilikauden tulos without depreciation: -26 107 862 - (-282 535) = -25 825 327 (= the printed vuosikate).",
            computed={"op": "-", "terms": [TC(T, 202, 3, "Tilikauden tulos"), TC(T, 201, 3, "Poistot")],
                      "value": -25825327})
answer_trap("negation", "vaka_kulut", "Paljonko vakan toimintakulut olivat 2025, ei talousarvio vaan toteuma?",
            "ei talousarvio vaan toteuma", "The negation confirms the actual, which is the base answer.")
answer_trap("negation", "vaka_tuotot_ta", "varhaiskasvatuksen toimintatuotot 2025, ei talousarvio", "ei talousarvio",
            "'Not the budget' moves to the actual: Toteuma 2025 415 747.", [TC(T, 344, 3)])
answer_trap("negation", "rank_vastuu", "Mikä vastuualue alitti talousarvionsa eniten vuonna 2025, opetusta ja koulutusta lukuun ottamatta?",
            "lukuun ottamatta", "Without Opetus ja koulutus the largest under-run is Varhaiskasvatus, Poikkeama -342 891.",
            [TC(T, 346, 4)])
answer_trap("negation", "hvp_rank_kulu", "Mikä hyvinvointipalveluiden kulurivi ylitti talousarvion eniten vuonna 2025, muita toimintakuluja lukuun ottamatta?",
            "muita toimintakuluja lukuun ottamatta",
            "Without Muut toimintakulut the only other cost row over budget is Avustukset: Poikkeama 6 304 (100,17 %).",
            [TC(T, 35, 4), TC(T, 35, 5)])
answer_trap("negation", "hvp_rank_tuotto", "mikä hyvinvointipalvelujen tuottoerä ylitti budjettinsa suhteellisesti eniten 2025, muut toimintatuotot pois lukien?",
            "pois lukien", "Without Muut toimintatuotot the highest Toteuma % is Myyntituotot, 145,10 %.", [TC(T, 26, 5)])
answer_trap("negation", "k_rank22", "Millä palvelualueella toimintakatteen toteumaprosentti oli suurin syyskuun lopussa 2022, paitsi opetus ja koulutus?",
            "paitsi opetus ja koulutus", "Without Opetus ja koulutus (74,00) the highest is Virikkeellinen elämä, 73,10.",
            [C(K, 617, "73,10")])
trap("negation", "hvp_ostot_poik", "Paljonko palvelujen ostoissa jäätiin alle talousarvion hyvinvointipalveluissa v. 2025, ilman varhaiskasvatusta?",
     "ilman varhaiskasvatusta", "Varhaiskasvatus has no palvelujen ostot row in 2025, so the figure without it cannot be computed.")
trap("negation", "kol_henk24", "Mitkä olivat kasvatus- ja opetuslautakunnan henkilöstökulut vuonna 2024 ilman varhaiskasvatusta?",
     "ilman varhaiskasvatusta", "No 2024 full-year henkilöstökulut of Varhaiskasvatus are printed (1-9/2024 has 9 months only).")
answer_trap("negation", "he_henk_ta", "hyvinvoinnin edistämisen ltk henkilöstökulujen talousarvio 2025, ei toteuma", "ei toteuma",
            "The negation confirms the budget, which is the base answer.")

MADE = "No such project / place in the reports."
trap("made_up", "p_kirjokerho", "Paljonko Satukerho-hankkeen kokonaisrahoitus on?", "Satukerho", MADE + " (Kirjokerho exists.)")
trap("made_up", "p_suojelu", "tilapäisen majoituksen lisätuki kokonaisrahoitus", "majoituksen",
     MADE + " (Tilapäisen suojelun lisätuki exists.)")
trap("made_up", "p_toimintakyky", "Liikkuva peruskoululainen -hankkeen menojen toteumaprosentti", "Liikkuva",
     MADE + " (Toimintakykyinen peruskoululainen exists.)")
trap("made_up", "p_tasa2427", "Paljonko rahoitusta on lukiokoulutuksen koulutuksellisen tasa-arvon hankkeelle 2024–2027?",
     "lukiokoulutuksen", MADE + " (The 2024–2027 project is for varhaiskasvatus, esi- ja perusopetus.)")
trap("made_up", "p_harrastekerhot_q1", "Heinolan harrastekerhot senioreille: menojen toteuma maaliskuun lopussa 2025", "senioreille",
     MADE + " (The project is for lapset ja nuoret.)")
trap("made_up", "p_aktivointi_q1", "Heinolalaisten aktivointi saaristossa -hankkeen kaupungin rahoitusosuus 1-3/2025 katsauksessa",
     "saaristossa", MADE + " (Heinolalaisten aktivointi kaupungilla ja kylillä exists.)")
trap("made_up", "x_bongari", "Perhepuisto Pomppulan kävijämäärä 2024", "Pomppulan", MADE + " (Perhepuisto Bongari exists.)")
trap("made_up", "p_vaka_tasa25", "Mikä on varhaiskasvatuksen digitaalisen tasa-arvon hankkeen kokonaisrahoitus vuosien 2024–2025 rahoituskehyksessä?",
     "digitaalisen", MADE)

SUB = "A real place or service inside a unit, but the reports print no figure for it."
trap("subunit", "vaka_kulut", "Paljonko Rainion päiväkodin toimintakulut olivat 2025?", "Rainion päiväkodin",
     SUB + " (Rainion päiväkoti closed 1.8.2024.)")
trap("subunit", "opk_tuotot", "Kirkkiksen koulun toimintatuotot vuonna 2025?", "Kirkkiksen koulun", SUB)
trap("subunit", "vire_kulut_ta", "Mikä on lintuhoitolan toimintakulujen budjetti vuodelle 2025?", "lintuhoitolan", SUB)
trap("subunit", "se_tuet23", "Paljonko kirjasto sai tukia ja avustuksia vuonna 2023?", "kirjasto", SUB)
trap("subunit", "k_ve_avust", "Nuorisopalvelujen avustukset tammi-syyskuu 2022 (maksetut)", "Nuorisopalvelujen", SUB)
trap("subunit", "he_tuet24", "Mitkä olivat työpaja Torpan tuet ja avustukset tilinpäätöksessä 2024?", "työpaja Torpan", SUB)

PRA = "No per-resident indicator for this figure."
trap("per_resident", "hvp_avust", "Hyvinvointipalvelujen maksamat avustukset 2025 asukasta kohden?", "asukasta kohden", PRA)
trap("per_resident", "s_avust", "Kuinka paljon hyvinvointitoimiala maksoi avustuksia per asukas 1-9/2024?", "per asukas", PRA)
trap("per_resident", "he_kate", "Mikä oli hyvinvoinnin edistämisen lautakunnan toimintakate asukasta kohden kolmen kuukauden kohdalla 2025?",
     "asukasta kohden", PRA)
trap("per_resident", "k_opk_muut", "Opetus- ja koulutuspalveluiden muut toimintakulut per asukas 9 kk 2022", "per asukas", PRA)
answer_trap("per_resident", "vaka_kate24", "Varhaiskasvatuksen toimintakate per asukas tilinpäätöksessä 2024", "per asukas",
            "The tunnusluvut print Varhaiskasvatus €/asukas, Toteutuma 2024: 434 €.", [TC(T, 146, 2), TC(T, 257, 2)])
trap("per_resident", "opk_kate24", "Mikä oli opetuksen ja koulutuksen toimintakate per asukas vuonna 2024?", "per asukas",
     PRA + " Only perusopetus, lukiokoulutus and musiikkiopisto have their own €/asukas; no total for the vastuualue.")
trap("per_resident", "x_bongari22", "Perhepuiston kävijämäärä asukasta kohden koko toimintakauden 2022 aikana", "asukasta kohden", PRA)
trap("per_resident", "k_ve_inv", "Paljonko virikkeellisen elämän investointimenoja per asukas oli toteutunut syyskuun loppuun 2022?",
     "per asukas", PRA)

ROW = "The table has no such row."
trap("absent_row", "kol_muut_poik", "Paljonko kasvatus- ja opetuslautakunnan vuokrakulut ylittivät talousarvion 2025?", "vuokrakulut",
     ROW + " The 2025 tables have no Vuokrakulut row.")
trap("absent_row", "q_ostot_pct", "mikä oli vuokratuottojen toteumaprosentti maaliskuun lopussa 2025 hyvinvointipalveluissa?",
     "vuokratuottojen", ROW + " No Vuokratuotot row in 1-3/2025.")
trap("absent_row", "k_hyte_ostot_pct", "Kuinka monta prosenttia hyvinvoinnin ja terveyden edistämisen maksutuottojen budjetista oli kertynyt 30.9.2022?",
     "maksutuottojen", ROW + " The HYTE table of 1-9/2022 has only Myyntituotot and Tuet ja avustukset as income.")
trap("absent_row", "hvp_vk_poik", "Kuinka paljon hyvinvointipalvelujen sairausvakuutuskorvaukset poikkesivat budjetista 2025?",
     "sairausvakuutuskorvaukset", ROW + " They are mentioned in the text without a figure.")
trap("absent_row", "kol_avust_pct", "Kuinka monta prosenttia kasvatus- ja opetuslautakunnan investointimäärärahasta käytettiin 2025?",
     "investointimäärärahasta", ROW + " No investment table for the lautakunta (Hyvinvointipalvelut irtain: TA 0).")
trap("absent_row", "s_inv", "Paljonko hyvinvoinnin irtaimen omaisuuden investointituloja oli toteutunut 1-9/2024?",
     "investointituloja", ROW + " The investment table has Menot and Netto only.")
trap("absent_row", "k_opk_vuokrat21", "Paljonko opetus- ja koulutuspalvelut sai korkotuottoja vuonna 2021?", "korkotuottoja",
     ROW + " Only 'Rahoitustuotot ja -kulut' as one row.")

trap("subject", "x_harrastamattomat", "Kuinka moni harrastemallin kyselyyn vastanneista yläkoululaisista ei harrasta mitään (2024)?",
     "yläkoululaisista", "The survey was of alakoulu pupils; nothing on yläkoulu.")
trap("subject", "he_avust_pct", "teknisen toimialan avustukset toteuma-% Q1/2025", "teknisen toimialan",
     "Another toimiala: the reports cover welfare services only.")
trap("subject", "x_aineopisk", "Kuinka monta aineopiskelijaa Salpauksessa oli vuoden 2025 lopussa?", "Salpauksessa",
     "Koulutuskeskus Salpaus is named as a partner; the count is the lukio's.")

SCO = "A wider scope than the reports (Heinola's welfare services)."
trap("scope", "k_hyte25", "Mikä oli HYTE-kerroin koko Päijät-Hämeessä vuonna 2025?", "koko Päijät-Hämeessä",
     SCO + " The text says only that Heinola's is the best in the region.")
trap("scope", "q_tt_pct", "koko kaupungin tilikauden tulos tot-% 3kk 2025", "koko kaupungin", SCO)
trap("scope", "x_ulkomaalaiset23", "Montako ulkomaan kansalaista koko Suomessa asui vuoden 2023 lopussa?", "koko Suomessa", SCO)
trap("scope", "s_netto_jalj", "koko kaupungin netto jäljellä 30.9.2024", "koko kaupungin", SCO)

CMP = "A compound word that contains a real row/word, but names something the reports do not print."
trap("compound", "paj_kulut", "Paljonko palvelualuejohtajan vastuualueen koulukuljetuskulut olivat vuonna 2025?",
     "koulukuljetuskulut", CMP + " Koulukuljetukset are named in the text without a figure.")
trap("compound", "kol_kulut_ta", "kasvatus- ja opetuslautakunnan ruokapalvelukulujen talousarvio vuodelle 2025",
     "ruokapalvelukulujen", CMP + " Food services are bought internally; no figure.")
trap("compound", "sv_tuet_ta", "vakan yksityisen hoidon tuet talousarvio 2024", "yksityisen hoidon",
     CMP + " Yksityisen hoidon tuki is named without a figure (it is not the 'Tuet ja avustukset' income row).")
trap("compound", "hvp_myynti24", "Paljonko hyvinvointipalveluiden lipunmyyntituotot olivat tilinpäätöksessä 2024?",
     "lipunmyyntituotot", CMP)
trap("compound", "k_ve_vuokrat_jalj", "Paljonko virikkeellisen elämän salivuokratuottoja oli vielä saamatta syyskuun 2022 lopussa?",
     "salivuokratuottoja", CMP)

NEAR = "A harmless addition: the base answer holds."
for base, qq, added in [
    ("hvp_aineet_ta", "Hei! aineiden, tarvikkeiden ja tavaroiden TA 2025 hyvinvointipalveluissa", "Hei!"),
    ("kol_tt", "Mikä oli Heinolan kasvatus- ja opetuslautakunnan tilikauden tulos 2025?", "Heinolan"),
    ("q_henk", "Kiitos jo etukäteen: Hyvinvointipalvelut henkilöstökulut Q1 2025", "Kiitos jo etukäteen:"),
    ("s_vk", "Voisitko kertoa, mikä oli hyvinvointilautakunnan toimialan vuosikate 30.9.2024?", "Voisitko kertoa,"),
    ("k_vuokrakulut", "Kuinka paljon Heinolan kaupungin hyvinvointitoimialan vuokrakulut olivat tammi-syyskuussa 2022?",
     "Heinolan kaupungin"),
    ("k_lapsi25", "Paljonko varhaiskasvatus maksoi lasta kohden Heinolassa vuonna 2025 (€/lapsi)?", "Heinolassa"),
    ("vire_tuotot", "Moi! Virikkeellisen elämän toimintatuotot tammi-maaliskuu 2025", "Moi!"),
    ("p_s2", "Paljonko Suomi toisena kielenä -hankkeen kokonaisrahoitus on? Kiitos!", "Kiitos!"),
    ("x_tapahtumat25", "Pikainen kysymys: paljonko osallistujia vuorovaikutteisiin maksuttomiin tapahtumiin oli vuonna 2025?",
     "Pikainen kysymys:"),
    ("se_maksu", "Kertoisitko virikkeellisen elämän maksutuotot tammi–syyskuu 2024", "Kertoisitko"),
    ("k_kate", "Mikä oli hyvinvointilautakunnan toimialan toimintakate 9 kk 2022? Kiitos paljon", "Kiitos paljon"),
    ("k_rank22", "Syyskuun lopussa 2022, millä palvelualueella toimintakatteen toteumaprosentti oli suurin?",
     "Syyskuun lopussa 2022,"),
    ("x_kayttoaste_syys24", "päiväkotien käyttöaste syyskuussa 2024, kiitos", "kiitos"),
    ("k_hyte25", "Hei, mikä oli Heinolan HYTE-kerroin vuonna 2025?", "Hei,"),
    ("p_yhteensa24", "Saisinko tiedon: paljonko hankkeiden kokonaisrahoitus oli yhteensä osavuosikatsauksessa 1-9/2024?",
     "Saisinko tiedon:"),
    ("opk_kulut_poik", "Heinolan opkou toimintakulut poikkeama 2025", "Heinolan"),
    ("rank_vastuu", "Mikä vastuualue alitti talousarvionsa eniten vuonna 2025? Entä paljonko?", "Entä paljonko?"),
    ("x_neliot22", "Hei vaan! Montako neliötä lasta kohden päiväkodeissa oli käytössä 20.9.2022?", "Hei vaan!"),
    ("k_ve_inv", "Osaatko sanoa, paljonko virikkeellisen elämän investointimenoja oli toteutunut syyskuun loppuun 2022?",
     "Osaatko sanoa,"),
    ("he_tuet24", "Mitkä olivat Heinolan hyvinvoinnin edistämisen lautakunnan tuet ja avustukset tilinpäätöksessä 2024?",
     "Heinolan"),
]:
    answer_trap("near", base, qq, added, NEAR)


# written and verified, but left out to keep plain.jsonl at 150 items (not used as trap bases)
DROP = set("""hvp_maksu hvp_rahoitus hvp_poistot24 kol_maksu_ta kol_ostot kol_vk kol_poistot_ta paj_tuotot24 opk_tuotot_pct vaka_kulut_pct q_maksu24 q_rahoitus q_poistot he_poistot24 he_tuotot_jalj he_myynti hyty_tuotot24 s_tulot23 s_aineet23 s_muutkulut_pct s_poistot_jalj sv_avust_pct sv_tt_jalj se_tt se_ostot_ta k_vuokrat_ta k_poistot_ta k_hyte_avust_jalj k_opk_avust_pct k_opk_poistot k_vk_avust_jalj k_ve_maksu_ta k_vk_poistot k_ve_poistot_enn k_hyte_henk k_opk_myynti k_muut_pct k_tunti23 kk_opisk_huolto20 x_digiagentit p_korona""".split())


def write() -> None:
    keys = {}
    plain = [it for it in PLAIN if it["key"] not in DROP]
    with open(HERE / "plain.jsonl", "w", encoding="utf-8") as fh:
        for i, it in enumerate(plain, 1):
            it["id"] = f"p{i:03d}"
            keys[it["key"]] = it
            out = {k: v for k, v in it.items() if k != "key"}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(HERE / "traps.jsonl", "w", encoding="utf-8") as fh:
        for i, tr in enumerate(TRAPS, 1):
            b = keys[tr["base_key"]]
            out = {"id": f"t{i:03d}", "q": tr["q"], "base": b["q"], "base_id": b["id"],
                   "base_accept": b["expect"]["accept"], "added": tr["added"], "kind": tr["kind"],
                   "origin": tr["origin"], "expect": tr["expect"]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"plain {len(plain)}, traps {len(TRAPS)}")


if __name__ == "__main__":
    write()
