"""One figure of a unit's income statement: 'varhaiskasvatuksen toimintakate 2025'.

Defaults: a year means the full-year actual, else the latest to-date actual with the budget beside
it; a budget amended during the year is said so; figures in thousands are said so; several units or
rows that fit equally are asked back; a year missing from the question is asked when the row has
several; a period the reports lack (a bare month, a quarter) is said, with the periods there are.
"""
from __future__ import annotations

import re

from data.language import load
from data.text import fold
from nlp.entities import Match
from nlp.morphology import cases, lemma_text

from .. import formatting as fmt
from ..reply import Option, Reply
from .change import deviation_words, row_kind
from .sentences import WHOLE_YEAR
from .common import (MAX_OPTIONS, Ask, answer_of, best, clarify, interpretation, not_found, question, town_choice,
                     towns_clarify, year_span)

WHOLE_TOWN = frozenset(fold(w) for w in load("fi")["whole_town"]["words"])
MAX_NAMED = 20          # units named in words when there are more than buttons
TO_DATE_BASES = ("actual", "realization_pct", "remaining", "deviation")
REMARK_WORDS = frozenset(fold(w) for w in load("fi").get("remarks", {}).get("comparison", []))


def measure_keys(ask: Ask) -> list[str]:
    """The row asked; rival rows narrowed by a direction word ('maksettavien avustusten' → costs)."""
    keys = list(dict.fromkeys(m.entry.key for m in ask.parse.measures))
    if len(keys) > 1 and ask.parse.direction:
        side = "toimintakulut" if ask.parse.direction == "kulut" else "toimintatuotot"
        picked = [m.entry.key for m in ask.parse.measures if m.entry.info.get("section") == side]
        if len(picked) == 1:
            return picked
    if len(keys) > 1:
        printed = {m.entry.key for m in ask.parse.measures if _as_printed(ask, m)}
        if len(printed) == 1:
            return list(printed)
    return keys


def _as_printed(ask: Ask, m: Match) -> bool:
    """The row named word for word as the report prints it ('avustukset' is the row Avustukset, while
    'avustuksia' may as well be Tuet ja avustukset)."""
    said = " ".join(ask.parse.tokens[i].text for i in sorted(m.tokens))
    return fold(said) == fold(m.entry.name)


def org_keys(matches: list[Match]) -> list[str]:
    return list(dict.fromkeys(m.entry.key for m in matches))


def names(matches: list[Match]) -> dict[str, str]:
    return {m.entry.key: m.entry.name for m in matches}


def clarify_measure(ask: Ask, keys: list[str], org: str) -> Reply:
    names_ = {m.entry.key: m.entry.name for m in ask.parse.measures}
    years = " ".join(map(str, ask.years))
    options = [Option(names_[k], question(org, names_[k].lower(), years)) for k in keys]
    return clarify("Tarkoititko näistä riveistä jompaakumpaa?" if len(options) == 2 else "Mitä riviä tarkoitat?", options)


def clarify_year(ask: Ask, facts: list[dict], subject: str) -> Reply | None:
    """No year asked and the figure exists for several years: which year?"""
    years = sorted({f["year"] for f in facts if f["year"]}, reverse=True)
    if len(years) < 2:
        return None
    basis = fmt.basis(ask.parse.basis or "actual")
    options = [Option(str(y), question(subject, basis, y)) for y in years]
    text = f"Minkä vuoden? {subject[:1].upper() + subject[1:]}: luku on vuosilta " + \
           ", ".join(str(y) for y in sorted(years)) + "."
    return clarify(text, options)


def clarify_org(ask: Ask, by_org: dict[str, list[dict]], measure: str, year: int) -> Reply:
    items = sorted(by_org.items(), key=lambda kv: -abs(kv[1][0]["value"]))
    options = []
    for key, fs in items:
        name = fs[0]["org"]
        options.append(Option(name, question(name, measure.lower(), fmt.period(fs[0]["basis"], year, fs[0]["months"]))))
    text = f"{measure} {year}: minkä yksikön? Vaihtoehtoja on {len(options)}."
    rest = [o.label for o in options[MAX_OPTIONS:]]
    if rest:       # more than fit as buttons: the rest by name, to be asked in words
        shown = ", ".join(rest[:MAX_NAMED]) + (f" ja {len(rest) - MAX_NAMED} muuta" if len(rest) > MAX_NAMED else "")
        text += f" Alla {MAX_OPTIONS} suurinta; muut: {shown} (kirjoita yksikön nimi kysymykseen)."
    return clarify(text, options)


def missing_year(ask: Ask, cands: list[dict], measure: str, orgs: list[str], year: int) -> Reply:
    ys = sorted({f["year"] for f in cands})
    who = cands[0]["org"] + ": " if len({f["org_key"] for f in cands}) == 1 else ""
    text = f"{who}riviä {measure} ei ole raporteissa vuodelta {year}" + (f" (on vuosilta {year_span(ys)})." if ys else ".")
    have = ask.store.measures_of(orgs, year) if orgs else []
    if have:
        text += f" Vuodelta {year} on: " + ", ".join(have[:8]) + "."
    options = [Option(str(y), question(who.rstrip(": "), measure.lower(), y)) for y in reversed(ys[-3:])]
    return not_found(text, options, interpretation(ask, who.rstrip(": ") or None, measure, ask.parse.basis, year, None))


def missing_period(ask: Ask, in_year: list[dict], measure: str, year: int) -> Reply:
    """A bare month or a quarter: the reports give figures from the start of the year."""
    have = sorted({(f["basis"], f["months"]) for f in in_year if f["basis"] == "actual"}, key=lambda x: x[1] or 0)
    periods = ", ".join(fmt.months(year, m) for _, m in have) or "ei yhtään"
    what = ask.parse.periods.read_from.get("month") or ask.parse.periods.read_from.get("period") or "tämä kausi"
    org = in_year[0]["org"] if in_year else ""
    options = [Option(fmt.months(year, m), question(org, measure.lower(), fmt.months(year, m))) for _, m in have]
    return not_found(f"Raporteissa ei ole lukua kaudelta «{what}»: luvut ovat vuoden alusta kertyneitä. "
                     f"{org + ': ' if org else ''}{measure} {year} on kausilta {periods}.", options)


def pick_basis(ask: Ask, in_year: list[dict]) -> tuple[str, list[dict], list[dict]]:
    """(basis, the figures of that basis and period, the budget to show beside a to-date actual)."""
    p = ask.parse
    excluded = p.basis_excluded
    basis = p.basis or next((b for b in ("actual", "budget", "forecast") if b not in excluded), "actual")
    chosen = [f for f in in_year if f["basis"] == basis]
    months = p.periods.to_month             # '30.6.2024' is 1–6
    if p.report_kind == "tilinpäätös" and basis in TO_DATE_BASES:
        months = 12       # 'TP 2023', 'tilinpäätöksessä 2025': the full year's figure, never one to date
    if months and basis in TO_DATE_BASES:
        chosen = [f for f in chosen if (f["months"] or f.get("report_months")) == months]
    beside: list[dict] = []
    whole = whole_year(p)
    if basis in TO_DATE_BASES and whole and (not months or months < 12):
        # 'koko vuonna 2024': the full year or none ('koko vuosi 1–3/2025' asks two periods at once: none)
        return basis, [f for f in chosen if f["months"] == 12 and not months], beside
    if basis in TO_DATE_BASES and not months:
        full = [f for f in chosen if f["months"] == 12]
        if full:
            chosen = full
        elif chosen:
            latest = max(f["months"] or 0 for f in chosen)
            chosen = [f for f in chosen if f["months"] == latest]
            if basis == "actual" and "budget" not in excluded:
                beside = [f for f in in_year if f["basis"] == "budget"]
    return basis, chosen, beside


def comparison_remark(ask: Ask, f: dict) -> str | None:
    """The report's own remark on its comparison figures ('Vuoden 2024 vertailutiedot on … yhdistelty
    teknisesti'), when the figure is an earlier year's in a later report."""
    if not f.get("report_year") or not f["year"] or f["year"] >= f["report_year"] or f.get("line") is None:
        return None
    for p in ask.store.passages_near(f["report"], f["line"], 40, 15):
        for sentence in re.split(r"(?<=[.!?])\s+", p["text"]):
            if str(f["year"]) in sentence and REMARK_WORDS & set(lemma_text(sentence).split()):
                return sentence.strip()
    return None


def answer(ask: Ask) -> Reply:
    """The figure asked, or why not."""
    p = ask.parse
    orgs = org_keys(p.orgs)
    keys = measure_keys(ask)
    if len(keys) > 1:
        return clarify_measure(ask, keys, p.orgs[0].entry.name if len(orgs) == 1 else "")
    measure_key = keys[0]
    measure = p.measures[0].entry.name if len(p.measures) == 1 else next(
        m.entry.name for m in p.measures if m.entry.key == measure_key)
    if not orgs and _whole_town(ask):
        return not_found(f"Raporteissa on palvelualueiden ja niiden yksiköiden luvut, ei koko kaupungin lukua "
                         f"«{measure}». Kerro yksikkö, esimerkiksi: " + ", ".join(n for _, n in ask.store.orgs_with(measure_key)[:4]) + ".",
                         [Option(n, question(n, measure.lower(), *ask.years)) for _, n in ask.store.orgs_with(measure_key)[:4]])
    if not orgs and len(ask.store.towns) > 1:      # no unit named in a store of several municipalities
        town = towns_clarify(ask, ask.store.fact_towns([measure_key], ask.years[:1] or None))
        if town:
            return town
    # the year asked first (an indexed look-up); every year only when it is missing or none is asked
    cands = ask.store.facts(measures=[measure_key], orgs=orgs or None, years=ask.years[:1]) if ask.years else []
    cands = cands or ask.store.facts(measures=[measure_key], orgs=orgs or None)
    if not cands:
        who = ", ".join(names(p.orgs).values())
        return not_found(f"Raporteissa ei ole riviä {measure}{' yksikölle ' + who if who else ''}.",
                         [Option(n, question(n, measure.lower(), *ask.years)) for _, n in ask.store.orgs_with(measure_key)])
    town = town_choice(ask, cands) if orgs else None     # no unit named: the units are asked first
    if town:
        return town
    if not ask.years:
        asked = [f for f in cands if f["basis"] == (p.basis or "actual")] or cands
        subject = (cands[0]["org"] + " " if len(orgs) == 1 else "") + measure.lower()
        r = clarify_year(ask, asked, subject)
        if r:
            return r
    years = ask.years or [max(f["year"] for f in cands if f["basis"] in ("actual", "budget"))]
    year = years[0]
    in_year = [f for f in cands if f["year"] == year]
    if not in_year:
        return missing_year(ask, cands, measure, orgs, year)
    if p.periods.only_period:
        return missing_period(ask, in_year, measure, year)
    if len(orgs) > 1 or not orgs:
        by_org = {}
        for f in sorted(in_year, key=lambda f: -(f["months"] or 0)):
            by_org.setdefault(f["org_key"], []).append(f)
        if len(by_org) > 1:
            return clarify_org(ask, by_org, measure, year)
    return figure_reply(ask, in_year, measure, year)


def _whole_town(ask: Ask) -> bool:
    """'kaupungin investoinnit', 'Heinolan toimintakate': the city's own figure asked."""
    p = ask.parse
    said = {fold(r.text) for r in p.roles if r.role == "neutral"}
    return bool(said & WHOLE_TOWN) or any(cases(p.tokens[i].text) == {"omanto"} for i in p.municipal_tokens)


def headline(measure: str, basis: str, year: int, months: int | None) -> str:
    """'Toimintakate 1–3/2025' for an actual, 'Toimintakate, poikkeama 2025' for any other basis."""
    if basis == "actual":
        return f"{measure} {fmt.months(year, months)}"
    return f"{measure}, {fmt.period(basis, year, months if basis in TO_DATE_BASES else None)}"


def whole_year(p) -> bool:
    """'koko vuonna', 'vuoden lopussa': the whole year asked."""
    return p.periods.year_end or any(w in fold(p.text) for w in WHOLE_YEAR)


def figure_reply(ask: Ask, in_year: list[dict], measure: str, year: int) -> Reply:
    basis, chosen, beside = pick_basis(ask, in_year)
    asked = ask.parse.periods.months
    if asked and asked < 12 and whole_year(ask.parse) and basis in TO_DATE_BASES:
        org, period = in_year[0]["org"], fmt.months(year, asked)
        return clarify(f"{measure}: koko vuosi vai {period}? Kysymyksessä ovat molemmat.",
                       [Option(str(year), question(org, measure.lower(), year)), Option(period, question(org, measure.lower(), period))])
    if asked and asked < 12 and basis in ("budget", "forecast", "target"):
        # 'talousarvio osavuosikatsaus 1–3/2025': the year's budget as that report prints it
        chosen = [f for f in chosen if f.get("report_months") == asked] if ask.parse.report_kind == "osavuosikatsaus" else []
    if asked and asked < 12 and basis in ("budget", "forecast", "target") and not chosen:
        org = in_year[0]["org"]
        return not_found(f"{fmt.basis(basis).capitalize()} on koko vuoden luku; kaudelle 1–{asked}/{year} sitä ei ole.",
                         [Option(fmt.period(basis, year, None), question(org, measure.lower(), fmt.basis(basis), year))])
    if not chosen:
        have = sorted({(f["basis"], f["months"]) for f in in_year}, key=lambda x: (x[0], x[1] or 0))
        options = [Option(fmt.period(b, year, m), question(in_year[0]["org"], measure.lower(), fmt.period(b, year, m)))
                   for b, m in have]
        return not_found(f"Tätä lukua ({fmt.period(basis, year, ask.parse.periods.months)}) ei ole raporteissa. "
                         f"Saatavilla: {', '.join(o.label for o in options)}.", options)
    facts = best(chosen)
    primary = facts[0]
    answers = [answer_of(ask.store, primary)]
    answers += [answer_of(ask.store, f, "other_report") for f in facts[1:]]
    answers += [answer_of(ask.store, f, "beside") for f in best(beside)[:1]]
    reply = Reply("answer", "figure", f"{primary['org']}: {headline(measure, basis, year, primary['months'])}"
                  f": {answers[0].display}", answers=answers,
                  interpretation=interpretation(ask, primary["org"], measure, basis, year, primary["months"]))
    figure_notes(ask, reply, primary, facts[1:], best(beside)[:1])
    return reply


def deviation_note(ask: Ask, dev: dict) -> str:
    """The deviation in words from the row's own budget and actual ('alittui 342 891 €')."""
    row = ask.store.row_facts(dev["report"], dev.get("table_id"), dev["line"])
    budget = next((f for f in row if f["basis"] == "budget" and f["measure_key"] == dev["measure_key"]), None)
    actual = next((f for f in row if f["basis"] == "actual" and f["year"] == dev["year"]
                   and f["measure_key"] == dev["measure_key"]), None)
    text = "Poikkeama = talousarvio − toteuma, etumerkki kuten raportissa."
    if budget and actual:
        words = deviation_words(row_kind(dev["measure"], dev.get("section")), budget["value"], actual["value"], dev["unit"])
        text = f"Talousarvio {fmt.figure(budget['value'], budget['unit'])}, toteuma {fmt.figure(actual['value'], actual['unit'])}: " \
               f"{dev['measure'].lower()} {words}. " + text
    return text


def figure_notes(ask: Ask, reply: Reply, primary: dict, others: list[dict], beside: list[dict]) -> None:
    if primary["basis"] == "deviation":
        reply.note("deviation", deviation_note(ask, primary))
    if beside:
        b = beside[0]
        reply.note("to_date", f"Raporteissa ei ole koko vuoden toteumaa; talousarvio {b['year']}: {fmt.figure(b['value'], b['unit'])}.")
    if primary.get("scale") == 1000:
        reply.note("thousands", "Luku on raportissa tuhansina euroina, joten se ei ole euron tarkkuinen.")
    if not primary["verified"]:
        reply.note("unverified", f"Huom: {primary.get('check_note') or 'lukua ei voitu ristiintarkistaa'}.")
    remark = comparison_remark(ask, primary)
    if remark:
        reply.note("merged_comparison", remark)
    for o in others:
        if primary["verified"] and not o["verified"]:
            reply.note("other_report", f"Toisessa raportissa ({o['report_title']}, rivi {o['line']}) samalla rivillä "
                       f"on {fmt.figure(o['value'], o['unit'])}, mutta sitä ei voitu tarkistaa laskutoimituksin; "
                       "vastaus on tarkistettu luku.")
        elif primary["basis"] == "budget":
            reply.note("amended_budget", f"Talousarvio muuttui vuoden aikana: {o['report_title']} (sarake "
                       f"{o.get('column_label')}) {fmt.figure(o['value'], o['unit'])}; uusin on "
                       f"{fmt.figure(primary['value'], primary['unit'])} ({primary['report_title']}).")
        else:
            reply.note("other_report", f"Toisessa raportissa sama rivi on {fmt.figure(o['value'], o['unit'])} "
                       f"({o['report_title']}, rivi {o['line']}); uudempi raportti on ensin.")
