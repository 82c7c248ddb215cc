"""Goals (tavoitteet) and their status: 'varhaiskasvatuksen tavoitteet 2025', 'mitkä tavoitteet eivät
toteutuneet 2025'. Filtered by the unit named; each goal whole on request (never cut mid-word)."""
from __future__ import annotations

from data.language import load
from data.text import fold

from ..reply import Item, Reply, Source
from .common import Ask, interpretation, not_found, town_choice

SYNONYMS = load("synonyms").get("org", {})
SHORT = 160


def short(text: str, limit: int = SHORT) -> str:
    """The text cut at a word boundary, with '…' when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def unit_tags(ask: Ask) -> set[str]:
    """The goal tags (VAKA, OPKOU …) of the unit asked: its area's key, or the abbreviations whose
    synonym is the unit's name."""
    tags = {fold(m.entry.key).replace("/", "") for m in ask.parse.areas}
    for m in ask.parse.orgs:
        name = fold(m.entry.name)
        tags |= {fold(k).replace("/", "") for k, v in SYNONYMS.items() if fold(v) == name and len(k) <= 6}
    return tags


def source(g: dict) -> Source:
    return Source(report=g["report"], title=g["report_title"], date=g["report_date"], table="Tavoitteet",
                  line=g["line"], page=g.get("page"), quote=(g["quote"] or "")[:400], kind="goal")


def answer(ask: Ask) -> Reply:
    p = ask.parse
    goals = ask.store.goals()
    if ask.years:
        goals = [g for g in goals if g["report_year"] in ask.years]
    town = town_choice(ask, goals)
    if town:
        return town
    tags = unit_tags(ask)
    if tags:
        goals = [g for g in goals if g["org_tag"] and fold(g["org_tag"]).replace("/", "") in tags]
    pool = goals
    if p.statuses:
        goals = [g for g in goals if g["status"] in p.statuses]
    who = p.orgs[0].entry.name if p.orgs else (p.areas[0].entry.key.upper() if p.areas else "")
    if not goals:
        return _none(ask, pool, who)
    newest = max(g["report_rank"] for g in goals)
    goals = [g for g in goals if g["report_rank"] == newest]
    items = [Item(short(g["text"]), detail=g["status"] or "tila ei tiedossa", source=source(g), full_text=g["text"])
             for g in goals]
    status = " / ".join(p.statuses)
    head = (f"Tavoitteet{' – ' + who if who else ''}{', tila ' + status if status else ''} "
            f"({goals[0]['report_title']}): {len(items)} kpl")
    reply = Reply("answer", "goals", head, items=items,
                  interpretation=interpretation(ask, who or None, "tavoitteet", None, goals[0]["report_year"], None, "list", status))
    counts = {}
    for g in goals:
        counts[g["status"] or "tila ei tiedossa"] = counts.get(g["status"] or "tila ei tiedossa", 0) + 1
    reply.note("summary", "Tilat: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])) + ".")
    return reply


def _none(ask: Ask, pool: list[dict], who: str) -> Reply:
    counts = {}
    for g in pool:
        counts[g["status"] or "tila ei tiedossa"] = counts.get(g["status"] or "tila ei tiedossa", 0) + 1
    have = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
    status = " / ".join(ask.parse.statuses)
    years = ", ".join(map(str, ask.years))
    return not_found(f"Yhtään tavoitetta{' tilassa «' + status + '»' if status else ''}{' yksiköltä ' + who if who else ''} "
                     f"ei ole raporteissa{' vuodelta ' + years if years else ''}."
                     + (f" Tavoitteiden tilat: {have}." if have else ""))
