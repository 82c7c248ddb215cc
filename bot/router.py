"""The router: one parse → one kind of answer. The parse decides what the question means; the
router only picks the answer module, and a question with an unexplained word never reaches one that
gives a figure (only the text search, which needs every word in the report's sentence)."""
from __future__ import annotations

from data.language import load
from data.query import Store
from nlp.index import Index
from nlp.morphology import plural
from nlp.parse import Parser

from . import formatting as fmt
from .answers import figure, goals, help, kpi, projects, ranking, rows, series, text, unexplained, units
from .answers.common import PARENT_LEVELS, Ask, answer_of, best, clarify, interpretation, not_found, question
from .reply import Answer, Option, Reply

BLOCK_TEXT = {"exclusion"}
JOINS = frozenset(load("fi")["compare_units"]["joins"])


def answer(ask: Ask, parser: Parser, index: Index, municipality: str) -> Reply:
    p = ask.parse
    if p.intent == "empty":
        return not_found("Kirjoita kysymys sanoin, esimerkiksi: " + _example(ask.store, index))
    if p.intent in ("other_place", "language"):
        return unexplained.reply(ask, parser, municipality)
    if p.intent == "text":
        # a question naming a table's row is about the tables: a word left over is a unit we lack
        # ('lukion toimintakate'), never a reason to take a number from prose
        names_row = p.reading.intent == "figure" and bool(p.measures)
        project = any(r.role == "project" for r in p.roles)     # projects are in their tables, not in prose
        blocked = names_row or project or any(r.role in BLOCK_TEXT and r.tokens & set(p.reading.unexplained) for r in p.roles)
        found = None if blocked else text.answer(ask)
        return found or unexplained.reply(ask, parser, municipality)
    if p.intent == "help":
        return help.answer(ask.store, index, p.help_topics)
    route = {"kpi": kpi.answer, "project": projects.answer, "goals": goals.answer,
             "ranking": ranking.items, "overrun": ranking.overruns, "unit_rank": ranking.units_by}.get(p.intent)
    if route:
        return _kpi_guard(ask, index) if p.intent == "kpi" and not p.kpis else route(ask)
    return figures(ask, index, parser)


def _joined(p) -> bool:
    """Two units named side by side are compared only when the question joins them ('ja', 'vs', a comma)."""
    if "compare" in p.ops or "total" in p.ops:
        return True
    spans = sorted((min(u.token for u in m.units), max(u.token for u in m.units))
                   for m in p.orgs[:1] + p.reading.compare_orgs if m.units)
    gaps = [p.tokens[a[1] + 1:b[0]] for a, b in zip(spans, spans[1:])]     # the words between one unit and the next
    return bool(gaps) and all(any(t.text.lower() in JOINS for t in gap) for gap in gaps)


def _example(store: Store, index: Index) -> str:
    ex = help.examples(store, index)
    return ex[0] if ex else "toimintakate 2025"


def _kpi_guard(ask: Ask, index: Index) -> Reply:
    return clarify("Mistä luvusta kysyt? Kerro yksikkö tai rivi, esimerkiksi: " + _example(ask.store, index),
                   [Option(q, q) for q in help.examples(ask.store, index)])


def figures(ask: Ask, index: Index, parser: Parser | None = None) -> Reply:
    p = ask.parse
    only = _only_unit_of_level(ask, index) if parser and p.levels and not p.orgs and p.measures else None
    if only:        # 'toimialan tuet ja avustukset': the reports have one toimiala, so it is that one
        return figures(Ask(parser.parse(f"{only} {p.text}"), ask.store), index)
    orgs = [(m.entry.key, m.entry.name) for m in p.orgs]
    if not p.orgs and not p.measures:
        if p.levels:
            return level_units(ask, index)
        return clarify("Mistä luvusta kysyt? Kerro yksikkö tai rivi, esimerkiksi: " + _example(ask.store, index),
                       [Option(q, q) for q in help.examples(ask.store, index)])
    if p.reading.more_measures and p.measures:
        return rows.answer(ask)
    if p.reading.excluded and p.measures:
        if p.basis not in (None, "actual", "budget"):
            return clarify(f"{p.measures[0].entry.name} ilman {p.reading.excluded[0].entry.name.lower()}: erotuksen "
                           "voi laskea euroista (toteuma tai talousarvio), ei prosenteista tai poikkeamista.",
                           [Option(p.measures[0].entry.name, question(p.measures[0].entry.name.lower(), *ask.years))])
        return without(ask)
    extra = [(m.entry.key, m.entry.name) for m in p.reading.compare_orgs]
    measure_key = p.measures[0].entry.key if p.measures else "toimintakate"
    measure_name = p.measures[0].entry.name if p.measures else "Toimintakate"
    if extra and len(orgs) == 1:
        if not _joined(p):
            return clarify("Minkä yksikön luku? Kysymyksessä on kaksi yksikköä peräkkäin.",
                           [Option(n, question(n, measure_name.lower(), *ask.years)) for _, n in orgs + extra])
        return units.compare(ask, orgs + extra, measure_key, measure_name)
    if p.periods.year_range and len(p.measures) <= 1:
        return series.financial(ask, [k for k, _ in orgs], measure_key, measure_name)
    if len(ask.years) > 1 and len(p.measures) <= 1 and len(orgs) <= 1:
        r = series.compare_years(ask, [k for k, _ in orgs], measure_key, measure_name)
        if r is not None:
            return r
        if "change" in p.ops:       # several units have the row: whose change, asked with the question as it was
            q = p.text.rstrip("?. ")
            return clarify(f"{measure_name}: minkä yksikön muutos?",
                           [Option(n, f"{n} {q}") for _, n in ask.store.orgs_with(measure_key)[:8]])
    if "change" in p.ops and len(ask.years) == 1 and not p.periods.year_range:
        return one_year_change(ask, measure_name)
    if not p.measures:
        return units.key_lines(ask, orgs)
    return figure.answer(ask)


def one_year_change(ask: Ask, measure: str) -> Reply:
    """'muutos vuodesta 2024': a change from a year, its end unsaid — never the year's level instead."""
    y = ask.years[0]
    org = ask.parse.orgs[0].entry.name if ask.parse.orgs else ""
    return not_found(f"{measure}: muutokseen tarvitaan kaksi vuotta; kysymyksessä on vain {y}.",
                     [Option(f"{a}–{b}", question(org, measure.lower(), "muutos", f"{a}–{b}")) for a, b in ((y, y + 1), (y - 1, y))])


def _level_names(ask: Ask, index: Index) -> list[str]:
    words = {lvl.lower() for lvl in ask.parse.levels}
    return [e.name for e in index.entries("org") if any(w[:6] in e.name.lower() for w in words)]


def _only_unit_of_level(ask: Ask, index: Index) -> str | None:
    """The one unit of the level named ('toimialan'), when the reports have no other of that level. Only a
    level above others says so in its units' names (a lautakunta, a toimiala); a vastuualue is often named
    by its service alone ('Varhaiskasvatus'), so one unit named 'vastuualue' is not the only one."""
    if not set(ask.parse.levels) <= PARENT_LEVELS or _plural_level(ask):
        return None
    names = _level_names(ask, index)
    return names[0] if len(names) == 1 and len(ask.store.towns) <= 1 else None


def _plural_level(ask: Ask) -> bool:
    """'vastuualueiden', 'kaikkien lautakuntien': the units of a level, not one of them."""
    words = [t.text for r in ask.parse.roles if r.role == "level" for t in (ask.parse.tokens[i] for i in r.tokens)]
    return any(plural(w) for w in words)


def level_units(ask: Ask, index: Index) -> Reply:
    """'lautakunnan toimintakate 2025': a level word names several units — which one?"""
    names = _level_names(ask, index)
    if not set(ask.parse.levels) <= PARENT_LEVELS:     # a vastuualue's name need not say it is one
        names = [e.name for e in index.entries("org")]
    measure = ask.parse.measures[0].entry.name.lower() if ask.parse.measures else "toimintakate"
    options = [Option(n, question(n, measure, *ask.years)) for n in names]
    if not options:
        return not_found("Raporteissa ei ole yksikköä tällä nimellä.")
    return clarify("Minkä yksikön?", options)


def without(ask: Ask) -> Reply:
    """'toimintakulut ilman henkilöstökuluja': X − Y from two verified figures of one table row set,
    with the formula and both sources — or ask back."""
    p = ask.parse
    main, excl = p.measures[0].entry, p.reading.excluded[0].entry
    orgs = list(dict.fromkeys(m.entry.key for m in p.orgs))
    if len(orgs) != 1:
        first = figure.answer(ask)
        return first if first.status != "answer" else clarify(f"Minkä yksikön {main.name.lower()} ilman "
                                                               f"{excl.name.lower()}?", [])
    if excl.key not in rows.parts_of(main.key):
        return not_found(f"Rivi «{excl.name}» ei sisälly riviin «{main.name}», joten sitä ei voi vähentää siitä.",
                         [Option(main.name, question(p.orgs[0].entry.name, main.name.lower(), *ask.years))])
    a = ask.store.facts(measures=[main.key], orgs=orgs, years=ask.years or None)
    b = ask.store.facts(measures=[excl.key], orgs=orgs, years=ask.years or None)
    pairs = [(x, y) for x in best(a) for y in best(b) if x["verified"] and y["verified"] and x["report"] == y["report"]
             and (x["year"], x["basis"], x["months"]) == (y["year"], y["basis"], y["months"]) and x["basis"] == (p.basis or "actual")]
    asked = p.periods.months                  # '1–3/2025': that period's figures; else the full year (or the latest)
    pairs = [pr for pr in pairs if ((pr[0]["months"] or 12) == asked if asked else
                                    pr[0]["months"] in (12, max(f["months"] or 0 for f in a)))]
    if len(ask.years) > 1 or p.periods.year_range or p.periods.only_period:
        pairs = []                            # one period at a time: the difference of two years is not one figure
    if not pairs:
        return clarify(f"En löytänyt samasta taulukosta lukuja {main.name} ja {excl.name}, joista erotus laskettaisiin.",
                       [Option(main.name, question(p.orgs[0].entry.name, main.name.lower(), *ask.years))])
    x, y = pairs[0]
    value = x["value"] - y["value"]
    ax, ay = answer_of(ask.store, x, "part"), answer_of(ask.store, y, "part")
    result = Answer(value=int(value) if float(value).is_integer() else value, unit=x["unit"],
                    display=fmt.figure(value, x["unit"]), label=f"{x['org']} · {main.name} ilman riviä {excl.name}",
                    source=ax.source, org=x["org"], measure=f"{main.name} ilman riviä {excl.name}", year=x["year"],
                    basis=x["basis"], months=x["months"], verified=True, check="laskettu kahdesta tarkistetusta luvusta")
    reply = Reply("answer", "figure", f"{x['org']}: {main.name} ilman riviä {excl.name}, "
                  f"{fmt.period(x['basis'], x['year'], x['months'])}: {result.display}", answers=[result, ax, ay],
                  interpretation=interpretation(ask, x["org"], f"{main.name} − {excl.name}", x["basis"], x["year"], x["months"]))
    reply.note("computed", f"Laskettu: {main.name} {ax.display} − {excl.name} {ay.display} = {result.display} "
               f"(molemmat luvut samasta taulukosta, rivit {x['line']} ja {y['line']}).")
    return reply
