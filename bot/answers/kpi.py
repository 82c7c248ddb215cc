"""Key indicators (tunnusluvut): '€/lapsi', 'kirjastokäynnit per asukas', 'ulkopuolinen rahoitus'."""
from __future__ import annotations

from data.language import load
from data.text import fold

from .. import formatting as fmt
from ..reply import Answer, Option, Reply
from .common import (Ask, answer_of, best, clarify, exact, interpretation, not_found, question, town_choice,
                     towns_clarify)
from .figure import clarify_year
from .series import kpi_series

KPI_BASES = ("target", "forecast", "budget")
BASIS_WORDS = load("fi")["basis"]
TARGET_WORDS = frozenset(fold(w) for lang in BASIS_WORDS.values() for w in lang.get("target", []))


def _facts(ask: Ask) -> tuple[list[str], dict[str, str], list[dict]]:
    p = ask.parse
    keys = list(dict.fromkeys(m.entry.key for m in p.kpis))
    names = {m.entry.key: m.entry.name for m in p.kpis}
    years = ask.years if ask.years and not p.periods.year_range else None   # the years asked, in the query
    facts = ask.store.facts(measures=keys, kpi=True, years=years)
    areas = {m.entry.key for m in p.areas}
    with_area = [f for f in facts if f["area"]]
    if areas and with_area:
        facts = [f for f in facts if not f["area"] or f["area"] in areas or
                 f["area"].replace("/", "") in {a.replace("/", "") for a in areas}]
    return keys, names, facts


def _column_refused(ask: Ask, facts: list[dict], name: str) -> Reply | None:
    """An indicator has an actual, a target and a forecast: another column ('jäljellä', 'toteuma-%', a
    budget) is not found — never its actual instead; a deviation only from the target, named as such."""
    p = ask.parse
    percent = p.basis == "realization_pct" and all(f["unit"] == "%" for f in facts)   # 'osuus %' is the value
    if p.basis == "deviation" and not _from_target(p):
        return not_found(f"{name}: tunnusluvulla ei ole talousarviota eikä poikkeamasaraketta; sillä on toteuma ja "
                         "tavoite.", [Option(f"{name} poikkeama tavoitteesta", question(name, "poikkeama tavoitteesta", *ask.years))])
    if p.basis not in KPI_BASES + ("actual", "deviation", None) and not percent:
        return not_found(f"Tunnusluvuista raporteissa on toteuma, tavoite tai ennuste, ei «{fmt.basis(p.basis)}».",
                         [Option(name, question(name, *ask.years))])
    return None


def _from_target(p) -> bool:
    """The deviation is said of the target ('jäi tavoitteesta', 'poikkeama tavoitteesta')."""
    words = {u.token for r in p.roles if r.role == "basis" and r.value in ("deviation", "target") for u in r.units}
    return any(set(p.tokens[i].keys) & TARGET_WORDS for i in words)


def _other_unit(ask: Ask, facts: list[dict]) -> Reply | None:
    """'varhaiskasvatus €/oppilas': a unit named beside an indicator of no unit of its own area (Perusopetus
    €/oppilas) is not that indicator's — not found, never another unit's figure."""
    p = ask.parse
    kpi_tokens = {u.token for m in p.kpis for u in m.units}
    extra = [m for m in p.reading.areas if not {u.token for u in m.units} <= kpi_tokens]
    if extra and not any(f["area"] for f in facts):
        unit = ", ".join(ask.parse.tokens[u.token].text for m in extra for u in m.units)
        return not_found(f"Yksiköllä «{unit}» ei ole tunnuslukua {p.kpis[0].entry.name}.")
    return None


def answer(ask: Ask) -> Reply:
    p = ask.parse
    if ask.store.scope is None and len(ask.store.towns) > 1:    # several municipalities: which, before reading
        keys = list(dict.fromkeys(m.entry.key for m in p.kpis))
        years = ask.years if ask.years and not p.periods.year_range else None
        town = towns_clarify(ask, ask.store.fact_towns(keys, years, kpi=True))
        if town:
            return town
    keys, names, facts = _facts(ask)
    refused = _column_refused(ask, facts, names[keys[0]]) or _other_unit(ask, facts)
    if refused:
        return refused
    if p.periods.year_range or len(ask.years) > 1:
        if p.basis == "deviation":
            return not_found(f"{names[keys[0]]}: poikkeaman tavoitteesta voin laskea yhdeltä vuodelta kerrallaan.",
                             [Option(str(y), question(names[keys[0]], "poikkeama tavoitteesta", y)) for y in ask.years[:3]])
        span = p.periods.year_range
        years = range(span[0], span[1] + 1) if span else ask.years
        distinct = sorted({(f["measure_key"], f["area"] or "") for f in facts if f["year"] in years})
        if len(distinct) > 1:     # two indicators over the years asked: which one
            return _clarify(distinct, names, f"{span[0]}–{span[1]}" if span else " ja ".join(map(str, ask.years)))
        return kpi_series(ask, facts, names)
    if p.periods.only_period or (p.periods.months and p.periods.months < 12):
        return not_found(f"Tunnusluvut ovat vuosittaisia; kaudelle «{p.periods.read_from.get('month') or p.periods.read_from.get('period')}» "
                         "ei ole arvoa.")
    if ask.years:
        facts = [f for f in facts if f["year"] in ask.years]
    if not facts:
        have = sorted({f["year"] for f in ask.store.facts(measures=keys, kpi=True)})
        return not_found(f"Tunnusluvulle {names[keys[0]]} ei ole arvoa vuodelle {', '.join(map(str, ask.years))}."
                         + (f" Arvot ovat vuosilta {', '.join(map(str, have))}." if have else ""),
                         [Option(str(y), question(names[keys[0]], y)) for y in reversed(have[-3:])])
    if p.basis == "deviation":
        distinct = sorted({(f["measure_key"], f["area"] or "") for f in facts})
        if len(distinct) > 1:
            return _clarify(distinct, names, ask.years[0] if ask.years else "")
        return _deviation(ask, facts, names[keys[0]])
    basis = "actual" if p.basis == "realization_pct" else p.basis or "actual"
    chosen = [f for f in facts if f["basis"] == basis] or ([f for f in facts if f["basis"] == "forecast"]
                                                          if basis == "actual" and p.basis is None else [])
    if not chosen:
        have = sorted({fmt.basis(f["basis"]) for f in facts})
        return not_found(f"Tunnusluvulle ei ole arvoa «{fmt.basis(basis)}» raporteissa; on: {', '.join(have)}.")
    if not ask.years:
        r = clarify_year(ask, chosen, names[keys[0]])
        if r:
            return r
    distinct = sorted({(f["measure_key"], f["area"] or "") for f in chosen})
    if len(distinct) > 1:
        return _clarify(distinct, names, chosen[0]["year"])
    town = town_choice(ask, chosen)
    if town:
        return town
    return _reply(ask, chosen)


def _clarify(distinct: list[tuple[str, str]], names: dict[str, str], when) -> Reply:
    options = []
    for mk, area in distinct:
        label = f"{names.get(mk, mk)} – {area}" if area else names.get(mk, mk)
        options.append(Option(label, question(label, when)))
    return clarify("Mitä tunnuslukua tarkoitat?", options)


def _reply(ask: Ask, chosen: list[dict]) -> Reply:
    facts = best(chosen)
    f = facts[0]
    answers = [answer_of(ask.store, f)] + [answer_of(ask.store, o, "other_report") for o in facts[1:]]
    name = f["measure"] + (f" ({f['area']})" if f["area"] else "")
    period = fmt.period(f["basis"], f["year"], None)
    reply = Reply("answer", "kpi", f"{name}, {period}: {answers[0].display}", answers=answers,
                  interpretation=interpretation(ask, None, f"tunnusluku {f['measure']}", f["basis"], f["year"], None))
    reply.note("unverified", "Tunnusluku on taulukosta sellaisenaan; sille ei ole laskutoimitusta tarkistukseen.")
    for o in facts[1:]:
        reply.note("other_report", f"Toisessa raportissa arvo on {fmt.figure(o['value'], o['unit'])} ({o['report_title']}).")
    return reply


def _deviation(ask: Ask, facts: list[dict], name: str) -> Reply:
    """'€/asukas jäi tavoitteesta', 'poikkeama': an indicator's actual minus its target, computed from the two
    figures of one year (shown under it); without both there is nothing to give."""
    if len(ask.years) != 1:
        return clarify(f"{name}: minkä vuoden poikkeama tavoitteesta?",
                       [Option(str(y), question(name, "poikkeama tavoitteesta", y))
                        for y in sorted({f["year"] for f in facts if f["basis"] == "target"})[-3:]])
    actual = best([f for f in facts if f["basis"] == "actual"])
    target = best([f for f in facts if f["basis"] == "target"])
    if not actual or not target:
        return not_found(f"{name}: vuodelle {ask.years[0]} ei ole sekä toteumaa että tavoitetta, joten poikkeamaa "
                         "tavoitteesta ei voi laskea.")
    town = town_choice(ask, actual + target)
    if town:
        return town
    a, t = answer_of(ask.store, actual[0], "part"), answer_of(ask.store, target[0], "part")
    value = exact(a.value - t.value)
    result = Answer(value=value, unit=a.unit, display=fmt.figure(value, a.unit),
                    label=f"{name} · poikkeama tavoitteesta {a.year}", source=a.source, org=a.org,
                    measure=f"{name}, poikkeama tavoitteesta", year=a.year, basis="deviation", verified=False,
                    check=f"laskettu: toteuma {a.display} − tavoite {t.display}")
    reply = Reply("answer", "kpi", f"{name}, poikkeama tavoitteesta {a.year}: {result.display}",
                  answers=[result, a, t],
                  interpretation=interpretation(ask, None, f"tunnusluku {name}", "deviation", a.year, None))
    reply.note("computed", f"Laskettu: toteuma {a.display} − tavoite {t.display} = {result.display}.")
    reply.note("unverified", "Tunnusluvut ovat taulukosta sellaisenaan; niille ei ole laskutoimitusta tarkistukseen.")
    return reply
