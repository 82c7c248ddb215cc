#!/usr/bin/env python3
"""Source of bench/blind/plain.jsonl and bench/blind/lists.jsonl (hand-written questions).

Every question below was written by reading the four reports in data/reports/ (not the engine).
`python3 bench/blind/build_plain.py` rewrites plain.jsonl and lists.jsonl from the tables here;
`python3 bench/blind/verify.py` then checks every value against the report lines.

Item helpers (rep = report key, see REPORTS):
  fin(...)   financial-table figure; `col` is the 1-based number cell of the row the value is in,
             `row` (PDF reports only) is the whole printed row as read, so verify.py can check the
             row's own arithmetic (TA - toteuma = jäljellä/poikkeama, toteuma/TA = %).
  kpi(...)   key indicator (tunnusluku); `col` for the tab-separated TP 2025 indicator table.
  txt(...)   a number in running text or in a project table.
  nf(...)    not_found;  cl(...) clarify (with candidates);  series(...) key-indicator series.
  lst(...)   list answers (goals, projects) -> lists.jsonl with `count` and `items_include`.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = {
    "T": "heinola-tp2025-hyvinvointipalvelut.txt",
    "Q": "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt",
    "S": "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt",
    "V": "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt",
}
K = " (printed in thousands of euros)"

PLAIN = []
LISTS = []


def _loc(rep, line):
    return {"file": REPORTS[rep], "line": line}


def _also(also):
    return [_loc(r, l) for r, l in also]


def fin(q, accept, rep, line, what, tags, col, row=None, row_line=None, also=(), unit="EUR"):
    acc = accept if isinstance(accept, list) else [accept]
    ex = {"status": "answer", "accept": acc, "unit": unit, **_loc(rep, line), "what": what}
    if also:
        ex["also"] = _also(also)
    chk = {"col": col}
    if row is not None:
        chk["row"] = [float(x) if "." in x else int(x) for x in row.split()]
        chk["row_line"] = row_line or line
    ex["check"] = chk
    PLAIN.append({"q": q, "expect": ex, "tags": ["financial"] + tags})


def kpi(q, accept, rep, line, what, tags, unit, col=None, also=(), cat="kpi"):
    acc = accept if isinstance(accept, list) else [accept]
    ex = {"status": "answer", "accept": acc, "unit": unit, **_loc(rep, line), "what": what}
    if also:
        ex["also"] = _also(also)
    if col is not None:
        ex["check"] = {"col": col}
    PLAIN.append({"q": q, "expect": ex, "tags": [cat] + tags})


def txt(q, accept, rep, line, what, tags, unit, also=(), cat="text"):
    kpi(q, accept, rep, line, what, tags, unit, also=also, cat=cat)


def series(q, points, rep, what, tags, unit):
    """points: [(year, value, line, col)] in report rep; any point is an acceptable primary value."""
    ex = {"status": "answer", "accept": [p[1] for p in points], "unit": unit,
          **_loc(rep, points[-1][2]), "what": what,
          "series": [{"year": y, "value": v, **_loc(rep, l), "col": c} for y, v, l, c in points]}
    PLAIN.append({"q": q, "expect": ex, "tags": ["series"] + tags})


def nf(q, what, tags, cat="not_found"):
    PLAIN.append({"q": q, "expect": {"status": "not_found", "what": what}, "tags": [cat] + tags})


def cl(q, options, what, cands, tags):
    PLAIN.append({"q": q, "expect": {
        "status": "clarify", "options_include": options, "what": what,
        "candidates": [{"label": lab, "value": v, **_loc(r, l)} for lab, v, r, l in cands]},
        "tags": ["clarify"] + tags})


def lst(q, kind, items, what, tags, include=None, status="list"):
    """items: [(label, rep, line)] - one per expected item; include: labels a reply must contain."""
    labels = [lab for lab, _, _ in items]
    LISTS.append({"q": q, "expect": {
        "status": status, "kind": kind, "count": len(items),
        "items_include": include or labels[:3], "what": what,
        "items": [{"label": lab, **_loc(r, l)} for lab, r, l in items]},
        "tags": [kind] + tags})


# ---------------------------------------------------------------------------------------------
# Financial tables — Tilinpäätös 2025 (tab-separated).  Columns of the TP 2025 tables:
# 1 Tilinpäätös 2024 | 2 Talousarvio 2025 | 3 Toteuma 2025 | 4 Poikkeama | 5 Toteuma %
HVP = "Hyvinvointipalvelut (palvelualue, new organisation from 2025)"
TP24 = " (TP 2024 is the organisation-reform comparison figure, 'yhdistelty teknisesti')"

fin("Paljonko hyvinvointipalvelujen muut toimintatuotot olivat vuonna 2025?", 159105, "T", 29,
    f"{HVP}, Muut toimintatuotot, actual 'Toteuma 2025', 1-12/2025",
    ["muut-toimintatuotot", "actual", "full-year", "2025", "full-sentence"], 3)
fin("hyvinvointipalvelut maksutuotot poikkeama talousarviosta 2025", -30490, "T", 27,
    f"{HVP}, Maksutuotot, deviation 'Poikkeama' (TA - toteuma, printed '-30 490': income exceeded the budget), 2025",
    ["maksutuotot", "deviation", "full-year", "2025", "keyword", "lowercase"], 4)
fin("hyvinvointipalveluiden myyntituottojen toteutumisprosentti 2025", 145.10, "T", 26,
    f"{HVP}, Myyntituotot, realization % 'Toteuma %', 1-12/2025",
    ["myyntituotot", "realization-pct", "full-year", "2025", "keyword", "lowercase"], 5, unit="%")
fin("henkilöstökulujen talousarvio 2025 hyvinvointipalvelut", -21030400, "T", 32,
    f"{HVP}, Henkilöstökulut, budget 'Talousarvio 2025' (same in the 1-3/2025 report as 'TA 2025 +muutos')",
    ["henkilostokulut", "budget", "full-year", "2025", "keyword", "lowercase", "multi-report"], 2,
    also=[("Q", 22)])
fin("aineet tarvikkeet ja tavarat hyvinvointipalvelut tp 2025", -762216, "T", 34,
    f"{HVP}, Aineet, tarvikkeet ja tavarat, actual 'Toteuma 2025' (printed '- 762 216'), 1-12/2025",
    ["aineet-tarvikkeet", "actual", "full-year", "2025", "keyword", "lowercase", "abbrev:TP"], 3)
fin("Kuinka paljon hyvinvointipalveluiden toimintakate poikkesi talousarviosta vuonna 2025?", -1488893, "T", 20,
    f"{HVP}, Toimintakate, deviation 'Poikkeama' (TA - toteuma; printed '-1 488 893': net cost stayed under budget), 2025",
    ["toimintakate", "deviation", "full-year", "2025", "full-sentence"], 4, also=[("T", 38)])
fin("mikä oli hyvinvointipalvelujen palvelujen ostojen toteuma vuonna 2024", -5693141, "T", 33,
    f"{HVP}, Palvelujen ostot, actual 'Tilinpäätös 2024'{TP24}; same in the 1-3/2025 report column 'TP 2024'",
    ["palvelujen-ostot", "actual", "full-year", "2024", "lowercase", "multi-report"], 1, also=[("Q", 23)])
fin("hyvinvointipalvelut rahoitustuotot ja -kulut 2025", 49, "T", 39,
    f"{HVP}, Rahoitustuotot ja -kulut, actual 'Toteuma 2025' (49 €), 1-12/2025",
    ["rahoitustuotot", "actual", "full-year", "2025", "keyword", "lowercase"], 3)
fin("hyvinvointipalvelujen tuet ja avustukset tilinpäätös 2024", 1287206, "T", 28,
    f"{HVP}, Tuet ja avustukset (income), actual 'Tilinpäätös 2024'{TP24}; same in the 1-3/2025 report 'TP 2024'",
    ["tuet-ja-avustukset", "actual", "full-year", "2024", "keyword", "lowercase", "multi-report"], 1,
    also=[("Q", 18)])
fin("vuosikatteen toteuma-% hyvinvointipalvelut 2025", 96.08, "T", 40,
    f"{HVP}, Vuosikate, realization % 'Toteuma %', 1-12/2025",
    ["vuosikate", "realization-pct", "full-year", "2025", "keyword", "lowercase"], 5, unit="%")
fin("Paljonko hyvinvointipalveluiden muihin toimintakuluihin budjetoitiin vuodelle 2025?", -6606100, "T", 36,
    f"{HVP}, Muut toimintakulut, budget 'Talousarvio 2025' (same 'TA 2025 +muutos' in the 1-3/2025 report)",
    ["muut-toimintakulut", "budget", "full-year", "2025", "full-sentence", "multi-report"], 2, also=[("Q", 26)])
fin("hyvinvointipalvelujen poistot tp 2024", -540223, "T", 41,
    f"{HVP}, Poistot ja arvonalentumiset, actual 'Tilinpäätös 2024' (printed '- 540 223'){TP24}; same in the 1-3/2025 report 'TP 2024'",
    ["poistot", "actual", "full-year", "2024", "keyword", "lowercase", "abbrev:TP", "multi-report"], 1,
    also=[("Q", 31)])
fin("tilikauden tuloksen poikkeama hyvinvointipalvelut 2025", -1476758, "T", 42,
    f"{HVP}, Tilikauden tulos, deviation 'Poikkeama' (TA - toteuma), 2025",
    ["tilikauden-tulos", "deviation", "full-year", "2025", "keyword", "lowercase"], 4)
fin("Mitkä olivat hyvinvointipalvelujen toimintatuotot vuoden 2024 tilinpäätöksessä?", 3286493, "T", 18,
    f"{HVP}, Toimintatuotot, actual 'Tilinpäätös 2024'{TP24}; also 1-3/2025 report 'TP 2024'",
    ["toimintatuotot", "actual", "full-year", "2024", "full-sentence", "multi-report"], 1,
    also=[("T", 30), ("Q", 20)])
fin("Montako prosenttia hyvinvointipalveluiden henkilöstökulujen määrärahasta käytettiin 2025?", 99.33, "T", 32,
    f"{HVP}, Henkilöstökulut, realization % 'Toteuma %', 1-12/2025",
    ["henkilostokulut", "realization-pct", "full-year", "2025", "full-sentence"], 5, unit="%")

KOL = "Kasvatus- ja opetuslautakunta (lautakunta, 2025 organisation)"
fin("kasvatus- ja opetuslautakunnan myyntituotot 2025", 630649, "T", 186,
    f"{KOL}, Myyntituotot, actual 'Toteuma 2025', 1-12/2025",
    ["myyntituotot", "actual", "full-year", "2025", "keyword", "lowercase"], 3)
fin("kasvatus- ja opetuslautakunta tuet ja avustukset TA 2025", 306900, "T", 188,
    f"{KOL}, Tuet ja avustukset (income), budget 'Talousarvio 2025'",
    ["tuet-ja-avustukset", "budget", "full-year", "2025", "keyword", "abbrev:TA"], 2)
fin("kasvatus ja opetuslautakunta henkilostokulut tp 2024", -17490502, "T", 192,
    f"{KOL}, Henkilöstökulut, actual 'Tilinpäätös 2024'{TP24}",
    ["henkilostokulut", "actual", "full-year", "2024", "keyword", "lowercase", "no-diacritics", "abbrev:TP"], 1)
fin("Mikä oli kasvatus- ja opetuslautakunnan palvelujen ostojen budjetti 2025?", -4622200, "T", 193,
    f"{KOL}, Palvelujen ostot, budget 'Talousarvio 2025'",
    ["palvelujen-ostot", "budget", "full-year", "2025", "full-sentence", "abbrev:budjetti"], 2)
fin("kasvatus- ja opetuslautakunnan vuosikate 2025", -25825327, "T", 200,
    f"{KOL}, Vuosikate, actual 'Toteuma 2025', 1-12/2025",
    ["vuosikate", "actual", "full-year", "2025", "keyword", "lowercase"], 3)
fin("Kasvatus- ja opetuslautakunnan muiden toimintatuottojen poikkeama 2025?", -32913, "T", 189,
    f"{KOL}, Muut toimintatuotot, deviation 'Poikkeama' (printed '-32 913'), 2025",
    ["muut-toimintatuotot", "deviation", "full-year", "2025"], 4)
fin("kasvatus- ja opetuslautakunnan maksamien avustusten toteuma-% 2025", 93.31, "T", 195,
    f"{KOL}, Avustukset (expense row), realization % 'Toteuma %', 1-12/2025",
    ["avustukset", "realization-pct", "full-year", "2025", "keyword", "lowercase"], 5, unit="%")
fin("kasvatus- ja opetuslautakunnan toimintakulut tilinpäätöksessä 2024", -27252266, "T", 179,
    f"{KOL}, Toimintakulut, actual 'Tilinpäätös 2024'{TP24}",
    ["toimintakulut", "actual", "full-year", "2024", "keyword", "lowercase"], 1, also=[("T", 197)])
fin("Mihin kasvatus- ja opetuslautakunnan tilikauden tulos oli budjetoitu vuodelle 2025?", -26885500, "T", 202,
    f"{KOL}, Tilikauden tulos, budget 'Talousarvio 2025'",
    ["tilikauden-tulos", "budget", "full-year", "2025", "full-sentence"], 2)
fin("kasvatus- ja opetuslautakunnan tulojen toteutumis% 2025", 122.40, "T", 178,
    f"{KOL}, Toimintatuotot ('tulot'), realization % 'Toteuma %', 1-12/2025",
    ["toimintatuotot", "realization-pct", "full-year", "2025", "keyword", "lowercase", "abbrev:tulot"], 5,
    unit="%", also=[("T", 190)])

PJ = "Palvelualuejohtajan vastuualue (Hyvinvointipalvelut, 2025 organisation)"
fin("palvelualuejohtajan vastuualueen toimintakate tp 2024", -437664, "T", 308,
    f"{PJ}, Toimintakate, actual 'Tilinpäätös 2024' (printed '- 437 664'){TP24}",
    ["toimintakate", "actual", "full-year", "2024", "keyword", "lowercase", "abbrev:TP"], 1)
fin("palvelualuejohtajan vastuualue, toimintakulujen poikkeama budjetista 2025", -54828, "T", 307,
    f"{PJ}, Toimintakulut, deviation 'Poikkeama' (costs under budget by 54 828 €), 2025",
    ["toimintakulut", "deviation", "full-year", "2025", "keyword", "lowercase"], 4)

OK_ = "Opetus ja koulutus (vastuualue, 2025 organisation)"
fin("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?", -18276746, "T", 325,
    f"{OK_}, Toimintakulut, actual 'Toteuma 2025', 1-12/2025",
    ["toimintakulut", "actual", "full-year", "2025", "full-sentence"], 3)
fin("opkou toimintatuotot budjetti 2025", 811700, "T", 324,
    f"{OK_}, Toimintatuotot, budget 'Talousarvio 2025'",
    ["toimintatuotot", "budget", "full-year", "2025", "keyword", "lowercase", "abbrev:opkou", "abbrev:budjetti"], 2)
fin("opetus ja koulutus toimintakulut toteuma % 2025", 99.06, "T", 325,
    f"{OK_}, Toimintakulut, realization % 'Toteuma %', 1-12/2025",
    ["toimintakulut", "realization-pct", "full-year", "2025", "keyword", "lowercase"], 5, unit="%")
fin("opkou tulot tp 2024", 990254, "T", 324,
    f"{OK_}, Toimintatuotot ('tulot'), actual 'Tilinpäätös 2024'{TP24}",
    ["toimintatuotot", "actual", "full-year", "2024", "keyword", "lowercase", "abbrev:opkou", "abbrev:TP"], 1)
fin("opetuksen ja koulutuksen toimintakate ta 2025", -17639300, "T", 326,
    f"{OK_}, Toimintakate, budget 'Talousarvio 2025'",
    ["toimintakate", "budget", "full-year", "2025", "keyword", "lowercase", "abbrev:TA"], 2)

VK = "Varhaiskasvatus (vastuualue, 2025 organisation)"
fin("varhaiskasvatuksen toimintatuotot tilinpäätös 2024", 516306, "T", 344,
    f"{VK}, Toimintatuotot, actual 'Tilinpäätös 2024'{TP24}",
    ["toimintatuotot", "actual", "full-year", "2024", "keyword", "lowercase"], 1)
fin("vaka toimintakulut poikkeama 2025", -296144, "T", 345,
    f"{VK}, Toimintakulut, deviation 'Poikkeama' (printed '- 296 144'), 2025",
    ["toimintakulut", "deviation", "full-year", "2025", "keyword", "lowercase", "abbrev:vaka"], 4)
fin("varhaiskasvatuksen nettomenojen budjetti vuodelle 2025", -7850400, "T", 346,
    f"{VK}, Toimintakate ('nettomenot'), budget 'Talousarvio 2025'",
    ["toimintakate", "budget", "full-year", "2025", "keyword", "lowercase", "abbrev:nettomenot"], 2)
fin("Paljonko varhaiskasvatukselle oli arvioitu tuloja talousarviossa 2025?", 369000, "T", 344,
    f"{VK}, Toimintatuotot ('tulot'), budget 'Talousarvio 2025'",
    ["toimintatuotot", "budget", "full-year", "2025", "full-sentence", "abbrev:tulot"], 2)
fin("Kuinka paljon varhaiskasvatuksen toimintakate alitti budjetin 2025?", -342891, "T", 346,
    f"{VK}, Toimintakate, deviation 'Poikkeama' (printed '- 342 891': 'alittui 342 891 €'), 2025",
    ["toimintakate", "deviation", "full-year", "2025", "full-sentence"], 4)
fin("kasvatus- ja opetuslautakunnan aineiden, tarvikkeiden ja tavaroiden budjetti 2025", -452100, "T", 194,
    f"{KOL}, Aineet, tarvikkeet ja tavarat, budget 'Talousarvio 2025' (printed '- 452 100')",
    ["aineet-tarvikkeet", "budget", "full-year", "2025", "keyword", "lowercase", "abbrev:budjetti"], 2)

# Basic full-year figures (the same cells are in the team's dev set, phrased differently there); they are
# also the bases of several traps ("... ilman henkilöstökuluja", "... paitsi varhaiskasvatus").
fin("paljonko hyvinvointipalvelujen toimintakulut olivat 2025", -39424611, "T", 19,
    f"{HVP}, Toimintakulut, actual 'Toteuma 2025', 1-12/2025",
    ["toimintakulut", "actual", "full-year", "2025", "lowercase"], 3, also=[("T", 37)])
fin("Mikä oli hyvinvointipalvelujen toimintakate tilinpäätöksessä 2025?", -36518507, "T", 20,
    f"{HVP}, Toimintakate, actual 'Toteuma 2025', 1-12/2025",
    ["toimintakate", "actual", "full-year", "2025", "full-sentence"], 3, also=[("T", 38)])
fin("varhaiskasvatuksen nettomenot tilinpäätöksessä 2025", -7507509, "T", 346,
    f"{VK}, Toimintakate ('nettomenot'), actual 'Toteuma 2025', 1-12/2025",
    ["toimintakate", "actual", "full-year", "2025", "keyword", "lowercase", "abbrev:nettomenot"], 3)
fin("kasvatus- ja opetuslautakunnan toimintakate tp 2025", -25825376, "T", 180,
    f"{KOL}, Toimintakate, actual 'Toteuma 2025', 1-12/2025",
    ["toimintakate", "actual", "full-year", "2025", "keyword", "lowercase", "abbrev:TP"], 3, also=[("T", 198)])
fin("opetuksen ja koulutuksen toimintakate toteuma 2025", -17247296, "T", 326,
    f"{OK_}, Toimintakate, actual 'Toteuma 2025', 1-12/2025",
    ["toimintakate", "actual", "full-year", "2025", "keyword", "lowercase"], 3)

# ---------------------------------------------------------------------------------------------
# Osavuosikatsaus 1-3/2025 (PDF text, one row per line).  Columns:
# 1 TP 2024 | 2 TOT 2024 3 kk | 3 TA 2025 +muutos | 4 TOT 2025 3 kk | 5 Jäljellä | 6 TOT-25 %
HVQ = "Hyvinvointipalvelut (palvelualue), 1-3/2025 report"
fin("hyvinvointipalvelut myyntituotot tammi-maaliskuu 2025", 210488, "Q", 16,
    f"{HVQ}, Myyntituotot, interim actual 'TOT 2025 3 kk', 1-3/2025",
    ["myyntituotot", "actual", "interim-3kk", "2025", "keyword", "lowercase"], 4,
    row="1031446 161145 710600 210488 500112 29.62")
fin("hyvinvointipalveluiden henkilöstökulut 3 kk 2025", -4875072, "Q", 22,
    f"{HVQ}, Henkilöstökulut, interim actual 'TOT 2025 3 kk', 1-3/2025",
    ["henkilostokulut", "actual", "interim-3kk", "2025", "keyword", "lowercase"], 4,
    row="-20834182 -4971093 -21030400 -4875072 -16155328 23.18")
fin("muut toimintakulut jäljellä 31.3.2025 hyvinvointipalvelut", -4936212, "Q", 26,
    f"{HVQ}, Muut toimintakulut, remaining 'Jäljellä' (TA - TOT 3 kk), 31.3.2025",
    ["muut-toimintakulut", "remaining", "interim-3kk", "2025", "keyword", "lowercase"], 5,
    row="-6676920 -1619561 -6606100 -1669888 -4936212 25.28")
fin("Mikä oli hyvinvointipalvelujen toimintakulujen toteumaprosentti ensimmäisellä neljänneksellä 2025?", 22.93, "Q", 27,
    f"{HVQ}, Toimintakulut, realization % 'TOT-25 %', 1-3/2025",
    ["toimintakulut", "realization-pct", "interim-3kk", "2025", "full-sentence"], 6, unit="%",
    row="-36537180 -8569157 -39977700 -9168816 -30808884 22.93")
fin("hyvinvointipalvelut poistot q1 2024", -153910, "Q", 31,
    f"{HVQ}, Poistot ja arvonalentumiset, comparison interim actual 'TOT 2024 3 kk' (printed '- 153 910'), 1-3/2024",
    ["poistot", "actual", "interim-3kk", "2024", "keyword", "lowercase", "abbrev:q1"], 2,
    row="-540223 -153910 -373600 -95678 -277922 25.61")
fin("hyvinvointipalvelut vuosikate 1-3/2025", -8443227, "Q", 30,
    f"{HVQ}, Vuosikate, interim actual 'TOT 2025 3 kk', 1-3/2025",
    ["vuosikate", "actual", "interim-3kk", "2025", "keyword", "lowercase"], 4,
    row="-33252194 -7779499 -37637400 -8443227 -29194173 22.43")
fin("hyvinvointipalveluiden aineet, tarvikkeet ja tavarat 1–3/2025", -115146, "Q", 24,
    f"{HVQ}, Aineet, tarvikkeet ja tavarat, interim actual 'TOT 2025 3 kk' (printed '- 115 146'), 1-3/2025",
    ["aineet-tarvikkeet", "actual", "interim-3kk", "2025", "keyword", "lowercase"], 4,
    row="-737643 -116402 -776800 -115146 -661654 14.82")
fin("Paljonko hyvinvointipalvelujen toimintakatteen määrärahasta oli jäljellä maaliskuun lopussa 2025?", -29194179, "Q", 28,
    f"{HVQ}, Toimintakate, remaining 'Jäljellä', 31.3.2025",
    ["toimintakate", "remaining", "interim-3kk", "2025", "full-sentence"], 5,
    row="-33250687 -7778816 -37637400 -8443221 -29194179 22.43")
fin("hyvinvointipalvelujen maksamat avustukset tammi-maaliskuussa 2024", -473964, "Q", 25,
    f"{HVQ}, Avustukset (expense row), comparison interim actual 'TOT 2024 3 kk' (printed '- 473 964'), 1-3/2024",
    ["avustukset", "actual", "interim-3kk", "2024", "lowercase"], 2,
    row="-2595293 -473964 -3265300 -562893 -2702407 17.24")
fin("palvelujen ostojen budjetti hyvinvointipalvelut osavuosikatsaus 1-3/2025", -8299100, "Q", 23,
    f"{HVQ}, Palvelujen ostot, budget 'TA 2025 +muutos' (same as 'Talousarvio 2025' in the TP 2025 report)",
    ["palvelujen-ostot", "budget", "interim-3kk", "2025", "keyword", "lowercase", "multi-report"], 3,
    row="-5693141 -1388137 -8299100 -1945817 -6353283 23.45", also=[("T", 33)])

HEL = "Hyvinvoinnin edistämisen lautakunta (lautakunta, 2025 organisation), 1-3/2025 report"
fin("hyvinvoinnin edistämisen lautakunta maksutuotot 1-3/2025", 125726, "Q", 960,
    f"{HEL}, Maksutuotot, interim actual 'TOT 2025 3 kk', 1-3/2025",
    ["maksutuotot", "actual", "interim-3kk", "2025", "keyword", "lowercase"], 4,
    row="401444 118271 408000 125726 282274 30.82")
fin("Paljonko hyvinvoinnin edistämisen lautakunta sai tukia ja avustuksia vuonna 2024?", 863905, "Q", 961,
    f"{HEL}, Tuet ja avustukset (income), actual 'TP 2024' (technically combined comparison figure), 1-12/2024",
    ["tuet-ja-avustukset", "actual", "full-year", "2024", "full-sentence"], 1,
    row="863905 197466 395000 115428 279572 29.22")
fin("hyvinvoinnin edistämisen lautakunnan henkilöstökulujen budjetti 2025", -3107600, "Q", 965,
    f"{HEL}, Henkilöstökulut, budget 'TA 2025 +muutos'",
    ["henkilostokulut", "budget", "full-year", "2025", "keyword", "lowercase", "abbrev:budjetti"], 3,
    row="-3664734 -948346 -3107600 -655693 -2451907 21.10")
fin("hyvinvoinnin edistämisen ltk palvelujen ostot 3kk 2025", -844653, "Q", 966,
    f"{HEL}, Palvelujen ostot, interim actual 'TOT 2025 3 kk' (printed '- 844 653'), 1-3/2025",
    ["palvelujen-ostot", "actual", "interim-3kk", "2025", "keyword", "lowercase", "abbrev:ltk"], 4,
    row="-1377231 -325304 -3676900 -844653 -2832247 22.97")
fin("hyvinvoinnin edistamisen lautakunnan toimintatuotot toteuma-% q1 2025", 30.93, "Q", 963,
    f"{HEL}, Toimintatuotot, realization % 'TOT-25 %', 1-3/2025",
    ["toimintatuotot", "realization-pct", "interim-3kk", "2025", "keyword", "lowercase", "no-diacritics"], 6,
    unit="%", row="1779933 406773 1159600 358628 800972 30.93")
fin("hyvinvoinnin edistämisen lautakunnan vuosikate 1–3/2024", -1882557, "Q", 973,
    f"{HEL}, Vuosikate, comparison interim actual 'TOT 2024 3 kk', 1-3/2024",
    ["vuosikate", "actual", "interim-3kk", "2024", "keyword", "lowercase"], 2,
    row="-7938032 -1882557 -11022300 -2238799 -8783501 20.31")
fin("Mitkä olivat hyvinvoinnin edistämisen lautakunnan muut toimintakulut tilinpäätöksessä 2024?", -2292792, "Q", 969,
    f"{HEL}, Muut toimintakulut, actual 'TP 2024' (technically combined comparison figure)",
    ["muut-toimintakulut", "actual", "full-year", "2024", "full-sentence"], 1,
    row="-2292792 -572812 -2377900 -590791 -1787109 24.85")
fin("hyvinvoinnin edistämisen lautakunnan tilikauden tuloksen talousarvio 2025", -11125500, "Q", 975,
    f"{HEL}, Tilikauden tulos, budget 'TA 2025 +muutos'",
    ["tilikauden-tulos", "budget", "full-year", "2025", "keyword", "lowercase"], 3,
    row="-8083802 -1920459 -11125500 -2264640 -8860860 20.36")

VQ = "Virikkeellinen elämä (vastuualue, 2025 organisation), 1-3/2025 report"
fin("vire toimintatuotot jäljellä 31.3.2025", 464888, "Q", 1592,
    f"{VQ}, Toimintatuotot, remaining 'Jäljellä', 31.3.2025",
    ["toimintatuotot", "remaining", "interim-3kk", "2025", "keyword", "lowercase", "abbrev:vire"], 5,
    row="805844 183779 663800 198912 464888 29.97")
fin("virikkeellisen elämän toimintakulut tammi–maaliskuu 2025", -1288943, "Q", 1593,
    f"{VQ}, Toimintakulut, interim actual 'TOT 2025 3 kk', 1-3/2025",
    ["toimintakulut", "actual", "interim-3kk", "2025", "keyword", "lowercase"], 4,
    row="-5470523 -1239804 -5260900 -1288943 -3971957 24.50")
fin("Paljonko virikkeellisen elämän toimintakuluihin on budjetoitu vuodelle 2025?", -5260900, "Q", 1593,
    f"{VQ}, Toimintakulut, budget 'TA 2025 +muutos'",
    ["toimintakulut", "budget", "full-year", "2025", "full-sentence"], 3,
    row="-5470523 -1239804 -5260900 -1288943 -3971957 24.50")
fin("vire toimintakate toteuma % 1-3/2025", 23.71, "Q", 1594,
    f"{VQ}, Toimintakate, realization % 'TOT-25 %', 1-3/2025",
    ["toimintakate", "realization-pct", "interim-3kk", "2025", "keyword", "lowercase", "abbrev:vire"], 6,
    unit="%", row="-4664679 -1056025 -4597100 -1090030 -3507070 23.71")
fin("virikkeellisen elämän toimintatuotot 2025", [198912, 663800], "Q", 1592,
    f"{VQ}, Toimintatuotot 2025: no full-year actual exists (the TP 2025 report has no Virikkeellinen elämä table), "
    "so both the latest interim actual 'TOT 2025 3 kk' 198 912 and the budget 'TA 2025 +muutos' 663 800 are fair",
    ["toimintatuotot", "actual", "interim-3kk", "2025", "keyword", "lowercase", "open"], 4,
    row="805844 183779 663800 198912 464888 29.97")

HY = "Hyvinvoinnin ja työllisyyden edistäminen (HYTY, vastuualue 2025), 1-3/2025 report"
fin("hyty toimintatuotot 1-3/2025", 159716, "Q", 1610,
    f"{HY}, Toimintatuotot, interim actual 'TOT 2025 3 kk', 1-3/2025",
    ["toimintatuotot", "actual", "interim-3kk", "2025", "keyword", "lowercase", "abbrev:hyty"], 4,
    row="974089 222993 495800 159716 336084 32.21")
fin("hyvinvoinnin ja työllisyyden edistämisen toimintakulut tilinpäätöksessä 2024", -4245996, "Q", 1611,
    f"{HY}, Toimintakulut, actual 'TP 2024' (technically combined comparison figure)",
    ["toimintakulut", "actual", "full-year", "2024", "keyword", "lowercase"], 1,
    row="-4245996 -1048843 -6921000 -1308483 -5612517 18.91")
fin("hyty nettomenot budjetti 2025", -6425200, "Q", 1612,
    f"{HY}, Toimintakate ('nettomenot'), budget 'TA 2025 +muutos'",
    ["toimintakate", "budget", "full-year", "2025", "keyword", "lowercase", "abbrev:hyty", "abbrev:nettomenot"], 3,
    row="-3271907 -825849 -6425200 -1148767 -5276433 17.88")

# ---------------------------------------------------------------------------------------------
# Osavuosikatsaus 1-9/2024 (tab-separated).  Columns:
# 1 TP 2023 | 2 TOT 2023 9 kk | 3 TA 2024 +muutos | 4 TOT 2024 9 kk | 5 Jäljellä | 6 TOT-24 %
HT = "Hyvinvointilautakunnan toimiala (old organisation, total), 1-9/2024 report"
fin("hyvinvointitoimialan maksutuotot 1-9/2024", 545561, "S", 114,
    f"{HT}, Maksutuotot, interim actual 'TOT 2024 9 kk', 1-9/2024",
    ["maksutuotot", "actual", "interim-9kk", "2024", "keyword", "lowercase"], 4)
fin("Paljonko hyvinvointilautakunnan toimialan henkilöstökulut olivat tammi-syyskuussa 2024?", -14292729, "S", 119,
    f"{HT}, Henkilöstökulut, interim actual 'TOT 2024 9 kk', 1-9/2024",
    ["henkilostokulut", "actual", "interim-9kk", "2024", "full-sentence"], 4)
fin("hyvinvointitoimiala palvelujen ostot budjetti 2024", -5628800, "S", 120,
    f"{HT}, Palvelujen ostot, budget 'TA 2024 +muutos'",
    ["palvelujen-ostot", "budget", "full-year", "2024", "keyword", "lowercase", "abbrev:budjetti"], 3)
fin("hyvinvointitoimialan aineet, tarvikkeet ja tavarat TP 2023", -831915, "S", 121,
    f"{HT}, Aineet, tarvikkeet ja tavarat, actual 'TP 2023' (printed '- 831 915'), 1-12/2023",
    ["aineet-tarvikkeet", "actual", "full-year", "2023", "keyword", "abbrev:TP"], 1)
fin("hyvinvointitoimiala muut toimintakulut toteuma % 9kk 2024", 76.89, "S", 123,
    f"{HT}, Muut toimintakulut, realization % 'TOT-24 %', 1-9/2024",
    ["muut-toimintakulut", "realization-pct", "interim-9kk", "2024", "keyword", "lowercase"], 6, unit="%")
fin("mikä oli hyvinvointitoimialan vuosikate 30.9.2024", -22135353, "S", 127,
    f"{HT}, Vuosikate, interim actual 'TOT 2024 9 kk', 1-9/2024",
    ["vuosikate", "actual", "interim-9kk", "2024", "lowercase"], 4)
fin("hyvinvointitoimialan poistot tp 2023", -761642, "S", 128,
    f"{HT}, Poistot ja arvonalentumiset, actual 'TP 2023' (printed '- 761 642'), 1-12/2023",
    ["poistot", "actual", "full-year", "2023", "keyword", "lowercase", "abbrev:TP"], 1)
fin("Paljonko hyvinvointitoimialan menoiksi oli talousarviossa 2024 arvioitu?", -32611450, "S", 105,
    f"{HT}, MENOT (= Toimintakulut), budget 'TA 2024 +muutos'; the same figure is the Toimintakulut row",
    ["toimintakulut", "budget", "full-year", "2024", "full-sentence", "abbrev:menot"], 3, also=[("S", 124)])
fin("hyvinvointitoimialan toimintatuotot jaljella 30.9.2024", 972170, "S", 117,
    f"{HT}, Toimintatuotot, remaining 'Jäljellä' (TA - TOT 9 kk), 30.9.2024; same as the TULOT row",
    ["toimintatuotot", "remaining", "interim-9kk", "2024", "keyword", "lowercase", "no-diacritics"], 5,
    also=[("S", 104)])
fin("rahoitustuotot ja -kulut hyvinvointitoimiala 1-9/2023", -148, "S", 126,
    f"{HT}, Rahoitustuotot ja -kulut, comparison interim actual 'TOT 2023 9 kk' (printed '- 148'), 1-9/2023",
    ["rahoitustuotot", "actual", "interim-9kk", "2023", "keyword", "lowercase"], 2)

VS = "Varhaiskasvatuksen palvelualue (old organisation), 1-9/2024 report"
fin("varhaiskasvatuksen henkilöstökulut tp 2023", -6189045, "S", 152,
    f"{VS}, Henkilöstökulut, actual 'TP 2023', 1-12/2023",
    ["henkilostokulut", "actual", "full-year", "2023", "keyword", "lowercase", "abbrev:TP"], 1)
fin("varhaiskasvatus palvelujen ostot 1-9/2024", -790646, "S", 153,
    f"{VS}, Palvelujen ostot, interim actual 'TOT 2024 9 kk' (printed '- 790 646'), 1-9/2024",
    ["palvelujen-ostot", "actual", "interim-9kk", "2024", "keyword", "lowercase"], 4)
fin("vaka toimintakulut ta 2024", -8409500, "S", 157,
    f"{VS}, Toimintakulut, budget 'TA 2024 +muutos'",
    ["toimintakulut", "budget", "full-year", "2024", "keyword", "lowercase", "abbrev:vaka", "abbrev:TA"], 3)
fin("varhaiskasvatuksen tuet ja avustukset tammi-syyskuu 2023", 431197, "S", 148,
    f"{VS}, Tuet ja avustukset (income), comparison interim actual 'TOT 2023 9 kk', 1-9/2023",
    ["tuet-ja-avustukset", "actual", "interim-9kk", "2023", "keyword", "lowercase"], 2)
fin("Montako prosenttia varhaiskasvatuksen toimintakatteen budjetista oli toteutunut syyskuun loppuun 2024 mennessä?", 72.70, "S", 158,
    f"{VS}, Toimintakate, realization % 'TOT-24 %', 1-9/2024",
    ["toimintakate", "realization-pct", "interim-9kk", "2024", "full-sentence"], 6, unit="%")
fin("Paljonko varhaiskasvatuksen maksettavista avustuksista oli jäljellä 30.9.2024?", -206202, "S", 155,
    f"{VS}, Avustukset (expense row), remaining 'Jäljellä' (printed '- 206 202'), 30.9.2024",
    ["avustukset", "remaining", "interim-9kk", "2024", "full-sentence"], 5)

VV = "Virikkeellinen elämä -palvelualue (old organisation), 1-9/2024 report"
fin("virikkeellinen elämä myyntituotot 9kk 2024", 20646, "S", 172,
    f"{VV}, Myyntituotot, interim actual 'TOT 2024 9 kk', 1-9/2024",
    ["myyntituotot", "actual", "interim-9kk", "2024", "keyword", "lowercase"], 4)
fin("vire palvelujen ostot TP 2023", -1170093, "S", 180,
    f"{VV}, Palvelujen ostot, actual 'TP 2023', 1-12/2023",
    ["palvelujen-ostot", "actual", "full-year", "2023", "keyword", "abbrev:vire", "abbrev:TP"], 1)
fin("virikkeellisen elämän henkilöstökulujen talousarvio 2024", -1541200, "S", 179,
    f"{VV}, Henkilöstökulut, budget 'TA 2024 +muutos'",
    ["henkilostokulut", "budget", "full-year", "2024", "keyword", "lowercase"], 3)
fin("vire tilikauden tulos 1-9/2024", -3309818, "S", 189,
    f"{VV}, Tilikauden tulos, interim actual 'TOT 2024 9 kk', 1-9/2024",
    ["tilikauden-tulos", "actual", "interim-9kk", "2024", "keyword", "lowercase", "abbrev:vire"], 4)
fin("virikkeellisen elämän muista toimintakuluista jäljellä syyskuun lopussa 2024", -491576, "S", 183,
    f"{VV}, Muut toimintakulut, remaining 'Jäljellä' (printed '- 491 576'), 30.9.2024",
    ["muut-toimintakulut", "remaining", "interim-9kk", "2024", "lowercase"], 5)
fin("hyvinvoinnin irtaimen omaisuuden investoinnit tp 2023", -198824, "S", 204,
    "Hyvinvointi (toimiala), Irtain omaisuus investoinnit, Menot, actual 'TP2023'",
    ["investoinnit", "actual", "full-year", "2023", "keyword", "lowercase", "abbrev:TP"], 1, also=[("S", 205)])

# ---------------------------------------------------------------------------------------------
# Osavuosikatsaus 1-9/2022 (PDF text; numbers split over lines).  Columns:
# 1 TP 2021 (1000e) | 2 TOT 2021 9 kk (1000e) | 3 TA 2022 +muutos | 4 TOT 2022 9 kk | 5 Jäljellä
# | 6 TOT-22 % | 7 TP Ennuste.   `line` is where the value's text begins; `row_line` where the row's numbers begin.
HV = "Hyvinvointilautakunnan toimiala (old organisation, total), 1-9/2022 report"
fin("hyvinvointitoimialan myyntituotot tammi–syyskuu 2022", 637314, "V", 184,
    f"{HV}, Myyntituotot, interim actual 'TOT 2022 9 kk', 1-9/2022",
    ["myyntituotot", "actual", "interim-9kk", "2022", "keyword", "lowercase"], 4,
    row="646 438 827300 637314 189986 77.00 827300")
fin("hyvinvointitoimiala tuet ja avustukset jäljellä 30.9.2022", 60589, "V", 186,
    f"{HV}, Tuet ja avustukset (income), remaining 'Jäljellä', 30.9.2022",
    ["tuet-ja-avustukset", "remaining", "interim-9kk", "2022", "keyword", "lowercase"], 5,
    row="1082 844 808100 747511 60589 92.50 808100")
fin("hyvinvointitoimialan palvelujen ostot TP 2021", -4943000, "V", 202,
    f"{HV}, Palvelujen ostot, actual 'TP 2021'{K}, 1-12/2021",
    ["palvelujen-ostot", "actual", "full-year", "2021", "keyword", "abbrev:TP", "thousands"], 1,
    row="-4943 -3643 -5358100 -3858032 -1500068 72.00 -5358100")
fin("Montako prosenttia hyvinvointitoimialan maksettujen avustusten määrärahasta oli käytetty syyskuun 2022 loppuun mennessä?", 61.30, "V", 205,
    f"{HV}, Avustukset (expense row), realization % 'TOT-22 %', 1-9/2022",
    ["avustukset", "realization-pct", "interim-9kk", "2022", "full-sentence"], 6, unit="%",
    row="-848 -688 -882400 -540812 -341588 61.30 -882400")
fin("hyvinvointilautakunnan toimialan vuokrakulujen ennuste 2022", -6022500, "V", 206,
    f"{HV}, Vuokrakulut, forecast 'TP Ennuste' for the full year 2022 (equal to TA 2022)",
    ["vuokrakulut", "forecast", "full-year", "2022", "keyword", "lowercase"], 7,
    row="-5813 -4666 -6022500 -4521593 -1500907 75.10 -6022500")
fin("hyvinvointitoimialan poistot 1-9/2022", -384333, "V", 244,
    f"{HV}, Poistot ja arvonalentumiset, interim actual 'TOT 2022 9 kk', 1-9/2022",
    ["poistot", "actual", "interim-9kk", "2022", "keyword", "lowercase"], 4,
    row="-407 0 -555000 -384333 -170667 69.20 -555000")
fin("hyvinvointitoimialan vuosikate 1–9/2022", -20814074, "V", 237,
    f"{HV}, Vuosikate, interim actual 'TOT 2022 9 kk' (printed split over lines '-20 814' / '074'), 1-9/2022",
    ["vuosikate", "actual", "interim-9kk", "2022", "keyword", "lowercase", "split-number"], 4,
    row="-28296 -21563 -28577700 -20814074 -7763626 72.80 -28577700", row_line=233)
fin("hyvinvointilautakunnan toimialan toimintatuotot toteuma-% 1-9/2022", 79.90, "V", 189,
    f"{HV}, Toimintatuotot, realization % 'TOT-22 %', 1-9/2022",
    ["toimintatuotot", "realization-pct", "interim-9kk", "2022", "keyword", "lowercase"], 6, unit="%",
    row="2758 2023 2683600 2143686 539914 79.90 2683600")

HH = "Hyvinvoinnin ja terveyden edistämisen palvelualue (HYTE, old organisation), 1-9/2022 report"
fin("hyte tuet ja avustukset 9kk 2022", 69660, "V", 284,
    f"{HH}, Tuet ja avustukset (income), interim actual 'TOT 2022 9 kk', 1-9/2022",
    ["tuet-ja-avustukset", "actual", "interim-9kk", "2022", "keyword", "lowercase", "abbrev:hyte"], 4,
    row="78 57 88500 69660 18840 78.70 88500")
fin("hyvinvoinnin ja terveyden edistämisen toimintakulujen talousarvio 2022", -1018700, "V", 296,
    f"{HH}, Toimintakulut, budget 'TA 2022 +muutos' (printed split '-1 018' / '700')",
    ["toimintakulut", "budget", "full-year", "2022", "keyword", "lowercase", "split-number"], 3,
    row="-933 -676 -1018700 -705238 -313462 69.20 -1018700", row_line=295)

HO = "Opetus- ja koulutuspalvelut (old organisation), 1-9/2022 report"
fin("opetus- ja koulutuspalvelujen maksutuotot tp 2021", 187000, "V", 319,
    f"{HO}, Maksutuotot, actual 'TP 2021'{K}, 1-12/2021",
    ["maksutuotot", "actual", "full-year", "2021", "keyword", "lowercase", "abbrev:TP", "thousands"], 1,
    row="187 165 173500 149138 24362 86.00 173500")
fin("opkou tuet ja avustukset 1-9/2022", 289932, "V", 320,
    f"{HO}, Tuet ja avustukset (income), interim actual 'TOT 2022 9 kk', 1-9/2022",
    ["tuet-ja-avustukset", "actual", "interim-9kk", "2022", "keyword", "lowercase", "abbrev:opkou"], 4,
    row="492 321 361600 289932 71668 80.20 361600")
fin("opetuksen ja koulutuksen palvelujen ostot 9 kk 2022", -2218414, "V", 344,
    f"{HO}, Palvelujen ostot, interim actual 'TOT 2022 9 kk' (printed split '-2 218' / '414'), 1-9/2022",
    ["palvelujen-ostot", "actual", "interim-9kk", "2022", "keyword", "lowercase", "split-number"], 4,
    row="-2777 -1997 -3059500 -2218414 -841086 72.50 -3059500", row_line=340)
fin("opkou toimintakulujen toteumaprosentti tammi-syyskuu 2022", 74.10, "V", 374,
    f"{HO}, Toimintakulut, realization % 'TOT-22 %', 1-9/2022",
    ["toimintakulut", "realization-pct", "interim-9kk", "2022", "keyword", "lowercase", "abbrev:opkou", "split-number"],
    6, unit="%", row="-17302 -12945 -17149700 -12712991 -4436709 74.10 -17149700", row_line=365)
fin("Paljonko opetus- ja koulutuspalvelujen henkilöstökulut olivat vuonna 2022?", [-7763747, -10407000], "V", 330,
    f"{HO}, Henkilöstökulut 2022: no full-year actual exists; the interim actual 'TOT 2022 9 kk' -7 763 747 "
    "and the budget/forecast 'TA 2022 +muutos' = 'TP Ennuste' -10 407 000 are both fair",
    ["henkilostokulut", "actual", "interim-9kk", "2022", "full-sentence", "open", "split-number"], 4,
    row="-10834 -8092 -10407000 -7763747 -2643253 74.60 -10407000", row_line=326, also=[("V", 327)])

HK = "Varhaiskasvatuspalvelut (old organisation), 1-9/2022 report"
fin("varhaiskasvatuksen maksutuotot syyskuun loppuun 2022", 313618, "V", 441,
    f"{HK}, Maksutuotot, interim actual 'TOT 2022 9 kk', 1-9/2022",
    ["maksutuotot", "actual", "interim-9kk", "2022", "lowercase"], 4,
    row="516 397 420000 313618 106382 74.70 420000")
fin("vaka henkilöstökulut tp 2021", -5767000, "V", 452,
    f"{HK}, Henkilöstökulut, actual 'TP 2021'{K}, 1-12/2021",
    ["henkilostokulut", "actual", "full-year", "2021", "keyword", "lowercase", "abbrev:vaka", "abbrev:TP", "thousands"], 1,
    row="-5767 -4330 -5706200 -4241585 -1464615 74.30 -5706200")
fin("varhaiskasvatuksen vuokrakulut budjetti 2022", -864900, "V", 478,
    f"{HK}, Vuokrakulut, budget 'TA 2022 +muutos'",
    ["vuokrakulut", "budget", "full-year", "2022", "keyword", "lowercase", "abbrev:budjetti"], 3,
    row="-884 -751 -864900 -667963 -196937 77.20 -864900")
fin("varhaiskasvatus toimintakate 1-9/2021", -5753000, "V", 496,
    f"{HK}, Toimintakate, interim actual 'TOT 2021 9 kk'{K}, 1-9/2021",
    ["toimintakate", "actual", "interim-9kk", "2021", "keyword", "lowercase", "thousands"], 2,
    row="-7479 -5753 -7762400 -5491996 -2270404 70.80 -7762400")

HW = "Virikkeellinen elämä -palvelualue (old organisation), 1-9/2022 report"
fin("virikkeellisen elämän maksutuotot tammi-syyskuu 2022", 208035, "V", 553,
    f"{HW}, Maksutuotot, interim actual 'TOT 2022 9 kk', 1-9/2022",
    ["maksutuotot", "actual", "interim-9kk", "2022", "keyword", "lowercase"], 4,
    row="218 122 353900 208035 145865 58.80 353900")
fin("vire palvelujen ostot tp 2021", -936000, "V", 571,
    f"{HW}, Palvelujen ostot, actual 'TP 2021'{K}, 1-12/2021",
    ["palvelujen-ostot", "actual", "full-year", "2021", "keyword", "lowercase", "abbrev:vire", "abbrev:TP", "thousands"], 1,
    row="-936 -710 -1017900 -743470 -274430 73.00 -1017900")
fin("Mikä oli virikkeellisen elämän toimintakatteen talousarvio vuodelle 2022?", -4032500, "V", 609,
    f"{HW}, Toimintakate, budget 'TA 2022 +muutos' (printed split '-4 032' / '500')",
    ["toimintakate", "budget", "full-year", "2022", "full-sentence", "split-number"], 3,
    row="-3880 -3099 -4032500 -2949290 -1083210 73.10 -4032500", row_line=608)
fin("virikkeellinen elämä investointimenot 1-9/2022", -18522, "V", 665,
    f"{HW}, Investoinnit, MENOT, interim actual 'TOT 2022 9 kk', 1-9/2022",
    ["investoinnit", "actual", "interim-9kk", "2022", "keyword", "lowercase"], 4,
    row="-29 -18 -140000 -18522 -121478 13.20")
fin("hyvinvoinnin investointien menot yhteensä tp 2021", -89000, "V", 673,
    f"Hyvinvointi yhteensä (toimiala), Investoinnit, MENOT, actual 'TP 2021'{K}, 1-12/2021",
    ["investoinnit", "actual", "full-year", "2021", "keyword", "lowercase", "abbrev:TP", "thousands"], 1,
    row="-89 -51 -140000 -18522 -121478 13.20")

# ---------------------------------------------------------------------------------------------
# Key indicators (tunnusluvut).  TP 2025 table (printed twice: palvelualue section lines 145-163
# and Kasvatus- ja opetuslautakunta section lines 256-274).  Columns: 1 Toteutuma 2023 |
# 2 Toteutuma 2024 | 3 Tavoite 2025 | 4 Toteutuma 2025.
KT = "Tunnusluvut table of the TP 2025 report (repeated in the Kasvatus- ja opetuslautakunta section)"


def kt(q, v, line, what, tags, unit, col):
    kpi(q, v, "T", line, f"{what}; {KT}", tags, unit, col=col, also=[("T", line + 111)])


kt("varhaiskasvatus euroa asukasta kohden 2023", 439.58, 146,
   "Varhaiskasvatus €/asukas, 'Toteutuma 2023'", ["tunnusluku", "actual", "2023", "keyword", "lowercase"], "EUR/asukas", 1)
kt("Paljonko varhaiskasvatus maksoi lasta kohden vuonna 2024?", 12583, 147,
   "Varhaiskasvatus €/lapsi (Heinolan kaikki alle kouluikäiset), 'Toteutuma 2024'",
   ["tunnusluku", "actual", "2024", "full-sentence"], "EUR/lapsi", 2)
kt("perusopetuksen €/asukas tavoite 2025", 845, 148,
   "Perusopetus €/asukas, 'Tavoite 2025'", ["tunnusluku", "target", "2025", "keyword", "lowercase"], "EUR/asukas", 3)
kt("perusopetus kustannukset oppilasta kohden 2023", 10553, 149,
   "Perusopetus €/oppilas, 'Toteutuma 2023'", ["tunnusluku", "actual", "2023", "keyword", "lowercase"], "EUR/oppilas", 1)
kt("lukion €/asukas 2024", 120, 150,
   "Lukiokoulutus €/asukas, 'Toteutuma 2024'", ["tunnusluku", "actual", "2024", "keyword", "lowercase"], "EUR/asukas", 2)
kt("Paljonko lukiokoulutus maksoi opiskelijaa kohden vuonna 2025?", 11002, 151,
   "Lukiokoulutus €/opiskelija, 'Toteutuma 2025'", ["tunnusluku", "actual", "2025", "full-sentence"], "EUR/opiskelija", 4)
kt("musiikkiopisto €/asukas 2025", 38, 152,
   "Musiikkiopisto €/asukas, 'Toteutuma 2025'", ["tunnusluku", "actual", "2025", "keyword", "lowercase"], "EUR/asukas", 4)
kt("musiikkiopiston opetustunnin hinta 2024", 60, 154,
   "Musiikkiopisto €/opetustunti, 'Toteutuma 2024'", ["tunnusluku", "actual", "2024", "keyword", "lowercase"], "EUR/opetustunti", 2)
kt("Montako prosenttia yhdeksäsluokkalaisista suoritti peruskoulun vuonna 2024?", 100, 155,
   "Peruskoulun suorittaneiden osuus % 9. luokkalaisista, 'Toteutuma 2024'",
   ["tunnusluku", "actual", "2024", "full-sentence"], "%", 2)
kt("vire nettokustannukset per asukas 2023", 258, 156,
   "Virikkeellinen elämä nettokustannukset €/asukas, 'Toteutuma 2023'",
   ["tunnusluku", "actual", "2023", "keyword", "lowercase", "abbrev:vire"], "EUR/asukas", 1)
kt("virikkeellisen elämän toimintaan osallistuneiden tavoite 2025", 350000, 157,
   "Virikkeellisen elämän omatoimiseen ja ryhmätoimintaan osallistuneet, 'Tavoite 2025'",
   ["tunnusluku", "target", "2025", "keyword", "lowercase"], "henkilöä", 3)
kt("kirjaston fyysiset käynnit per asukas 2023", 8.88, 158,
   "Kirjaston fyysiset käynnit ka / asukas, 'Toteutuma 2023'",
   ["tunnusluku", "actual", "2023", "keyword", "lowercase"], "käyntiä/asukas", 1)
kt("Montako lainaa kirjastosta tehtiin keskimäärin asukasta kohden 2025?", 11.5, 159,
   "Kirjaston kokonaislainaus ka / asukas, 'Toteutuma 2025'",
   ["tunnusluku", "actual", "2025", "full-sentence"], "lainaa/asukas", 4)
kt("hyte-kertoimen tavoite 2025", 20.3, 145,
   "HYTE-kerroin €/asukas (Sotkanet), 'Tavoite 2025' (printed '20,30 euroa/ as.')",
   ["tunnusluku", "target", "2025", "keyword", "lowercase", "abbrev:hyte"], "EUR/asukas", 3)
kt("opkou ulkopuolinen rahoitus 2025", 190499, 161,
   "Ulkopuolinen rahoitus/€, opkou, 'Toteutuma 2025' (printed 'opkou: 190 499 euroa')",
   ["tunnusluku", "actual", "2025", "keyword", "lowercase", "abbrev:opkou"], "EUR", 4)
kt("Paljonko hyte sai ulkopuolista rahoitusta 2024?", 272972, 160,
   "Ulkopuolinen rahoitus/€, hyte, 'Toteutuma 2024' (printed 'hyte 272 972')",
   ["tunnusluku", "actual", "2024", "abbrev:hyte"], "EUR", 2)
kt("varhaiskasvatuksen ulkopuolinen rahoitus toteutuma 2023", 509928, 162,
   "Ulkopuolinen rahoitus/€, vaka, 'Toteutuma 2023' (printed 'vaka : 509 928')",
   ["tunnusluku", "actual", "2023", "keyword", "lowercase"], "EUR", 1)

KV = "Tunnusluvut table of the 1-9/2022 report (columns Toteutuma 2020, Ennuste 2021, Tavoite 2022; one value per line)"
kpi("lukiokoulutus €/opiskelija toteutuma 2020", 8079.60, "V", 1384,
    f"Lukiokoulutus €/opiskelija, 'Toteutuma 2020'; {KV}", ["tunnusluku", "actual", "2020", "keyword", "lowercase"],
    "EUR/opiskelija")
kpi("musiikkiopiston kustannus opiskelijaa kohden, ennuste 2021", 1205, "V", 1407,
    f"Musiikkiopisto €/opiskelija, 'Ennuste 2021'; {KV}", ["tunnusluku", "forecast", "2021", "lowercase"], "EUR/opiskelija")
kpi("virikkeellisen elämän nettokustannukset asukasta kohden vuonna 2020", 161, "V", 1425,
    f"Virikkeellinen elämä nettokustannukset €/asukas, 'Toteutuma 2020' (first of '161 213 215'); {KV}",
    ["tunnusluku", "actual", "2020", "lowercase"], "EUR/asukas")
kpi("kirjaston kokonaislainaus per asukas 2020", 11.99, "V", 1440,
    f"Kirjaston kokonaislainaus / asukasluku, 'Toteutuma 2020'; {KV}", ["tunnusluku", "actual", "2020", "keyword", "lowercase"],
    "lainaa/asukas")
kpi("peruskoulun suorittaneiden osuus 9. luokkalaisista ennuste 2021", 97, "V", 1420,
    f"Peruskoulun suorittaneiden osuus/% 9. luokkalaisista, 'Ennuste 2021' (middle of '98 % 97 % 100 %'); {KV}",
    ["tunnusluku", "forecast", "2021", "keyword", "lowercase"], "%")
kpi("opiskeluhuollon kustannus per oppilas toteutuma 2020", 164.74, "V", 1343,
    f"Opiskeluhuolto €/oppilas/opiskelija, 'Toteutuma 2020'; {KV}", ["tunnusluku", "actual", "2020", "keyword", "lowercase"],
    "EUR/oppilas")
kpi("Mikä oli musiikkiopiston kustannus asukasta kohden vuonna 2020?", 25.45, "V", 1399,
    f"Musiikkiopisto €/asukas, 'Toteutuma 2020'; {KV}", ["tunnusluku", "actual", "2020", "full-sentence"], "EUR/asukas")

# ---------------------------------------------------------------------------------------------
# Numbers in running text (goals, status texts) and project tables
txt("montako konsultointikäyntiä vakan erityisopettajat tekivät lapsiryhmissä q1 2025", 18, "Q", 285,
    "Varhaiskasvatus goal status 31.3.2025: '18 konsultointikäyntiä lapsiryhmissä' in the first quarter",
    ["goal-text", "interim-3kk", "2025", "lowercase", "abbrev:vaka"], "kpl")
txt("päiväkotien käyttöaste marraskuussa 2025", 78.86, "T", 128,
    "Varhaiskasvatus goal status 31.12.2025: 'Päiväkotien käyttöaste oli ... marraskuussa 78,86%'; repeated in the "
    "Kasvatus- ja opetuslautakunta section", ["goal-text", "2025", "keyword", "lowercase"], "%", also=[("T", 242)])
txt("Montako oppilasta Valo-luokassa opiskeli vuoden 2025 lopussa?", 14, "T", 121,
    "Opetus ja koulutus goal status: 'Valo-luokassa (5.-9.lk) opiskeli 31.12.2025 14 oppilasta'; repeated in the "
    "Kasvatus- ja opetuslautakunta section", ["goal-text", "2025", "full-sentence"], "oppilasta", also=[("T", 236)])
txt("kuinka monta aineopiskelijaa lukiossa oli 2025", 27, "T", 127,
    "Opetus ja koulutus goal status: 'Lukiossa oli 193 opiskelijaa ja 27 aineopiskelijaa' (31.12.2025); repeated in "
    "the Kasvatus- ja opetuslautakunta section", ["goal-text", "2025", "lowercase"], "opiskelijaa", also=[("T", 241)])
txt("harrastemallin kyselyyn vastanneiden alakoululaisten määrä 2024", 660, "S", 230,
    "VIRE goal status 30.9.2024: 'Harrastemallin kyselyyn vastasi 660 alakoulun lasta'",
    ["goal-text", "2024", "keyword", "lowercase"], "lasta")
txt("museokohteiden kävijät syyskuun loppuun 2024", 15051, "S", 234,
    "VIRE goal status 30.9.2024: 'Museokohteissa on vierailut syyskuun loppuun mennessä 15051 kävijää'",
    ["goal-text", "interim-9kk", "2024", "keyword", "lowercase"], "kävijää")
txt("montako opetushenkilöä kävi tunne- ja vuorovaikutuskoulutuksen syksyllä 2024", 140, "S", 221,
    "OPKOU goal status 30.9.2024: '140 henkilöä käynyt tunne- ja vuorovaikutuskoulutuskokonaisuuden elosyyskuun aikana'",
    ["goal-text", "2024", "lowercase"], "henkilöä")
txt("Montako digiagenttia alakouluilla toimi syksyllä 2024?", 20, "S", 221,
    "OPKOU goal status 30.9.2024: 'Digiagentteja toimii alakouluilla yhteensä 20 henkilöä'",
    ["goal-text", "2024", "full-sentence"], "henkilöä")
txt("Sinilähdetalon kiinteävuoroiset varaukset 2022", 19, "V", 71,
    "Toimiala goal status 30.9.2022: 'Sinilähdetalossa ... 19 kiinteävuoroista varausta' (same text in the "
    "käyttösuunnitelma section)", ["goal-text", "2022", "keyword", "lowercase"], "varausta", also=[("V", 1016)])
txt("vapaiden varhaiskasvatuspaikkojen osuus 30.3.2025", 1.53, "Q", 706,
    "Varhaiskasvatus goal status: 'Varhaiskasvatuksessa oli 30.3.2025 vapaana 1,53 % kaikista varhaiskasvatuspaikoista'",
    ["goal-text", "interim-3kk", "2025", "keyword", "lowercase"], "%")
txt("Heinolan harrastemallin toteuttaminen 2024–2025 kokonaisrahoitus", 71429, "Q", 1371,
    "Hankkeet table (Hyvinvoinnin edistämisen lautakunta, 1-3/2025): Heinolan harrastemallin toteuttaminen 2024–2025, "
    "kokonaisrahoitus 71 429; same in the 1-9/2024 report", ["project-table", "keyword"], "EUR", also=[("S", 280)])
txt("paljonko rahaa tilapäisen suojelun lisätukeen saatiin", 30000, "Q", 1525,
    "Hankkeet table (1-3/2025): Tilapäisen suojelun lisätuki 2025–2026, kokonaisrahoitus 30 000, rahoittaja TEM",
    ["project-table", "lowercase"], "EUR")

# Issue 13 kinds with a single figure: a project's column, project totals
txt("Toimintakykyinen peruskoululainen -hankkeen kaupungin rahoitusosuus", 40, "T", 296,
    "Hankkeet table TP 2025: Toimintakykyinen peruskoululainen, 'Kaupungin rahoitus-osuus %' 40 %",
    ["project-column", "kaupungin-osuus", "keyword"], "%", cat="project")
txt("Suomi toisena kielenä -hankkeen kokonaisrahoitus", 115991, "T", 299,
    "Hankkeet table TP 2025: Suomi toisena kielenä, 'Hankkeen kokonais-rahoitus' 115 991",
    ["project-column", "kokonaisrahoitus", "keyword"], "EUR", cat="project")
txt("mikä on kirjokerho-hankkeen kaupungin osuus", 10, "Q", 1393,
    "Hankkeet table 1-3/2025: Kirjokerho 2025–2026, 'Kaupungin rahoitusosuus %' 10 %",
    ["project-column", "kaupungin-osuus", "lowercase"], "%", cat="project")
txt("koronaviruksen vaikutusten tasoittaminen perusopetuksessa hankkeen menojen toteuma %", 110.2, "S", 270,
    "Hankkeet table 1-9/2024: Koronaviruksen aiheuttamien vaikutusten tasoittaminen perusopetuksessa 2023–2024, "
    "'Menojen toteuma %' 110,2 %", ["project-column", "menojen-toteuma", "keyword", "lowercase"], "%", cat="project")
txt("Paljonko kaksivuotisen esiopetuksen kokeiluun (2017 syntyneet) saatiin rahoitusta?", 26300, "S", 262,
    "Hankkeet table 1-9/2024: Kaksivuotisen esiopetuksen kokeilu (v. 2017 syntyneet) 2022–2024, kokonaisrahoitus 26 300, OKM",
    ["project-column", "kokonaisrahoitus", "full-sentence"], "EUR", cat="project")
txt("lukutaitoa tulevaisuuteen hankkeen kaupungin rahoitusosuus", 20, "Q", 1461,
    "Hankkeet table: Lukutaitoa tulevaisuuteen, 'Kaupungin rahoitusosuus %' 20 % (1-3/2025 report; same 20 % in the "
    "1-9/2024 report, where the period is printed 2023–2024 instead of 2023–2025)",
    ["project-column", "kaupungin-osuus", "keyword", "lowercase", "multi-report"], "%", cat="project",
    also=[("S", 284)])
txt("varhaiskasvatuksen, esi- ja perusopetuksen koulutuksellisen tasa-arvon edistäminen 2024–2027 kokonaisrahoitus", 262500, "S", 265,
    "Hankkeet table 1-9/2024: Varhaiskasvatuksen, esi- ja perusopetuksen koulutuksellisen tasa-arvon ja "
    "yhdenvertaisuuden edistäminen 2024–2027, kokonaisrahoitus 262 500, OKM",
    ["project-column", "kokonaisrahoitus", "keyword", "lowercase"], "EUR", cat="project")
txt("hankkeiden kokonaisrahoitus yhteensä osavuosikatsauksessa 1-9/2024", 1320392, "S", 287,
    "Hankkeet table 1-9/2024, 'Yhteensä' row (1 320 392 € as printed; note the printed rows sum to 1 328 170)",
    ["project-total", "2024", "keyword", "lowercase"], "EUR", cat="project")
txt("hyvinvoinnin edistämisen lautakunnan hankkeet yhteensä 1-3/2025", 428194, "Q", 1578,
    "Hankkeet table of the Hyvinvoinnin edistämisen lautakunta section, 1-3/2025, 'Yhteensä 428 194 €' (the palvelualue "
    "section's own Hankkeet table is empty: 'Yhteensä 0 €')", ["project-total", "2025", "keyword", "lowercase"], "EUR",
    cat="project")
txt("Heinolalaisten aktivointi kaupungilla ja kylillä -hankkeen kaupungin osuus", [50, 20], "Q", 1501,
    "Hankkeet table: the two reports print the same project differently: 1-3/2025 report 2024–2025, city share 50 %; "
    "1-9/2024 report period 2024, city share 20 %. Both accepted (the newer report first)",
    ["project-column", "kaupungin-osuus", "keyword", "open", "multi-report"], "%", cat="project", also=[("S", 286)])
nf("Toimintakykyinen peruskoululainen -hankkeen ulkopuolinen rahoitus",
   "The project table prints only the total funding (15 000) and the city's share (40 %); no external-funding column. "
   "The total is not the answer (issue 13: a column asked gets that column or not_found).",
   ["project-column", "ulkopuolinen-rahoitus", "keyword"], cat="project")
nf("koulujen kerhotoiminnan tukeminen 2025–2026 hankkeen kaupungin osuus euroina",
   "Only the percentage (30 %) is printed, not the city's share in euros; 30 % x 9 000 would be a computed figure.",
   ["project-column", "kaupungin-osuus", "lowercase"], cat="project")

# Key-indicator series (issue 13): every point is an accepted primary value; the `series` field lists them all
series("kirjaston käynnit asukasta kohden 2023–2025", [(2023, 8.88, 158, 1), (2024, 8, 158, 2), (2025, 6.3, 158, 4)], "T",
       "Kirjaston fyysiset käynnit ka / asukas, Toteutuma 2023, 2024, 2025 (TP 2025 Tunnusluvut; the Tavoite 2025 "
       "column 7 is not part of the series)", ["tunnusluku", "2023-2025", "keyword", "lowercase"], "käyntiä/asukas")
series("perusopetuksen €/oppilas vuosina 2023-2025", [(2023, 10553, 149, 1), (2024, 10879, 149, 2), (2025, 11443, 149, 4)], "T",
       "Perusopetus €/oppilas, Toteutuma 2023, 2024, 2025", ["tunnusluku", "2023-2025", "keyword", "lowercase"], "EUR/oppilas")
series("Miten musiikkiopiston kustannus opiskelijaa kohden kehittyi 2023–2025?",
       [(2023, 1110.37, 153, 1), (2024, 1112, 153, 2), (2025, 1279, 153, 4)], "T",
       "Musiikkiopisto €/opiskelija, Toteutuma 2023, 2024, 2025", ["tunnusluku", "2023-2025", "full-sentence"], "EUR/opiskelija")
series("vaka €/lapsi 2023–2025", [(2023, 12242, 147, 1), (2024, 12583, 147, 2), (2025, 12247, 147, 4)], "T",
       "Varhaiskasvatus €/lapsi, Toteutuma 2023, 2024, 2025", ["tunnusluku", "2023-2025", "keyword", "abbrev:vaka"], "EUR/lapsi")
series("peruskoulun suorittaneiden osuus 2023–2025", [(2023, 98, 155, 1), (2024, 100, 155, 2), (2025, 99, 155, 4)], "T",
       "Peruskoulun suorittaneiden osuus % 9. luokkalaisista, Toteutuma 2023, 2024, 2025",
       ["tunnusluku", "2023-2025", "keyword", "lowercase"], "%")

# ---------------------------------------------------------------------------------------------
# not_found: things the reports do not contain
nf("Lahden varhaiskasvatuksen toimintakate 2025",
   "Another city: the reports are Heinola's only.", ["other-city", "2025", "keyword"])
nf("Paljonko varhaiskasvatuksen henkilöstökulut olivat vuonna 2025?",
   "The 2025 Varhaiskasvatus table (TP 2025) has only Toimintatuotot/Toimintakulut/Toimintakate; the 1-3/2025 report "
   "has no Varhaiskasvatus table. The Kasvatus- ja opetuslautakunta figure is a different organisation.",
   ["row-missing", "henkilostokulut", "2025", "full-sentence"])
nf("opetuksen ja koulutuksen myyntituotot 2025",
   "The 2025 Opetus ja koulutus table has only the three summary rows; no Myyntituotot row (the goal text only says "
   "sales were higher than estimated).", ["row-missing", "myyntituotot", "2025", "keyword", "lowercase"])
nf("virikkeellisen elämän toimintakate tilinpäätöksessä 2025",
   "The TP 2025 report has no Virikkeellinen elämä table (only Hyvinvointipalvelut, Kasvatus- ja opetuslautakunta, "
   "Palvelualuejohtajan vastuualue, Opetus ja koulutus, Varhaiskasvatus); the full-year 2025 actual is not printed.",
   ["row-missing", "toimintakate", "2025", "full-year", "keyword", "lowercase"])
nf("hyten toimintakate 2023",
   "No HYTE (Hyvinvoinnin ja terveyden edistämisen palvelualue) financial table for 2023: the 1-9/2024 report has "
   "toimiala, Varhaiskasvatus and Virikkeellinen elämä tables only; the 1-9/2022 report covers 2021-2022.",
   ["row-missing", "toimintakate", "2023", "keyword", "lowercase", "abbrev:hyte"])
nf("varhaiskasvatuksen €/lapsi toteutuma 2021",
   "2021 has only 'Ennuste 2021' (forecast, 1-9/2022 report); the TP 2025 table starts at 2023. No 2021 actual.",
   ["tunnusluku", "2021", "keyword", "lowercase"])
nf("kirjaston kokonaislainaus asukasta kohden toteutuma 2022",
   "2022 has only 'Tavoite 2022' (target); actual values are printed for 2020 and 2023-2025.",
   ["tunnusluku", "2022", "keyword", "lowercase"])
nf("Montako työntekijää varhaiskasvatuksessa on?",
   "Headcount / htv is not given anywhere (only henkilöstökulut in euros and qualitative text).",
   ["measure-missing", "full-sentence"])
nf("hyvinvointipalvelut toimintakulut tammi-syyskuu 2025",
   "There is no 1-9/2025 report: 2025 has the 1-3/2025 interim report and the TP 2025 full year.",
   ["period-missing", "toimintakulut", "2025", "keyword", "lowercase"])
nf("Tampereen perusopetuksen €/oppilas 2025",
   "Another city: the reports are Heinola's only.", ["other-city", "tunnusluku", "2025", "keyword"])
nf("liikuntapalvelujen toimintakulut 2024",
   "Liikuntapalvelut has no table of its own (it is part of Virikkeellinen elämä); no figure.",
   ["unit-missing", "toimintakulut", "2024", "keyword", "lowercase"])
nf("museoiden pääsylipputulot 2025",
   "Museum ticket income is not reported (only visitor counts: almost 30 000 museum visitors in 2025).",
   ["measure-missing", "2025", "keyword", "lowercase"])
nf("hyvinvointitoimialan toimintakatteen talousarvio 2023",
   "No TA 2023: the 1-9/2024 report gives TP 2023 and TOT 2023 9 kk; the 1-9/2022 report TA 2022.",
   ["period-missing", "toimintakate", "budget", "2023", "keyword", "lowercase"])
nf("nuorisopalvelujen budjetti 2025",
   "Nuorisopalvelut has no table of its own (part of Virikkeellinen elämä); no budget figure.",
   ["unit-missing", "budget", "2025", "keyword", "lowercase", "abbrev:budjetti"])
nf("sosiaali- ja terveyspalvelujen menot 2025",
   "Social and health services belong to the wellbeing services county (HVA), not to these reports.",
   ["subject-missing", "2025", "keyword", "lowercase"])
nf("opetus- ja koulutuspalvelujen tilikauden tulos 1-9/2024",
   "The 1-9/2024 report has no labelled Opetus- ja koulutuspalvelut table (lines 130-136 are an unlabelled fragment); "
   "the TP 2025 report gives Opetus ja koulutus only three summary rows.",
   ["row-missing", "tilikauden-tulos", "interim-9kk", "2024", "keyword", "lowercase", "trap"])
nf("mikä oli hyvinvointitoimialan toimintakate tilinpäätöksessä 2022",
   "No TP 2022: the 1-9/2022 report gives TOT 2022 9 kk, TA 2022 and the forecast; TP 2022 is not printed anywhere.",
   ["period-missing", "toimintakate", "2022", "full-year", "lowercase"])

# ---------------------------------------------------------------------------------------------
# clarify: genuinely ambiguous
cl("lautakunnan henkilöstökulut 2025", ["Kasvatus- ja opetuslautakunta", "Hyvinvoinnin edistämisen lautakunta"],
   "Two lautakunnat have a 2025 Henkilöstökulut row: Kasvatus- ja opetuslautakunta (TP 2025) and Hyvinvoinnin "
   "edistämisen lautakunta (1-3/2025 report).",
   [("Kasvatus- ja opetuslautakunta Toteuma 2025", -17782408, "T", 192),
    ("Hyvinvoinnin edistämisen lautakunta TOT 2025 3 kk", -655693, "Q", 965)],
   ["org-ambiguous", "henkilostokulut", "2025", "keyword", "lowercase"])
cl("hyvinvointitoimialan avustukset tp 2023", ["Tuet ja avustukset", "Avustukset"],
   "'Avustukset' fits two rows: Tuet ja avustukset (income, 1 406 412) and Avustukset (expense, -695 671).",
   [("Tuet ja avustukset TP 2023", 1406412, "S", 115), ("Avustukset TP 2023", -695671, "S", 122)],
   ["measure-ambiguous", "avustukset", "2023", "keyword", "lowercase"])
cl("€/asukas 2025", ["varhaiskasvatus", "perusopetus", "lukio", "musiikkiopisto", "virikkeellinen", "hyte"],
   "Six key indicators are per asukas in 2025.",
   [("Varhaiskasvatus €/asukas", 426, "T", 146), ("Perusopetus €/asukas", 815, "T", 148),
    ("Lukiokoulutus €/asukas", 123, "T", 150), ("Musiikkiopisto €/asukas", 38, "T", 152),
    ("Virikkeellinen elämä nettokustannukset €/asukas", 260, "T", 156)],
   ["org-ambiguous", "tunnusluku", "2025", "keyword"])
cl("virikkeellisen elämän ulkopuolinen rahoitus", ["2023", "2024", "2025"],
   "External funding of Virikkeellinen elämä is printed for 2023 (250 388), 2024 (174 372), target 2025 (185 000) "
   "and 2025 (317 755); no year asked.",
   [("2023", 250388, "T", 163), ("2024", 174372, "T", 163), ("2025", 317755, "T", 163)],
   ["year-ambiguous", "tunnusluku", "keyword", "lowercase"])
cl("Heinolan harrastekerhot lapsille ja nuorille -hankkeen kokonaisrahoitus", ["2023–2024", "2024–2025", "2023-2024", "2024-2025"],
   "Two projects with this name: 2023–2024 (8 889) and 2024–2025 (7 778).",
   [("2023–2024", 8889, "S", 277), ("2024–2025", 7778, "S", 278)],
   ["project-ambiguous", "project-table"])
cl("nuorten vuoro-kokemustarinatyöskentelyn rahoitus", ["2024", "2025"],
   "Two projects: 2024 (29 011 in the 1-3/2025 report, 29 110 in the 1-9/2024 report) and the 2025 follow-up (50 000).",
   [("2024", 29011, "Q", 1416), ("2025", 50000, "Q", 1437)],
   ["project-ambiguous", "project-table", "lowercase"])
cl("kerhotoiminnan tukeminen hankkeen kokonaisrahoitus", ["2023", "2024", "2025"],
   "Several 'Koulujen kerhotoiminnan tukeminen' projects: 2023 (6 000), 2024 / 2024–2025 (18 571 / 18 572), "
   "2025–2026 (9 000).",
   [("2023", 6000, "S", 266), ("2024", 18571, "S", 269), ("2024–2025", 18572, "T", 291), ("2025–2026", 9000, "T", 292)],
   ["project-ambiguous", "project-table", "lowercase"])
cl("yhteisöllisen opiskeluhuollon vahvistaminen ja kehittäminen hankkeen kokonaisrahoitus", ["2023–2024", "2024–2025", "jatkohanke", "2023-2024", "2024-2025"],
   "Two projects: 2023–2024 (50 000) and the follow-up 2024–2025 (42 368,7 in the 1-9/2024 report, 42 369 in TP 2025).",
   [("2023–2024", 50000, "S", 271), ("2024–2025 jatkohanke", 42369, "T", 297)],
   ["project-ambiguous", "project-table", "lowercase"])
cl("esi- ja perusopetuksen oppimisen tuen, inklusion, tasa-arvon ja yhdenvertaisuuden kehittäminen rahoitus",
   ["2023–2024", "2024–2025", "2023-2024", "2024-2025"],
   "The project appears twice: 2023–2024 (310 000, 1-9/2024 report) and the 2024–2025 funding frame (381 380, TP 2025).",
   [("2023–2024", 310000, "S", 264), ("2024–2025", 381380, "T", 290)],
   ["project-ambiguous", "project-table", "lowercase"])
cl("varhaiskasvatuksen koulutuksellista tasa-arvoa ja yhdenvertaisuutta edistävien toimenpiteiden kehittäminen, kokonaisrahoitus",
   ["2023–2024", "2024–2025", "2023-2024", "2024-2025"],
   "The project appears twice: 2023–2024 (101 250, 1-9/2024 report) and 2024–2025 (143 620, TP 2025).",
   [("2023–2024", 101250, "S", 263), ("2024–2025", 143620, "T", 289)],
   ["project-ambiguous", "project-table", "lowercase"])
cl("vapaana olevien varhaiskasvatuspaikkojen osuus", ["2024", "2025", "30.3.2025", "20.12.2025", "20.9.2024"],
   "Free places are reported for 20.9.2024 (2,78 %), 30.3.2025 (1,53 %) and 20.12.2025 (1,69 %).",
   [("20.9.2024", 2.78, "S", 245), ("30.3.2025", 1.53, "Q", 706), ("20.12.2025", 1.69, "T", 128)],
   ["year-ambiguous", "goal-text", "keyword", "lowercase"])
cl("lukion oppimisen tukemisen hankkeen kaupungin rahoitusosuus", ["2022–2024", "2024–2025", "2022-2024", "2024-2025"],
   "Two projects 'Oppimisen tukeminen Heinolan lukio': 2022–2024 (city share 5 %) and 2024–2025 (10 %).",
   [("2022–2024", 5, "S", 273), ("2024–2025", 10, "S", 276)],
   ["project-ambiguous", "project-column", "lowercase"])
cl("etsivä nuorisotyö hankkeen kaupungin rahoitusosuus", ["2024–2025", "2025–2026", "2024-2025", "2025-2026"],
   "Two Etsivä nuorisotyö projects: 2024–2025 (city share 30 %) and 2025–2026 (15 %).",
   [("2024–2025", 30, "Q", 1547), ("2025–2026", 15, "Q", 1567)],
   ["project-ambiguous", "project-column", "lowercase"])
cl("mikä oli opiskelijaa kohden laskettu tavoite 2022", ["lukio", "musiikkiopisto"],
   "Two 2022 targets per opiskelija: Lukiokoulutus (10 436) and Musiikkiopisto (1 366).",
   [("Lukiokoulutus €/opiskelija Tavoite 2022", 10436, "V", 1392), ("Musiikkiopisto €/opiskelija Tavoite 2022", 1366, "V", 1413)],
   ["org-ambiguous", "tunnusluku", "2022", "lowercase"])
cl("€/opiskelija toteutuma 2023", ["lukio", "musiikkiopisto"],
   "Two 2023 indicators per opiskelija: Lukiokoulutus (11 951) and Musiikkiopisto (1110,37).",
   [("Lukiokoulutus €/opiskelija 2023", 11951, "T", 151), ("Musiikkiopisto €/opiskelija 2023", 1110.37, "T", 153)],
   ["org-ambiguous", "tunnusluku", "2023", "keyword"])

# ---------------------------------------------------------------------------------------------
# Lists (issue 13): goals of a unit for a year with status, partly achieved goals, project lists,
# a project's text column.  -> lists.jsonl
lst("varhaiskasvatuksen tavoitteet 2025", "goals",
    [("Lasten ja henkilöstön tunne- ja vuorovaikutustaidot vahvistuvat", "T", 230),
     ("Oppimisen tuen uudistuksen valmistelu ja käyttöönotto esiopetuksen osalta", "T", 113),
     ("Matalan kynnyksen oppimisen tuen konsultaatiomallin käyttöönotto", "T", 113),
     ("Kielitietoinen varhaiskasvatus toteutuu", "T", 240),
     ("Henkilöstömäärä on mitoitettu suhteessa asiakasmäärään", "T", 242)],
    "VAKA goals of the käyttösuunnitelma 2025 in the TP 2025 report (status Toteutuu / ✓); the same five goals are in "
    "the palvelualue section (lines 110-128) and in the 1-3/2025 report.", ["2025", "keyword", "lowercase"],
    include=["tunne- ja vuorovaikutustaidot", "Kielitietoinen varhaiskasvatus", "Henkilöstömäärä"])
lst("Mitkä ovat opetuksen ja koulutuksen tavoitteet vuodelle 2025 ja miten ne toteutuivat?", "goals",
    [("Oppimisen tuen uudistuksen valmistelu ja käyttöönotto", "T", 228),
     ("Matalan kynnyksen oppimisen tuen konsultaatiomallin käyttöönotto ja kehittäminen", "T", 229),
     ("Maahanmuuttajataustaisten oppilaiden kasvun ja oppimisen prosessi", "T", 235),
     ("Valmistavan opetuksen oppilaiden vahva integroituminen perusopetuksen ryhmiin", "T", 236),
     ("Palveluverkko, opetustuntiresurssi ja -materiaalit", "T", 241)],
    "OPKOU goals 2025 (TP 2025, Kasvatus- ja opetuslautakunta section), all 'Toteutuu'.", ["2025", "full-sentence"],
    include=["Oppimisen tuen uudistuksen", "Valmistavan opetuksen", "Palveluverkko"])
lst("vire tavoitteet 2025", "goals",
    [("Etsivä harrastetoiminta ja liikuntaneuvonta ovat osana kotouttamistoimintaa", "T", 114),
     ("Vuorovaikutteisia maksuttomia tapahtumia on joka kuukausi vähintään yksi", "T", 126),
     ("Lintuhoitolan toimintaa uudistetaan", "T", 137)],
    "VIRE goals 2025 in the TP 2025 käyttösuunnitelma (palvelualue section), all 'Toteutuu'.",
    ["2025", "keyword", "lowercase", "abbrev:vire"], include=["Etsivä harrastetoiminta", "maksuttomia tapahtumia", "Lintuhoitola"])
lst("hyvinvointipalvelujen sitovat tavoitteet 2025", "goals",
    [("Lasten ja nuorten hyvinvointi lisääntyy", "T", 99),
     ("Kotouttamisessa yhteistyö on tuloksellista", "T", 100),
     ("Kansainväliset asiakasryhmät huomioidaan palveluissa", "T", 101),
     ("Talouden suunnittelu on ennakoivaa ja käyttötalous on tasapainossa", "T", 102)],
    "Palvelualue goals at the council's binding level (valtuuston sitovuustaso), TP 2025; one 'Toteutuu osittain'.",
    ["2025", "keyword", "lowercase"], include=["Lasten ja nuorten hyvinvointi", "Kansainväliset asiakasryhmät"])
lst("mitkä tavoitteet toteutuivat vain osittain vuonna 2025", "goals-status",
    [("Kansainväliset asiakasryhmät huomioidaan palveluissa", "T", 101),
     ("Kuvataan kaupungin keskeiset työllisyyspalvelut asiakasryhmittäin", "T", 138)],
    "Goals with status 'Toteutuu osittain' in the TP 2025 report (no goal has 'Ei toteudu').",
    ["2025", "lowercase"], include=["Kansainväliset asiakasryhmät", "työllisyyspalvelut"])
lst("varhaiskasvatuksen tavoitteet 2024", "goals",
    [("Lasten hyvinvoinnin lisääminen arviointi- ja laatutyötä sekä tukiprosesseja kehittämällä", "S", 229),
     ("Varhaiskasvatuksen palvelurakenteen on suhteutettu palvelun käyttäjämäärään", "S", 245)],
    "VAKA goals in the 1-9/2024 käyttösuunnitelma, both 'Toteutuu'.", ["2024", "keyword", "lowercase"],
    include=["Lasten hyvinvoinnin lisääminen", "palvelurakenteen"])
lst("opkou tavoitteet 2024 ja niiden tila", "goals",
    [("Yhteisöllisen opiskeluhoillon toimintamallien yhtenäistäminen", "S", 221),
     ("Palvelualueen palvelujen ja yksiköiden toiminnan markkinointi on monipuolista", "S", 235),
     ("Oppimisen tuen vaikuttavuuden vahvistaminen ennakoivasti", "S", 240),
     ("Opetusresurssi, palveluverkko ja oppimateriaalit suhteutetaan oppilasmäärään", "S", 247)],
    "OPKOU goals 30.9.2024: the first 'Toteutuu osittain', the others 'Toteutuu' (the last printed 'OPKOUL').",
    ["2024", "keyword", "lowercase", "abbrev:opkou"], include=["opiskeluhoillon", "markkinointi", "Oppimisen tuen vaikuttavuuden"])
lst("mitkä virikkeellisen elämän tavoitteet eivät toteutuneet täysin 2024", "goals-status",
    [("Vähän liikkuvien ja harrastavien kuntalaisten aktivointi", "S", 230)],
    "VIRE goals 30.9.2024 not fully achieved: only 'Vähän liikkuvien ja harrastavien kuntalaisten aktivointi' "
    "('Toteutuu osittain'; the text says 22 % did not take part in hobbies, target under 18 %). The marketing goal is "
    "'Toteutuu'.", ["2024", "lowercase", "unit-filter"], include=["aktivointi"])
lst("hyte tavoitteet 2024", "goals",
    [("Kokemus arjen sujuvuudesta lisääntyy", "S", 220),
     ("Päätösten vaikutusten ennakoarviointien", "S", 239)],
    "HYTE goals 30.9.2024: 'Kokemus arjen sujuvuudesta lisääntyy / Yksinäisyyden kokemus vähenee' (Toteutuu) and "
    "the Evaus goal (Toteutuu osittain).", ["2024", "keyword", "lowercase", "abbrev:hyte"], include=["arjen sujuvuudesta", "Evaus"])
lst("tilinpäätöksen 2025 hankkeet", "projects",
    [("Varhaiskasvatuksen koulutuksellista tasa-arvoa ja yhdenvertaisuutta edistävien toimenpiteiden kehittäminen", "T", 289),
     ("Esi- ja perusopetuksen oppimisen tuen, inklusion, tasa-arvon ja yhdenvertaisuuden kehittäminen", "T", 290),
     ("Koulujen kerhotoiminnan tukeminen (2024–2025)", "T", 291),
     ("Koulujen kerhotoiminnan tukeminen (2025–2026)", "T", 292),
     ("Toimintakykyinen peruskoululainen", "T", 296),
     ("Yhteisöllisen opiskeluhuollon vahvistaminen ja kehittäminen", "T", 297),
     ("Oppimisen tukeminen Heinolan lukio", "T", 298),
     ("Suomi toisena kielenä", "T", 299)],
    "The eight project rows of the TP 2025 Hankkeet table; the 'Yhteensä' row (744 771 €) is not a project.",
    ["2025", "keyword", "lowercase"], include=["Toimintakykyinen peruskoululainen", "Suomi toisena kielenä", "Oppimisen tukeminen Heinolan lukio"])
lst("mitkä hankkeet päättyivät 2025", "projects-status",
    [("Koulujen kerhotoiminnan tukeminen (2024–2025)", "T", 291),
     ("Toimintakykyinen peruskoululainen", "T", 296),
     ("Yhteisöllisen opiskeluhuollon vahvistaminen ja kehittäminen", "T", 297)],
    "TP 2025 projects whose status says ended: 'Hanke on päättynyt' (kerhotoiminta 2024–2025, Toimintakykyinen "
    "peruskoululainen) and 'Hanke on loppunut' (Yhteisöllisen opiskeluhuollon ...).", ["2025", "lowercase"],
    include=["Toimintakykyinen peruskoululainen", "Yhteisöllisen opiskeluhuollon"])
lst("hyvinvoinnin edistämisen lautakunnan hankkeet 1-3/2025", "projects",
    [("Heinolan harrastekerhot lapsille ja nuorille", "Q", 1348), ("Heinolan harrastemallin toteuttaminen", "Q", 1367),
     ("Kirjokerho", "Q", 1393), ("Nuorten vuoro-kokemustarinatyöskentely (2024)", "Q", 1412),
     ("Nuorten vuoro-kokemustarinatyöskentely (2025)", "Q", 1433), ("Lukutaitoa tulevaisuuteen", "Q", 1458),
     ("Liikkeellä lukemaan -hanke", "Q", 1471), ("Heinolalaisten aktivointi kaupungilla ja kylillä", "Q", 1497),
     ("Tilapäisen suojelun lisätuki", "Q", 1522), ("Etsivä nuorisotyö (2024–2025)", "Q", 1544),
     ("Etsivä nuorisotyö (2025–2026)", "Q", 1564)],
    "The eleven project rows of the Hyvinvoinnin edistämisen lautakunta Hankkeet table, 1-3/2025 (Yhteensä 428 194 €).",
    ["2025", "interim-3kk", "keyword", "lowercase"], include=["Kirjokerho", "Tilapäisen suojelun lisätuki", "Etsivä nuorisotyö"])
lst("OKM:n rahoittamat hankkeet osavuosikatsauksessa 1-9/2024", "projects-filter",
    [("Kaksivuotisen esiopetuksen kokeilu (v. 2016 syntyneet)", "S", 261),
     ("Kaksivuotisen esiopetuksen kokeilu (v. 2017 syntyneet)", "S", 262),
     ("Varhaiskasvatuksen koulutuksellista tasa-arvoa ja yhdenvertaisuutta edistävien toimenpiteiden kehittäminen", "S", 263),
     ("Esi- ja perusopetuksen oppimisen tuen, inklusion, tasa-arvon ja yhdenvertaisuuden kehittäminen", "S", 264),
     ("Varhaiskasvatuksen, esi- ja perusopetuksen koulutuksellisen tasa-arvon ja yhdenvertaisuuden edistäminen", "S", 265),
     ("Koronaviruksen aiheuttamien vaikutusten tasoittaminen perusopetuksessa", "S", 270),
     ("Yhteisöllisen opiskeluhoollon vahvistaminen ja kehittäminen", "S", 271),
     ("Yhteisöllisen opiskeluhoollon vahvistaminen ja kehittäminen -jatkohanke", "S", 272)],
    "Projects with 'Hankkeen rahoittaja' OKM in the 1-9/2024 Hankkeet table.", ["2024", "funder-filter", "abbrev:OKM"],
    include=["Kaksivuotisen esiopetuksen kokeilu", "Koronaviruksen"])
lst("Tilapäisen suojelun lisätuki -hankkeen rahoittaja", "project-text",
    [("TEM", "Q", 1525)], "Hankkeet table 1-3/2025: 'Hankkeen rahoittaja' TEM.", ["project-column", "rahoittaja"],
    include=["TEM"], status="text")
lst("kirjokerho hankkeen toteutusaika", "project-text",
    [("2025–2026", "Q", 1393)], "Hankkeet table 1-3/2025: Kirjokerho, 'Toteutusaika' 2025–2026.",
    ["project-column", "kausi", "lowercase"], include=["2025"], status="text")
lst("kuka rahoitti toimintakykyinen peruskoululainen -hanketta", "project-text",
    [("AVI", "T", 296)], "Hankkeet table TP 2025: 'Rahoittaja AVI.' in the description column.",
    ["project-column", "rahoittaja", "lowercase"], include=["AVI"], status="text")


def main():
    with open(os.path.join(HERE, "plain.jsonl"), "w", encoding="utf-8") as fh:
        for n, it in enumerate(PLAIN, 1):
            fh.write(json.dumps({"id": f"b{n:03d}", **it}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "lists.jsonl"), "w", encoding="utf-8") as fh:
        for n, it in enumerate(LISTS, 1):
            fh.write(json.dumps({"id": f"l{n:03d}", **it}, ensure_ascii=False) + "\n")
    cats = {}
    for it in PLAIN:
        cats[it["tags"][0]] = cats.get(it["tags"][0], 0) + 1
    print(f"plain.jsonl: {len(PLAIN)} items {cats}; lists.jsonl: {len(LISTS)} items")


if __name__ == "__main__":
    main()
