#!/usr/bin/env python3
"""Hand-written source of the second blind set: writes plain.jsonl and traps.jsonl next to this file.

Every item was written from the four reports in /work/shared/reports/ alone (no engine code, tests or
earlier question sets were read). `python3 bench/blind2/verify.py` checks every value against its line.

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


# ----------------------------------------------------------------------------------------------------
# financial: TP 2025 (tab-separated; columns TP 2024 | TA 2025 | Toteuma 2025 | Poikkeama | Toteuma %)
HVP25 = "Hyvinvointipalvelut (palvelualue from 2025), TP 2025 report"
fin("myynti_poik", "Paljonko hyvinvointipalvelujen myyntituotot poikkesivat talousarviosta vuonna 2025?",
    T, 26, 4, f"{HVP25}: Myyntituotot, Poikkeama (TA - toteuma, printed '- 320 506'; income above budget)",
    ["myyntituotot", "deviation", "full-year", "2025", "full-sentence"])
fin("maksu_pct", "hyvinvointipalvelut maksutuotot toteuma % 2025", T, 27, 5,
    f"{HVP25}: Maksutuotot, Toteuma %", ["maksutuotot", "realization-pct", "full-year", "2025", "keyword"])
fin("hlo_ta", "Mikä oli hyvinvointipalveluiden henkilöstökulujen talousarvio vuodelle 2025?", T, 32, 2,
    f"{HVP25}: Henkilöstökulut, Talousarvio 2025 (the same -21 030 400 is TA 2025 +muutos in 1-3/2025)",
    ["henkilostokulut", "budget", "2025", "full-sentence"], also=[A(Q, 22, "-21 030 400")])
fin("aineet_tp", "hyvinvointipalvelujen aineet, tarvikkeet ja tavarat tp 2025", T, 34, 3,
    f"{HVP25}: Aineet, tarvikkeet ja tavarat, Toteuma 2025", ["aineet", "actual", "full-year", "2025",
                                                            "keyword", "abbrev:TP"])
fin("avust_tot", "Kuinka paljon hyvinvointipalvelut maksoi avustuksia vuonna 2025 (toteuma)?", T, 35, 3,
    f"{HVP25}: Avustukset (expense row under TOIMINTAKULUT), Toteuma 2025",
    ["avustukset-kulu", "actual", "full-year", "2025", "full-sentence"])
fin("rahoitus", "Mitkä olivat hyvinvointipalvelujen rahoitustuotot ja -kulut 2025?", T, 39, 3,
    f"{HVP25}: Rahoitustuotot ja -kulut, Toteuma 2025 (TA 0)",
    ["rahoitustuotot", "actual", "full-year", "2025", "full-sentence"])
fin("vuosikate", "hyvinvointipalveluiden vuosikate vuonna 2025", T, 40, 3,
    f"{HVP25}: Vuosikate, Toteuma 2025", ["vuosikate", "actual", "full-year", "2025", "lowercase"])
fin("tulos_poik", "hyvinvointipalvelujen tilikauden tuloksen poikkeama 2025", T, 42, 4,
    f"{HVP25}: Tilikauden tulos, Poikkeama", ["tilikauden-tulos", "deviation", "2025", "lowercase"])
KO25 = "Kasvatus- ja opetuslautakunta, TP 2025 report"
fin("ko_myynti", "kasvatus- ja opetuslautakunnan myyntituotot 2025", T, 186, 3,
    f"{KO25}: Myyntituotot, Toteuma 2025", ["myyntituotot", "actual", "full-year", "2025", "keyword"])
fin("ko_hlo", "kasvatus ja opetuslautakunta henkilöstökulut toteutuma 2025", T, 192, 3,
    f"{KO25}: Henkilöstökulut, Toteuma 2025", ["henkilostokulut", "actual", "full-year", "2025", "keyword",
                                               "no-hyphen"])
fin("ko_ostot_pct", "Kasvatus- ja opetuslautakunnan palvelujen ostojen toteumaprosentti vuonna 2025?", T, 193,
    5, f"{KO25}: Palvelujen ostot, Toteuma %", ["palvelujen-ostot", "realization-pct", "2025",
                                                 "full-sentence"])
fin("ko_muut_poik", "kasvatus- ja opetusltk muiden toimintakulujen poikkeama 2025", T, 196, 4,
    f"{KO25}: Muut toimintakulut, Poikkeama (positive: costs above budget)",
    ["muut-toimintakulut", "deviation", "2025", "abbrev:ltk", "case-form"])
fin("ko_vuosikate", "Paljonko oli kasvatus- ja opetuslautakunnan vuosikate 2025?", T, 200, 3,
    f"{KO25}: Vuosikate, Toteuma 2025", ["vuosikate", "actual", "full-year", "2025", "full-sentence"])
fin("ko_tuotot_pct", "kasvatus- ja opetuslautakunnan toimintatuotot toteutuivat kuinka monta prosenttia 2025",
    T, 178, 5, f"{KO25}: Toimintatuotot, Toteuma % (summary table; the same row at line 190)",
    ["toimintatuotot", "realization-pct", "2025", "lowercase"], also=[A(T, 190, "122,40")])
fin("pj_kulut", "palvelualuejohtajan vastuualueen toimintakulut 2025", T, 307, 3,
    "Palvelualuejohtajan vastuualue (Hyvinvointipalvelut), Toimintakulut, Toteuma 2025",
    ["toimintakulut", "actual", "full-year", "2025", "keyword"])
fin("pj_kate_poik", "palvelualuejohtajan vastuualue toimintakatteen poikkeama 2025", T, 308, 4,
    "Palvelualuejohtajan vastuualue, Toimintakate, Poikkeama", ["toimintakate", "deviation", "2025",
                                                                 "keyword"])
fin("op_tuotot", "opetuksen ja koulutuksen toimintatuotot vuonna 2025", T, 324, 3,
    "Opetus ja koulutus (vastuualue 2025), Toimintatuotot, Toteuma 2025",
    ["toimintatuotot", "actual", "full-year", "2025", "lowercase"])
fin("op_kate_ta", "opkou toimintakate budjetti 2025", T, 326, 2,
    "Opetus ja koulutus, Toimintakate, Talousarvio 2025", ["toimintakate", "budget", "2025", "abbrev:opkou",
                                                           "abbrev:budjetti"])
fin("op_kulut_pct", "Opetus ja koulutus: toimintakulujen toteuma-% 2025", T, 325, 5,
    "Opetus ja koulutus, Toimintakulut, Toteuma %", ["toimintakulut", "realization-pct", "2025", "keyword"])
fin("op_kate_tp24", "Mikä oli opetuksen ja koulutuksen toimintakate vuonna 2024 tilinpäätöksen mukaan?", T,
    326, 1, "Opetus ja koulutus, Toimintakate, Tilinpäätös 2024 (technically merged comparison figure)",
    ["toimintakate", "actual", "full-year", "2024", "full-sentence"])
fin("vk_tuotot_poik", "varhaiskasvatuksen toimintatuottojen poikkeama 2025", T, 344, 4,
    "Varhaiskasvatus (vastuualue 2025), Toimintatuotot, Poikkeama", ["toimintatuotot", "deviation", "2025",
                                                                     "lowercase"])
fin("vk_kulut_ta", "vaka toimintakulut ta 2025", T, 345, 2,
    "Varhaiskasvatus, Toimintakulut, Talousarvio 2025", ["toimintakulut", "budget", "2025", "abbrev:vaka",
                                                         "abbrev:TA", "lowercase"])
fin("hvp_kulut_ta", "hyvinvointipalvelujen toimintakulujen talousarvio 2025", T, 19, 2,
    "Hyvinvointipalvelut, Toimintakulut, TA 2025: printed -40 347 700 in TP 2025 (Talousarvio 2025) and "
    "-39 977 700 in 1-3/2025 (TA 2025 +muutos, the budget as of March); both are printed budgets",
    ["toimintakulut", "budget", "2025", "multi-report"], also=[A(T, 37, "-40 347 700")],
    extra=[A(Q, 27, "-39 977 700", -39977700)])
fin("hvp_avust_ta", "Hyvinvointipalvelut avustukset (menot) TA 2025", T, 35, 2,
    "Hyvinvointipalvelut, Avustukset (expense), TA 2025: -3 635 300 in TP 2025, -3 265 300 in 1-3/2025",
    ["avustukset-kulu", "budget", "2025", "multi-report", "abbrev:TA"],
    extra=[A(Q, 25, "-3 265 300", -3265300)])

# financial: 1-3/2025 (PDF text; TP 2024 | TOT 2024 3 kk | TA 2025 +muutos | TOT 2025 3 kk | Jäljellä | %)
HVPQ = "Hyvinvointipalvelut, 1-3/2025 report"
fin("q_myynti", "hyvinvointipalveluiden myyntituotot tammi-maaliskuu 2025", Q, 16, 4,
    f"{HVPQ}: Myyntituotot, TOT 2025 3 kk", ["myyntituotot", "actual", "interim-3kk", "2025", "keyword"],
    row=["1 031 446", "161 145", "710 600", "210 488", "500 112", "29,62"])
fin("q_maksu_jalj", "Paljonko hyvinvointipalvelujen maksutuottoja oli vielä jäljellä maaliskuun lopussa 2025?",
    Q, 17, 5, f"{HVPQ}: Maksutuotot, Jäljellä", ["maksutuotot", "remaining", "interim-3kk", "2025",
                                                "full-sentence"],
    row=["824 259", "243 740", "843 000", "273 340", "569 660", "32,42"])
fin("q_hlo", "hyvinvointipalvelut henkilöstkulut Q1 2025", Q, 22, 4,
    f"{HVPQ}: Henkilöstökulut, TOT 2025 3 kk", ["henkilostokulut", "actual", "interim-3kk", "2025", "typo",
                                                "abbrev:Q1"],
    row=["-20 834 182", "-4 971 093", "-21 030 400", "-4 875 072", "-16 155 328", "23,18"])
fin("q_ostot_pct", "Mikä oli hyvinvointipalvelujen palvelujen ostojen toteumaprosentti 31.3.2025?", Q, 23, 6,
    f"{HVPQ}: Palvelujen ostot, TOT-25 %", ["palvelujen-ostot", "realization-pct", "interim-3kk", "2025",
                                            "full-sentence"],
    row=["-5 693 141", "-1 388 137", "-8 299 100", "-1 945 817", "-6 353 283", "23,45"])
fin("q_hlo24", "hyvinvointipalveluiden henkilöstökulut tammi–maaliskuussa 2024", Q, 22, 2,
    f"{HVPQ}: Henkilöstökulut, TOT 2024 3 kk (comparison column)",
    ["henkilostokulut", "actual", "interim-3kk", "2024", "keyword"],
    row=["-20 834 182", "-4 971 093", "-21 030 400", "-4 875 072", "-16 155 328", "23,18"])
fin("q_kate", "hyvinvointipalvelujen toimintakate kolmen ensimmäisen kuukauden ajalta 2025", Q, 28, 4,
    f"{HVPQ}: Toimintakate, TOT 2025 3 kk", ["toimintakate", "actual", "interim-3kk", "2025", "lowercase"],
    row=["-33 250 687", "-7 778 816", "-37 637 400", "-8 443 221", "-29 194 179", "22,43"])
fin("q_kulut_jalj", "hyvinvointipalvelujen toimintakulut jäljellä 1-3/2025 jälkeen", Q, 27, 5,
    f"{HVPQ}: Toimintakulut, Jäljellä", ["toimintakulut", "remaining", "interim-3kk", "2025", "keyword"],
    row=["-36 537 180", "-8 569 157", "-39 977 700", "-9 168 816", "-30 808 884", "22,93"])
fin("q_tulos", "hyvinvointipalveluiden tilikauden tulos ensimmäisellä vuosineljänneksellä 2025", Q, 32, 4,
    f"{HVPQ}: Tilikauden tulos, TOT 2025 3 kk", ["tilikauden-tulos", "actual", "interim-3kk", "2025",
                                                 "case-form"],
    row=["-33 792 417", "-7 933 409", "-38 011 000", "-8 538 905", "-29 472 095", "22,46"])
HEL = "Hyvinvoinnin edistämisen lautakunta, 1-3/2025 report"
fin("he_tuet_ta", "Mikä on hyvinvoinnin edistämisen lautakunnan tukien ja avustusten talousarvio 2025?", Q,
    961, 3, f"{HEL}: Tuet ja avustukset (income), TA 2025 +muutos",
    ["tuet-ja-avustukset", "budget", "2025", "full-sentence", "case-form"],
    row=["863 905", "197 466", "395 000", "115 428", "279 572", "29,22"])
fin("he_hlo", "hyvinvoinnin edistämisen ltk henkilöstökulut tammi-maaliskuu 2025", Q, 965, 4,
    f"{HEL}: Henkilöstökulut, TOT 2025 3 kk", ["henkilostokulut", "actual", "interim-3kk", "2025",
                                               "abbrev:ltk"],
    row=["-3 664 734", "- 948 346", "-3 107 600", "- 655 693", "-2 451 907", "21,10"])
fin("he_avust_jalj", "Kuinka paljon hyvinvoinnin edistämisen lautakunnalla oli avustusmäärärahaa jäljellä "
    "31.3.2025?", Q, 968, 5, f"{HEL}: Avustukset (expense), Jäljellä",
    ["avustukset-kulu", "remaining", "interim-3kk", "2025", "full-sentence"],
    row=["-2 055 824", "- 359 869", "-2 694 800", "- 427 539", "-2 267 261", "15,87"])
fin("he_kate", "hyvinvoinnin edistämisen lautakunnan toimintakate Q1 2025", Q, 971, 4,
    f"{HEL}: Toimintakate, TOT 2025 3 kk", ["toimintakate", "actual", "interim-3kk", "2025", "abbrev:Q1"],
    row=["-7 936 586", "-1 881 874", "-11 022 300", "-2 238 797", "-8 783 503", "20,31"])
fin("he_kulut_pct", "hyvinvoinnin edistämisen lautakunnan toimintakulujen toteuma-% maaliskuun loppuun 2025",
    Q, 970, 6, f"{HEL}: Toimintakulut, TOT-25 %", ["toimintakulut", "realization-pct", "interim-3kk",
                                                  "2025", "lowercase"],
    row=["-9 716 519", "-2 288 647", "-12 181 900", "-2 597 426", "-9 584 474", "21,32"])
VIQ = "Virikkeellinen elämä (vastuualue 2025), 1-3/2025 report"
fin("vi_tuotot_q", "virikkeellisen elämän toimintatuotot 1–3/2025", Q, 1592, 4,
    f"{VIQ}: Toimintatuotot, TOT 2025 3 kk", ["toimintatuotot", "actual", "interim-3kk", "2025", "keyword"],
    row=["805 844", "183 779", "663 800", "198 912", "464 888", "29,97"])
fin("vi_kulut_ta", "Mikä on virikkeellisen elämän toimintakulujen talousarvio vuodelle 2025?", Q, 1593, 3,
    f"{VIQ}: Toimintakulut, TA 2025 +muutos", ["toimintakulut", "budget", "2025", "full-sentence"],
    row=["-5 470 523", "-1 239 804", "-5 260 900", "-1 288 943", "-3 971 957", "24,50"])
fin("vi_kate_pct", "vire toimintakate tot-% q1 2025", Q, 1594, 6,
    f"{VIQ}: Toimintakate, TOT-25 %", ["toimintakate", "realization-pct", "interim-3kk", "2025",
                                       "abbrev:vire", "abbrev:TOT", "lowercase"],
    row=["-4 664 679", "-1 056 025", "-4 597 100", "-1 090 030", "-3 507 070", "23,71"])
HYQ = "Hyvinvoinnin ja työllisyyden edistäminen (HYTY, vastuualue 2025), 1-3/2025 report"
fin("hy_kulut", "hyty toimintakulut tammi-maaliskuu 2025", Q, 1611, 4,
    f"{HYQ}: Toimintakulut, TOT 2025 3 kk", ["toimintakulut", "actual", "interim-3kk", "2025", "abbrev:hyty"],
    row=["-4 245 996", "-1 048 843", "-6 921 000", "-1 308 483", "-5 612 517", "18,91"])
fin("hy_kate_jalj", "Paljonko hyvinvoinnin ja työllisyyden edistämisen toimintakatteesta oli jäljellä "
    "maaliskuun lopussa 2025?", Q, 1612, 5, f"{HYQ}: Toimintakate, Jäljellä",
    ["toimintakate", "remaining", "interim-3kk", "2025", "full-sentence", "case-form"],
    row=["-3 271 907", "- 825 849", "-6 425 200", "-1 148 767", "-5 276 433", "17,88"])

# financial: 1-9/2024 (tab; TP 2023 | TOT 2023 9 kk | TA 2024 +muutos | TOT 2024 9 kk | Jäljellä | TOT-24 %)
HT24 = "Hyvinvointilautakunnan toimiala (Hyvinvointitoimiala), 1-9/2024 report"
fin("s_tulot", "hyvinvointilautakunnan toimialan tulot tammi-syyskuu 2024", S, 104, 4,
    f"{HT24}: TULOT, TOT 2024 9 kk (= Toimintatuotot line 117)", ["tulot", "actual", "interim-9kk", "2024",
                                                                  "keyword"], also=[A(S, 117, "1 716 430")])
fin("s_menot_ta", "Mikä oli hyvinvointitoimialan menojen talousarvio 2024?", S, 105, 3,
    f"{HT24}: MENOT, TA 2024 +muutos (= Toimintakulut line 124)", ["menot", "budget", "2024",
                                                                   "full-sentence"],
    also=[A(S, 124, "-32 611 450")])
fin("s_netto_jalj", "hyvinvointitoimialan nettomenot jäljellä 30.9.2024", S, 106, 5,
    f"{HT24}: NETTO, Jäljellä (= Toimintakate line 125)", ["nettomenot", "remaining", "interim-9kk", "2024",
                                                           "keyword"], also=[A(S, 125, "-7 788 162")])
fin("s_maksu", "hyvinvointitoimiala maksutuotot 1-9/2024", S, 114, 4,
    f"{HT24}: Maksutuotot, TOT 2024 9 kk", ["maksutuotot", "actual", "interim-9kk", "2024", "keyword"])
fin("s_tuet_pct", "hyvinvointitoimialan tukien ja avustusten toteutumisprosentti syyskuun lopussa 2024", S,
    115, 6, f"{HT24}: Tuet ja avustukset (income), TOT-24 %", ["tuet-ja-avustukset", "realization-pct",
                                                              "interim-9kk", "2024", "lowercase"])
fin("s_vuosikate", "hyvinvointitoimialan vuosikate 1–9/2024", S, 127, 4,
    f"{HT24}: Vuosikate, TOT 2024 9 kk", ["vuosikate", "actual", "interim-9kk", "2024", "keyword"])
VK24 = "Varhaiskasvatuksen palvelualue, 1-9/2024 report"
fin("s_vk_myynti", "varhaiskasvatuksen myyntituotot tammi-syyskuu 2024", S, 146, 4,
    f"{VK24}: Myyntituotot, TOT 2024 9 kk (TA 0)", ["myyntituotot", "actual", "interim-9kk", "2024",
                                                    "keyword"])
fin("s_vk_maksu_pct", "vaka maksutuotot toteuma% 9kk 2024", S, 147, 6,
    f"{VK24}: Maksutuotot, TOT-24 %", ["maksutuotot", "realization-pct", "interim-9kk", "2024",
                                       "abbrev:vaka", "lowercase"])
fin("s_vk_hlo_jalj", "Paljonko varhaiskasvatuksen henkilöstökuluja oli jäljellä syyskuun lopussa 2024?", S,
    152, 5, f"{VK24}: Henkilöstökulut, Jäljellä", ["henkilostokulut", "remaining", "interim-9kk", "2024",
                                                   "full-sentence"])
fin("s_vk_kate", "varhaiskasvatuksen palvelualueen toimintakate 30.9.2024", S, 158, 4,
    f"{VK24}: Toimintakate, TOT 2024 9 kk", ["toimintakate", "actual", "interim-9kk", "2024", "keyword"])
fin("s_vk_kulut_ta", "varhaiskasvatuksen toimintakulujen talousarvio 2024", S, 157, 3,
    f"{VK24}: Toimintakulut, TA 2024 +muutos", ["toimintakulut", "budget", "2024", "keyword"])
VI24 = "Virikkeellinen elämä -palvelualue (table headed 'Virkkeellinen elämä'), 1-9/2024 report"
fin("s_vi_maksu", "virikkeellisen elämän maksutuotot tammi–syyskuu 2024", S, 173, 4,
    f"{VI24}: Maksutuotot, TOT 2024 9 kk", ["maksutuotot", "actual", "interim-9kk", "2024", "keyword"])
fin("s_vi_kate_pct", "Kuinka monta prosenttia virikkeellisen elämän toimintakatteesta oli toteutunut syyskuun "
    "loppuun 2024 mennessä?", S, 185, 6, f"{VI24}: Toimintakate, TOT-24 %",
    ["toimintakate", "realization-pct", "interim-9kk", "2024", "full-sentence"])
fin("s_vi_hlo_tp23", "virikkeelisen elämän henkilöstökulut tp 2023", S, 179, 1,
    f"{VI24}: Henkilöstökulut, TP 2023", ["henkilostokulut", "actual", "full-year", "2023", "typo",
                                          "abbrev:TP", "lowercase"])
fin("s_inv", "hyvinvoinnin irtaimen omaisuuden investoinnit toteuma 1-9 2024", S, 204, 3,
    "Investoinnit, Irtain omaisuus HYVINVOINTI (1-9/2024 report): Menot, Toteuma 1-9 (2024)",
    ["investoinnit", "actual", "interim-9kk", "2024", "keyword"], arith=False)

# financial: 1-9/2022 (PDF text; TP 2021 1000e | TOT 2021 9 kk/1000e | TA 2022 +muutos | TOT 2022 9 kk |
# Jäljellä | TOT-22 % | TP Ennuste)
HT22 = "Hyvinvointilautakunnan toimiala yhteensä, 1-9/2022 report"
fin("k_myynti", "hyvinvointilautakunnan toimialan myyntituotot tammi-syyskuu 2022", K, 184, 4,
    f"{HT22}: Myyntituotot, TOT 2022 9 kk", ["myyntituotot", "actual", "interim-9kk", "2022", "keyword"],
    row=["646", "438", "827 300", "637 314", "189 986", "77,00", "827 300"])
fin("k_maksu_enn", "hyvinvointitoimialan maksutuottojen tilinpäätösennuste 2022", K, 185, 7,
    f"{HT22}: Maksutuotot, TP Ennuste (equals TA 2022)", ["maksutuotot", "forecast", "2022", "keyword"],
    row=["921", "684", "947 400", "670 791", "276 609", "70,80", "947 400"])
fin("k_vuokra", "hyvinvointitoimialan vuokrakulut 9 kk 2022", K, 206, 4,
    f"{HT22}: Vuokrakulut, TOT 2022 9 kk", ["vuokrakulut", "actual", "interim-9kk", "2022", "keyword"],
    row=["-5 813", "-4 666", "-6 022 500", "-4 521 593", "-1 500 907", "75,10", "-6 022 500"])
fin("k_hlo_ta", "Mikä oli hyvinvointitoimialan henkilöstökulujen talousarvio 2022?", K, 193, 3,
    f"{HT22}: Henkilöstökulut, TA 2022 +muutos (number split over lines 193-195)",
    ["henkilostokulut", "budget", "2022", "full-sentence", "split-number"],
    row=["-18 710", "-14 014", "-18 300 300", "-13 552 717", "-4 747 583", "74,10", "-18 300 300"],
    row_line=192, span=10, on_line="-18 300")
fin("k_tulos", "hyvinvointitoimialan tilikauden tulos 1-9/2022", K, 250, 4,
    f"{HT22}: TILIKAUDEN TULOS, TOT 2022 9 kk (split over lines 250-252)",
    ["tilikauden-tulos", "actual", "interim-9kk", "2022", "keyword", "split-number"],
    row=["-28 704", "-21 563", "-29 132 700", "-21 198 407", "-7 934 293", "72,80", "-29 132 700"],
    row_line=246, span=10, on_line="-21 198")
fin("k_tuotot_tp21", "hyvinvointitoimialan toimintatuotot TP 2021", K, 189, 1,
    f"{HT22}: Toimintatuotot, TP 2021 (column '1000e', printed in thousands of euros: 2 758)",
    ["toimintatuotot", "actual", "full-year", "2021", "thousands", "abbrev:TP"], thousands=True,
    row=["2 758", "2 023", "2 683 600", "2 143 686", "539 914", "79,90", "2 683 600"])
HY22 = "Hyvinvoinnin ja terveyden edistämisen palvelualue (HYTE), 1-9/2022 report"
fin("k_hy_hlo", "hyvinvoinnin ja terveyden edistämisen henkilöstökulut tammi-syyskuu 2022", K, 287, 4,
    f"{HY22}: Henkilöstökulut, TOT 2022 9 kk", ["henkilostokulut", "actual", "interim-9kk", "2022",
                                                "keyword"],
    row=["-676", "-496", "-780 200", "-489 083", "-291 117", "62,70", "-780 200"])
fin("k_hy_kate_pct", "hyte toimintakate toteuma-% 9kk 2022", K, 302, 6,
    f"{HY22}: TOIMINTAKATE, TOT-22 %", ["toimintakate", "realization-pct", "interim-9kk", "2022",
                                        "abbrev:hyte", "lowercase"],
    row=["-819", "-602", "-892 200", "-617 765", "-274 435", "69,20", "-892 200"])
fin("k_hy_kate_21", "hyten toimintakate tammi-syyskuu 2021", K, 302, 2,
    f"{HY22}: TOIMINTAKATE, TOT 2021 9 kk (column '9 kk/1000e', printed in thousands of euros: -602)",
    ["toimintakate", "actual", "interim-9kk", "2021", "thousands", "abbrev:hyte", "case-form"],
    thousands=True, row=["-819", "-602", "-892 200", "-617 765", "-274 435", "69,20", "-892 200"])
OK22 = "Opetus- ja koulutuspalvelut (OPETUS JA KOULUTUS), 1-9/2022 report"
fin("k_op_myynti", "opetus- ja koulutuspalvelujen myyntituotto 1-9/2022", K, 318, 4,
    f"{OK22}: Myyntituotot, TOT 2022 9 kk", ["myyntituotot", "actual", "interim-9kk", "2022", "typo"],
    row=["490", "343", "696 800", "501 888", "194 912", "72,00", "696 800"])
fin("k_op_hlo", "opetus ja koulutus henkilöstökulut 9 kk 2022", K, 330, 4,
    f"{OK22}: Henkilöstökulut, TOT 2022 9 kk (split over lines 330-332)",
    ["henkilostokulut", "actual", "interim-9kk", "2022", "keyword", "split-number"],
    row=["-10 834", "-8 092", "-10 407 000", "-7 763 747", "-2 643 253", "74,60", "-10 407 000"],
    row_line=326, span=13, on_line="-7 763")
fin("k_op_vuokra_ta", "opetus- ja koulutuspalveluiden vuokrakulujen talousarvio 2022", K, 355, 3,
    f"{OK22}: Vuokrakulut, TA 2022 +muutos (split over lines 355-357)",
    ["vuokrakulut", "budget", "2022", "keyword", "split-number"],
    row=["-3 145", "-2 417", "-3 185 200", "-2 369 178", "-816 022", "74,40", "-3 185 200"],
    row_line=354, span=10, on_line="-3 185")
fin("k_op_kate_jalj", "Paljonko opetus- ja koulutuspalveluiden toimintakatteesta oli jäljellä 30.9.2022?", K,
    386, 5, f"{OK22}: TOIMINTAKATE, Jäljellä (split over lines 386-388)",
    ["toimintakate", "remaining", "interim-9kk", "2022", "full-sentence", "split-number"],
    row=["-16 119", "-12 109", "-15 890 600", "-11 755 011", "-4 135 589", "74,00", "-15 890 600"],
    row_line=379, span=13, on_line="-4 135")
fin("k_op_kulut_tp21", "opetus- ja koulutuspalvelujen toimintakulut TP 2021", K, 365, 1,
    f"{OK22}: Toimintakulut, TP 2021 (column '1000e', printed in thousands of euros: -17 302)",
    ["toimintakulut", "actual", "full-year", "2021", "thousands", "abbrev:TP"], thousands=True,
    row=["-17 302", "-12 945", "-17 149 700", "-12 712 991", "-4 436 709", "74,10", "-17 149 700"],
    row_line=365, span=13)
VK22 = "Varhaiskasvatuspalvelut (VARHAISKASVATUS), 1-9/2022 report"
fin("k_vk_tuet_pct", "varhaiskasvatuspalveluiden tukien ja avustusten toteutumaprosentti syyskuun loppuun 2022",
    K, 443, 6, f"{VK22}: Tuet ja avustukset (income), TOT-22 % (printed 134,00)",
    ["tuet-ja-avustukset", "realization-pct", "interim-9kk", "2022", "lowercase"],
    row=["296", "221", "160 000", "214 362", "-54 362", "134,00", "160 000"])
fin("k_vk_kate", "varhaiskasvatus toimintakate tot 2022 9 kk", K, 500, 4,
    f"{VK22}: TOIMINTAKATE, TOT 2022 9 kk (split over lines 500-502)",
    ["toimintakate", "actual", "interim-9kk", "2022", "abbrev:TOT", "keyword", "split-number"],
    row=["-7 479", "-5 753", "-7 762 400", "-5 491 996", "-2 270 404", "70,80", "-7 762 400"],
    row_line=496, span=13, on_line="-5 491")
fin("k_vk_kulut_enn", "varhaiskasvatuksen toimintakulujen tilinpäätösennuste 2022", K, 492, 7,
    f"{VK22}: Toimintakulut, TP Ennuste (split over lines 492-494; equals TA 2022)",
    ["toimintakulut", "forecast", "2022", "keyword", "split-number"],
    row=["-8 383", "-6 432", "-8 419 900", "-6 120 723", "-2 299 177", "72,70", "-8 419 900"],
    row_line=482, span=13, on_line="-8 419")
VI22 = "Virikkeellinen elämä -palvelualue, 1-9/2022 report"
fin("k_vi_avust_pct", "virikkeellisen elämän myöntämien avustusten toteuma-% 1-9/2022", K, 580, 6,
    f"{VI22}: Avustukset (expense), TOT-22 %", ["avustukset-kulu", "realization-pct", "interim-9kk", "2022",
                                                "case-form"],
    row=["-109", "-103", "-104 400", "-9 462", "-94 938", "9,10", "-104 400"])
fin("k_vi_vuokra", "virikkeellisen elämän vuokrakulut tammi-syyskuussa 2022", K, 586, 4,
    f"{VI22}: Vuokrakulut, TOT 2022 9 kk (split over lines 586-588)",
    ["vuokrakulut", "actual", "interim-9kk", "2022", "keyword", "split-number"],
    row=["-1 743", "-1 468", "-1 927 400", "-1 452 021", "-475 379", "75,30", "-1 927 400"],
    row_line=582, span=10, on_line="-1 452")
fin("k_vi_inv_ta", "virikkeellisen elämän investointimenojen talousarvio 2022", K, 665, 3,
    f"{VI22}: Investoinnit MENOT, TA 2022 +muutos (the HYVINVOINTI YHTEENSÄ table line 673 has the same "
    "-140 000)", ["investoinnit", "budget", "2022", "keyword"],
    row=["-29", "-18", "-140 000", "-18 522", "-121 478", "13,20"], also=[A(K, 673, "-140 000")])
fin("k_vk_avust_jalj", "varhaiskasvatuksen avustusten (kulut) jäljellä 2022", K, 476, 5,
    f"{VK22}: Avustukset (expense), Jäljellä at 30.9.2022", ["avustukset-kulu", "remaining", "interim-9kk",
                                                             "2022", "keyword"],
    row=["-579", "-451", "-615 000", "-387 815", "-227 185", "63,10", "-615 000"])

# ----------------------------------------------------------------------------------------------------
# key indicators. TP 2025 Tunnusluvut (tab; Toteutuma 2023 | Toteutuma 2024 | Tavoite 2025 | Toteutuma 2025),
# printed twice: palvelualue section (lines 144-163) and kasvatus- ja opetuslautakunta section (255-274).
def kpi(key, q, line, col, cell, what, tags, unit, also_cell=None, dup=111):
    val("kpi", key, q, T, line, cell, f"TP 2025 Tunnusluvut: {what}", tags, unit=unit, col=col,
        also=[A(T, line + dup, also_cell or cell)])


kpi("k_vk_as25", "varhaiskasvatuksen kustannukset euroa per asukas 2025", 146, 4, "426 €",
    "Varhaiskasvatus €/asukas, Toteutuma 2025", ["eur-per-resident", "actual", "2025", "lowercase"],
    "EUR/asukas")
kpi("k_vk_lapsi_tav", "Mikä oli varhaiskasvatuksen €/lapsi -tavoite vuodelle 2025?", 147, 3, "13 383 €",
    "Varhaiskasvatus €/lapsi (Heinolan kaikki alle kouluikäiset), Tavoite 2025",
    ["eur-per-child", "target", "2025", "full-sentence"], "EUR/lapsi")
kpi("k_po_opp24", "perusopetus euroa per oppilas 2024", 149, 2, "10 879 €",
    "Perusopetus €/oppilas, Toteutuma 2024", ["eur-per-pupil", "actual", "2024", "keyword"], "EUR/oppilas")
kpi("k_lu_opisk25", "Paljonko lukiokoulutus maksoi opiskelijaa kohden vuonna 2025?", 151, 4, "11 002 €",
    "Lukiokoulutus €/opiskelija, Toteutuma 2025", ["eur-per-student", "actual", "2025", "full-sentence"],
    "EUR/opiskelija")
kpi("k_mo_tunti25", "musiikkopisto €/opetustunti toteutuma 2025", 154, 4, "59 €",
    "Musiikkiopisto €/opetustunti, Toteutuma 2025", ["eur-per-lesson", "actual", "2025", "typo", "keyword"],
    "EUR/opetustunti")
kpi("k_mo_opisk23", "musiikkiopiston kustannukset per opiskelija 2023", 153, 1, "1110,37 €",
    "Musiikkiopisto €/opiskelija, Toteutuma 2023", ["eur-per-student", "actual", "2023", "keyword"],
    "EUR/opiskelija")
kpi("k_pk_osuus25", "Kuinka suuri osuus 9.-luokkalaisista suoritti peruskoulun vuonna 2025?", 155, 4, "99 %",
    "Peruskoulun suorittaneiden osuus % 9. luokkalaisista, Toteutuma 2025", ["percent", "actual", "2025",
                                                                            "full-sentence"], "%")
kpi("k_vi_as_tav", "virikkeellisen elämän nettokustannukset per asukas tavoite 2025", 156, 3, "261",
    "Virikkeellinen elämä nettokustannukset €/asukas, Tavoite 2025", ["eur-per-resident", "target", "2025",
                                                                     "keyword"], "EUR/asukas")
kpi("k_vi_osall25", "Montako osallistujaa virikkeellisen elämän omatoimiseen ja ryhmätoimintaan oli vuonna "
    "2025?", 157, 4, "399 922", "Virikkeellisen elämän ... omatoimiseen ja ryhmätoimintaan osallistuneet, "
    "Toteutuma 2025", ["count", "actual", "2025", "full-sentence"], "henkilöä")
kpi("k_kirj_kaynnit25", "kirjaston fyysiset käynnit keskimäärin asukasta kohden 2025", 158, 4, "6,3",
    "Kirjaston fyysiset käynnit ka / asukas, Toteutuma 2025", ["per-resident", "actual", "2025", "lowercase"],
    "käyntiä/asukas")
kpi("k_kirj_laina24", "kirjaston kokonaislainaus per asukas 2024", 159, 2, "11,4",
    "Kirjaston kokonaislainaus ka / asukas, Toteutuma 2024", ["per-resident", "actual", "2024", "keyword"],
    "lainaa/asukas")
kpi("k_hyte25", "HYTE-kerroin 2025", 145, 4, "21,5 euroa/asukas",
    "HYTE-kerroin €/asukas (Sotkanet), Toteutuma 2025", ["eur-per-resident", "actual", "2025", "keyword"],
    "EUR/asukas")
kpi("k_ulk_vire25", "virikkeellisen elämän ulkopuolinen rahoitus 2025", 163, 4, "vire: 317 755 euroa",
    "Ulkopuolinen rahoitus/€, Toteutuma 2025 column, 'vire: 317 755 euroa' (row labels misaligned in the "
    "extraction; the column reads hyte/opkou/vaka/vire)", ["external-funding", "actual", "2025", "keyword"],
    "EUR", also_cell="vire: 317 755 euroa.")
val("kpi", "k22_vk_lapsi20", "varhaiskasvatus euroa per lapsi toteutuma 2020", K, 1352, "9.024,00e",
    "1-9/2022 Tunnusluvut: Varhaiskasvatus €/lapsi, Toteutuma 2020 (PDF text: the column's two values "
    "€/asukas 375,65e and €/lapsi 9.024,00e stand on lines 1350 and 1352)",
    ["eur-per-child", "actual", "2020", "keyword"], unit="EUR/lapsi")
val("kpi", "k22_po_as21", "perusopetus €/asukas ennuste 2021", K, 1370, "658,80 €",
    "1-9/2022 Tunnusluvut: Perusopetus €/asukas, Ennuste 2021", ["eur-per-resident", "forecast", "2021",
                                                                "keyword"], unit="EUR/asukas")
val("kpi", "k22_lu_opisk_tav", "lukiokoulutuksen €/opiskelija tavoite 2022", K, 1392, "10 436 €",
    "1-9/2022 Tunnusluvut: Lukiokoulutus €/opiskelija, Tavoite 2022", ["eur-per-student", "target", "2022",
                                                                      "keyword"], unit="EUR/opiskelija")
val("kpi", "k22_mo_tunti20", "musiikkiopisto euroa/opetustunti 2020", K, 1403, "56,56 €",
    "1-9/2022 Tunnusluvut: Musiikkiopisto €/opetustunti, Toteutuma 2020 (values 25,45 / 1 444 / 56,56 for "
    "2020)", ["eur-per-lesson", "actual", "2020", "keyword"], unit="EUR/opetustunti")
val("kpi", "k22_oh20", "opiskeluhuollon kustannus per oppilas 2020", K, 1343, "164,74 €/ op.",
    "1-9/2022 Tunnusluvut: Opiskeluhuolto €/oppilas/opiskelija, Toteutuma 2020",
    ["eur-per-pupil", "actual", "2020", "keyword"], unit="EUR/oppilas")
val("kpi", "k_asukasluku", "Minkä asukasluvun mukaan vuoden 2025 tunnusluvut on laskettu?", T, 142, "17 600",
    "TP 2025: 'Vuoden 2025 tunnuslukujen laskennassa on käytetty Heinolan asukaslukuna lukua 17 600.'",
    ["count", "2025", "full-sentence"], unit="asukasta", also=[A(T, 251, "17 600")])

# ----------------------------------------------------------------------------------------------------
# numbers in running text
def txt(key, q, file, line, cell, what, tags, unit, also=()):
    val("text", key, q, file, line, cell, what, tags, unit=unit, also=also)


txt("x_museo25", "Montako museokävijää Heinolassa oli vuonna 2025?", T, 70, "30.000",
    "TP 2025 palvelualuejohtajan katsaus: 'vuoden 2025 aikana museokävijöitä oli jo lähes 30.000'",
    ["count", "2025", "full-sentence"], "kävijää")
txt("x_ulkom24", "Kuinka monta ulkomaan kansalaista asui Heinolassa 31.12.2024?", T, 100, "741 henkilöä",
    "TP 2025 sitovat tavoitteet: 'ulkomaan kansalaisten määrä 31.12.2024 (uusin tilasto) oli 741 henkilöä "
    "eli 4,2 % asukkaista'", ["count", "2024", "full-sentence"], "henkilöä")
txt("x_konsult_lapset", "Montako lasta konsultoinneilla tavoitettiin varhaiskasvatuksessa 2025?", T, 113,
    "308 lasta", "TP 2025 käyttösuunnitelma VAKA: 'Konsultoinneilla tavoitettiin 308 lasta ja 84 henkilöstön "
    "jäsentä'", ["count", "2025", "full-sentence"], "lasta", also=[A(T, 234, "308 lasta")])
txt("x_valo", "montako oppilasta valo-luokasa oli 31.12.2025", T, 121, "14 oppilasta",
    "TP 2025 käyttösuunnitelma OPKOU: 'Valo-luokassa (5.-9.lk) opiskeli 31.12.2025 14 oppilasta'",
    ["count", "2025", "lowercase", "typo"], "oppilasta", also=[A(T, 236, "14 oppilasta")])
txt("x_tapaht25", "Paljonko vuorovaikutteisiin maksuttomiin tapahtumiin osallistui ihmisiä vuonna 2025?", T,
    126, "9087 osallistujaa", "TP 2025 käyttösuunnitelma VIRE: 'näihin tapahtumiin on osallistunut 9087 "
    "osallistujaa'", ["count", "2025", "full-sentence"], "osallistujaa")
txt("x_lukio25", "lukion opiskelijamäärä 2025", T, 127, "193 opiskelijaa",
    "TP 2025 käyttösuunnitelma OPKOU: 'Lukiossa oli 193 opiskelijaa ja 27 aineopiskelijaa'",
    ["count", "2025", "keyword"], "opiskelijaa", also=[A(T, 241, "193 opiskelijaa")])
txt("x_eo_vapaa", "Montako prosenttia esiopetuspaikoista oli vapaana 20.12.2025?", T, 128, "4,76 %",
    "TP 2025 VAKA: 'oli 20.12.2025 vapaana 1,69 % kaikista varhaiskasvatuspaikoista ja 4,76 % kaikista "
    "esiopetuspaikoista'", ["percent", "2025", "full-sentence"], "%", also=[A(T, 242, "4,76 %")])
txt("x_kaytto25", "päiväkotien käyttöaste koko vuonna 2025", T, 136, "75,99%",
    "TP 2025 VAKA: 'Koko vuoden 2025 käyttöaste oli 75,99%' (sentence split over lines 128/136)",
    ["percent", "2025", "keyword"], "%", also=[A(T, 242, "75,99%")])
txt("x_kerhot_q1", "Montako kertaa VAKAn kerhoja pidettiin ensimmäisellä vuosineljänneksellä 2025?", Q, 292,
    "128 kertaa", "1-3/2025 käyttösuunnitelma VAKA: 'Lisäksi kerhoja pidettiin 128 kertaa.'",
    ["count", "interim-3kk", "2025", "full-sentence", "abbrev:vaka"], "kertaa")
txt("x_aktiv", "aktivointiaste helmikuussa 2025", Q, 1206, "20,2 prosenttia",
    "1-3/2025 HED ltk käyttösuunnitelma HYTY: 'Aktivointiaste helmikuussa 20,2 prosenttia.'",
    ["percent", "2025", "keyword"], "%")
txt("x_kaytto_helmi", "päiväkotien käyttöaste helmikuu 2025", Q, 722, "75,72 %",
    "1-3/2025 VAKA: 'Päiväkotien käyttöaste oli tammikuussa 76,5 %, helmikuussa 75,72 % ja maaliskuussa "
    "75,77 %'", ["percent", "2025", "keyword"], "%")
txt("x_hyv_indeksi", "Mikä oli Heinolan hyvinvointi-indeksi syyskuun 2024 katsauksessa?", S, 19, "142,3",
    "1-9/2024 sitovat tavoitteet, Toteuma 30.9.: 'Hyvinvointi-indeksi: 142,3 HYTE-kerroin: 20,3'",
    ["index", "2024", "full-sentence"], "indeksi")
txt("x_tunnekoul", "montako henkilöä opetushenkilöstöstä kävi tunne- ja vuorovaikutuskoulutuksen syksyllä 2024",
    S, 221, "140 henkilöä", "1-9/2024 käyttösuunnitelma OPKOU: 'opetushenkilöstöstä on 140 henkilöä käynyt "
    "tunne- ja vuorovaikutuskoulutuskokonaisuuden elosyyskuun aikana. Tämä on 80 %'",
    ["count", "2024", "lowercase"], "henkilöä")
txt("x_harraste_vast", "Kuinka moni alakoululainen vastasi harrastemallin kyselyyn 2024?", S, 230, "660",
    "1-9/2024 käyttösuunnitelma VIRE: 'Harrastemallin kyselyyn vastasi 660 alakoulun lasta ja heistä 146 ei "
    "harrasta'", ["count", "2024", "full-sentence"], "lasta")
txt("x_museo24", "museokohteiden kävijämäärä syyskuun loppuun 2024", S, 234, "15051 kävijää",
    "1-9/2024 käyttösuunnitelma VIRE: 'Museokohteissa on vierailut syyskuun loppuun mennessä 15051 kävijää.'",
    ["count", "interim-9kk", "2024", "keyword"], "kävijää")
txt("x_lyseo", "Paljonko Lyseonmäen koulun investoinneista oli käytetty 30.9.2024?", S, 211, "9 940 €",
    "1-9/2024 investoinnit: 'Opetus- ja koulutuspalveluiden investointeja (Lyseonmäen koulu, 50 000 €) on "
    "aloitettu, käytetty 9 940 €.'", ["euro", "2024", "full-sentence"], "EUR")
txt("x_perhepuisto22", "perhepuiston kävijämäärä 2022", K, 1316, "13 792",
    "1-9/2022 käyttösuunnitelma VIRE: 'Kävijämäärä koko toimintakauden aikana oli 13 792.' (target 25 000)",
    ["count", "2022", "keyword"], "kävijää")
txt("x_m2_lapsi", "montako neliötä päiväkodeissa oli lasta kohden 20.9.2022", K, 159, "11,7",
    "1-9/2022: '20.9.2022 päiväkodeissa oli käytössä keskimäärin 11,7 m²/lapsi' (also line 1179)",
    ["area", "2022", "lowercase"], "m²/lapsi", also=[A(K, 1179, "11,7m²/lapsi")])
txt("x_paatto22", "Kuinka monta prosenttia 9.-luokkalaisista sai päättötodistuksen keväällä 2022?", K, 28,
    "99 %", "1-9/2022 sitovat tavoitteet: 'Peruskoulun päättötodistuksen sai 99 % 9.luokkalaisista keväällä "
    "2022.'", ["percent", "2022", "full-sentence"], "%")

# ----------------------------------------------------------------------------------------------------
# project tables
def prj(key, q, file, line, cell, what, tags, unit, col=None):
    val("project", key, q, file, line, cell, what, tags, unit=unit, col=col)


prj("h_toimintakyky", "Toimintakykyinen peruskoululainen -hankkeen kokonaisrahoitus", T, 296, "15 000",
    "TP 2025 Hankkeet: Toimintakykyinen peruskoululainen (2024-2025, AVI), Hankkeen kokonaisrahoitus",
    ["total-funding", "2025", "keyword"], "EUR", col=3)
prj("h_s2_tot", "Suomi toisena kielenä -hankkeen menojen toteuma %", T, 299, "100 %",
    "TP 2025 Hankkeet: Suomi toisena kielenä (OPH), Menojen toteuma % (city share 'vähintään 14 %')",
    ["spend-pct", "2025", "keyword"], "%", col=5)
prj("h_tilap", "Mikä on Tilapäisen suojelun lisätuki -hankkeen kokonaisrahoitus?", Q, 1525, "30 000",
    "1-3/2025 Hankkeet (HED ltk): Tilapäisen suojelun lisätuki 2025-2026, 30 000, TEM, 0 %, 0 %",
    ["total-funding", "2025", "full-sentence"], "EUR")
prj("h_kirjo", "Kirjokerho-hankkeen kokonaisrahoitus", Q, 1393, "7 778",
    "1-3/2025 Hankkeet: 'Kirjokerho 2025–2026 7 778 AVI 10 % 0 %'", ["total-funding", "2025", "keyword"],
    "EUR")
prj("h_korona", "Koronaviruksen aiheuttamien vaikutusten tasoittaminen perusopetuksessa, kaupungin "
    "rahoitusosuus?", S, 270, "5 %", "1-9/2024 Hankkeet: Koronaviruksen aiheuttamien vaikutusten tasoittaminen "
    "perusopetuksessa (2023-2024, 147388, OKM), Kaupungin rahoitusosuus %", ["city-share", "2024", "keyword"],
    "%", col=5)
prj("h_esiop17", "kaksivuotisen esiopetuksen kokeilun (v. 2017 syntyneet) kokonaisrahoitus", S, 262, "26300",
    "1-9/2024 Hankkeet: Kaksivuotisen esiopetuksen kokeilu (v. 2017 syntyneet), 2022-2024, OKM",
    ["total-funding", "2024", "lowercase"], "EUR", col=3)
prj("h_he_yht", "Paljonko hyvinvoinnin edistämisen lautakunnan hankkeiden kokonaisrahoitus oli yhteensä 1-3/2025 "
    "katsauksessa?", Q, 1581, "428 194 €", "1-3/2025 Hankkeet of Hyvinvoinnin edistämisen lautakunta: "
    "Yhteensä 428 194 € (the palvelualue's own project table totals 0 €, line 945)",
    ["total-funding", "interim-3kk", "2025", "full-sentence"], "EUR")
prj("h_harrmalli23", "heinolan harrastemallin toteuttaminen 2023–2024 menojen toteuma", S, 279, "149,3 %",
    "1-9/2024 Hankkeet: Heinolan harrastemallin toteuttaminen 2023–2024 (59997,33, AVI, 25 %), Menojen "
    "toteuma % (the 2024–2025 row has 0 %)", ["spend-pct", "2024", "lowercase"], "%", col=6)
prj("h_tp_yht_tot", "TP 2025 hankkeiden menojen toteuma yhteensä", T, 300, "74 %",
    "TP 2025 Hankkeet, Yhteensä row: 744 771 € | 20 % | 74 % (Menojen toteuma %)",
    ["spend-pct", "2025", "keyword", "abbrev:TP"], "%", col=5)
prj("h_tasa2427", "Varhaiskasvatuksen, esi- ja perusopetuksen koulutuksellisen tasa-arvon ja yhdenvertaisuuden "
    "edistäminen -hankkeen rahoitus", S, 265, "262500",
    "1-9/2024 Hankkeet: Varhaiskasvatuksen, esi- ja perusopetuksen koulutuksellisen tasa-arvon ja "
    "yhdenvertaisuuden edistäminen, 2024–2027, OKM, Hankkeen kokonaisrahoitus",
    ["total-funding", "2024", "keyword"], "EUR", col=3)

# ----------------------------------------------------------------------------------------------------
# not_found
nf("n_vire_tp25", "Mikä oli virikkeellisen elämän toimintakate koko vuonna 2025 tilinpäätöksen mukaan?",
   "The TP 2025 report has tables for Hyvinvointipalvelut, Kasvatus- ja opetuslautakunta, Palvelualuejohtajan "
   "vastuualue, Opetus ja koulutus and Varhaiskasvatus only; Virikkeellinen elämä has a table only in 1-3/2025 "
   "(TA 2025 -4 597 100, 3 months -1 090 030), neither of which is the full-year actual asked for.",
   ["toimintakate", "actual", "full-year", "2025", "full-sentence", "absent-unit"])
nf("n_lukio_kulut", "lukion toimintakulut 2025",
   "No report has a table for lukio (upper secondary) alone; only the key indicators €/asukas and "
   "€/opiskelija, and the student count in text.", ["toimintakulut", "2025", "keyword", "absent-unit"])
nf("n_kirjasto_kate", "kirjaston toimintakate 2024",
   "The library has no own table in any report (only visits/loans per resident and text).",
   ["toimintakate", "2024", "keyword", "absent-unit"])
nf("n_verotulot", "Paljonko Heinolan verotulot olivat vuonna 2025?",
   "Tax revenue is a city-level item; these welfare-services reports do not have it.",
   ["absent-row", "2025", "full-sentence"])
nf("n_vaka_ta26", "varhaiskasvatuksen talousarvio 2026",
   "No report has a budget for 2026 (TA 2025 is the newest).", ["budget", "2026", "keyword", "absent-period"])
nf("n_vuokratuotot25", "hyvinvointipalvelujen vuokratuotot 2025",
   "The 2025 income statements have no Vuokratuotot row (only the 1-9/2022 report has one).",
   ["absent-row", "2025", "keyword"])
nf("n_vaka_hlo25", "Mitkä olivat varhaiskasvatuksen henkilöstökulut vuonna 2025?",
   "The TP 2025 Varhaiskasvatus table has only Toimintatuotot, Toimintakulut, Toimintakate; the 1-3/2025 report "
   "has no Varhaiskasvatus table.", ["henkilostokulut", "2025", "full-sentence", "absent-row"])
nf("n_musiikki_opp", "montako oppilasta musiikkiopistossa oli 2025",
   "No count of music-school students is printed (only €/opiskelija; 1-9/2024 says the count grew and that "
   "'yli 100 uutta asiakasta' started).", ["count", "2025", "lowercase"])
nf("n_kaytto_kesa", "päiväkotien käyttöaste kesäkuussa 2025",
   "Utilisation rates are printed for January-March and October-December 2025 and the whole of 2025, not June.",
   ["percent", "2025", "keyword", "absent-period"])
nf("n_hyte22", "HYTE-kerroin 2022",
   "HYTE-kerroin is given for 2023, 2024 (also 20,3 at 30.9.2024), target 2025 and 2025; not for 2022.",
   ["index", "2022", "keyword", "absent-period"])
nf("n_po_opp22", "perusopetuksen €/oppilas toteutuma 2022",
   "The 1-9/2022 report gives only the target 2022 (9630 €), actual 2020 and forecast 2021; the TP 2025 series "
   "starts from 2023. No actual for 2022 anywhere.", ["eur-per-pupil", "actual", "2022", "keyword"])
nf("n_lahti", "Lahden varhaiskasvatuksen toimintakulut 2025",
   "Lahti is another municipality; the reports are Heinola's.", ["city", "2025", "keyword"])
nf("n_asukas24", "Mikä oli Heinolan asukasluku vuonna 2024?",
   "Only the population used for the 2025 indicators (17 600) is printed; no 2024 population.",
   ["count", "2024", "full-sentence"])

# clarify
cl("c_kate25", "Mikä oli toimintakate vuonna 2025?",
   ["hyvinvointipalvelu", "kasvatus- ja opetus", "varhaiskasvatus", "opetus ja koulutus", "palvelualuejohtaja"],
   "No unit named: TP 2025 prints a 2025 toimintakate for five units.",
   [A(T, 20, "-36 518 507", -36518507), A(T, 180, "-25 825 376", -25825376), A(T, 308, "-1 070 572", -1070572),
    A(T, 326, "-17 247 296", -17247296), A(T, 346, "-7 507 509", -7507509)],
   ["toimintakate", "2025", "full-sentence", "unit-missing"])
cl("c_opisk_tav", "€/opiskelija tavoite 2025", ["lukio", "musiikkiopisto"],
   "Two indicators are €/opiskelija: Lukiokoulutus (target 11 364) and Musiikkiopisto (target 1285).",
   [A(T, 151, "11 364 €", 11364), A(T, 153, "1285 €", 1285)], ["eur-per-student", "target", "2025", "keyword"])
cl("c_asukas24", "Paljonko €/asukas oli vuonna 2024?",
   ["varhaiskasvatus", "perusopetus", "lukio", "musiikkiopisto", "virikkeellinen", "hyte"],
   "Six €/asukas indicators have a 2024 value.",
   [A(T, 146, "434 €", 434), A(T, 148, "811 €", 811), A(T, 150, "120 €", 120), A(T, 152, "33 €", 33),
    A(T, 156, "244", 244), A(T, 145, "20,3 €", 20.3)], ["eur-per-resident", "2024", "full-sentence"])
cl("c_kerho", "koulujen kerhotoiminnan tukeminen kokonaisrahoitus",
   ["2024–2025", "2024-2025", "2025–2026", "2025-2026", "2023"],
   "Four 'Koulujen kerhotoiminnan tukeminen' projects are printed: (2024–2025) 18 572 and (2025–2026) 9 000 in "
   "TP 2025; '2023' 6000 and '2024' 18571 in 1-9/2024.",
   [A(T, 291, "18 572", 18572), A(T, 292, "9 000", 9000), A(S, 266, "6000", 6000), A(S, 269, "18571", 18571)],
   ["project", "total-funding", "keyword", "multi-period"])
cl("c_etsiva", "Paljonko etsivä nuorisotyö -hankkeen kokonaisrahoitus on?",
   ["2024–2025", "2024-2025", "2025–2026", "2025-2026"],
   "1-3/2025 lists Etsivä nuorisotyö twice: 2024–2025 71 000 and 2025–2026 58 448.",
   [A(Q, 1544, "71 000", 71000), A(Q, 1564, "58 448", 58448)], ["project", "total-funding", "full-sentence",
                                                                 "multi-period"])
cl("c_ltk_kulut", "lautakunnan toimintakulut 2025", ["kasvatus", "hyvinvoinnin edistämisen"],
   "Two lautakunnat: Kasvatus- ja opetuslautakunta (TP 2025 actual -27 270 574) and Hyvinvoinnin edistämisen "
   "lautakunta (only in 1-3/2025: TA -12 181 900, 3 months -2 597 426).",
   [A(T, 179, "-27 270 574", -27270574), A(Q, 970, "-12 181 900", -12181900)],
   ["toimintakulut", "2025", "keyword", "unit-missing"])
cl("c_tuet_q1", "tuet ja avustukset 1-3/2025", ["hyvinvointipalvelu", "hyvinvoinnin edistämisen"],
   "The 1-3/2025 report prints Tuet ja avustukset for Hyvinvointipalvelut (194 740) and for Hyvinvoinnin "
   "edistämisen lautakunta (115 428).", [A(Q, 18, "194 740", 194740), A(Q, 961, "115 428", 115428)],
   ["tuet-ja-avustukset", "interim-3kk", "2025", "keyword", "unit-missing"])
cl("c_lainaus", "kirjaston kokonaislainaus per asukas", ["2023", "2024", "2025"],
   "No year: the TP 2025 indicator has 2023 12,79, 2024 11,4, target 2025 12, 2025 11,5 (and 1-9/2022 has "
   "11,99 for 2020).", [A(T, 159, "12,79", 12.79), A(T, 159, "11,4", 11.4), A(T, 159, "11,5", 11.5)],
   ["per-resident", "keyword", "year-missing"])
cl("c_vk_vuokra", "vuokrakulut varhaiskasvatus", ["2021", "2022"],
   "No year or column: only 1-9/2022 has Vuokrakulut for varhaiskasvatus: TP 2021 -884 (thousand €), "
   "TA 2022 -864 900, TOT 2022 9 kk -667 963.", [A(K, 478, "-864 900", -864900), A(K, 478, "-667 963", -667963)],
   ["vuokrakulut", "keyword", "year-missing"])
cl("c_lukio_hanke", "oppimisen tukeminen heinolan lukio hankkeen kokonaisrahoitus",
   ["2022–2024", "2022-2024", "2024–2025", "2024-2025"],
   "Two projects of that name: 2022–2024 45000 and 2024–2025 18839 (1-9/2024; TP 2025 prints 18 839).",
   [A(S, 273, "45000", 45000), A(S, 276, "18839", 18839)], ["project", "total-funding", "lowercase",
                                                           "multi-period"])
cl("c_vuoro", "Nuorten vuorokokemustarinatyöskentely hankkeen rahoitus", ["2024", "2025"],
   "Two rows: 2024 (29 011 in 1-3/2025; 29110 in 1-9/2024) and the 2025 jatkohanke 50 000.",
   [A(Q, 1416, "29 011", 29011), A(Q, 1437, "50 000", 50000), A(S, 281, "29110", 29110)],
   ["project", "total-funding", "keyword", "multi-period"])

# ----------------------------------------------------------------------------------------------------
# traps: one word (or phrase) added or changed in a plain question
TRAPS: list[dict] = []
NF = "not_found"


def C(file, line, cell, col=None, what="", span=1):
    """A verified cell an answer trap / alt_accept points at (span: lines the printed cell runs over)."""
    out = {"file": file, "line": line, "cell": cell, "value": _clean(_num(cell))}
    if span > 1:
        out["span"] = span
    if col is not None:
        out["col"] = col
    if what:
        out["what"] = what
    return out


def trap(kind, base, q, added, why, *, status=NF, alt=(), origin="hand"):
    b = BY_KEY[base]
    ex = {"status": status, "why": why}
    if alt:
        ex["alt_accept"] = list(alt)
    TRAPS.append({"q": q, "base_key": base, "added": added, "kind": kind, "origin": origin, "expect": ex})


def answer_trap(kind, base, q, added, why, cell=None, *, shifted=False, computed=None, also=()):
    """Expect a figure: the base answer (cell None), a shifted cell, or a computed value."""
    b = BY_KEY[base]
    if cell is None and computed is None:
        ex = {"status": "answer", "accept": b["expect"]["accept"], "file": b["expect"]["file"],
              "line": b["expect"]["line"], "also": b["expect"].get("also", []), "why": why}
    elif computed is not None:
        ex = {"status": "answer", "accept": [computed["value"]], "file": computed["terms"][0]["file"],
              "line": computed["terms"][0]["line"], "also": list(also), "computed": True,
              "formula": computed, "why": why}
    else:
        ex = {"status": "answer", "accept": [cell["value"]], "file": cell["file"], "line": cell["line"],
              "also": list(also), "shifted": shifted, "cell": cell, "why": why}
    TRAPS.append({"q": q, "base_key": base, "added": added, "kind": kind, "origin": "hand", "expect": ex})


CITY = "Another municipality: the reports are Heinola's only."
# city (14)
trap("city", "ko_myynti", "Lahden kasvatus- ja opetuslautakunnan myyntituotot 2025", "Lahden", CITY)
trap("city", "q_myynti", "Hollolan hyvinvointipalveluiden myyntituotot tammi-maaliskuu 2025", "Hollolan",
     CITY + " Hollola is named in the text only as a partner of the kotoutuminen network.")
trap("city", "s_tulot", "Kouvolan hyvinvointilautakunnan toimialan tulot tammi-syyskuu 2024", "Kouvolan", CITY)
trap("city", "s_vk_kate", "varhaiskasvatuksen palvelualueen toimintakate Lahdessa 30.9.2024", "Lahdessa", CITY)
trap("city", "k_vk_as25", "Orimattilan varhaiskasvatuksen kustannukset euroa per asukas 2025", "Orimattilan",
     CITY + " Orimattila is named only as a network partner.")
trap("city", "k_vi_osall25", "Montako osallistujaa Sysmän virikkeellisen elämän omatoimiseen ja ryhmätoimintaan "
     "oli vuonna 2025?", "Sysmän", CITY)
trap("city", "x_museo25", "Montako museokävijää Mikkelissä oli vuonna 2025?", "Mikkelissä",
     CITY + " ('Heinolassa' replaced)")
trap("city", "x_ulkom24", "Kuinka monta ulkomaan kansalaista asui Hartolassa 31.12.2024?", "Hartolassa",
     CITY + " ('Heinolassa' replaced; Hartola is named only as an Ohjaamo partner)")
trap("city", "k_pk_osuus25", "Kuinka suuri osuus 9.-luokkalaisista suoritti peruskoulun i Lahtis vuonna 2025?",
     "i Lahtis", CITY + " (Swedish 'i Lahtis' = in Lahti)")
trap("city", "x_perhepuisto22", "Jyväskylän perhepuiston kävijämäärä 2022", "Jyväskylän", CITY)
trap("city", "k_hy_hlo", "Tampereen hyvinvoinnin ja terveyden edistämisen henkilöstökulut tammi-syyskuu 2022",
     "Tampereen", CITY)
trap("city", "myynti_poik", "Paljonko Espoon hyvinvointipalvelujen myyntituotot poikkesivat talousarviosta "
     "vuonna 2025?", "Espoon", CITY)
trap("city", "ko_vuosikate", "Paljonko oli Kotkan kasvatus- ja opetuslautakunnan vuosikate 2025?", "Kotkan", CITY)
trap("city", "k_lu_opisk25", "Paljonko lukiokoulutus maksoi opiskelijaa kohden Helsingissä vuonna 2025?",
     "Helsingissä", CITY)

# period (18)
trap("period", "q_hlo", "hyvinvointipalvelut henkilöstkulut Q2 2025", "Q2",
     "No report covers April-June 2025 (only 1-3/2025 and the full year).")
trap("period", "q_kate", "hyvinvointipalvelujen toimintakate kuuden ensimmäisen kuukauden ajalta 2025", "kuuden",
     "No half-year (1-6/2025) figures are reported.")
trap("period", "s_tulot", "hyvinvointilautakunnan toimialan tulot tammi-kesäkuu 2024", "tammi-kesäkuu",
     "2024 is reported for 1-9 only (and TP 2024 comparison figures of the new organisation).")
trap("period", "s_vuosikate", "hyvinvointitoimialan vuosikate 1–6/2024", "1–6/2024",
     "No half-year 2024 report.")
trap("period", "he_kate", "hyvinvoinnin edistämisen lautakunnan toimintakate Q3 2025", "Q3",
     "No report for July-September or 1-9/2025.")
trap("period", "hy_kulut", "hyty toimintakulut huhti-kesäkuu 2025", "huhti-kesäkuu",
     "Only January-March 2025 is reported for HYTY.")
trap("period", "s_tuet_pct", "hyvinvointitoimialan tukien ja avustusten toteutumisprosentti kesäkuun lopussa 2024",
     "kesäkuun", "No figures at the end of June 2024.")
trap("period", "s_vk_kate", "varhaiskasvatuksen palvelualueen toimintakate 30.6.2024", "30.6.2024",
     "No figures at 30.6.2024 (the interim report is at 30.9.2024).")
trap("period", "k_hlo_ta", "Mikä oli hyvinvointitoimialan henkilöstökulujen talousarvio 2023?", "2023",
     "No report prints TA 2023 (1-9/2024 has TP 2023 and TOT 2023 9 kk, not the 2023 budget).")
trap("period", "s_menot_ta", "Mikä oli hyvinvointitoimialan menojen talousarvio 2019?", "2019",
     "No report covers 2019.")
trap("period", "ko_hlo", "kasvatus ja opetuslautakunta henkilöstökulut toteutuma 2026", "2026",
     "2026 has no actual (the newest report is TP 2025).")
trap("period", "pj_kulut", "palvelualuejohtajan vastuualueen toimintakulut 2023", "2023",
     "The vastuualue exists from 2025; its table has TP 2024, TA 2025 and Toteuma 2025 only.")
trap("period", "k_vk_lapsi_tav", "Mikä oli varhaiskasvatuksen €/lapsi -tavoite vuodelle 2026?", "2026",
     "Targets are printed for 2025 (and 2022), not 2026.")
trap("period", "x_aktiv", "aktivointiaste toukokuussa 2025", "toukokuussa",
     "The activation rate is printed for February 2025 only.")
trap("period", "k_vk_kate", "varhaiskasvatus toimintakate tot 2022 6 kk", "6 kk",
     "The 2022 report covers 9 months; no 6-month figures.")
trap("period", "s_vk_myynti", "varhaiskasvatuksen myyntituotot heinä-syyskuu 2024", "heinä-syyskuu",
     "Only cumulative 1-9/2024 is reported; the third quarter alone is not (no 1-6/2024 to subtract).")
trap("period", "x_kaytto25", "päiväkotien käyttöaste koko vuonna 2024", "2024",
     "No whole-year utilisation rate for 2024 (1-9/2024 gives July, August and September only).")
trap("period", "x_hyv_indeksi", "Mikä oli Heinolan hyvinvointi-indeksi syyskuun 2023 katsauksessa?", "2023",
     "No 2023 interim report; the index 142,3 is from the 30.9.2024 report.")

# measure (13)
trap("measure", "q_hlo", "hyvinvointipalvelut henkilöstkulut kuukausittain Q1 2025", "kuukausittain",
     "Only the 3-month total is printed, no monthly breakdown.")
trap("measure", "ko_vuosikate", "Paljonko oli kasvatus- ja opetuslautakunnan vuosikatteen mediaani 2025?",
     "mediaani", "A median of vuosikate is not a reported measure.")
trap("measure", "ko_hlo", "kasvatus ja opetuslautakunta henkilöstökulut per htv toteutuma 2025", "per htv",
     "No person-years (htv) are reported.")
trap("measure", "k_po_opp24", "perusopetus euroa per oppilas mediaani 2024", "mediaani",
     "€/oppilas is a ratio of totals; no median is reported.")
trap("measure", "k_kirj_kaynnit25", "kirjaston fyysiset käynnit mediaani asukasta kohden 2025", "mediaani",
     "Only the average (ka) per resident is printed.")
trap("measure", "k_lu_opisk25", "Paljonko lukiokoulutus maksoi opiskelijaa kohden vuonna 2025, keskihajonta?",
     "keskihajonta", "No standard deviation is reported.")
trap("measure", "x_tapaht25", "Paljonko vuorovaikutteisiin maksuttomiin tapahtumiin osallistui ihmisiä keskimäärin "
     "per tapahtuma vuonna 2025?", "keskimäärin per tapahtuma",
     "The number of events is not printed ('yksi tai kaksi kuukaudessa'), so no per-event average.")
trap("measure", "op_kulut_pct", "Opetus ja koulutus: toimintakulujen toteuma-% 2025 inflaatiokorjattuna",
     "inflaatiokorjattuna", "No inflation-adjusted figures.")
trap("measure", "ko_myynti", "kasvatus- ja opetuslautakunnan myyntituotot per työntekijä 2025", "per työntekijä",
     "No staff counts, so no per-employee figures.")
trap("measure", "he_hlo", "hyvinvoinnin edistämisen ltk henkilötyövuodet tammi-maaliskuu 2025",
     "henkilötyövuodet", "Person-years are not reported ('henkilöstökulut' replaced).")
trap("measure", "k_op_vuokra_ta", "opetus- ja koulutuspalveluiden vuokrakulujen talousarvio 2022 neliömetriä "
     "kohden", "neliömetriä kohden", "No floor areas for schools are printed (m²/lapsi only for day care).")
trap("measure", "k_hyte25", "HYTE-kerroin 2025 maakunnan keskiarvo", "maakunnan keskiarvo",
     "The report says Heinola's HYTE-kerroin is the best in the province, but gives no provincial average.")
trap("measure", "x_eo_vapaa", "Montako esiopetuspaikkaa oli vapaana 20.12.2025?", "esiopetuspaikkaa",
     "Only the share (4,76 %) is printed, not the number of places ('prosenttia esiopetuspaikoista' replaced).")

# foreign column words (13): not silently ignored; alt_accept = the column the word means, if it exists
trap("foreign", "vi_kulut_ta", "Mikä on virikkeellisen elämän toimintakulujen forecast vuodelle 2025?",
     "forecast", "No report has a forecast (Ennuste) for 2025 ('talousarvio' replaced).")
trap("foreign", "he_tuet_ta", "Mikä on hyvinvoinnin edistämisen lautakunnan tukien ja avustusten forecast 2025?",
     "forecast", "The 1-3/2025 report has no forecast column ('talousarvio' replaced).")
trap("foreign", "k_vk_kate", "varhaiskasvatus toimintakate prognos 2022", "prognos",
     "Swedish 'prognos' = ennuste ('tot ... 9 kk' replaced): the TP Ennuste column.",
     alt=[C(K, 506, "-7 762 400", span=3, what="VARHAISKASVATUS TOIMINTAKATE, TP Ennuste 2022")])
trap("foreign", "q_myynti", "hyvinvointipalveluiden myyntituotot remaining tammi-maaliskuu 2025", "remaining",
     "English 'remaining' = Jäljellä.", alt=[C(Q, 16, "500 112", what="Myyntituotot, Jäljellä")])
trap("foreign", "vi_kate_pct", "vire toimintakate återstår q1 2025", "återstår",
     "Swedish 'återstår' = Jäljellä ('tot-%' replaced).",
     alt=[C(Q, 1594, "-3 507 070", what="Virikkeellinen elämä Toimintakate, Jäljellä")])
trap("foreign", "ko_ostot_pct", "Kasvatus- ja opetuslautakunnan palvelujen ostojen variance vuonna 2025?",
     "variance", "'variance' (budget variance = Poikkeama; statistical variance is not reported).",
     alt=[C(T, 193, "- 363 202", col=4, what="Palvelujen ostot, Poikkeama")])
trap("foreign", "vk_tuotot_poik", "varhaiskasvatuksen toimintatuottojen avvikelse 2025", "avvikelse",
     "Swedish 'avvikelse' = poikkeama: the base figure is the understood answer.",
     alt=[C(T, 344, "-46 747", col=4, what="Varhaiskasvatus Toimintatuotot, Poikkeama")])
trap("foreign", "vk_kulut_ta", "vaka toimintakulut actual 2025", "actual",
     "English 'actual' = toteuma ('ta' replaced).",
     alt=[C(T, 345, "-7 923 256", col=3, what="Varhaiskasvatus Toimintakulut, Toteuma 2025")])
trap("foreign", "s_vk_kate", "varhaiskasvatuksen palvelualueen toimintakate outturn 30.9.2024", "outturn",
     "'outturn' = toteuma: the base figure is the understood answer.",
     alt=[C(S, 158, "-5 753 211", col=4, what="TOT 2024 9 kk")])
trap("foreign", "k_hy_kate_pct", "hyte toimintakate forecast 2022", "forecast",
     "English 'forecast' = TP Ennuste ('toteuma-% 9kk' replaced).",
     alt=[C(K, 302, "-892 200", what="HYTE TOIMINTAKATE, TP Ennuste 2022")])
trap("foreign", "he_kulut_pct", "hyvinvoinnin edistämisen lautakunnan toimintakulujen remaining maaliskuun loppuun "
     "2025", "remaining", "English 'remaining' = Jäljellä ('toteuma-%' replaced).",
     alt=[C(Q, 970, "-9 584 474", what="HED ltk Toimintakulut, Jäljellä")])
trap("foreign", "k_vi_as_tav", "virikkeellisen elämän nettokustannukset per asukas actual 2025", "actual",
     "English 'actual' = toteutuma ('tavoite' replaced).",
     alt=[C(T, 156, "260", col=4, what="Virikkeellinen elämä nettokustannukset €/asukas, Toteutuma 2025")])
trap("foreign", "ko_hlo", "kasvatus ja opetuslautakunta personnel costs toteutuma 2025", "personnel costs",
     "English 'personnel costs' = henkilöstökulut: the base figure is the understood answer.",
     alt=[C(T, 192, "-17 782 408", col=3, what="Henkilöstökulut, Toteuma 2025")])

# negation (10)
answer_trap("negation", "vuosikate", "hyvinvointipalveluiden vuosikate ilman rahoitustuottoja vuonna 2025",
            "ilman rahoitustuottoja", "Vuosikate minus rahoitustuotot ja -kulut = toimintakate (printed).",
            computed={"op": "-", "value": -36518507,
                      "terms": [C(T, 40, "-36 518 458", col=3), C(T, 39, "49", col=3)]},
            also=[A(T, 20, "-36 518 507"), A(T, 38, "-36 518 507")])
answer_trap("negation", "ko_vuosikate", "Paljonko oli kasvatus- ja opetuslautakunnan vuosikate ilman poistoja 2025?",
            "ilman poistoja", "Vuosikate is already before depreciation (poistot): the base figure stays right; "
            "subtracting poistot again would be wrong.")
answer_trap("negation", "ko_hlo", "kasvatus ja opetuslautakunta toimintakulut ilman henkilöstökuluja toteutuma "
            "2025", "ilman henkilöstökuluja", "Toimintakulut - henkilöstökulut.",
            computed={"op": "-", "value": -9488166,
                      "terms": [C(T, 197, "-27 270 574", col=3), C(T, 192, "-17 782 408", col=3)]})
answer_trap("negation", "op_kate_ta", "opkou toimintakate 2025, ei budjetti", "ei budjetti",
            "Not the budget: the actual (Toteuma 2025).", C(T, 326, "-17 247 296", col=3), shifted=True)
trap("negation", "s_vk_kulut_ta", "varhaiskasvatuksen toimintakulut 2024, ei talousarvio", "ei talousarvio",
     "Not the budget, but 2024 has no full-year actual in the 1-9/2024 report: ask back, or give TP 2024 from the "
     "TP 2025 report (technically merged) or the 9-month actual with its period.", status="clarify",
     alt=[C(T, 345, "-8 254 822", col=1, what="Varhaiskasvatus Toimintakulut, Tilinpäätös 2024 (TP 2025 report)"),
          C(S, 157, "-6 138 608", col=4, what="TOT 2024 9 kk")])
trap("negation", "k_vi_osall25", "Montako osallistujaa virikkeellisen elämän omatoimiseen ja ryhmätoimintaan oli "
     "vuonna 2025 paitsi kirjastossa?", "paitsi kirjastossa", "No breakdown by service is printed.")
trap("negation", "x_konsult_lapset", "Montako lasta konsultoinneilla tavoitettiin varhaiskasvatuksessa 2025 "
     "lukuun ottamatta esiopetusta?", "lukuun ottamatta esiopetusta",
     "The 308 children cover varhaiskasvatus and esiopetus together; no split.")
trap("negation", "x_kaytto25", "päiväkotien käyttöaste koko vuonna 2025 ilman joulukuuta", "ilman joulukuuta",
     "Monthly rates are printed only for some months; an 11-month rate cannot be derived.")
answer_trap("negation", "x_lukio25", "lukion opiskelijamäärä 2025 pois lukien aineopiskelijat",
            "pois lukien aineopiskelijat", "The 193 students are printed apart from the 27 aineopiskelijat: the "
            "base figure is right.")
trap("negation", "k_vk_as25", "varhaiskasvatuksen kustannukset euroa per asukas 2025 ilman esiopetusta",
     "ilman esiopetusta", "No €/asukas without pre-primary education is printed.")

# made-up projects and units (7)
trap("made_up", "h_toimintakyky", "Toimintakykyinen lukiolainen -hankkeen kokonaisrahoitus", "lukiolainen",
     "No such project (the project is 'Toimintakykyinen peruskoululainen').")
trap("made_up", "h_tilap", "Mikä on Pysyvän suojelun lisätuki -hankkeen kokonaisrahoitus?", "Pysyvän",
     "No such project ('Tilapäisen suojelun lisätuki').")
trap("made_up", "h_kirjo", "Kuvakerho-hankkeen kokonaisrahoitus", "Kuvakerho",
     "No such project (Kirjokerho; 'kuvikerho' is only an activity inside Heinolan harrastekerhot).")
trap("made_up", "h_esiop17", "kaksivuotisen esiopetuksen kokeilun (v. 2019 syntyneet) kokonaisrahoitus", "2019",
     "The trial projects are for children born 2016 and 2017 only.")
trap("made_up", "h_korona", "Koronaviruksen aiheuttamien vaikutusten tasoittaminen varhaiskasvatuksessa, kaupungin "
     "rahoitusosuus?", "varhaiskasvatuksessa",
     "The corona projects are for perusopetus and lukiokoulutus; none for varhaiskasvatus.")
trap("made_up", "h_harrmalli23", "heinolan harrastesetelin toteuttaminen 2023–2024 menojen toteuma",
     "harrastesetelin", "The harrasteseteli (2025) is mentioned in text only; it is not a project with figures.")
trap("made_up", "h_tasa2427", "Liikuntalähettiläät-hankkeen rahoitus", "Liikuntalähettiläät",
     "No such project.")

# real sub-units with no table of their own (4)
trap("subunit", "s_vk_myynti", "Tommola-talon myyntituotot tammi-syyskuu 2024", "Tommola-talon",
     "Tommola-talo is a school building named in text; it has no figures.")
trap("subunit", "k_op_myynti", "Sinilähdetalon myyntituotto 1-9/2022", "Sinilähdetalon",
     "Sinilähdetalo appears with a count of bookings (19), not with sales income.")
trap("subunit", "k_vi_vuokra", "uimahallin vuokrakulut tammi-syyskuussa 2022", "uimahallin",
     "The swimming hall is listed among sports facilities; it has no table.")
trap("subunit", "op_tuotot", "lukion toimintatuotot vuonna 2025", "lukion",
     "No table for lukio alone ('opetuksen ja koulutuksen' replaced).")

# per resident where no such indicator exists (7) + two that move to a printed €/asukas cell
PR = "No per-resident figure for this is printed"
trap("per_resident", "s_vi_hlo_tp23", "virikkeelisen elämän henkilöstökulut tp 2023 per asukas", "per asukas",
     PR + " (the 258 €/asukas for 2023 is net cost, not personnel costs; no 2023 population given).")
trap("per_resident", "hy_kulut", "hyty toimintakulut per asukas tammi-maaliskuu 2025", "per asukas", PR + ".")
trap("per_resident", "he_kate", "hyvinvoinnin edistämisen lautakunnan toimintakate per asukas Q1 2025",
     "per asukas", PR + ".")
trap("per_resident", "k_hy_hlo", "hyvinvoinnin ja terveyden edistämisen henkilöstökulut tammi-syyskuu 2022 per "
     "asukas", "per asukas", PR + " (no 2022 population stated).")
trap("per_resident", "k_op_hlo", "opetus ja koulutus henkilöstökulut 9 kk 2022 asukasta kohden",
     "asukasta kohden", PR + " (Perusopetus €/asukas is total net cost, annual).")
trap("per_resident", "x_museo24", "museokohteiden kävijämäärä per asukas syyskuun loppuun 2024", "per asukas",
     PR + " (no 2024 population).")
trap("per_resident", "k_vuokra", "hyvinvointitoimialan vuokrakulut 9 kk 2022 per asukas", "per asukas", PR + ".")
answer_trap("per_resident", "k_mo_tunti25", "musiikkopisto €/asukas toteutuma 2025", "€/asukas",
            "'€/opetustunti' replaced by '€/asukas', which is printed: Musiikkiopisto €/asukas 2025.",
            C(T, 152, "38 €", col=4), shifted=True, also=[A(T, 263, "38 €")])
answer_trap("per_resident", "k22_lu_opisk_tav", "lukiokoulutuksen €/asukas tavoite 2022", "€/asukas",
            "'€/opiskelija' replaced by '€/asukas', which is printed: Lukiokoulutus €/asukas, Tavoite 2022.",
            C(K, 1390, "122 €"), shifted=True)

# rows the reports lack (7)
trap("absent_row", "aineet_tp", "hyvinvointipalvelujen vuokrakulut tp 2025", "vuokrakulut",
     "The 2025 income statements have no Vuokrakulut row.")
trap("absent_row", "rahoitus", "Mitkä olivat hyvinvointipalvelujen korkokulut 2025?", "korkokulut",
     "Only the net 'Rahoitustuotot ja -kulut' row; no interest costs.")
trap("absent_row", "ko_myynti", "kasvatus- ja opetuslautakunnan verotulot 2025", "verotulot",
     "Tax revenue is not an item of a lautakunta.")
trap("absent_row", "op_tuotot", "opetuksen ja koulutuksen valtionosuudet vuonna 2025", "valtionosuudet",
     "State subsidies (valtionosuudet) are not reported in these tables.")
trap("absent_row", "vi_tuotot_q", "virikkeellisen elämän pääsylipputulot 1–3/2025", "pääsylipputulot",
     "Only Toimintatuotot in total for VIRE in 1-3/2025.")
trap("absent_row", "s_vi_maksu", "virikkeellisen elämän palkat tammi–syyskuu 2024", "palkat",
     "Wages are not printed apart; Henkilöstökulut also includes social costs.")
trap("absent_row", "k_vi_inv_ta", "virikkeellisen elämän investointitulojen talousarvio 2022", "investointitulojen",
     "The 2022 investment table has MENOT and NETTO only.")

# subject / scope (5)
trap("subject", "s_vuosikate", "teknisen toimialan vuosikate 1–9/2024", "teknisen",
     "The technical department is not in these reports.")
trap("scope", "vuosikate", "koko kaupungin vuosikate vuonna 2025", "koko kaupungin",
     "The city's total vuosikate is not in the welfare-services report.")
trap("scope", "x_ulkom24", "Kuinka monta ulkomaan kansalaista asui Päijät-Hämeessä 31.12.2024?", "Päijät-Hämeessä",
     "Only Heinola's count (741) is printed.")
trap("subject", "pj_kulut", "hyvinvointialueen toimintakulut 2025", "hyvinvointialueen",
     "The hyvinvointialue (HVA) is a separate organisation; its costs are not here.")
trap("scope", "k_pk_osuus25", "Kuinka suuri osuus 9.-luokkalaisista suoritti peruskoulun koko maassa vuonna 2025?",
     "koko maassa", "Only Heinola's share is printed.")

# near-traps (20): neutral words; the base figure must still be given
NEAR = "Neutral words; the meaning does not change."
for base, q, added in [
    ("myynti_poik", "Hei, paljonko hyvinvointipalvelujen myyntituotot poikkesivat talousarviosta vuonna 2025?", "Hei,"),
    ("op_tuotot", "opetuksen ja koulutuksen toimintatuotot vuonna 2025 kiitos", "kiitos"),
    ("q_myynti", "Heinolan hyvinvointipalveluiden myyntituotot tammi-maaliskuu 2025", "Heinolan"),
    ("s_tulot", "Voisitko kertoa hyvinvointilautakunnan toimialan tulot tammi-syyskuu 2024", "Voisitko kertoa"),
    ("s_vk_kate", "Moi! varhaiskasvatuksen palvelualueen toimintakate 30.9.2024", "Moi!"),
    ("k_hlo_ta", "Mikä oli Heinolan kaupungin hyvinvointitoimialan henkilöstökulujen talousarvio 2022?",
     "Heinolan kaupungin"),
    ("k_lu_opisk25", "Paljonko lukiokoulutus maksoi opiskelijaa kohden vuonna 2025? Kiitos!", "Kiitos!"),
    ("x_museo25", "Vuonna 2025 montako museokävijää Heinolassa oli?", "Vuonna 2025"),
    ("k_hyte25", "kertoisitko HYTE-kerroin 2025", "kertoisitko"),
    ("ko_vuosikate", "Ole hyvä ja kerro: paljonko oli kasvatus- ja opetuslautakunnan vuosikate 2025?",
     "Ole hyvä ja kerro:"),
    ("he_kate", "nopea kysymys: hyvinvoinnin edistämisen lautakunnan toimintakate Q1 2025", "nopea kysymys:"),
    ("k_op_hlo", "opetus ja koulutus henkilöstökulut 9 kk 2022, kiitos", "kiitos"),
    ("x_valo", "hei montako oppilasta valo-luokasa oli 31.12.2025", "hei"),
    ("k_vk_kate", "tot 2022 9 kk varhaiskasvatus toimintakate", "tot 2022 9 kk"),
    ("k_vi_as_tav", "Haluaisin tietää virikkeellisen elämän nettokustannukset per asukas tavoite 2025",
     "Haluaisin tietää"),
    ("x_aktiv", "aktivointiaste helmikuussa 2025, kiitos paljon", "kiitos paljon"),
    ("hy_kate_jalj", "Hyvää päivää! Paljonko hyvinvoinnin ja työllisyyden edistämisen toimintakatteesta oli "
     "jäljellä maaliskuun lopussa 2025?", "Hyvää päivää!"),
    ("avust_tot", "Kuinka paljon hyvinvointipalvelut maksoi avustuksia vuonna 2025 (toteuma)? Tarvitsen tämän "
     "kokoukseen.", "Tarvitsen tämän kokoukseen."),
    ("q_kate", "ihan vaan nopeasti: hyvinvointipalvelujen toimintakate kolmen ensimmäisen kuukauden ajalta 2025",
     "ihan vaan nopeasti:"),
    ("x_m2_lapsi", "montako neliötä päiväkodeissa oli lasta kohden 20.9.2022, tiedätkö?", "tiedätkö?"),
]:
    answer_trap("near", base, q, added, NEAR)


def write() -> None:
    keys = {}
    with open(HERE / "plain.jsonl", "w", encoding="utf-8") as fh:
        for i, it in enumerate(PLAIN, 1):
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
    print(f"plain {len(PLAIN)}, traps {len(TRAPS)}")


if __name__ == "__main__":
    write()
