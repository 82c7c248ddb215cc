#!/usr/bin/env python3
"""Hand-written source of the fourth blind set: writes plain.jsonl and traps.jsonl next to this file.

Every item was written from the four reports in /work/shared/reports/ alone (no engine code, tests or
earlier question sets were read). `python3 bench/blind4/verify.py` checks every value against its line.

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
# ====================================================================================================
# (The helpers above are copied from bench/blind3/build.py; everything below is new for blind4.)

def kv(cat, key, q, file, line, col, what, tags, *, unit, also=()):
    """A tab-separated table cell (key indicator, project table) read from its line and column."""
    cell = " ".join(REPORT_LINES(file)[line - 1].split("\t")[col].split())
    val(cat, key, q, file, line, cell, what, tags, unit=unit, col=col, also=also)


def qrow(line, cells):
    """A PDF-text row of the 1-3/2025 report (one line): its number cells as printed."""
    return dict(row=cells, row_line=line, span=1)


# ---------------------------------------------------------------------------------------------------
# TP 2025 (tab-separated; number columns 1 TP 2024 | 2 TA 2025 | 3 Toteuma 2025 | 4 Poikkeama | 5 %)
HVP = "Hyvinvointipalvelut (palvelualue), TP 2025 report"
KOL = "Kasvatus- ja opetuslautakunta, TP 2025 report"
PAJ = "Palvelualuejohtajan vastuualue, TP 2025 report"
OPK = "Opetus ja koulutus (vastuualue), TP 2025 report"
VAK = "Varhaiskasvatus (vastuualue), TP 2025 report"
FY = ["full-year", "2025"]

fin("hvp_maksu", "Paljonko hyvinvointipalveluiden maksutuotot olivat toteutuneina vuonna 2025?", T, 27, 3,
    HVP + ", Maksutuotot, actual 2025", ["actual"] + FY + ["full-sentence"])
fin("hvp_muutkulut_pct", "hyvinvointipalvelut muut toimintakulut toteumaprosentti 2025", T, 36, 5,
    HVP + ", Muut toimintakulut, realization %", ["realization-pct"] + FY + ["keyword"])
fin("hvp_poistot_ta", "Mitä poistoihin ja arvonalentumisiin oli varattu hyvinvointipalvelujen talousarviossa 2025?", T, 41, 2,
    HVP + ", Poistot ja arvonalentumiset, budget 2025", ["budget"] + FY + ["full-sentence"])
fin("hvp_tulos_poik", "Kuinka paljon hyvinvointipalvelujen tilikauden tulos poikkesi budjetista vuonna 2025?", T, 42, 4,
    HVP + ", Tilikauden tulos, deviation (budget - actual)", ["deviation"] + FY + ["full-sentence"])
fin("hvp_vk24", "hyvinvointipalvelujen vuosikate tilinpäätöksessä 2024", T, 40, 1,
    HVP + ", Vuosikate, TP 2024 column (technically merged)", ["actual", "full-year", "2024", "lowercase"],
    also=[A(Q, 30, "-33 252 194")])
fin("hvp_myynti_pct", "Myyntituottojen toteutumis-% hyvinvointipalveluissa TP 2025?", T, 26, 5,
    HVP + ", Myyntituotot, realization %", ["realization-pct"] + FY + ["abbrev:TP"])
fin("hvp_aineet_poik", "aineet, tarvikkeet ja tavarat - poikkeama talousarviosta, hyvinvointipalvelut 2025", T, 34, 4,
    HVP + ", Aineet, tarvikkeet ja tavarat, deviation", ["deviation"] + FY + ["keyword"])
fin("hvp_ostot_ta", "Paljonko hyvinvointipalveluille oli budjetoitu palvelujen ostoihin vuodelle 2025?", T, 33, 2,
    HVP + ", Palvelujen ostot, budget 2025 (same in the 1-3/2025 report)", ["budget"] + FY + ["full-sentence"],
    also=[A(Q, 23, "-8 299 100")])
fin("kol_maksu", "Kasvatus- ja opetuslautakunnan maksutuotot toteutui 2025 paljonko", T, 187, 3,
    KOL + ", Maksutuotot, actual 2025", ["actual"] + FY + ["word-order"])
fin("kol_avust_ta", "Mikä oli kasvatus- ja opetuslautakunnan talousarvio avustuksille vuonna 2025?", T, 195, 2,
    KOL + ", Avustukset (grants paid), budget 2025", ["budget"] + FY + ["full-sentence"])
fin("kol_ostot_pct", "kasvatus ja opetuslautakunta palvelujen ostot tot-% 2025", T, 193, 5,
    KOL + ", Palvelujen ostot, realization %", ["realization-pct"] + FY + ["keyword", "no-hyphen"])
fin("kol_tuet_poik", "Paljonko kasvatus- ja opetuslautakunnan saamat tuet ja avustukset poikkesivat talousarviosta 2025?", T, 188, 4,
    KOL + ", Tuet ja avustukset (grants received), deviation", ["deviation"] + FY + ["full-sentence"])
fin("kol_henk24", "Kasvatus- ja opetuslautakunnan henkilöstökulut vuoden 2024 tilinpäätöksessä", T, 192, 1,
    KOL + ", Henkilöstökulut, TP 2024 column", ["actual", "full-year", "2024"])
fin("kol_tulos", "kasvatus- ja opetuslautakunnan tilikauden tulos 2025", T, 202, 3,
    KOL + ", Tilikauden tulos, actual 2025", ["actual"] + FY + ["lowercase"])
fin("kol_muuttuotot", "muut toimintatuotot kasvatus- ja opetusltk toteuma 2025", T, 189, 3,
    KOL + ", Muut toimintatuotot, actual 2025", ["actual"] + FY + ["abbrev:ltk", "keyword"])
fin("paj_kulut_ta", "Palvelualuejohtajan vastuualueen toimintakulut talousarviossa 2025?", T, 307, 2,
    PAJ + ", Toimintakulut, budget 2025", ["budget"] + FY)
fin("paj_tuotot24", "Paljonko palvelualuejohtajan vastuualueella oli toimintatuottoja vuonna 2024?", T, 306, 1,
    PAJ + ", Toimintatuotot, TP 2024 column", ["actual", "full-year", "2024", "full-sentence"])
fin("opk_tuotot", "Kuinka suuriksi opetuksen ja koulutuksen toimintatuotot toteutuivat vuonna 2025?", T, 324, 3,
    OPK + ", Toimintatuotot, actual 2025", ["actual"] + FY + ["full-sentence", "inflected"])
fin("opk_kulut_poik", "opkou toimintakulujen poikkeama tp2025", T, 325, 4,
    OPK + ", Toimintakulut, deviation", ["deviation"] + FY + ["abbrev:opkou", "keyword"])
fin("vaka_tuotot_ta", "Varhaiskasvatuksen toimintatuottojen budjetti 2025", T, 344, 2,
    VAK + ", Toimintatuotot, budget 2025", ["budget"] + FY + ["keyword"])
fin("vaka_kate_poik", "Paljonko varhaiskasvatuksen nettomenot jäivät alle talousarvion 2025?", T, 346, 4,
    VAK + ", Toimintakate (nettomenot), deviation as printed", ["deviation"] + FY + ["abbrev:nettomenot"])

# rankings over the TP 2025 tables (the figure of the top row is the primary value)
fin("rank_kulut_pct", "Millä vastuualueella toimintakulut toteutuivat suurimmalla prosentilla tilinpäätöksessä 2025?", T, 325, 5,
    "Ranking of vastuualueet (Palvelualuejohtaja 95,13, Opetus ja koulutus 99,06, Varhaiskasvatus 96,40) by Toimintakulut "
    "realization %: Opetus ja koulutus", ["realization-pct"] + FY + ["ranking"])
fin("rank_ylitys", "Mikä hyvinvointipalvelujen kulurivi ylitti talousarvionsa eniten euroissa vuonna 2025?", T, 36, 4,
    "Ranking of Hyvinvointipalvelut cost rows by overspend (positive Poikkeama): Muut toimintakulut 49 857 (Avustukset 6 304)",
    ["deviation"] + FY + ["ranking"])

# ---------------------------------------------------------------------------------------------------
# 1-3/2025 (PDF text; 1 TP 2024 | 2 TOT 2024 3 kk | 3 TA 2025 +muutos | 4 TOT 2025 3 kk | 5 Jäljellä | 6 TOT-25 %)
QH = "Hyvinvointipalvelut, 1-3/2025 report"
HE = "Hyvinvoinnin edistämisen lautakunta, 1-3/2025 report (no full-year 2025 figure in the TP 2025 report)"
VE = "Virikkeellinen elämä (vastuualue), 1-3/2025 report"
HY = "Hyvinvoinnin ja työllisyyden edistäminen (vastuualue), 1-3/2025 report"
Q3 = ["interim-3kk", "2025"]

fin("q_myynti", "Hyvinvointipalveluiden myyntituotot tammi–maaliskuussa 2025", Q, 16, 4,
    QH + ", Myyntituotot, TOT 2025 3 kk", ["actual"] + Q3,
    **qrow(16, ["1 031 446", "161 145", "710 600", "210 488", "500 112", "29,62"]))
fin("q_henk_jalj", "Kuinka paljon hyvinvointipalvelujen henkilöstökuluista oli vielä jäljellä 31.3.2025?", Q, 22, 5,
    QH + ", Henkilöstökulut, Jäljellä", ["remaining"] + Q3 + ["full-sentence"],
    **qrow(22, ["-20 834 182", "-4 971 093", "-21 030 400", "-4 875 072", "-16 155 328", "23,18"]))
fin("q_ostot24", "hyvinvointipalvelut palvelujen ostot vertailujakso 1-3/2024", Q, 23, 2,
    QH + ", Palvelujen ostot, TOT 2024 3 kk", ["actual", "interim-3kk", "2024", "keyword"],
    **qrow(23, ["-5 693 141", "-1 388 137", "-8 299 100", "-1 945 817", "-6 353 283", "23,45"]))
fin("q_avust_pct", "Mikä oli avustusten toteuma-% hyvinvointipalveluissa ensimmäisen vuosineljänneksen jälkeen 2025?", Q, 25, 6,
    QH + ", Avustukset, TOT-25 %", ["realization-pct"] + Q3 + ["full-sentence"],
    **qrow(25, ["-2 595 293", "- 473 964", "-3 265 300", "- 562 893", "-2 702 407", "17,24"]))
fin("q_poistot", "poistot ja arvonalentumiset q1 2025 hyvinvointipalvelut", Q, 31, 4,
    QH + ", Poistot ja arvonalentumiset, TOT 2025 3 kk", ["actual"] + Q3 + ["keyword", "abbrev:q1"],
    **qrow(31, ["- 540 223", "- 153 910", "- 373 600", "-95 678", "- 277 922", "25,61"]))
fin("he_maksu", "Hyvinvoinnin edistämisen lautakunnan maksutuotot kolmelta ensimmäiseltä kuukaudelta 2025", Q, 960, 4,
    HE + ", Maksutuotot, TOT 2025 3 kk", ["actual"] + Q3 + ["inflected"],
    **qrow(960, ["401 444", "118 271", "408 000", "125 726", "282 274", "30,82"]))
fin("he_ostot_ta", "Mikä on hyvinvoinnin edistämisen lautakunnan palvelujen ostojen budjetti vuodelle 2025?", Q, 966, 3,
    HE + ", Palvelujen ostot, TA 2025 +muutos (the only budget for it)", ["budget", "2025", "full-sentence"],
    **qrow(966, ["-1 377 231", "- 325 304", "-3 676 900", "- 844 653", "-2 832 247", "22,97"]))
fin("he_henk24", "Mitkä olivat hyvinvoinnin edistämisen ltk:n henkilöstökulut tilinpäätöksessä 2024?", Q, 965, 1,
    HE + ", Henkilöstökulut, TP 2024 column", ["actual", "full-year", "2024", "abbrev:ltk"],
    **qrow(965, ["-3 664 734", "- 948 346", "-3 107 600", "- 655 693", "-2 451 907", "21,10"]))
fin("he_avust_jalj", "hyvinvoinnin edistämisen lautakunta avustukset jäljellä maaliskuun lopussa", Q, 968, 5,
    HE + ", Avustukset, Jäljellä", ["remaining"] + Q3 + ["keyword"],
    **qrow(968, ["-2 055 824", "- 359 869", "-2 694 800", "- 427 539", "-2 267 261", "15,87"]))
fin("he_tulos_pct", "hyv. edistämisen lautakunnan tilikauden tuloksen toteutumisprosentti 1-3/2025", Q, 975, 6,
    HE + ", Tilikauden tulos, TOT-25 %", ["realization-pct"] + Q3 + ["abbrev:hyv."],
    **qrow(975, ["-8 083 802", "-1 920 459", "-11 125 500", "-2 264 640", "-8 860 860", "20,36"]))
fin("he_aineet24", "Hyvinvoinnin edistämisen lautakunnan aineet ja tarvikkeet vertailukaudella 1–3/2024", Q, 967, 2,
    HE + ", Aineet, tarvikkeet ja tavarat, TOT 2024 3 kk", ["actual", "interim-3kk", "2024"],
    **qrow(967, ["- 325 938", "-82 316", "- 324 700", "-78 749", "- 245 951", "24,25"]))
fin("ve_tuotot", "Virikkeellisen elämän toimintatuotot kolmen kuukauden ajalta 2025", Q, 1592, 4,
    VE + ", Toimintatuotot, TOT 2025 3 kk", ["actual"] + Q3 + ["inflected"],
    **qrow(1592, ["805 844", "183 779", "663 800", "198 912", "464 888", "29,97"]))
fin("ve_kulut_ta", "Paljonko virikkeelliselle elämälle budjetoitiin toimintakuluja vuodeksi 2025?", Q, 1593, 3,
    VE + ", Toimintakulut, TA 2025 +muutos (the only budget for it)", ["budget", "2025", "full-sentence"],
    **qrow(1593, ["-5 470 523", "-1 239 804", "-5 260 900", "-1 288 943", "-3 971 957", "24,50"]))
fin("ve_kate24", "vire toimintakate tp 2024", Q, 1594, 1,
    VE + ", Toimintakate, TP 2024 column (the only full-year 2024 figure for the vastuualue)",
    ["actual", "full-year", "2024", "abbrev:vire", "abbrev:tp", "keyword"],
    **qrow(1594, ["-4 664 679", "-1 056 025", "-4 597 100", "-1 090 030", "-3 507 070", "23,71"]))
fin("hy_kate_jalj", "Hyvinvoinnin ja työllisyyden edistämisen toimintakatteesta jäljellä 31.3.2025", Q, 1612, 5,
    HY + ", Toimintakate, Jäljellä", ["remaining"] + Q3 + ["inflected"],
    **qrow(1612, ["-3 271 907", "- 825 849", "-6 425 200", "-1 148 767", "-5 276 433", "17,88"]))
fin("hy_tuotot_pct", "HYTY toimintatuotot toteumaprosentti alkuvuosi 2025", Q, 1610, 6,
    HY + ", Toimintatuotot, TOT-25 %", ["realization-pct"] + Q3 + ["abbrev:hyty", "keyword"],
    **qrow(1610, ["974 089", "222 993", "495 800", "159 716", "336 084", "32,21"]))

# ---------------------------------------------------------------------------------------------------
# 1-9/2024 (tab-separated; 1 TP 2023 | 2 TOT 2023 9 kk | 3 TA 2024 +muutos | 4 TOT 2024 9 kk | 5 Jäljellä | 6 TOT-24 %)
TM = "Hyvinvointilautakunnan toimiala (Hyvinvointitoimiala), 1-9/2024 report"
SV = "Varhaiskasvatuksen palvelualue, 1-9/2024 report"
SE = "Virikkeellinen elämä -palvelualue, 1-9/2024 report (table header misspelt 'Virkkeellinen')"
S9 = ["interim-9kk", "2024"]

fin("s_maksu", "Hyvinvointilautakunnan toimialan maksutuotot tammi-syyskuu 2024", S, 114, 4,
    TM + ", Maksutuotot, TOT 2024 9 kk", ["actual"] + S9)
fin("s_tuet_pct", "toimialan tuet ja avustukset toteuma-% 30.9.2024", S, 115, 6,
    TM + ", Tuet ja avustukset, TOT-24 %", ["realization-pct"] + S9 + ["keyword"])
fin("s_ostot23", "Paljonko hyvinvointitoimiala käytti palvelujen ostoihin vuonna 2023?", S, 120, 1,
    TM + ", Palvelujen ostot, TP 2023", ["actual", "full-year", "2023", "full-sentence"])
fin("s_poistot_jalj", "hyvinvointitoimiala poistot jäljellä syyskuun lopussa 2024", S, 128, 5,
    TM + ", Poistot ja arvonalentumiset, Jäljellä", ["remaining"] + S9 + ["keyword"])
fin("s_tulot_ta", "Paljonko hyvinvointilautakunnan toimialan tuloiksi oli budjetoitu 2024 (TA+muutos)?", S, 104, 3,
    TM + ", TULOT (= Toimintatuotot), TA 2024 +muutos", ["budget", "2024", "abbrev:TA"],
    also=[A(S, 117, "2 688 600")])
fin("s_henk23_9", "Hyvinvointitoimialan henkilöstökulut 1-9/2023", S, 119, 2,
    TM + ", Henkilöstökulut, TOT 2023 9 kk", ["actual", "interim-9kk", "2023"])
fin("s_vk", "hyvinvointitoimialan vuosikate 9kk 2024", S, 127, 4,
    TM + ", Vuosikate, TOT 2024 9 kk", ["actual"] + S9 + ["keyword"])
fin("sv_myynti", "Varhaiskasvatuksen palvelualueen myyntituotot 1–9/2024", S, 146, 4,
    SV + ", Myyntituotot, TOT 2024 9 kk (budget 0)", ["actual"] + S9)
fin("sv_avust_jalj", "varhaiskasvatus avustukset jäljellä 30.9.2024", S, 155, 5,
    SV + ", Avustukset, Jäljellä", ["remaining"] + S9 + ["keyword"])
fin("sv_henk_ta", "Mikä oli varhaiskasvatuksen henkilöstökulujen talousarvio 2024?", S, 152, 3,
    SV + ", Henkilöstökulut, TA 2024 +muutos", ["budget", "2024", "full-sentence"])
fin("sv_tulos23", "varhaiskasvatuksen palvelualueen tilikauden tulos vuonna 2023", S, 162, 1,
    SV + ", Tilikauden tulos, TP 2023", ["actual", "full-year", "2023"])
fin("se_maksu_pct", "Missä prosentissa virikkeellisen elämän maksutuotot olivat syyskuun lopussa 2024?", S, 173, 6,
    SE + ", Maksutuotot, TOT-24 %", ["realization-pct"] + S9 + ["full-sentence"])
fin("se_muut", "virikkeellinen elämä muut toimintakulut 9kk 2024", S, 183, 4,
    SE + ", Muut toimintakulut, TOT 2024 9 kk", ["actual"] + S9 + ["keyword"])
fin("s_inv_pct", "Hyvinvoinnin irtaimen omaisuuden investointien toteuma-% 1-9/2024", S, 204, 5,
    "Hyvinvointi, Irtain omaisuus investoinnit, Menot, Toteuma % 1-9/2024 (Poikkeama printed -270 000: no arithmetic check)",
    ["realization-pct"] + S9 + ["investment"], arith=False, unit="%")

# ---------------------------------------------------------------------------------------------------
# 1-9/2022 (PDF text; 1 TP 2021 1000e | 2 TOT 2021 9 kk 1000e | 3 TA 2022 +muutos | 4 TOT 2022 9 kk | 5 Jäljellä |
# 6 TOT-22 % | 7 TP Ennuste); split numbers are one cell over several lines
KT = "Hyvinvointilautakunnan toimiala yhteensä, 1-9/2022 report"
KH = "Hyvinvoinnin ja terveyden edistämisen palvelualue, 1-9/2022 report"
KO = "Opetus- ja koulutuspalvelut, 1-9/2022 report"
KV = "Varhaiskasvatuspalvelut, 1-9/2022 report"
KE = "Virikkeellinen elämä -palvelualue, 1-9/2022 report"
K9 = ["interim-9kk", "2022"]

fin("k_vuokrat", "Hyvinvointitoimialan vuokratuotot 1-9/2022", K, 187, 4, KT + ", Vuokratuotot, TOT 2022 9 kk",
    ["actual"] + K9, row=["53", "30", "90 200", "53 486", "36 714", "59,30", "90 200"])
fin("k_ostot_enn", "Mikä on hyvinvointitoimialan palvelujen ostojen tilinpäätösennuste vuodelle 2022?", K, 202, 7,
    KT + ", Palvelujen ostot, TP Ennuste 2022", ["forecast", "2022", "full-sentence"],
    row=["-4 943", "-3 643", "-5 358 100", "-3 858 032", "-1 500 068", "72,00", "-5 358 100"])
fin("k_henk21", "henkilöstökulut hyvinvointitoimiala tp 2021", K, 192, 1,
    KT + ", Henkilöstökulut, TP 2021 (printed in thousands of euros)", ["actual", "full-year", "2021", "thousands", "keyword"],
    row=["-18 710", "-14 014", "-18 300 300", "-13 552 717", "-4 747 583", "74,10", "-18 300 300"], row_line=192, span=10,
    thousands=True)
fin("k_kate_jalj", "Paljonko hyvinvointilautakunnan toimialan toimintakatteesta oli jäljellä 30.9.2022?", K, 226, 5,
    KT + ", Toimintakate, Jäljellä", ["remaining"] + K9 + ["split-number"],
    row=["-28 296", "-21 563", "-28 577 700", "-20 814 062", "-7 763 638", "72,80", "-28 577 700"], row_line=220, span=10)
fin("k_tulos21_9", "hyvinvointitoimialan tilikauden tulos 1-9/2021", K, 246, 2,
    KT + ", Tilikauden tulos, TOT 2021 9 kk (printed in thousands of euros)", ["actual", "interim-9kk", "2021", "thousands"],
    row=["-28 704", "-21 563", "-29 132 700", "-21 198 407", "-7 934 293", "72,80", "-29 132 700"], row_line=246, span=10,
    thousands=True)
fin("kh_henk_pct", "Hyvinvoinnin ja terveyden edistämisen palvelualueen henkilöstökulujen toteuma-% syyskuun lopussa 2022", K, 287, 6,
    KH + ", Henkilöstökulut, TOT-22 %", ["realization-pct"] + K9,
    row=["-676", "-496", "-780 200", "-489 083", "-291 117", "62,70", "-780 200"])
fin("kh_tuet_ta", "HYTE tuet ja avustukset TA 2022", K, 284, 3, KH + ", Tuet ja avustukset, TA 2022 +muutos",
    ["budget", "2022", "abbrev:hyte", "abbrev:TA", "keyword"],
    row=["78", "57", "88 500", "69 660", "18 840", "78,70", "88 500"])
fin("ko_myynti", "Opetus- ja koulutuspalvelujen myyntituotot tammi–syyskuu 2022", K, 318, 4, KO + ", Myyntituotot, TOT 2022 9 kk",
    ["actual"] + K9, row=["490", "343", "696 800", "501 888", "194 912", "72,00", "696 800"])
fin("ko_vuokra_enn", "opetus ja koulutus vuokrakulut ennuste 2022", K, 361, 7, KO + ", Vuokrakulut, TP Ennuste 2022",
    ["forecast", "2022", "split-number", "keyword"],
    row=["-3 145", "-2 417", "-3 185 200", "-2 369 178", "-816 022", "74,40", "-3 185 200"], row_line=354, span=10,
    on_line="-3 185")
fin("kv_maksu21", "Varhaiskasvatuspalvelujen maksutuotot vuonna 2021 (tilinpäätös)", K, 441, 1,
    KV + ", Maksutuotot, TP 2021 (printed in thousands of euros)", ["actual", "full-year", "2021", "thousands"],
    row=["516", "397", "420 000", "313 618", "106 382", "74,70", "420 000"], thousands=True)
fin("kv_tuet_pct", "vakan tuet ja avustukset toteutuma % syyskuun loppuun 2022", K, 443, 6, KV + ", Tuet ja avustukset, TOT-22 %",
    ["realization-pct"] + K9 + ["abbrev:vaka", "typo"],
    row=["296", "221", "160 000", "214 362", "-54 362", "134,00", "160 000"])
fin("ke_avust", "Virikkeellisen elämän maksamat avustukset 9 kk 2022", K, 580, 4, KE + ", Avustukset, TOT 2022 9 kk",
    ["actual"] + K9, row=["-109", "-103", "-104 400", "-9 462", "-94 938", "9,10", "-104 400"])
fin("ke_maksu_jalj", "virikkeellinen elämä maksutuotot jäljellä 30.9.2022", K, 553, 5, KE + ", Maksutuotot, Jäljellä",
    ["remaining"] + K9 + ["keyword"], row=["218", "122", "353 900", "208 035", "145 865", "58,80", "353 900"])
fin("ke_inv_pct", "Virikkeellisen elämän investointimenojen toteuma % 1-9/2022", K, 665, 6,
    KE + ", Investoinnit MENOT, TOT-22 %", ["realization-pct"] + K9 + ["investment"],
    row=["-29", "-18", "-140 000", "-18 522", "-121 478", "13,20"])
fin("rank_tuotot22", "Minkä palvelualueen toimintatuotot olivat toteutuneet suhteellisesti pisimmälle syyskuun 2022 loppuun mennessä?",
    K, 449, 6, "Ranking of palvelualueet by Toimintatuotot TOT-22 % (HYTE 69,10, Opetus 76,10, Varhaiskasvatus 95,60, "
    "Virikkeellinen elämä 73,30): Varhaiskasvatus", ["realization-pct"] + K9 + ["ranking"],
    row=["904", "680", "657 500", "628 728", "28 772", "95,60", "657 500"])

# ---------------------------------------------------------------------------------------------------
# key indicators (TP 2025: columns 1 Toteutuma 2023 | 2 Toteutuma 2024 | 3 Tavoite 2025 | 4 Toteutuma 2025;
# the table is printed twice, lines 145-164 and 256-275)
KP = "Tunnusluvut, TP 2025 report"
kv("kpi", "kpi_vaka_as", "Paljonko varhaiskasvatus maksoi asukasta kohden vuonna 2025?", T, 146, 4,
   KP + ", Varhaiskasvatus €/asukas, Toteutuma 2025", ["actual"] + FY, unit="EUR/asukas", also=[A(T, 257, "426 €")])
kv("kpi", "kpi_po_opp_tav", "Mikä oli perusopetuksen oppilaskohtaisten kustannusten tavoite 2025?", T, 149, 3,
   KP + ", Perusopetus €/oppilas, Tavoite 2025", ["target", "2025"], unit="EUR/oppilas", also=[A(T, 260, "11 224 €")])
kv("kpi", "kpi_lukio_opisk24", "Lukiokoulutuksen euroa per opiskelija toteutuma 2024", T, 151, 2,
   KP + ", Lukiokoulutus €/opiskelija, Toteutuma 2024", ["actual", "2024"], unit="EUR/opiskelija", also=[A(T, 262, "10 753 €")])
kv("kpi", "kpi_musa_tunti", "musiikkiopiston hinta opetustuntia kohti 2025", T, 154, 4,
   KP + ", Musiikkiopisto €/opetustunti, Toteutuma 2025", ["actual"] + FY + ["colloquial"], unit="EUR/opetustunti",
   also=[A(T, 265, "59 €")])
kv("kpi", "kpi_lainaus23", "Kirjaston kokonaislainaus keskimäärin asukasta kohti vuonna 2023", T, 159, 1,
   KP + ", Kirjaston kokonaislainaus ka / asukas, Toteutuma 2023", ["actual", "2023"], unit="lainaa/asukas",
   also=[A(T, 270, "12,79")])
kv("kpi", "kpi_osall_tav", "Virikkeellisen elämän toimintaan osallistuneiden tavoitemäärä 2025", T, 157, 3,
   KP + ", Virikkeellisen elämän toimintaan osallistuneet, Tavoite 2025", ["target", "2025"], unit="osallistujaa",
   also=[A(T, 268, "350 000")])
kv("kpi", "kpi_ulk_vire", "Paljonko ulkopuolista rahoitusta virikkeellinen elämä sai vuonna 2025?", T, 163, 4,
   KP + ", Ulkopuolinen rahoitus/€, Toteutuma 2025, vire", ["actual"] + FY, unit="EUR",
   also=[A(T, 274, "vire: 317 755 euroa")])
kv("kpi", "kpi_kaynnit", "kirjaston fyysiset käynnit per asukas 2025", T, 158, 4,
   KP + ", Kirjaston fyysiset käynnit ka / asukas, Toteutuma 2025", ["actual"] + FY + ["keyword"], unit="käyntiä/asukas",
   also=[A(T, 269, "6,3")])
val("kpi", "kpi_po22_enn", "Perusopetuksen euroa/oppilas -tunnusluvun ennuste vuodelle 2021 (osavuosikatsaus 1-9/2022)?", K, 1372,
    "8754,20 €", "Tunnusluvut, 1-9/2022 report, Perusopetus €/oppilas, Ennuste 2021", ["forecast", "2021"], unit="EUR/oppilas")
val("kpi", "kpi_vaka_lapsi20", "Mitä varhaiskasvatus maksoi lasta kohti vuonna 2020?", K, 1352, "9.024,00e",
    "Tunnusluvut, 1-9/2022 report, Varhaiskasvatus €/lapsi, Toteutuma 2020", ["actual", "2020"], unit="EUR/lapsi")

# ---------------------------------------------------------------------------------------------------
# projects
PT = "Hankkeet, TP 2025 report (columns 3 kokonaisrahoitus | 4 kaupungin osuus % | 5 menojen toteuma %)"
PS = "Hankkeet, 1-9/2024 report (columns 2 toteutusaika | 3 kokonaisrahoitus | 4 rahoittaja | 5 kaupungin % | 6 menojen %)"
kv("project", "p_s2", "Paljonko Suomi toisena kielenä -hankkeen kokonaisrahoitus on?", T, 299, 3,
   PT + ": Suomi toisena kielenä, kokonaisrahoitus", ["2025", "full-sentence"], unit="EUR")
kv("project", "p_tkpk_osuus", "Mikä on kaupungin rahoitusosuus Toimintakykyinen peruskoululainen -hankkeessa?", T, 296, 4,
   PT + ": Toimintakykyinen peruskoululainen, kaupungin rahoitusosuus %", ["2025", "full-sentence"], unit="%")
kv("project", "p_yopi_tot", "yhteisöllisen opiskeluhuollon vahvistamishankkeen menojen toteuma-% tilinpäätöksessä 2025", T, 297, 5,
   PT + ": Yhteisöllisen opiskeluhuollon vahvistaminen ja kehittäminen, menojen toteuma %", ["2025", "inflected"], unit="%")
kv("project", "p_yht25", "Kuinka paljon hankkeiden kokonaisrahoitus oli yhteensä tilinpäätöksessä 2025?", T, 300, 3,
   PT + ": Yhteensä, kokonaisrahoitus", ["2025", "full-sentence"], unit="EUR")
kv("project", "p_esiop17", "Kaksivuotisen esiopetuksen kokeilun (2017 syntyneet) kokonaisrahoitus", S, 262, 3,
   PS + ": Kaksivuotisen esiopetuksen kokeilu (v. 2017 syntyneet), kokonaisrahoitus", ["2024"], unit="EUR")
kv("project", "p_harraste23", "Heinolan harrastemallin toteuttaminen 2023–2024: mikä oli menojen toteuma-%?", S, 279, 6,
   PS + ": Heinolan harrastemallin toteuttaminen 2023-2024, menojen toteuma %", ["2024"], unit="%")
val("project", "p_liikkeella", "Liikkeellä lukemaan -hankkeen kokonaisrahoitus?", Q, 1474, "43 750",
    "Hankkeet, 1-3/2025 report (also 1-9/2024): Liikkeellä lukemaan, kokonaisrahoitus", ["2025"], unit="EUR",
    also=[A(S, 285, "43750", 43750)])

# ---------------------------------------------------------------------------------------------------
# numbers in goal texts and running text
val("text", "x_oppilaat", "Montako oppilasta perusopetuksessa oli vuoden 2025 lopussa?", T, 127, "1253",
    "Käyttösuunnitelma TP 2025: Perusopetuksen oppilasmäärä 31.12.2025", ["2025", "goal"], unit="oppilasta",
    also=[A(T, 241, "1253", 1253)])
val("text", "x_lukio", "lukiossa opiskelijoita 31.12.2025", T, 127, "193 opiskelijaa",
    "Käyttösuunnitelma TP 2025: Lukiossa oli 193 opiskelijaa (ja 27 aineopiskelijaa)", ["2025", "goal", "keyword"],
    unit="opiskelijaa", also=[A(T, 241, "193 opiskelijaa", 193)])
val("text", "x_kayttoaste", "Mikä oli päiväkotien käyttöaste koko vuonna 2025?", T, 136, "75,99%",
    "Käyttösuunnitelma TP 2025, VAKA goal: Koko vuoden 2025 käyttöaste oli 75,99%", ["2025", "goal"], unit="%",
    also=[A(T, 242, "75,99%", 75.99)])
val("text", "x_tapahtumat", "Montako osallistujaa vuorovaikutteisissa maksuttomissa tapahtumissa oli vuonna 2025?", T, 126, "9087",
    "Käyttösuunnitelma TP 2025, VIRE goal: 9087 osallistujaa", ["2025", "goal"], unit="osallistujaa")
val("text", "x_ulkomaan", "Kuinka monta ulkomaan kansalaista Heinolassa asui 31.12.2024?", T, 100, "741 henkilöä",
    "Sitovat tavoitteet TP 2025: ulkomaan kansalaisten määrä 31.12.2024 oli 741 henkilöä (4,2 %)", ["2024", "goal"],
    unit="henkilöä")
val("text", "x_aktivointi", "aktivointiaste helmikuussa 2025", Q, 1206, "20,2 prosenttia",
    "Käyttösuunnitelma 1-3/2025, HYTY goal: aktivointiaste helmikuussa 20,2 prosenttia", ["2025", "goal", "keyword"], unit="%")
val("text", "x_museo24", "Paljonko museokohteissa oli kävijöitä syyskuun loppuun mennessä 2024?", S, 234, "15051 kävijää",
    "Käyttösuunnitelma 1-9/2024, VIRE goal: museokohteissa 15051 kävijää", ["2024", "goal"], unit="kävijää")
val("text", "x_tunnekoulutus", "Kuinka moni opetushenkilöstöstä kävi tunne- ja vuorovaikutuskoulutuksen syksyllä 2024?", S, 221,
    "140 henkilöä", "Käyttösuunnitelma 1-9/2024, OPKOU goal: 140 henkilöä (80 %)", ["2024", "goal"], unit="henkilöä")
val("text", "x_perhepuisto22", "perhepuiston kävijämäärä koko toimintakaudella 2022", K, 1316, "13 792",
    "Käyttösuunnitelma 1-9/2022: perhepuiston kävijämäärä koko toimintakauden aikana 13 792", ["2022", "goal", "keyword"],
    unit="kävijää")
val("text", "x_konsult_q1", "Montako matalan kynnyksen konsultaatiokäyntiä perusopetuksessa tehtiin tammi–maaliskuussa 2025?", Q, 229,
    "9 kertaa", "Käyttösuunnitelma 1-3/2025, OPKOU goal: konsultaatiokäyntejä 1.1.-31.3.2025 9 kertaa", ["2025", "goal"],
    unit="kertaa")
val("text", "x_esiop_vapaa", "vapaat esiopetuspaikat prosentteina 20.12.2025", T, 128, "4,76 %",
    "Käyttösuunnitelma TP 2025, VAKA goal: 4,76 % kaikista esiopetuspaikoista vapaana 20.12.2025", ["2025", "goal", "keyword"],
    unit="%", also=[A(T, 242, "4,76 %", 4.76)])
val("text", "x_remontti", "Paljonko rahaa kirjaston remontin suunnitteluun oli varattu (osavuosikatsaus 9/2024)?", S, 211, "200 000 €",
    "Investoinnit 1-9/2024 text: kirjaston remontin suunnitteluun varattu 200 000 €", ["2024"], unit="EUR")

# ---------------------------------------------------------------------------------------------------
# changes, sums
calc("financial", "c_kol_myynti", "Kuinka paljon kasvatus- ja opetuslautakunnan myyntituotot muuttuivat vuodesta 2024 vuoteen 2025?",
     "-", [TC(T, 186, 3, "Toteuma 2025"), TC(T, 186, 1, "Tilinpäätös 2024")],
     "Kasvatus- ja opetuslautakunta, Myyntituotot, Toteuma 2025 - TP 2024 (2024 technically merged)",
     ["change", "2025", "2024", "multi-column"], either_sign=True)
calc("financial", "c_ve_kulut", "Miten virikkeellisen elämän toimintakulut muuttuivat 1-3/2024 ja 1-3/2025 välillä?",
     "-", [C(Q, 1593, "-1 288 943", 4, "TOT 2025 3 kk"), C(Q, 1593, "-1 239 804", 2, "TOT 2024 3 kk")],
     "Virikkeellinen elämä, Toimintakulut, TOT 2025 3 kk - TOT 2024 3 kk", ["change", "interim-3kk"], either_sign=True)
calc("financial", "c_s_henk", "Paljonko hyvinvointitoimialan henkilöstökulut muuttuivat 1–9/2023 ja 1–9/2024 välillä?",
     "-", [TC(S, 119, 4, "TOT 2024 9 kk"), TC(S, 119, 2, "TOT 2023 9 kk")],
     "Hyvinvointilautakunnan toimiala, Henkilöstökulut, TOT 2024 9 kk - TOT 2023 9 kk", ["change", "interim-9kk"],
     either_sign=True)
calc("financial", "c_vaka_opk", "Paljonko varhaiskasvatuksen ja opetuksen ja koulutuksen toimintakatteet olivat 2025 yhteensä?",
     "+", [TC(T, 346, 3, "Varhaiskasvatus Toteuma 2025"), TC(T, 326, 3, "Opetus ja koulutus Toteuma 2025")],
     "Sum of two vastuualueet' Toimintakate, Toteuma 2025 (not the lautakunta total, which also holds the "
     "palvelualuejohtaja's part)", ["sum", "2025"])

# ---------------------------------------------------------------------------------------------------
nf("n_vuokrat25", "Mitkä olivat hyvinvointipalvelujen vuokratuotot vuonna 2025?",
   "The 2025 reports have no Vuokratuotot row (only the 2022 report has one).", ["absent-row", "2025"])
nf("n_uimahalli", "Mikä oli uimahallin kävijämäärä vuonna 2024?",
   "The 1-9/2024 report names the uimahalli among liikuntapaikat but gives no visitor count.", ["text"])
nf("n_ennuste_q1", "Mikä on hyvinvointipalvelujen tilinpäätösennuste 2025 osavuosikatsauksessa 1-3/2025?",
   "The 1-3/2025 report has no Ennuste column.", ["forecast", "2025"])
nf("n_inv26", "Paljonko hyvinvointipalvelujen investointeihin on budjetoitu vuodelle 2026?",
   "No report holds a 2026 budget.", ["2026", "budget"])
nf("n_opk_henk", "Paljonko opetuksen ja koulutuksen vastuualueen henkilöstökulut olivat vuonna 2025?",
   "TP 2025 prints only Toimintatuotot/-kulut/-kate for the Opetus ja koulutus vastuualue; Henkilöstökulut are given "
   "for the whole Kasvatus- ja opetuslautakunta only.", ["absent-row", "2025", "subunit"])

cl("cl_kerho", "Koulujen kerhotoiminnan tukeminen -hankkeen kokonaisrahoitus tilinpäätöksessä 2025?",
   ["2024–2025", "2025–2026", "2024-2025", "2025-2026"],
   "TP 2025 lists two Koulujen kerhotoiminnan tukeminen projects: (2024–2025) 18 572 and (2025–2026) 9 000.",
   [C(T, 291, "18 572", 3, "2024-2025"), C(T, 292, "9 000", 3, "2025-2026")], ["project"])
cl("cl_etsiva", "Etsivä nuorisotyö -hankkeen kaupungin rahoitusosuus?", ["2024–2025", "2025–2026", "2024-2025", "2025-2026"],
   "The 1-3/2025 report lists two Etsivä nuorisotyö projects: 2024–2025 (30 %) and 2025–2026 (15 %).",
   [C(Q, 1547, "30 %", what="2024-2025"), C(Q, 1567, "15 %", what="2025-2026")], ["project"])
cl("cl_opisk", "Paljonko opiskelijaa kohden kului rahaa vuonna 2025?", ["lukio", "musiikkiopisto"],
   "€/opiskelija is printed for both Lukiokoulutus (11 002 €) and Musiikkiopisto (1 279 €).",
   [C(T, 151, "11 002 €", 4, "Lukiokoulutus"), C(T, 153, "1 279 €", 4, "Musiikkiopisto")], ["kpi"])
cl("cl_esiperus", "Mikä oli esi- ja perusopetuksen tasa-arvohankkeen menojen toteuma % tilinpäätöksessä 2025?",
   ["esiopetus", "perusopetus"],
   "The project's spend is printed separately: 53 % esiopetus, 66 % perusopetus.",
   [C(T, 290, "53 % esiopetus", what="esiopetus"), C(T, 290, "66 % perusopetus", what="perusopetus")], ["project"])
cl("cl_tarina", "Nuorten vuoro-kokemustarinatyöskentelyn kokonaisrahoitus 1-3/2025 katsauksessa", ["2024", "2025"],
   "The 1-3/2025 report lists the project twice: 2024 (29 011) and the 2025 follow-up (50 000).",
   [C(Q, 1416, "29 011", what="2024"), C(Q, 1437, "50 000", what="2025")], ["project"])


# written and verified, but left out to keep plain.jsonl at 100 items (not used as trap bases)
DROP = set("""kol_muuttuotot paj_kulut_ta hvp_vk24 q_poistot he_aineet24 s_henk23_9 s_poistot_jalj se_muut ko_myynti
kh_tuet_ta x_remontti""".split())

# ====================================================================================================
# traps: a plain question with ONE word or phrase added or changed
TRAPS: list[dict] = []


def trap(kind, base_key, q, added, why, status="not_found"):
    TRAPS.append({"base_key": base_key, "q": q, "added": added, "kind": kind, "origin": "hand",
                  "expect": {"status": status, "why": why}})


def near(base_key, q, added):
    b = BY_KEY[base_key]["expect"]
    ex = {"status": "answer", "accept": b["accept"], "file": b["file"], "line": b["line"], "also": b.get("also", []),
          "why": "The added words are harmless (politeness, the city's own name, filler): the base figure stands."}
    if "formula" in b.get("check", {}):
        ex["formula"] = b["check"]["formula"]
    TRAPS.append({"base_key": base_key, "q": q, "added": added, "kind": "near", "origin": "hand", "expect": ex})


CITY = "Another municipality: the reports are Heinola's only."
for base, qq, added in [
    ("hvp_maksu", "Paljonko Lahden hyvinvointipalveluiden maksutuotot olivat toteutuneina vuonna 2025?", "Lahden"),
    ("kol_avust_ta", "Mikä oli Hollolan kasvatus- ja opetuslautakunnan talousarvio avustuksille vuonna 2025?", "Hollolan"),
    ("s_maksu", "Kouvolan hyvinvointilautakunnan toimialan maksutuotot tammi-syyskuu 2024", "Kouvolan"),
    ("k_vuokrat", "Sysmän hyvinvointitoimialan vuokratuotot 1-9/2022", "Sysmän"),
    ("kpi_vaka_as", "Paljonko varhaiskasvatus maksoi asukasta kohden Orimattilassa vuonna 2025?", "Orimattilassa"),
    ("x_oppilaat", "Montako oppilasta Hartolan perusopetuksessa oli vuoden 2025 lopussa?", "Hartolan"),
]:
    trap("city", base, qq, added, CITY)

for base, qq, added, why in [
    ("hvp_poistot_ta", "Mitä poistoihin ja arvonalentumisiin oli varattu hyvinvointipalvelujen talousarviossa 2026?", "2026",
     "No report holds a 2026 budget."),
    ("he_maksu", "Hyvinvoinnin edistämisen lautakunnan maksutuotot kolmelta ensimmäiseltä kuukaudelta 2023", "2023",
     "The lautakunta's table in 1-3/2025 has 3-month figures for 2024 and 2025 only; no 1-3/2023 figure exists."),
    ("s_tuet_pct", "toimialan tuet ja avustukset toteuma-% 30.6.2024", "30.6.2024",
     "There is no half-year (1-6/2024) report."),
    ("k_ostot_enn", "Mikä on hyvinvointitoimialan palvelujen ostojen tilinpäätösennuste vuodelle 2020?", "2020",
     "The 2022 report forecasts 2022 only; no forecast for 2020 exists."),
    ("q_myynti", "Hyvinvointipalveluiden myyntituotot huhti–kesäkuussa 2025", "huhti–kesäkuussa",
     "No report covers April-June 2025 on its own."),
    ("kpi_lainaus23", "Kirjaston kokonaislainaus keskimäärin asukasta kohti vuonna 2019", "2019",
     "The indicator tables cover 2020-2025 only."),
    ("sv_tulos23", "varhaiskasvatuksen palvelualueen tilikauden tulos vuonna 2019", "2019",
     "The oldest figures are TP 2021 (in the 2022 report)."),
    ("x_museo24", "Paljonko museokohteissa oli kävijöitä syyskuun loppuun mennessä 2023?", "2023",
     "A museum visitor count to 30.9. is given for 2024 only (and about 30 000 for the whole of 2025)."),
]:
    trap("period", base, qq, added, why)

for base, qq, added, why in [
    ("kol_tulos", "kasvatus- ja opetuslautakunnan tilikauden tulos 2025 inflaatiokorjattuna", "inflaatiokorjattuna",
     "The reports give no inflation-adjusted figures."),
    ("kpi_musa_tunti", "musiikkiopiston hinta opetustuntia kohti 2025 valtakunnallinen keskiarvo", "valtakunnallinen keskiarvo",
     "No national comparison figures in the reports."),
    ("s_ostot23", "Paljonko hyvinvointitoimiala käytti palvelujen ostoihin vuonna 2023 henkilötyövuotta kohden?",
     "henkilötyövuotta kohden", "No person-year figures in the reports."),
    ("x_tapahtumat", "Montako osallistujaa vuorovaikutteisissa maksuttomissa tapahtumissa oli vuonna 2025 alle 18-vuotiaita?",
     "alle 18-vuotiaita", "Participants are not broken down by age."),
    ("kh_henk_pct", "Hyvinvoinnin ja terveyden edistämisen palvelualueen henkilöstömäärä syyskuun lopussa 2022", "henkilöstömäärä",
     "No headcount is given for the palvelualue."),
]:
    trap("measure", base, qq, added, why)
trap("scope", "kpi_po_opp_tav", "Mikä oli perusopetuksen oppilaskohtaisten kustannusten tavoite 2025 koko maan vertailussa?",
     "koko maan vertailussa", "No national comparison in the reports.")

for base, qq, added, why in [
    ("hvp_muutkulut_pct", "hyvinvointipalvelut muut toimintakulut forecast 2025", "forecast",
     "English 'forecast': the TP 2025 report has no forecast column (the year is closed)."),
    ("kol_ostot_pct", "kasvatus ja opetuslautakunta palvelujen ostot prognos 2025", "prognos",
     "Swedish 'prognos' (forecast): no 2025 forecast exists in any report."),
    ("s_vk", "hyvinvointitoimialan vuosikate 9kk 2024 forecast", "forecast",
     "English 'forecast': the 1-9/2024 report has no Ennuste column."),
    ("opk_kulut_poik", "opkou toimintakulujen prognos tp2025", "prognos",
     "Swedish 'prognos' (forecast) instead of poikkeama: no forecast in TP 2025."),
    ("kpi_kaynnit", "kirjaston fyysiset käynnit per asukas 2025 median", "median",
     "English/Swedish 'median': the indicator is an average; no median is printed."),
]:
    trap("foreign", base, qq, added, why)

for base, qq, added in [
    ("hvp_ostot_ta", "Paljonko hyvinvointipalveluille ei ollut budjetoitu palvelujen ostoihin vuodelle 2025?", "ei ollut"),
    ("vaka_tuotot_ta", "Mikä ei ollut varhaiskasvatuksen toimintatuottojen budjetti 2025", "ei ollut"),
    ("x_oppilaat", "Montako oppilasta perusopetuksessa ei ollut vuoden 2025 lopussa?", "ei ollut"),
]:
    trap("negation", base, qq, added, "Negated: asks for what a figure was not; no single figure answers it.", "clarify")

for base, qq, added, why in [
    ("p_s2", "Paljonko Englanti toisena kielenä -hankkeen kokonaisrahoitus on?", "Englanti",
     "No such project (the project is Suomi toisena kielenä)."),
    ("p_tkpk_osuus", "Mikä on kaupungin rahoitusosuus Toimintakykyinen lukiolainen -hankkeessa?", "lukiolainen",
     "No such project (the project is Toimintakykyinen peruskoululainen)."),
    ("p_liikkeella", "Liikkeellä laulamaan -hankkeen kokonaisrahoitus?", "laulamaan",
     "No such project (the project is Liikkeellä lukemaan)."),
    ("he_ostot_ta", "Mikä on kulttuurilautakunnan palvelujen ostojen budjetti vuodelle 2025?", "kulttuurilautakunnan",
     "No kulttuurilautakunta in the reports."),
    ("opk_tuotot", "Kuinka suuriksi tekniikan ja ympäristön toimintatuotot toteutuivat vuonna 2025?", "tekniikan ja ympäristön",
     "Another branch of the city: not in these welfare reports."),
    ("p_esiop17", "Kolmivuotisen esiopetuksen kokeilun (2017 syntyneet) kokonaisrahoitus", "Kolmivuotisen",
     "No such project (the trial is kaksivuotinen)."),
    ("hy_kate_jalj", "Hyvinvoinnin ja liikunnan edistämisen toimintakatteesta jäljellä 31.3.2025", "liikunnan",
     "No such vastuualue (it is Hyvinvoinnin ja työllisyyden edistäminen)."),
]:
    trap("made_up", base, qq, added, why)

for base, qq, added, why in [
    ("x_kayttoaste", "Mikä oli perhepäivähoidon käyttöaste koko vuonna 2025?", "perhepäivähoidon",
     "The usage rate is given for päiväkodit only."),
    ("opk_tuotot", "Kuinka suuriksi lukion toimintatuotot toteutuivat vuonna 2025?", "lukion",
     "The lukio has no income statement of its own."),
    ("ve_tuotot", "Kirjaston toimintatuotot kolmen kuukauden ajalta 2025", "Kirjaston",
     "The library has no income statement of its own (only Virikkeellinen elämä as a whole)."),
    ("vaka_kate_poik", "Paljonko esiopetuksen nettomenot jäivät alle talousarvion 2025?", "esiopetuksen",
     "Esiopetus has no figures of its own."),
    ("se_maksu_pct", "Missä prosentissa museon maksutuotot olivat syyskuun lopussa 2024?", "museon",
     "Museums have no income statement of their own."),
    ("sv_henk_ta", "Mikä oli päiväkotien henkilöstökulujen talousarvio 2024?", "päiväkotien",
     "Päiväkodit have no budget of their own (only the whole Varhaiskasvatus)."),
    ("k_henk21", "musiikkiopiston henkilöstökulut tp 2021", "musiikkiopiston",
     "Musiikkiopisto has no income statement of its own."),
]:
    trap("subunit", base, qq, added, why)

PR = "No such per-resident indicator: the tunnusluvut give €/asukas only for service costs, not for this row."
for base, qq, added in [
    ("kol_maksu", "Kasvatus- ja opetuslautakunnan maksutuotot per asukas toteutui 2025 paljonko", "per asukas"),
    ("he_henk24", "Mitkä olivat hyvinvoinnin edistämisen ltk:n henkilöstökulut asukasta kohden tilinpäätöksessä 2024?",
     "asukasta kohden"),
    ("s_tulot_ta", "Paljonko hyvinvointilautakunnan toimialan tuloiksi per asukas oli budjetoitu 2024 (TA+muutos)?", "per asukas"),
    ("k_kate_jalj", "Paljonko hyvinvointilautakunnan toimialan toimintakatteesta per asukas oli jäljellä 30.9.2022?", "per asukas"),
]:
    trap("per_resident", base, qq, added, PR)

for base, qq, added, why in [
    ("kol_avust_ta", "Mikä oli kasvatus- ja opetuslautakunnan talousarvio vuokrakuluille vuonna 2025?", "vuokrakuluille",
     "TP 2025 has no Vuokrakulut row."),
    ("hvp_tulos_poik", "Kuinka paljon hyvinvointipalvelujen valmistus omaan käyttöön poikkesi budjetista vuonna 2025?",
     "valmistus omaan käyttöön", "No Valmistus omaan käyttöön row in any report."),
    ("q_henk_jalj", "Kuinka paljon hyvinvointipalvelujen vuokrakuluista oli vielä jäljellä 31.3.2025?", "vuokrakuluista",
     "The 1-3/2025 report has no Vuokrakulut row."),
    ("ve_kulut_ta", "Paljonko virikkeelliselle elämälle budjetoitiin henkilöstökuluja vuodeksi 2025?", "henkilöstökuluja",
     "Virikkeellinen elämä 2025 is printed with three rows only (tuotot, kulut, kate)."),
    ("hy_tuotot_pct", "HYTY myyntituotot toteumaprosentti alkuvuosi 2025", "myyntituotot",
     "HYTY 2025 is printed with three rows only."),
    ("vaka_tuotot_ta", "Varhaiskasvatuksen maksutuottojen budjetti 2025", "maksutuottojen",
     "Varhaiskasvatus 2025 is printed with three rows only; Maksutuotot only for the whole lautakunta."),
]:
    trap("absent_row", base, qq, added, why)

for base, qq, added, kind, why in [
    ("hvp_maksu", "Paljonko koko kaupungin maksutuotot olivat toteutuneina vuonna 2025?", "koko kaupungin", "scope",
     "The reports cover the welfare services only, not the whole city."),
    ("s_ostot23", "Paljonko Päijät-Hämeen hyvinvointialue käytti palvelujen ostoihin vuonna 2023?", "Päijät-Hämeen hyvinvointialue",
     "subject", "The wellbeing services county (HVA) is not the city; its accounts are not in the reports."),
    ("kpi_ulk_vire", "Paljonko ulkopuolista rahoitusta kaupunkikonserni sai vuonna 2025?", "kaupunkikonserni", "scope",
     "No group-level figures in the reports."),
]:
    trap(kind, base, qq, added, why)

for base, qq, added, why in [
    ("kol_henk24", "Kasvatustieteen henkilöstökulut vuoden 2024 tilinpäätöksessä", "Kasvatustieteen",
     "'Kasvatustiede' (a university discipline) only contains 'kasvatus'."),
    ("kv_tuet_pct", "vakanssien tuet ja avustukset toteutuma % syyskuun loppuun 2022", "vakanssien",
     "'vakanssi' (a post) only contains 'vaka'."),
    ("x_museo24", "Paljonko Museoviraston kohteissa oli kävijöitä syyskuun loppuun mennessä 2024?", "Museoviraston",
     "Museovirasto (the national agency) only contains 'museo'; the count is for Heinola's museums."),
    ("ke_inv_pct", "Virikkeellisen elämänkaaritalon investointimenojen toteuma % 1-9/2022", "elämänkaaritalon",
     "Elämänkaaritalo is a building named in a goal text; it has no investment figures."),
    ("kpi_osall_tav", "Virikkeellisen elämän etätoimintaan osallistuneiden tavoitemäärä 2025", "etätoimintaan",
     "'etätoiminta' only contains 'toiminta'; no remote-participation target exists."),
]:
    trap("compound", base, qq, added, why)

for base, qq, added in [
    ("hvp_muutkulut_pct", "Heinolan hyvinvointipalvelut muut toimintakulut toteumaprosentti 2025", "Heinolan"),
    ("kol_maksu", "Moi! Kasvatus- ja opetuslautakunnan maksutuotot toteutui 2025 paljonko", "Moi!"),
    ("opk_tuotot", "Voisitko kertoa, kuinka suuriksi opetuksen ja koulutuksen toimintatuotot toteutuivat vuonna 2025?",
     "Voisitko kertoa,"),
    ("q_myynti", "Hyvinvointipalveluiden myyntituotot tammi–maaliskuussa 2025, kiitos", "kiitos"),
    ("he_avust_jalj", "hyvinvoinnin edistämisen lautakunta avustukset jäljellä maaliskuun lopussa, olisi kiva tietää",
     "olisi kiva tietää"),
    ("ve_kate24", "Heinolan vire toimintakate tp 2024", "Heinolan"),
    ("s_tuet_pct", "Tarkistaisitko: toimialan tuet ja avustukset toteuma-% 30.9.2024", "Tarkistaisitko:"),
    ("sv_avust_jalj", "hei, varhaiskasvatus avustukset jäljellä 30.9.2024", "hei,"),
    ("se_maksu_pct", "Missä prosentissa Heinolan kaupungin virikkeellisen elämän maksutuotot olivat syyskuun lopussa 2024?",
     "Heinolan kaupungin"),
    ("k_vuokrat", "Kertoisitko hyvinvointitoimialan vuokratuotot 1-9/2022?", "Kertoisitko"),
    ("ko_vuokra_enn", "opetus ja koulutus vuokrakulut ennuste 2022 kiitos etukäteen", "kiitos etukäteen"),
    ("kv_maksu21", "Minua kiinnostaa: varhaiskasvatuspalvelujen maksutuotot vuonna 2021 (tilinpäätös)", "Minua kiinnostaa:"),
    ("kpi_musa_tunti", "ihan mielenkiinnosta, musiikkiopiston hinta opetustuntia kohti 2025", "ihan mielenkiinnosta,"),
    ("kpi_lukio_opisk24", "Heinolan lukiokoulutuksen euroa per opiskelija toteutuma 2024", "Heinolan"),
    ("p_yht25", "Hei! Kuinka paljon hankkeiden kokonaisrahoitus oli yhteensä tilinpäätöksessä 2025?", "Hei!"),
    ("x_kayttoaste", "Mikä oli Heinolan päiväkotien käyttöaste koko vuonna 2025?", "Heinolan"),
    ("x_tunnekoulutus", "Tiedätkö, kuinka moni opetushenkilöstöstä kävi tunne- ja vuorovaikutuskoulutuksen syksyllä 2024?",
     "Tiedätkö,"),
    ("c_s_henk", "Paljonko Heinolan hyvinvointitoimialan henkilöstökulut muuttuivat 1–9/2023 ja 1–9/2024 välillä?", "Heinolan"),
    ("rank_tuotot22", "Ole hyvä ja kerro: minkä palvelualueen toimintatuotot olivat toteutuneet suhteellisesti pisimmälle "
     "syyskuun 2022 loppuun mennessä?", "Ole hyvä ja kerro:"),
    ("hy_kate_jalj", "Nopea kysymys: hyvinvoinnin ja työllisyyden edistämisen toimintakatteesta jäljellä 31.3.2025", "Nopea kysymys:"),
]:
    near(base, qq, added)


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
            out = {"id": f"t{i:03d}", "q": tr["q"], "base": b["q"], "base_id": b["id"],
                   "base_accept": b["expect"]["accept"], "added": tr["added"], "kind": tr["kind"],
                   "origin": tr["origin"], "expect": tr["expect"]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"plain {len(plain)}, traps {len(TRAPS)}")


if __name__ == "__main__":
    write()
