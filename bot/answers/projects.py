"""Projects (hankkeet): one project's column, a list by year and state, the table's total row.

A project is named by its distinctive words (nlp decides); the table's total row answers only a
question that asks for the total ('kaikki hankkeet yhteensä'), never one that names a project.
"""
from __future__ import annotations

import functools
import re

from rapidfuzz.distance import Levenshtein

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
YEAR = re.compile(r"(?:19|20)\d{2}")
TYPO_MIN = 12        # letters a name needs before one letter of difference is a typo, not another project


def span(p: dict) -> tuple[int, int]:
    """The years a project row's figures are of: as ingest read them from its period column, name or
    description ('Hanke toteutettiin vuosina 2024-2025'), else its report's year."""
    years = [int(y) for y in YEAR.findall(p.get("years") or p.get("period") or "")]
    return (years[0], years[-1]) if years else (p["report_year"], p["report_year"])


def span_label(p: dict) -> str:
    a, b = span(p)
    return f"{a}–{b}" if a != b else str(a)


def display_name(p: dict) -> str:
    """The name with its period ('Toimintakykyinen peruskoululainen (2024–2025)'), once."""
    period = p["period"] or p.get("years")
    if period and period not in p["name"]:
        return f"{p['name']} ({period})"
    return p["name"]


@functools.lru_cache(maxsize=50_000)
def name_key(name: str) -> tuple[str, tuple[str, ...]]:
    """A name's letters and its numbers apart: 'Nuorten vuoro- kokemustarinatyöskentely' and 'Nuorten
    vuoro-kokemustarinatyös-kentely' are one name; '(v. 2016 syntyneet)' and '(v. 2017 syntyneet)' are two."""
    folded = fold(name)
    return re.sub(r"[^a-z]", "", folded), tuple(re.findall(r"\d+", folded))


def same_name(a: tuple, b: tuple) -> bool:
    """One name spelt otherwise: the same numbers, the same letters but for a hyphen, a space or one
    letter of a long name ('opiskeluhoollon' / 'opiskeluhuollon')."""
    if a[1] != b[1]:
        return False
    return a[0] == b[0] or min(len(a[0]), len(b[0])) >= TYPO_MIN and Levenshtein.distance(a[0], b[0]) <= 1


def names_of(ask: Ask, wanted: set[str]) -> set[str]:
    """The names asked and the store's other spellings of them: one project of several periods."""
    by_shape = _by_shape(tuple(ask.store.project_names()))
    out = set(wanted)
    for k in map(name_key, wanted):       # only names of its numbers and of about its length can be its spelling
        for size in (len(k[0]) - 1, len(k[0]), len(k[0]) + 1):
            out |= {n for key, n in by_shape.get((k[1], size), ()) if same_name(key, k)}
    return out


@functools.lru_cache(maxsize=64)
def _by_shape(names: tuple[str, ...]) -> dict[tuple, list[tuple]]:
    """The store's project names by (numbers, number of letters): worked out once per store."""
    out: dict[tuple, list[tuple]] = {}
    for n in names:
        key = name_key(n)
        out.setdefault((key[1], len(key[0])), []).append((key, n))
    return out


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


def report_named(ask: Ask) -> bool:
    """Whether the question's year names a report ('tilinpäätöksessä 2025', '1–3/2025 katsauksessa'), not
    the years of a project."""
    return bool(ask.parse.report_kind or ask.parse.periods.to_month)




def _tables(ask: Ask) -> list[dict]:
    """The project tables asked (the year, months, kind and municipality of their reports): of the year
    (and months, kind) named. A named project's year is its own period's ('… hanke 2023'): every report is
    read and its rows of that period kept (``in_period``); a listing or a total of a year no report has a table
    for is none."""
    p = ask.parse
    tables = ask.store.project_tables()
    if p.report_kind == "tilinpäätös":
        tables = [x for x in tables if x["report_kind"] == "tilinpäätös" and (not ask.years or x["report_year"] in ask.years)]
    elif ask.years and not p.periods.year_range and (not p.projects or report_named(ask)):
        tables = [x for x in tables if x["report_year"] in ask.years]
    if ask.parse.periods.to_month:
        tables = [x for x in tables if (x.get("report_months") or 12) == ask.parse.periods.to_month]
    return tables


def _period_of(x: dict) -> tuple:
    return x["report_year"], x.get("report_months"), x["report_kind"]


def answer(ask: Ask) -> Reply:
    p = ask.parse
    tables = _tables(ask)
    if not tables and (ask.years or ask.parse.periods.to_month):
        return _no_period(ask)
    wanted = names_of(ask, {m.entry.name for m in p.projects}) if p.projects else set()
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
        return named(ask, [x for x in pool if x["name"] in wanted and not is_total(x)])
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


def in_period(ask: Ask, rows: list[dict]) -> list[dict]:
    """A named project's rows of the period asked. A year asked must fall inside a row's period (``span``)
    or be in its name ('… (v. 2017 syntyneet)', '… tukeminen 2023'); a span asked must be its period or
    inside it. A year that names a report ('tilinpäätöksessä 2025') has chosen the tables already."""
    p = ask.parse
    if report_named(ask):
        return rows
    if p.periods.year_range:
        a, b = p.periods.year_range
        asked = {f"{a}–{b}", f"{a}-{b}"}
        return ([x for x in rows if span(x) == (a, b) or any(s in x["name"] for s in asked)]
                or [x for x in rows if span(x)[0] <= a and b <= span(x)[1]])
    if not ask.years:
        return rows
    return [x for x in rows if any(str(y) in x["name"] or span(x)[0] <= y <= span(x)[1] for y in ask.years)]


def _asked_period(ask: Ask) -> str:
    if ask.parse.periods.year_range:
        return "kaudelta " + "–".join(str(y) for y in ask.parse.periods.year_range)
    return ("vuodelta " if len(ask.years) == 1 else "vuosilta ") + ", ".join(str(y) for y in ask.years)


def _by_period(rows: list[dict]) -> dict[tuple[int, int], dict]:
    """Each period's row, the newest report's."""
    return {span(x): x for x in sorted(rows, key=lambda x: x["report_rank"])}


def base_name(name: str) -> str:
    """A project's name without its years: 'Koulujen kerhotoiminnan tukeminen (2024–2025)' → '… tukeminen'."""
    return re.sub(r"\s+", " ", re.sub(r"[(][^)]*[)]|(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?", " ", name)).strip()


def _asked_name(ask: Ask, x: dict) -> str:
    """The row's name if the question named it, else the name it named (another spelling of it)."""
    asked = {m.entry.name for m in ask.parse.projects}
    return x["name"] if x["name"] in asked or not asked else sorted(asked)[0]


def _period_options(ask: Ask, rows: list[dict]) -> list[Option]:
    """One option a period: the project's name as asked, the period and the column ('… 2023–2024 hankkeen
    kokonaisrahoitus')."""
    out = []
    for _, x in sorted(_by_period(rows).items()):
        name = base_name(_asked_name(ask, x))
        label = display_name(x) if x["period"] or x.get("years") else f"{x['name']} ({span_label(x)})"
        out.append(Option(label, question(name, span_label(x), "hankkeen kokonaisrahoitus")))
    return out


def named(ask: Ask, rows: list[dict]) -> Reply:
    """A project named: its row of the period asked; several periods → which one; none → the periods it has."""
    if not rows:
        return not_found("Hanketta ei löytynyt valitulta kaudelta.")
    found = in_period(ask, rows)
    if not found:
        periods = sorted(_by_period(rows))
        said = ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in periods)
        return not_found(f"Hanke «{base_name(_asked_name(ask, rows[0]))}» on raporteissa {'kaudelta' if len(periods) == 1 else 'kausilta'} "
                         f"{said}; {_asked_period(ask)} sitä ei ole.", _period_options(ask, rows))
    if len(_by_period(found)) > 1:
        options = _period_options(ask, found)
        return clarify(f"Samanniminen hanke on {len(options)} kaudelta. Minkä kauden hanketta tarkoitat?", options)
    # one period: the row of a report of the year asked first, then the newest
    found.sort(key=lambda x: (x["report_year"] not in ask.years, -x["report_rank"]))
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
    if column in ("start", "end"):
        return _year_reply(x, column, name, interp)
    if column in ("period", "funder", "city_share", "spent"):
        value = {"period": x["period"], "funder": funder(x), "city_share": x["city_share"], "spent": x["spent"]}[column]
        if not value and column == "period" and x.get("years"):
            # the years come from the row's description ('taloustiedot vuoden 2024 …'), not a period of its own
            return not_found(f"{name}: raportissa ei ole hankkeen toteutusaikaa omana tietonaan; rivin kuvauksen mukaan "
                             f"sen luvut ovat {'vuosilta' if '–' in x['years'] else 'vuodelta'} {x['years']}.")
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


def _year_reply(x: dict, column: str, name: str, interp) -> Reply:
    """'minä vuonna … alkoi': the first (or last) year of the project's own period."""
    years = YEAR.findall(x.get("period") or x.get("years") or "")
    if not years:
        return not_found(f"{name}: raportissa ei ole hankkeen toteutusaikaa.")
    year = int(years[0] if column == "start" else years[-1])
    a = Answer(value=year, unit="vuosi", display=str(year), label=f"{x['name']} · {COLUMN_FI[column]}",
               source=source(x), measure=COLUMN_FI[column], verified=False,
               check=f"hankekausi {x.get('period') or x.get('years')} raportin hanketaulukosta")
    return Reply("answer", "project", f"{name}: {COLUMN_FI[column]} {year} (hankekausi {x.get('period') or x.get('years')})",
                 answers=[a], items=[Item(x["name"], detail=f"hankekausi {x.get('period') or x.get('years')}", source=source(x))],
                 interpretation=interp)


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
