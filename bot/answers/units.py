"""Several figures of units: a comparison of units ('vertaa vakan ja opkoun toimintakatetta'), and a
unit's main lines when no row is named ('varhaiskasvatus 2025': toimintatuotot, -kulut, -kate)."""
from __future__ import annotations

from .. import formatting as fmt
from ..reply import Answer, Chart, Option, Point, Reply, Series
from .common import (PARENT_LEVELS, Ask, answer_of, best, clarify, exact, interpretation, level_of, not_found,
                     question, sum_unit)
from .figure import clarify_year, pick_basis

KEY_LINES = ("toimintatuotot", "toimintakulut", "toimintakate")
ADDITIVE = ("actual", "budget", "deviation", "remaining", "forecast")    # columns of euros that add up


def _figure_of(ask: Ask, org: str, measure_key: str, year: int | None) -> dict | None:
    facts = ask.store.facts(measures=[measure_key], orgs=[org])
    if not facts:
        return None
    year = year or max(f["year"] for f in facts if f["basis"] in ("actual", "budget"))
    _, chosen, _ = pick_basis(ask, [f for f in facts if f["year"] == year])
    return best(chosen)[0] if chosen else None


def compare(ask: Ask, orgs: list[tuple[str, str]], measure_key: str, measure: str) -> Reply:
    """The same figure for two or more units, side by side (of the year asked; without one, which year)."""
    if not ask.years:
        have = sorted({f["year"] for f in ask.store.facts(measures=[measure_key], orgs=[k for k, _ in orgs])
                       if f["basis"] in ("actual", "budget")})
        if len(have) > 1:
            q = ask.parse.text.rstrip("?. ")
            return clarify(f"{measure}: minkä vuoden luvut?", [Option(str(y), f"{q} {y}") for y in reversed(have[-4:])])
    year = ask.years[0] if ask.years else None
    found, misses = [], []
    for key, name in orgs:
        f = _figure_of(ask, key, measure_key, year)
        (found.append(f) if f else misses.append(name))
    if len(found) < 2:
        return not_found("Vertailuun ei löytynyt lukua kaikille yksiköille: " + ", ".join(misses) + ".")
    if "total" in ask.parse.ops:
        return _total(ask, found, measure)
    answers = [answer_of(ask.store, f, "point") for f in found]
    periods = sorted({fmt.period(f["basis"], f["year"], f["months"]) for f in found})
    span = " / ".join(periods)
    reply = Reply("answer", "comparison", f"{measure}, {span}", answers=answers,
                  interpretation=interpretation(ask, " vs. ".join(f["org"] for f in found), measure, found[0]["basis"],
                                                found[0]["year"], found[0]["months"], "compare"))
    if len(found) == 2:
        diff = abs(found[0]["value"] - found[1]["value"])
        reply.note("computed", f"Ero: {fmt.figure(diff, found[0]['unit'])} (laskettu raportin luvuista).")
    if len(periods) > 1:
        reply.note("not_comparable", "Huom: luvut ovat eri kausilta, eivät suoraan vertailukelpoisia.")
    if misses:
        reply.note("missing", "Ei lukua: " + ", ".join(misses) + ".")
    pts = tuple(Point(f["org"], float(f["value"])) for f in found)
    alt = f"{measure} {span}: " + "; ".join(f"{p.x} {fmt.figure(p.y, found[0]['unit'])}" for p in pts) + "."
    reply.chart = Chart("bar", f"{measure} {span}", found[0]["unit"], (Series(measure, pts),),
                        "Lähde: " + "; ".join(sorted({a.source.title for a in answers})), alt)
    return reply


def _total(ask: Ask, found: list[dict], measure: str) -> Reply:
    """'… ja … yhteensä': the sum of verified figures of sibling units of one report and period, with both
    shown — never of a unit and a unit it holds (a sum unit, a lautakunta or toimiala, is not added)."""
    f0 = found[0]
    if f0["unit"] != "EUR" or f0["basis"] not in ADDITIVE:
        return clarify(f"{measure}, {fmt.basis(f0['basis'])}: prosentteja ja suhdelukuja ei lasketa yhteen. Kumman luku?",
                       [Option(f["org"], question(f["org"], measure.lower(), fmt.basis(f["basis"]), f["year"]))
                        for f in found])
    same = all((f["report"], f["year"], f["basis"], f["months"], f["unit"]) ==
               (f0["report"], f0["year"], f0["basis"], f0["months"], f0["unit"]) and f["verified"] for f in found)
    top = sum_unit(ask.store, f0["report"], f0["year"]) if same else None
    nested = any(level_of(f["org"], PARENT_LEVELS) or f["org_key"] == top for f in found)
    if not same or nested:
        return clarify(f"{measure}: yksiköiden lukuja ei voi laskea yhteen (eri raportit tai kaudet, tai yksikkö "
                       "sisältää toisen). Kumman luku?", [Option(f["org"], question(f["org"], measure.lower(), f["year"]))
                                                          for f in found])
    parts = [answer_of(ask.store, f, "part") for f in found]
    value = exact(sum(a.value for a in parts))
    who = " + ".join(f["org"] for f in found)
    period = fmt.period(f0["basis"], f0["year"], f0["months"])
    result = Answer(value=value, unit=f0["unit"], display=fmt.figure(value, f0["unit"]), label=f"{who} · {measure} · {period}",
                    source=parts[0].source, org=who, measure=measure, year=f0["year"], basis=f0["basis"],
                    months=f0["months"], verified=True, check="laskettu tarkistetuista luvuista")
    reply = Reply("answer", "figure", f"{who}: {measure} yhteensä, {period}: {result.display}", answers=[result] + parts,
                  interpretation=interpretation(ask, who, measure, f0["basis"], f0["year"], f0["months"], "total"))
    reply.note("computed", "Laskettu: " + " + ".join(f"{f['org']} {a.display}" for f, a in zip(found, parts))
               + f" = {result.display} (samasta raportista).")
    return reply


def key_lines(ask: Ask, orgs: list[tuple[str, str]]) -> Reply:
    """A unit named without a row: its operating income, costs and toimintakate."""
    if len(orgs) > 1:
        years = " ".join(map(str, ask.years))
        options = [Option(n, question(n, "toimintakate", years)) for _, n in orgs]
        return clarify("Minkä yksikön luvut?", options)
    key, name = orgs[0]
    if not ask.years:
        facts = ask.store.facts(measures=["toimintakate"], orgs=[key], bases=[ask.parse.basis or "actual"])
        r = clarify_year(ask, facts, name)
        if r:
            return r
    year = ask.years[0] if ask.years else None
    found = [f for f in (_figure_of(ask, key, mk, year) for mk in KEY_LINES) if f]
    if not found:
        have = sorted({y for y, _, _ in ask.store.periods(None, [key])})
        return not_found(f"{name}: ei lukuja tälle kaudelle. Aineistossa vuodet: {', '.join(map(str, have))}.",
                         [Option(str(y), question(name, "toimintakate", y)) for y in reversed(have[-3:])])
    answers = [answer_of(ask.store, f, "part") for f in found]
    main = answers[-1]
    period = fmt.period(found[-1]["basis"], found[-1]["year"], found[-1]["months"])
    reply = Reply("answer", "figure", f"{name}: pääluvut, {period}", answers=[main] + answers[:-1],
                  interpretation=interpretation(ask, name, "pääluvut", found[-1]["basis"], found[-1]["year"],
                                                found[-1]["months"]))
    reply.note("scope", "Kysymyksessä ei ollut riviä: tässä toimintatuotot, toimintakulut ja toimintakate.")
    return reply
