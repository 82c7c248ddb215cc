"""Rankings: the biggest cost (or income) lines of a unit ('suurimmat kuluerät hyvinvointipalveluissa
2025') and the units whose toimintakate went over or under budget ('mikä vastuualue ylitti
budjettinsa'). Every figure listed is a stored fact with its own source; only shares and differences
are computed here, and the reply says so."""
from __future__ import annotations

from .. import formatting as fmt
from ..reply import Item, Option, Reply
from .change import deviation_words
from .common import (PARENT_LEVELS, Ask, answer_of, clarify, interpretation, level_of, not_found, question, sum_unit,
                     town_choice)

MAX_ITEMS = 6


def pick_period(facts: list[dict], year: int | None, months: int | None = None) -> tuple[int | None, list[dict]]:
    """The year asked (else the latest with an actual), the months asked ('1–3/2025') or the full year before
    the latest to date, newest report."""
    actual = [f for f in facts if f["basis"] == "actual"]
    if not actual:
        return year, []
    year = year or max(f["year"] for f in actual)
    in_year = [f for f in actual if f["year"] == year]
    if not in_year:
        return year, []
    if months is None:
        months = 12 if any(f["months"] == 12 for f in in_year) else max(f["months"] or 0 for f in in_year)
    in_year = [f for f in in_year if (f["months"] or 12) == months]
    if not in_year:
        return year, []
    newest = max(f["report_rank"] or 0 for f in in_year)
    return year, [f for f in in_year if (f["report_rank"] or 0) == newest and f["verified"]]


def items(ask: Ask) -> Reply:
    p = ask.parse
    side = "toimintatuotot" if p.direction == "tuotot" or "rank_income" in p.ops else "toimintakulut"
    year = ask.years[0] if ask.years else None
    orgs = list(dict.fromkeys(m.entry.key for m in p.orgs))
    if len(orgs) > 1:
        options = [Option(m.entry.name, question("suurimmat kuluerät", m.entry.name, year)) for m in p.orgs]
        return clarify("Minkä yksikön kuluerät?", options)
    if not orgs:
        totals = [f for f in ask.store.facts(measures=[side], bases=["actual"], years=[year] if year else None)]
        if not totals:
            return not_found(f"Vuodelta {year} ei ole tuloslaskelmaa." if year else "Tuloslaskelmia ei löytynyt.")
        orgs = [max(totals, key=lambda f: (f["year"], abs(f["value"])))["org_key"]]
    if p.periods.only_period:
        return not_found("Eriteltyjä rivejä on vain vuoden alusta kertyneinä (esim. 1–3/2025) ja koko vuodelta.")
    facts = [f for f in ask.store.facts(orgs=orgs) if f["kind"] == "tuloslaskelma" and f["section"] == side]
    year, chosen = pick_period(facts, year, p.periods.months)
    total = [f for f in chosen if f["measure_key"] == side]
    if not total:
        return not_found(f"Kauden {fmt.months(year, p.periods.months) if year else ''} eriteltyjä rivejä ({side}) "
                         "ei ole raporteissa tälle yksikölle.")
    total = total[0]
    smallest = "rank_asc" in p.ops          # 'pienin kuluerä': the smallest first
    rows = sorted([f for f in chosen if f["table_id"] == total["table_id"] and f["line"] < total["line"]
                   and f["measure_key"] != side], key=lambda f: abs(f["value"]) if smallest else -abs(f["value"]))[:MAX_ITEMS]
    if not rows:
        return not_found(f"{total['org']}: eriteltyjä rivejä ei ole, vain {total['measure']}.")
    if p.basis not in (None, "actual") or p.ops & {"overrun", "under"}:
        return _rows_by_column(ask, total, [f for f in chosen if f["table_id"] == total["table_id"]
                                             and f["line"] < total["line"] and f["measure_key"] != side], year)
    return _items_reply(ask, total, rows, side, year)


def _rows_by_column(ask: Ask, total: dict, rows: list[dict], year: int) -> Reply:
    """'mikä kulurivi ylitti talousarvion eniten', '… suhteellisesti eniten', 'suurimmat kuluerät talousarviossa':
    a unit's rows ranked by the column asked as the report prints it (the deviation when only 'ylitti' is said;
    euros by size, percentages by value), those over (or under) budget only when asked."""
    p = ask.parse
    column = p.basis if p.basis not in (None, "actual") else "deviation"     # 'ylitti eniten': by the deviation
    printed = {(f["measure_key"], f["line"]): f for f in ask.store.facts(orgs=[total["org_key"]], years=[year],
                                                                         bases=[column])
               if f["report"] == total["report"] and f["verified"]}
    pairs = [(f, printed.get((f["measure_key"], f["line"]))) for f in rows]
    pairs = [(f, c) for f, c in pairs if c is not None]
    if "overrun" in p.ops or "under" in p.ops:
        budget: dict[str, float] = {}
        for b in ask.store.facts(orgs=[total["org_key"]], years=[year], bases=["budget"]):
            if b["report"] == total["report"] and b["verified"]:
                budget.setdefault(b["measure_key"], b["value"])
        over = lambda f: abs(f["value"]) > abs(budget.get(f["measure_key"]) or abs(f["value"]))  # noqa: E731
        pairs = [(f, c) for f, c in pairs if over(f) == ("under" not in p.ops)]
    if not pairs:
        return not_found(f"{total['org']}: rivejä, joilla on «{fmt.basis(column)}» ja jotka täyttävät ehdon, ei ole "
                         f"vuodelta {year}.")
    pairs.sort(key=lambda fc: fc[1]["value"] if fc[1]["unit"] == "%" else abs(fc[1]["value"]),
               reverse="rank_asc" not in p.ops)
    answers = [answer_of(ask.store, c, "item") for _, c in pairs]
    its = [Item(c["measure"], a, source=a.source) for (_, c), a in zip(pairs, answers)]
    top = pairs[0][1]
    first = answer_of(ask.store, top)
    reply = Reply("answer", "ranking", f"{total['org']}: {top['measure']}, {fmt.period(column, year, top['months'])}: "
                  f"{first.display}", answers=[first] + answers, items=its,
                  interpretation=interpretation(ask, total["org"], "rivit", column, year, top["months"], "ranking"))
    if column == "deviation":
        reply.note("scope", "Poikkeama = talousarvio − toteuma, etumerkki kuten raportissa; järjestys euromäärän koon mukaan.")
    return reply


def _items_reply(ask: Ask, total: dict, rows: list[dict], side: str, year: int) -> Reply:
    what = ("pienimmät " if "rank_asc" in ask.parse.ops else "suurimmat ") + ("tuloerät" if side == "toimintatuotot" else "kuluerät")
    period = fmt.period("actual", year, total["months"])
    answers = [answer_of(ask.store, f, "item") for f in rows]
    its = []
    for a, f in zip(answers, rows):
        share = abs(f["value"]) / abs(total["value"]) * 100 if total["value"] else None
        its.append(Item(f["measure"], a, detail=f"osuus {fmt.percent(share)}" if share else "", source=a.source))
    reply = Reply("answer", "ranking", f"{total['org']}: {what}, {period}", answers=answers, items=its,
                  interpretation=interpretation(ask, total["org"], what, "actual", year, total["months"], "ranking"))
    reply.note("computed", f"{total['measure']} yhteensä {fmt.figure(total['value'], total['unit'])}; "
               "osuudet siitä on laskettu raportin luvuista.")
    return reply


def _units_in(ask: Ask, year: int | None) -> tuple[int | None, list[dict], list[dict]]:
    """The newest report with both the actual and the budget of the same units' toimintakate."""
    pool = [f for f in ask.store.facts(measures=["toimintakate"]) if f["kind"] == "tuloslaskelma"]
    year = year or max((f["year"] for f in pool if f["basis"] == "actual"), default=None)
    for rank in sorted({f["report_rank"] or 0 for f in pool}, reverse=True):
        in_report = [f for f in pool if (f["report_rank"] or 0) == rank and f["year"] == year]
        budgeted = {f["org_key"] for f in in_report if f["basis"] == "budget"}
        _, actuals = pick_period([f for f in in_report if f["org_key"] in budgeted], year)
        if actuals:
            return year, actuals, [f for f in in_report if f["basis"] == "budget"]
    return year, [], []


def overruns(ask: Ask) -> Reply:
    """Which units' toimintakate (net costs) came out worse — or better — than their budget."""
    p = ask.parse
    under = "under" in p.ops
    parents = bool(set(p.levels) & PARENT_LEVELS)
    year, actuals, budgets = _units_in(ask, ask.years[0] if ask.years else None)
    if p.basis not in (None, "actual", "budget", "deviation"):
        return not_found(f"Yksiköiden ylitykset ja alitukset kerron euroina (talousarvio ja toteuma); «{fmt.basis(p.basis)}» "
                         "-järjestystä en laske.")
    if actuals and p.periods.months and (actuals[0]["months"] or 12) != p.periods.months:
        return not_found(f"Vuodelta {year} raporteissa on yksiköiden talousarvio ja toteuma vain ajalta "
                         f"{fmt.months(year, actuals[0]['months'])}.")
    if not actuals:
        return not_found(f"Vuodelta {year} ei ole samasta raportista sekä toteumaa että talousarviota." if year
                         else "Toteumia ei löytynyt.")
    by_org = {}
    for f in actuals:
        by_org.setdefault(f["org_key"], f)
    top = max(by_org.values(), key=lambda f: abs(f["value"]))["org_key"]
    rows = []
    for key, act in by_org.items():
        is_parent = level_of(act["org"], PARENT_LEVELS) is not None
        bud = [b for b in budgets if b["org_key"] == key and b["report"] == act["report"]]
        if key == top or is_parent != parents or not bud:
            continue
        rows.append((act, bud[0], act["value"] - bud[0]["value"]))
    if not rows:
        return not_found("Yksiköiden talousarvioita ja toteumia ei löytynyt samasta raportista.")
    return _overrun_reply(ask, rows, year, under)


def _overrun_reply(ask: Ask, rows, year: int, under: bool) -> Reply:
    months = rows[0][0]["months"]
    period = fmt.period("actual", year, months)
    interp = interpretation(ask, "vastuualueet", "toimintakate vs. talousarvio", "actual", year, months, "ranking")
    if months != 12:
        rows.sort(key=lambda r: -(r[0]["value"] / r[1]["value"] if r[1]["value"] else 0))
        its = [Item(a["org"], answer_of(ask.store, a, "item"),
                    detail=f"toteuma-% {fmt.percent(a['value'] / b['value'] * 100 if b['value'] else 0)}, talousarvio "
                           f"{fmt.figure(b['value'], 'EUR')}", source=answer_of(ask.store, a).source) for a, b, _ in rows]
        reply = Reply("answer", "overrun", f"Toimintakatteen toteuma-% {period} (tasaisella kertymällä noin "
                      f"{round(months / 12 * 100)} %)", items=its, answers=[i.answer for i in its], interpretation=interp)
        reply.note("computed", f"Vuodelta {year} talousarvio ja toteuma ovat samassa raportissa vain ajalta "
                   f"1–{months}/{year}; toteuma-% on laskettu raportin luvuista, eikä kertymä ole tasainen.")
        return reply
    hit = sorted([r for r in rows if (r[2] > 0 if under else r[2] < 0)], key=lambda r: -abs(r[2]))
    word = "alitti" if under else "ylitti"
    shown = hit or sorted(rows, key=lambda r: -abs(r[2]))
    its = [Item(a["org"], answer_of(ask.store, a, "item"),
                detail=f"talousarvio {fmt.figure(b['value'], 'EUR')}: {deviation_words('net', b['value'], a['value'])}",
                source=answer_of(ask.store, a).source) for a, b, _ in shown]
    head = (f"Toimintakate {word} talousarvion {year}: {len(hit)} yksikköä" if hit else
            f"Yksikään yksikkö ei {'alittanut' if under else 'ylittänyt'} toimintakatteen talousarviota vuonna {year}; "
            "yksiköiden luvut:")
    reply = Reply("answer", "overrun", head, items=its, answers=[i.answer for i in its], interpretation=interp)
    whole = whole_of(ask, [a for a, _, _ in rows])
    every = _every_unit(ask, whole)
    if "rank_desc" in ask.parse.ops:
        if not hit or not every:
            return not_found(head.split(";")[0] + "." if not hit else "Raportti ei erittele kaikkia yksiköitä, joten "
                             "eniten ylittänyttä tai alittanutta en voi sanoa.")
        _most_first(ask, reply, hit[0], word)
    if not every:
        reply.note("scope", "Raportti ei erittele kaikkia yksiköitä: lista kattaa vain nämä"
                   + (f" (yhdessä {whole['org']})." if whole else "."))
    rest = [a["org"] for a, _, d in rows if (a, _, d) not in hit]
    if rest and hit:
        reply.note("scope", "Muut yksiköt: " + ", ".join(rest) + ".")
    reply.note("computed", "Erotus on laskettu raportin toteumasta ja talousarviosta.")
    return reply


def _most_first(ask: Ask, reply: Reply, top: tuple, word: str) -> None:
    """'mikä vastuualue alitti talousarvionsa eniten': the unit first, its deviation as the report prints it
    (the Poikkeama cell, verified) the answer; the list stays under it."""
    act, bud, _ = top
    dev = [f for f in ask.store.facts(measures=["toimintakate"], orgs=[act["org_key"]], years=[act["year"]],
                                      bases=["deviation"]) if f["report"] == act["report"] and f["verified"]]
    if dev:
        first = answer_of(ask.store, dev[0])
    else:
        first = answer_of(ask.store, act)
        reply.note("computed", "Raportissa ei ole poikkeamasaraketta tälle riville; ensimmäisenä on toteuma.")
    reply.answers.insert(0, first)
    reply.headline = (f"Eniten talousarvion {word} {act['org']}: {deviation_words('net', bud['value'], act['value'])}"
                      f" ({first.label}: {first.display})")


def units_by(ask: Ask) -> Reply:
    """'millä palvelualueella toimintakatteen toteuma-% oli suurin 2022': the units of the level asked, in one
    report, ranked by one verified column of one row; the unit first, every unit listed under it."""
    p = ask.parse
    key, name = (p.measures[0].entry.key, p.measures[0].entry.name) if p.measures else ("toimintakate", "Toimintakate")
    basis = p.basis or "actual"
    pool = [f for f in ask.store.facts(measures=[key], bases=[basis], years=ask.years[:1] or None)
            if f["kind"] == "tuloslaskelma" and f["verified"] and f["org_key"]
            and (not p.periods.months or (f["months"] or 12) == p.periods.months)]
    town = town_choice(ask, pool)          # the units of one municipality are ranked, never of several
    if town:
        return town
    year, rows = pick_period([{**f, "basis": "actual"} for f in pool], ask.years[0] if ask.years else None)
    parents = bool(set(p.levels) & PARENT_LEVELS)
    rows = [f for f in rows if (level_of(f["org"], PARENT_LEVELS) is not None) == parents]
    rows = list({f["org_key"]: f for f in reversed(_without_total(ask, rows))}.values())   # one figure a unit
    if len(rows) < 2:
        return not_found(f"{name}, {fmt.basis(basis)}: raporteissa ei ole yhden raportin lukuja usealle yksikölle"
                         + (f" vuodelta {year}." if year else "."))
    whole = whole_of(ask, rows)
    if not _every_unit(ask, whole):
        return not_found(f"{name}: raportti ei erittele kaikkia yksiköitä (siinä ovat {', '.join(f['org'] for f in rows)}), "
                         "joten suurinta tai pienintä en voi sanoa.")
    desc = "rank_desc" in p.ops
    rows.sort(key=lambda f: abs(f["value"]) if f["unit"] == "EUR" else f["value"], reverse=desc)
    facts = [next(x for x in pool if x["id"] == f["id"]) for f in rows]
    answers = [answer_of(ask.store, f, "item") for f in facts]
    period = fmt.period(basis, year, facts[0]["months"])
    its = [Item(f["org"], a, source=a.source) for f, a in zip(facts, answers)]
    first = answer_of(ask.store, facts[0])
    reply = Reply("answer", "ranking", f"{'Suurin' if desc else 'Pienin'}: {facts[0]['org']}, {name} {period}: "
                  f"{first.display}", answers=[first] + answers, items=its,
                  interpretation=interpretation(ask, None, f"yksiköt {name}", basis, year, facts[0]["months"], "ranking"))
    if facts[0]["unit"] == "EUR":
        reply.note("scope", "Suuruus on euromäärän koko etumerkistä riippumatta (kulut ovat raportissa miinusmerkkisiä).")
    reply.note("scope", f"Yksiköt ovat yhdessä {whole['org']} (toimintakate {fmt.figure(whole['value'], 'EUR')}); "
               "raportti erittelee ne kaikki.")
    return reply


def _every_unit(ask: Ask, whole: dict | None) -> bool:
    """The units make up the report's sum unit: they are all the report's units."""
    return whole is not None and whole["org_key"] == sum_unit(ask.store, whole["report"], whole["year"])


def whole_of(ask: Ask, rows: list[dict]) -> dict | None:
    """The unit the ranked units make up in their report: the one whose toimintakate is theirs summed (all of
    them named: a unit the report leaves unnamed or unlisted leaves no such unit, and nothing is ranked)."""
    f0 = rows[0]
    net = [f for f in ask.store.facts(measures=["toimintakate"], bases=["actual"], years=[f0["year"]])
           if f["report"] == f0["report"] and f["months"] == f0["months"] and f["kind"] == "tuloslaskelma"]
    own = {f["org_key"]: f["value"] for f in net if f["org_key"] in {r["org_key"] for r in rows}}
    if len(own) < len(rows):
        return None
    total = sum(own.values())
    return next((f for f in net if f["org_key"] and f["org_key"] not in own
                 and abs(f["value"] - total) <= max(2.0, abs(total) * 0.0005)), None)


def _without_total(ask: Ask, rows: list[dict]) -> list[dict]:
    """The units of one report without the one that is their sum (the largest toimintakate in it)."""
    if not rows:
        return rows
    report = rows[0]["report"]
    top = sum_unit(ask.store, report, rows[0]["year"])
    return [f for f in rows if f["report"] == report and f["org_key"] != top]
