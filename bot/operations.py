"""Operations over several figures: rankings ("suurimmat kuluerät hyvinvointipalveluissa 2025",
"mikä vastuualue ylitti budjettinsa") and unit comparisons ("vertaa vakan ja opkoun toimintakatetta").

Every figure listed is a stored fact with its own source line; only differences and shares are
computed here, and the text says so.
"""
from __future__ import annotations

import re

from data.lemmas import fold

from . import format as fmt

RANK_RE = re.compile(r"\b(suurim\w*|suurin|isoim\w*|isoin|eniten|pienim\w*|pienin|vahiten|kalleim\w*|merkittavim\w*)")
ITEM_RE = re.compile(r"kulu|meno|era|tuot|tulo")
OVERRUN_RE = re.compile(r"\b(ylitt\w*|ylity\w*|alitt\w*|ality\w*)")
WHICH_RE = re.compile(r"\b(mika|mitka|milla|missa|kuka|ketka|mika\w*)\b")
COMPARE_RE = re.compile(r"\b(vertaa|vertailu\w*|verrattuna|vs|versus)\b|\bja\b")
PARENT_RE = re.compile(r"lautakun|toimiala")
MAX_ITEMS = 6


def _reply(status, text, **kw):
    from .engine import _reply as r
    return r(status, text, **kw)


def wants_ranking(q) -> str | None:
    low = fold(q.text)
    if RANK_RE.search(low) and ITEM_RE.search(low):
        return "items"
    if WHICH_RE.search(low) and OVERRUN_RE.search(low):
        return "overrun"
    return None


def _pick_period(facts: list[dict], year: int | None) -> tuple[int | None, list[dict]]:
    """The year asked (else the latest with an actual), full year before the latest to date, newest report."""
    actual = [f for f in facts if f["basis"] == "actual"]
    if not actual:
        return None, []
    year = year or max(f["year"] for f in actual)
    in_year = [f for f in actual if f["year"] == year]
    if not in_year:
        return year, []
    months = 12 if any(f["months"] == 12 for f in in_year) else max(f["months"] or 0 for f in in_year)
    in_year = [f for f in in_year if f["months"] == months]
    newest = max(f["report_rank"] or 0 for f in in_year)
    return year, [f for f in in_year if (f["report_rank"] or 0) == newest]


def rank_items(engine, q, org_keys: list[str]) -> dict:
    """The biggest cost (or income) lines of one unit."""
    low = fold(q.text)
    side = "toimintatuotot" if re.search(r"tuot|tulo", low) and not re.search(r"kulu|meno", low) else "toimintakulut"
    year = q.years[0] if q.years else None
    pool = [f for f in engine.facts if f["kind"] == "tuloslaskelma" and f["section"] == side]
    if not org_keys:
        # no unit named: the whole area, i.e. the unit with the largest total that year
        totals = [f for f in pool if f["measure_key"] == side and f["basis"] == "actual" and (year is None or f["year"] == year)]
        if not totals:
            return _reply("not_found", f"Vuodelta {year} ei ole tuloslaskelmaa." if year else "Tuloslaskelmia ei löytynyt.")
        org_keys = [max(totals, key=lambda f: (f["year"], abs(f["value"])))["org_key"]]
    if len(org_keys) > 1:
        options = [{"label": engine.orgs[k][0], "question": f"suurimmat kuluerät {engine.orgs[k][0]} {year or ''}".strip()}
                   for k in org_keys[:6]]
        return _reply("clarify", "Minkä yksikön kuluerät? " + "; ".join(o["label"] for o in options), options=options)
    org = org_keys[0]
    facts = [f for f in pool if f["org_key"] == org]
    year, chosen = _pick_period(facts, year)
    if not chosen:
        return _reply("not_found", f"{engine.orgs[org][0]}: vuoden {year} eriteltyjä {side} ei ole raporteissa.")
    total = [f for f in chosen if f["measure_key"] == side]
    if not total:
        return _reply("not_found", f"{engine.orgs[org][0]}: {side}-riviä ei löytynyt.")
    total = total[0]
    items = [f for f in chosen if f["report"] == total["report"] and f["table_id"] == total["table_id"]
             and f["line"] < total["line"] and f["measure_key"] != side]
    if not items:
        return _reply("not_found", f"{engine.orgs[org][0]}: eriteltyjä rivejä ei ole, vain {total['measure']}.")
    items.sort(key=lambda f: -abs(f["value"]))
    top = items[:MAX_ITEMS]
    period = fmt.period("actual", year, total["months"])
    lines = [f"{engine.orgs[org][0]}: suurimmat {'tuloerät' if side == 'toimintatuotot' else 'kuluerät'}, {period}"]
    for n, f in enumerate(top, 1):
        share = f" ({fmt.number(abs(f['value']) / abs(total['value']) * 100, 1)} %)" if total["value"] else ""
        lines.append(f"{n}. {f['measure']}: {fmt.figure(f['value'], f['unit'], f['scale'])}{share} — rivi {f['line']}")
    lines.append(f"{total['measure']} yhteensä: {fmt.figure(total['value'], total['unit'], total['scale'])}. "
                 f"Osuudet on laskettu raportin luvuista.")
    lines.append(engine._source_text(top[0]))
    answers = [engine._answer_dict(f) for f in top]
    chart = {"type": "bar", "title": lines[0], "unit": top[0]["unit"],
             "series": [{"name": engine.orgs[org][0], "points": [{"x": f["measure"], "y": f["value"]} for f in top]}],
             "caption": f"Lähde: {top[0]['report_title']}"}
    return _reply("answer", "\n".join(lines), answers=answers, chart=chart, headline=answers[0]["display"],
                  interpretation={"line": f"Tulkitsin: {engine.orgs[org][0]} · suurimmat "
                                          f"{'tuloerät' if side == 'toimintatuotot' else 'kuluerät'} · {period}",
                                  "operation": "ranking"}, _query=q, _orgs=[org], _measure=None)


def rank_overruns(engine, q) -> dict:
    """Which units' toimintakate (net costs) came out worse — or better — than their budget."""
    low = fold(q.text)
    under = bool(re.search(r"alitt|ality", low))
    parents = bool(PARENT_RE.search(low))
    year = q.years[0] if q.years else None
    pool = [f for f in engine.facts if f["kind"] == "tuloslaskelma" and f["measure_key"] == "toimintakate" and f["org_key"]]
    # the newest report that has both the actual and the budget of the same units for the year
    year = year or max((f["year"] for f in pool if f["basis"] == "actual"), default=None)
    actuals = []
    for rank in sorted({f["report_rank"] or 0 for f in pool}, reverse=True):
        in_report = [f for f in pool if (f["report_rank"] or 0) == rank and f["year"] == year]
        budgeted = {f["org_key"] for f in in_report if f["basis"] == "budget"}
        _, actuals = _pick_period([f for f in in_report if f["org_key"] in budgeted], year)
        if actuals:
            break
    if not actuals:
        return _reply("not_found", f"Vuodelta {year} ei ole samasta raportista sekä toteumaa että talousarviota."
                      if year else "Toteumia ei löytynyt.")
    report = actuals[0]["report"]
    by_org: dict[str, dict] = {}
    for f in actuals:
        by_org.setdefault(f["org_key"], f)
    # the report's top unit and (unless asked) the boards are sums of the units below them
    top = max(by_org.values(), key=lambda f: abs(f["value"]))["org_key"]
    rows = []
    for key, act in by_org.items():
        if key == top or bool(PARENT_RE.search(fold(act["org"]))) != parents:
            continue
        bud = [f for f in pool if f["org_key"] == key and f["year"] == year and f["basis"] == "budget" and f["report"] == report]
        if not bud:
            continue
        rows.append((act, bud[0], act["value"] - bud[0]["value"]))
    if not rows:
        return _reply("not_found", "Yksiköiden talousarvioita ja toteumia ei löytynyt samasta raportista.")
    months = actuals[0]["months"]
    period = fmt.period("actual", year, months)
    if months != 12:
        rows.sort(key=lambda r: -(r[0]["value"] / r[1]["value"] if r[1]["value"] else 0))
        lines = [f"Vuodelta {year} talousarvio ja toteuma ovat samassa raportissa vain ajalta 1–{months}/{year}. "
                 f"Toimintakatteen toteuma-% (tasaisella kertymällä noin {round(months / 12 * 100)} %):"]
        for act, bud, _ in rows:
            pct = act["value"] / bud["value"] * 100 if bud["value"] else 0
            lines.append(f"- {act['org']}: {fmt.number(pct, 1)} % (toteuma {fmt.figure(act['value'], 'EUR')}, "
                         f"TA {fmt.figure(bud['value'], 'EUR')}, rivi {act['line']})")
        lines.append("Toteuma-% on laskettu raportin luvuista; vuoden alun kertymä ei ole tasainen.")
        return _reply("answer", "\n".join(lines), answers=[engine._answer_dict(r[0]) for r in rows],
                      headline=rows[0][0]["org"], interpretation={"line": f"Tulkitsin: toimintakate vs. talousarvio · {period}",
                                                                  "operation": "ranking"})
    # toimintakate is negative: an actual below the budget means more net costs than budgeted
    hit = [r for r in rows if (r[2] > 0 if under else r[2] < 0)]
    hit.sort(key=lambda r: -abs(r[2]))
    word = "alitti" if under else "ylitti"
    if not hit:
        return _reply("answer", f"Yksikään yksikkö ei {'alittanut' if under else 'ylittänyt'} toimintakatteen talousarviota vuonna {year}.\n"
                      + "\n".join(f"- {a['org']}: toteuma {fmt.figure(a['value'], 'EUR')}, TA {fmt.figure(b['value'], 'EUR')}"
                                   for a, b, _ in rows),
                      answers=[engine._answer_dict(a) for a, _, _ in rows], headline="ei yhtään",
                      interpretation={"line": f"Tulkitsin: toimintakate vs. talousarvio · {period}", "operation": "ranking"})
    lines = [f"Toimintakate (nettomenot) {word} talousarvion {year}:"]
    for act, bud, diff in hit:
        lines.append(f"- {act['org']}: toteuma {fmt.figure(act['value'], 'EUR')}, talousarvio {fmt.figure(bud['value'], 'EUR')}, "
                     f"{'ylitys' if not under else 'alitus'} {fmt.figure(abs(diff), 'EUR')} (rivi {act['line']})")
    rest = [r for r in rows if r not in hit]
    if rest:
        lines.append("Muut: " + "; ".join(f"{a['org']} ({'alitti' if not under else 'ylitti'} tai pysyi)" for a, _, _ in rest))
    lines.append("Erotus on laskettu raportin toteumasta ja talousarviosta.")
    lines.append(engine._source_text(hit[0][0]))
    answers = []
    for act, bud, _ in hit:
        answers += [engine._answer_dict(act), engine._answer_dict(bud)]
    return _reply("answer", "\n".join(lines), answers=answers, headline=hit[0][0]["org"],
                  interpretation={"line": f"Tulkitsin: vastuualueet · toimintakate vs. talousarvio · {period}",
                                  "operation": "ranking"}, _query=q)


def compare_units(engine, q, org_keys: list[str], measure_key: str | None) -> dict:
    """The same figure for two or more units, side by side."""
    from nlp.parse import Query
    measure_key = measure_key or "toimintakate"
    answers, lines, misses = [], [], []
    for key in org_keys:
        qq = Query(**dict(q.__dict__))
        r = engine._financial(qq, [(1, key, set())], [(1, measure_key, set())])
        if r["status"] == "answer":
            answers.append(r["answers"][0])
        else:
            misses.append(engine.orgs[key][0])
    if len(answers) < 2:
        return _reply("not_found", "Vertailuun ei löytynyt lukua kaikille yksiköille: " + ", ".join(misses) + ".")
    measure = answers[0]["measure"]
    periods = {a["label"].split(" · ")[-1] for a in answers}
    lines.append(f"{measure}, {' / '.join(sorted(periods))}:")
    for a in answers:
        lines.append(f"- {a['org']}: {a['display']} (rivi {a['source']['line']}, {a['source']['report']})")
    if len(answers) == 2:
        diff = answers[0]["value"] - answers[1]["value"]
        lines.append(f"Ero: {fmt.figure(abs(diff), answers[0]['unit'])} (laskettu raportin luvuista).")
    if len(periods) > 1:
        lines.append("Huom: luvut ovat eri kausilta, eivät suoraan vertailukelpoisia.")
    if misses:
        lines.append("Ei lukua: " + ", ".join(misses) + ".")
    chart = {"type": "bar", "title": measure, "unit": answers[0]["unit"],
             "series": [{"name": measure, "points": [{"x": a["org"], "y": a["value"]} for a in answers]}],
             "caption": "Lähde: " + "; ".join(sorted({a["source"]["title"] for a in answers}))}
    return _reply("answer", "\n".join(lines), answers=answers, chart=chart, headline=answers[0]["display"],
                  interpretation={"line": "Tulkitsin: " + " vs. ".join(a["org"] for a in answers) + f" · {measure}",
                                  "operation": "compare"}, _query=q, _orgs=org_keys, _measure=measure_key)
