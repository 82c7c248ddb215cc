"""Projects (hankkeet): one project's column, a list by year and state, the table's total row.

A project is named by its distinctive words (nlp decides); the table's total row answers only a
question that asks for the total ('kaikki hankkeet yhteensä'), never one that names a project.
"""
from __future__ import annotations

import re

from data.language import load
from data.text import fold
from nlp.morphology import lemma_text

from .. import formatting as fmt
from ..reply import Answer, Item, Option, Reply, Source
from .common import Ask, clarify, interpretation, not_found, question, town_choice, towns_clarify

WORDS = load("fi")["projects"]
RUNNING = frozenset(fold(w) for w in WORDS["running"])
ENDED = frozenset(fold(w) for w in WORDS["ended"])
TOTAL_NAMES = frozenset(fold(w) for w in load("fi")["names"]["total_row"])
# a percentage as the whole cell, perhaps with a bound before it ('14 %', 'vähintään 14 %')
PCT = re.compile(r"\s*((?:" + "|".join(re.escape(w) for w in WORDS["share_bounds"]) + r")\s+)?(\d+(?:,\d+)?)\s*%\s*", re.I)
COLUMN_FI = load("labels")["project_columns"]


def display_name(p: dict) -> str:
    if p["period"] and p["period"] not in p["name"]:
        return f"{p['name']} ({p['period']})"
    return p["name"]


def is_total(p: dict) -> bool:
    return fold(p["name"]).strip() in TOTAL_NAMES


def state(p: dict) -> str | None:
    """running | ended, from the row's own words, else from its period against the report's year."""
    words = set(lemma_text(p.get("quote") or "").split())
    if words & ENDED:
        return "ended"
    if words & RUNNING:
        return "running"
    end = re.findall(r"(?:19|20)\d{2}", p.get("period") or "")
    if end and p.get("report_year"):
        return "running" if int(end[-1]) >= p["report_year"] else "ended"
    return None


def source(p: dict) -> Source:
    return Source(report=p["report"], title=p["report_title"], date=p["report_date"], table="Hankkeet",
                  line=p["line"], page=p.get("page"), row=p["name"], quote=(p["quote"] or "")[:400], kind="project")


def funder(p: dict) -> str:
    f = p["funder"] or ""
    if len(f) > 40:   # a 'kuvaus ja rahoittaja' column: only the funder's name
        m = re.search(r"[Rr]ahoit(?:taja|ti):?\s*([^.;]+)", f)
        f = m.group(1).strip() if m else ""
    return f


def _tables(ask: Ask) -> list[dict]:
    """The project tables asked (the year, months, kind and municipality of their reports): of the year
    (and months, kind) named. A named project may be asked by its own period ('… 2024–2025 -hanke'), so its year falls back
    to every report; a listing or a total of a year no report has a table for is none."""
    p = ask.parse
    tables = ask.store.project_tables()
    if p.report_kind == "tilinpäätös":
        tables = [x for x in tables if x["report_kind"] == "tilinpäätös" and (not ask.years or x["report_year"] in ask.years)]
    elif ask.years and not p.periods.year_range:
        of_year = [x for x in tables if x["report_year"] in ask.years]
        tables = of_year if of_year or not p.projects or p.periods.months else tables
    if p.periods.months:
        tables = [x for x in tables if (x.get("report_months") or 12) == p.periods.months]
    return tables


def _period_of(x: dict) -> tuple:
    return x["report_year"], x.get("report_months"), x["report_kind"]


def answer(ask: Ask) -> Reply:
    p = ask.parse
    tables = _tables(ask)
    if not tables and (ask.years or p.periods.months):
        return _no_period(ask)
    wanted = {m.entry.name for m in p.projects}
    if not wanted:           # a listing or a total: which municipality's, before any project is read
        town = towns_clarify(ask, {x["municipality"] for x in tables})
        if town:
            return town
    periods = {_period_of(x) for x in tables}
    # a project named: only its rows are read (a store of many municipalities has thousands)
    pool = [x for x in ask.store.projects(names=sorted(wanted) if wanted else None) if _period_of(x) in periods]
    town = town_choice(ask, [x for x in pool if x["name"] in wanted]) if wanted else None
    if town:
        return town
    if p.projects:
        return named(ask, pool)
    if "total" in p.ops:
        return total(ask, pool)
    return listing(ask, pool)


def _no_period(ask: Ask) -> Reply:
    """'hankkeet osavuosikatsauksessa 1–6/2024', 'hankkeet 2022' when no report of that period has a project table."""
    months = ask.parse.periods.months or 12
    asked = fmt.months(ask.years[0], months) if ask.years else f"1–{months}" if months < 12 else "koko vuosi"
    have = sorted({(x["report_year"], x.get("report_months") or 12) for x in ask.store.project_tables()})
    return not_found(f"Hanketaulukkoa ei ole raportissa kaudelta {asked}. Hanketaulukot ovat raporteissa: "
                     + ", ".join(fmt.months(y, m) for y, m in have) + ".")


def _narrow(ask: Ask, named_: list[dict]) -> list[dict]:
    p = ask.parse
    if p.periods.year_range:
        a, b = p.periods.year_range
        span = {f"{a}–{b}", f"{a}-{b}"}
        return [x for x in named_ if (x["period"] or "") in span or any(s in x["name"] for s in span)] or named_
    if ask.years:
        years = {str(y) for y in ask.years}
        exact = [x for x in named_ if (x["period"] or "") in years]
        with_year = [x for x in named_ if any(y in (x["period"] or "") + x["name"] for y in years)]
        return exact or with_year or named_
    return named_


def named(ask: Ask, pool: list[dict]) -> Reply:
    wanted = {m.entry.name for m in ask.parse.projects}
    found = _narrow(ask, [x for x in pool if x["name"] in wanted and not is_total(x)])
    if not found:
        return not_found("Hanketta ei löytynyt valitulta kaudelta.")
    periods = {x["period"] for x in found}
    if len(periods) > 1:
        by_period = {x["period"]: x for x in sorted(found, key=lambda x: x["report_rank"]) if x["period"]}
        options = [Option(display_name(x), question(re.sub(r"[(].*?[)]", "", x["name"]).strip(), per, "hankkeen kokonaisrahoitus"))
                   for per, x in sorted(by_period.items())]
        return clarify(f"Samanniminen hanke on {len(options)} kaudelta. Minkä kauden hanketta tarkoitat?", options)
    found.sort(key=lambda x: -x["report_rank"])
    return column_reply(ask, found[0], found[1:])


def column_reply(ask: Ask, x: dict, others: list[dict], name: str = "") -> Reply:
    """One column of a project's row (or, with ``name``, of the table's total row)."""
    columns = [c for c in ask.parse.project_columns if c != "total"] or ["total"]
    column = columns[0]
    interp = interpretation(ask, None, name.split(" (")[0].lower() if name else f"hanke {x['name']}", None, None, None,
                            extra=COLUMN_FI[column])
    name = name or display_name(x)
    if column == "external":
        return not_found(f"{name}: raportissa ei ole ulkopuolisen rahoituksen euromäärää; siinä on kokonaisrahoitus "
                         f"{fmt.figure(x['total'], 'EUR') if x['total'] is not None else '–'} ja kaupungin osuus "
                         f"{x['city_share'] or '–'}.", [Option("kokonaisrahoitus", question(x["name"], "kokonaisrahoitus"))])
    euros = any(r.role == "neutral" and r.value == "figure" and r.text.lower().startswith("euro")
                for r in ask.parse.roles) or "€" in ask.parse.text
    if column in ("city_share", "spent") and euros:
        return not_found(f"{name}: {COLUMN_FI[column]} on raportissa prosentteina ({x[column] or '–'}); "
                         "euromäärää ei ole.", [Option("kokonaisrahoitus", question(x["name"], "kokonaisrahoitus"))])
    if column in ("period", "funder", "city_share", "spent"):
        value = {"period": x["period"], "funder": funder(x), "city_share": x["city_share"], "spent": x["spent"]}[column]
        if not value:
            return not_found(f"{name}: raportissa ei ole tietoa «{COLUMN_FI[column]}».")
        pct = PCT.fullmatch(value) if column in ("city_share", "spent") else None
        answers = [_pct_answer(x, column, pct.group(2), value.strip())] if pct else []
        return Reply("answer", "project", f"{name}: {COLUMN_FI[column]} {value}", answers=answers,
                     items=[Item(x["name"], detail=f"{COLUMN_FI[column]} {value}", source=source(x))],
                     interpretation=interp)
    if x["total"] is None:
        return not_found(f"{name}: hankkeen kokonaisrahoitusta ei ole raportissa.")
    return total_reply(ask, x, others, interp)


def _pct_answer(x: dict, column: str, number: str, printed: str) -> Answer:
    value = float(number.replace(",", "."))
    value = int(value) if value.is_integer() else value
    shown = fmt.figure(value, "%")
    bound = printed[:printed.index(number)].strip()
    return Answer(value=value, unit="%", display=f"{bound} {shown}" if bound else shown,
                  label=f"{x['name']} · {COLUMN_FI[column]}",
                  source=source(x), measure=f"Hankkeen {COLUMN_FI[column]}", verified=False,
                  check="hanketaulukon luku; ei laskutoimitusta tarkistukseen")


def _answer(x: dict) -> Answer:
    value = int(x["total"]) if float(x["total"]).is_integer() else x["total"]
    return Answer(value=value, unit="EUR", display=fmt.figure(value, "EUR"), label=f"{x['name']} · kokonaisrahoitus",
                  source=source(x), measure="Hankkeen kokonaisrahoitus", basis="actual", verified=False,
                  check="hanketaulukon luku; ei laskutoimitusta tarkistukseen")


def total_reply(ask: Ask, x: dict, others: list[dict], interp) -> Reply:
    a = _answer(x)
    f = funder(x)
    reply = Reply("answer", "project", f"{display_name(x)}: kokonaisrahoitus {a.display}", answers=[a],
                  interpretation=interp)
    details = [d for d in (f"rahoittaja {f}" if f else "", f"kaupungin osuus {x['city_share']}" if x["city_share"] else "",
                           f"toteutunut {x['spent']}" if x["spent"] else "") if d]
    if details:
        reply.note("project", "Hankkeen tiedot: " + ", ".join(details) + ".")
    for o in others:
        if o["total"] is not None and o["total"] != x["total"]:
            reply.note("other_report", f"Toisessa raportissa: {fmt.figure(o['total'], 'EUR')} ({o['report_title']}, rivi {o['line']}).")
    return reply


def total(ask: Ask, pool: list[dict]) -> Reply:
    rows = sorted([x for x in pool if is_total(x) and x["total"]], key=lambda x: -x["report_rank"])
    if not rows:
        return not_found("Hanketaulukon yhteensä-riviä ei ole raporteissa tälle kaudelle.")
    x = rows[0]
    if any(c != "total" for c in ask.parse.project_columns):
        # 'hankkeiden kaupungin osuus yhteensä': that column of the total row
        return column_reply(ask, x, [], f"Hankkeet yhteensä ({x['report_title']})")
    a = _answer(x)
    a = Answer(**{**a.__dict__, "label": f"Hankkeet yhteensä · {x['report_title']}", "measure": "Hankkeet yhteensä"})
    return Reply("answer", "project", f"Hankkeet yhteensä ({x['report_title']}): {a.display}", answers=[a],
                 interpretation=interpretation(ask, None, "hankkeet yhteensä", None, x["report_year"], None))


def listing(ask: Ask, pool: list[dict]) -> Reply:
    p = ask.parse
    rows = [x for x in pool if not is_total(x)]
    funders = {fold(m.entry.name) for m in p.reading.funders}
    if funders:
        rows = [x for x in rows if fold(funder(x)) in funders]
    if p.project_state:
        rows = [x for x in rows if state(x) == p.project_state]
    if not rows:
        what = {"running": "käynnissä olevia", "ended": "päättyneitä"}.get(p.project_state or "", "")
        return not_found(f"Raporteissa ei ole {what + ' ' if what else ''}hankkeita tälle kaudelle.")
    newest = max(x["report_rank"] for x in rows)
    rows = [x for x in rows if x["report_rank"] == newest]
    items = [Item(display_name(x), detail=", ".join(d for d in (fmt.figure(x["total"], "EUR") if x["total"] is not None else "",
                                                                 funder(x)) if d), source=source(x), full_text=x["name"])
             for x in rows]
    state_fi = {"running": "käynnissä", "ended": "päättyneet"}.get(p.project_state or "", "")
    if funders:
        state_fi = ", ".join(filter(None, [state_fi, "rahoittaja " + ", ".join(m.entry.name for m in p.reading.funders)]))
    head = f"Hankkeet{' (' + state_fi + ')' if state_fi else ''}, {rows[0]['report_title']}: {len(items)} kpl"
    return Reply("answer", "projects", head, items=items,
                 interpretation=interpretation(ask, None, "hankkeet", None, rows[0]["report_year"], None, "list", state_fi))
