"""Goals (tavoitteet) and their status: 'varhaiskasvatuksen tavoitteet 2025', 'mitkä tavoitteet eivät
toteutuneet 2025', 'montako sitovaa tavoitetta toteutui 1–3/2025'.

Goals are read from one report: the one of the period asked (its year, its months, its kind), the newest
when a year has several. Every word that narrows them is honoured or the reply says why not: a unit by
the goals the report marks for it (a lautakunta by its units, as the reports' own unit sums show them),
the council's binding goals by their table, a status by the status printed. A goal the report prints
twice counts once (the first printing); two printings with another status are said."""
from __future__ import annotations

import calendar

from data.language import load
from data.text import fold

from .. import formatting as fmt
from ..reply import Item, Option, Reply, Source
from .common import PARENT_LEVELS, Ask, clarify, interpretation, level_of, not_found, question, town_choice

WORDS = load("fi")["goals"]
BINDING = frozenset(fold(w) for w in WORDS["binding"]["words"])
PARTS = frozenset(fold(w) for w in WORDS["parts"]["words"])
SHORT = 160
UNKNOWN = "tila ei tiedossa"


def short(text: str, limit: int = SHORT) -> str:
    """The text cut at a word boundary, with '…' when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def label(g: dict) -> str:
    """The goal's own words (cut at a word), with '…' when its row says more (shown on request)."""
    cut = short(g["name"] or g["text"])
    more = len(" ".join(g["text"].split())) > len(cut.removesuffix(" …"))
    return cut if cut.endswith(" …") or not more else cut + " …"


def tag_of(g: dict) -> str:
    return fold(g["org_tag"] or "").replace("/", "")


def source(g: dict) -> Source:
    return Source(report=g["report"], title=g["report_title"], date=g["report_date"], table="Tavoitteet",
                  line=g["line"], page=g.get("page"), quote=(g["quote"] or "")[:400], kind="goal")


def goal_words(ask: Ask) -> set[str]:
    """The base forms of the question's goal words ('sitovaa' → sitova, 'mittaria' → mittari)."""
    p = ask.parse
    return {k for r in p.roles if r.role in ("goal", "goal_list") for i in r.tokens for k in p.tokens[i].keys}


def answer(ask: Ask) -> Reply:
    p = ask.parse
    if "count" in p.ops and goal_words(ask) & PARTS:
        return not_found("Raporteista voin laskea tavoitteita, en strategisia päämääriä tai mittareita: "
                         "tavoitteen rivillä on sen päämäärä ja yksi tai useampi mittari.",
                         [Option("tavoitteiden määrä", question("montako tavoitetta", _period_words(ask)))])
    pool = ask.store.goals()
    town = town_choice(ask, pool)
    if town:
        return town
    report = pick_report(ask, pool)
    if isinstance(report, Reply):
        return report
    goals = [g for g in pool if g["report"] == report["report"]]
    firsts = [g for g in goals if g["repeat_of"] is None]
    scoped = of_unit(ask, report, firsts)
    if isinstance(scoped, Reply):
        return scoped
    mine, who = scoped
    if goal_words(ask) & BINDING:
        mine = [g for g in mine if g["level"] == "binding"]
        if not mine:
            return not_found(f"Raportissa «{report['report_title']}» ei ole valtuuston sitovia tavoitteita"
                             f"{' yksiköltä ' + who if who else ''} (taulukkoa «valtuuston sitovuustaso»).")
    chosen = [g for g in mine if g["status"] in p.statuses] if p.statuses else mine
    if not chosen:
        return _none(ask, report, mine, who)
    reply = listing(ask, report, chosen, who, conflicts(chosen, goals))
    unknown = sum(1 for g in mine if not g["status"])
    if p.statuses and unknown:
        reply.note("unknown", f"Lisäksi {unknown} tavoitteen tilaa raportti ei kerro (tila puuttuu tai ei ole luettavissa).")
    return reply


# --- which report -------------------------------------------------------------------------------------

def _period_words(ask: Ask) -> str:
    text = ask.parse.text
    return " ".join(text[a:b] for a, b in sorted(ask.parse.periods.spans))


def asked_period(ask: Ask) -> tuple[set[int], int | None] | Reply:
    """(years, months) of the question; a single month or a date that no report's period ends on is
    no report's period."""
    per = ask.parse.periods
    years = set(ask.years)
    if per.year_range:
        years |= set(range(per.year_range[0], per.year_range[1] + 1))
    months = per.months or (12 if per.year_end else None)
    if per.date:
        day, month, year = per.date
        if day != calendar.monthrange(year or 2001, month)[1]:
            return _no_period(ask, f"{day}.{month}.{year or ''}")
        months = months or month
        years |= {year} if year else set()
    if per.only_period:
        return _no_period(ask, _period_words(ask))
    return years, months


def pick_report(ask: Ask, pool: list[dict]) -> dict | Reply:
    """The report whose goals are asked: of the period and kind named, the newest of one year (or of all
    when no period is named); reports of the several years named are asked back."""
    period = asked_period(ask)
    if isinstance(period, Reply):
        return period
    years, months = period
    kind = ask.parse.report_kind
    reports = {g["report"]: g for g in pool}.values()
    fits = [r for r in reports if (not years or r["report_year"] in years)
            and (months is None or (r["report_months"] or 12) == months) and (not kind or r["report_kind"] == kind)]
    if not fits:
        return _no_period(ask, _period_words(ask) or kind or "")
    if len({r["report_year"] for r in fits}) > 1 and years:
        rest = _without_period(ask)
        fits = sorted(fits, key=lambda r: r["report_rank"])
        return clarify("Tavoitteet ja niiden tila ovat raportti kerrallaan. Minkä raportin tavoitteet?",
                       [Option(r["report_title"], question(rest, _report_period(r))) for r in fits])
    return max(fits, key=lambda r: r["report_rank"])


def _report_period(r: dict) -> str:
    return fmt.months(r["report_year"], r["report_months"])


def _without_period(ask: Ask) -> str:
    text = ask.parse.text
    for a, b in sorted(ask.parse.periods.spans, reverse=True):
        text = text[:a] + text[b:]
    return " ".join(text.split()).rstrip("?.")


def _no_period(ask: Ask, asked: str) -> Reply:
    have = sorted({(g["report_rank"], g["report_title"], _report_period(g)) for g in ask.store.goals()})
    rest = _without_period(ask)
    return not_found(f"Tavoitteita ei ole raportissa, jonka kausi olisi «{asked}»: tavoitteiden tila on raporteissa "
                     "vain raportin kauden lopulta. Tavoitteet ovat raporteissa: "
                     + ", ".join(t for _, t, _ in have) + ".",
                     [Option(period, question(rest, period)) for _, _, period in have])


# --- which unit -----------------------------------------------------------------------------------------

def unit_tags(ask: Ask, report: dict) -> set[str] | None:
    """The unit marks (VAKA, OPKOU …) of the goals of the unit asked, in this report: its own, and a
    lautakunta's units' (the report year's unit sums); None when the goals are the report's own unit's
    (or no unit is asked)."""
    p = ask.parse
    tags = {fold(m.entry.key).replace("/", "") for m in p.areas}
    if not p.orgs:
        return tags or None
    org = p.orgs[0].entry
    synonyms = ask.store.org_synonyms()
    own = fold(report["report_unit"] or "")
    if own and (own == fold(org.name) or own == org.key or own in synonyms.get(org.key, ())):
        return None
    keys = {org.key} | {k for u in ask.store.unit_parts() if u["year"] == report["report_year"]
                        and u["org_key"] == org.key for k in u["part_keys"]}
    return tags | {fold(s).replace("/", "") for k in keys for s in synonyms.get(k, ())}


def of_unit(ask: Ask, report: dict, goals: list[dict]) -> tuple[list[dict], str] | Reply:
    """The goals of the unit asked and its name; a unit the report marks no goal for is said."""
    p = ask.parse
    who = p.orgs[0].entry.name if p.orgs else (p.areas[0].entry.key.upper() if p.areas else "")
    if not who:
        level = next((lvl for lvl in p.levels if lvl in PARENT_LEVELS), None)
        if level and level_of(report["report_unit"] or "", {level}) is None:
            return _which_parent(ask, report, level)
        return goals, ""
    tags = unit_tags(ask, report)
    if tags is None:
        return goals, who
    mine = [g for g in goals if tag_of(g) in tags]
    if mine:
        return mine, who
    marked = sorted({g["org_tag"].upper() for g in goals if g["org_tag"]})
    why = ("raportista ei selviä, mitkä yksiköt siihen kuuluvat" if level_of(who, PARENT_LEVELS) and not tags
           else "raportti ei merkitse yhtään tavoitetta tälle yksikölle")
    return not_found(f"Raportissa «{report['report_title']}» ei ole tavoitteita yksiköltä {who}: {why}. "
                     f"Raportin tavoitteet on merkitty yksiköille {', '.join(marked) or '–'} "
                     "ja muut koko raportin yksikölle.")


def _which_parent(ask: Ask, report: dict, level: str) -> Reply:
    """'lautakunnan tavoitteet' in a report of several lautakunnat: which one."""
    names = dict(ask.store.orgs_with("toimintakate"))
    parents = sorted({names.get(u["org_key"], "") for u in ask.store.unit_parts()
                      if u["year"] == report["report_year"]} - {""})
    parents = [n for n in parents if level_of(n, {level})]
    q = ask.parse.text.rstrip("?. ")
    if not parents:
        return not_found(f"Kysymyksestä ei selviä, minkä yksikön ({level}) tavoitteet: raportissa "
                         f"«{report['report_title']}» ei ole yksikköä, jonka alayksiköt selviäisivät.")
    return clarify(f"Minkä yksikön ({level}) tavoitteet?", [Option(n, question(n, q)) for n in parents])


# --- the reply --------------------------------------------------------------------------------------------

def conflicts(chosen: list[dict], goals: list[dict]) -> list[str]:
    """Goals the report prints twice with another status: 'VIRE: Etsivä … (rivi 391 Toteutuu, rivi 1020
    Toteutuu osittain)'."""
    firsts = {(g["line"], tag_of(g)): g for g in chosen}
    out = []
    for r in goals:
        first = firsts.get((r["repeat_of"], tag_of(r)))
        if first and r["status"] and r["status"] != first["status"]:
            out.append(f"«{short(first['name'] or first['text'], 80)}» (rivi {first['line']}: {first['status']}, "
                       f"rivi {r['line']}: {r['status']})")
    return out


def _counts(goals: list[dict]) -> str:
    counts: dict[str, int] = {}
    for g in goals:
        counts[g["status"] or UNKNOWN] = counts.get(g["status"] or UNKNOWN, 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))


def listing(ask: Ask, report: dict, goals: list[dict], who: str, twice: list[str]) -> Reply:
    p = ask.parse
    binding = bool(goal_words(ask) & BINDING)
    items = [Item(label(g), detail=g["status"] or UNKNOWN, source=source(g), full_text=g["text"]) for g in goals]
    status = " / ".join(p.statuses)
    what = "Valtuuston sitovat tavoitteet" if binding else "Tavoitteet"
    head = (f"{what}{' – ' + who if who else ''}{', tila ' + status if status else ''} "
            f"({report['report_title']}): {len(items)} kpl")
    reply = Reply("answer", "goals", head, items=items,
                  interpretation=interpretation(ask, who or None, what.lower(), None, report["report_year"],
                                                report["report_months"], "list", status))
    reply.note("summary", "Tilat: " + _counts(goals) + ".")
    if twice:
        reply.note("repeats", "Raportti merkitsee saman tavoitteen kahdesti eri tilaan: " + "; ".join(twice)
                   + ". Luvussa on tavoitteen ensimmäinen kohta.")
    return reply


def _none(ask: Ask, report: dict, pool: list[dict], who: str) -> Reply:
    status = " / ".join(ask.parse.statuses)
    have = _counts(pool)
    return not_found(f"Yhtään tavoitetta{' tilassa «' + status + '»' if status else ''}"
                     f"{' yksiköltä ' + who if who else ''} ei ole raportissa «{report['report_title']}»."
                     + (f" Tavoitteiden tilat siinä: {have}." if have else ""))
