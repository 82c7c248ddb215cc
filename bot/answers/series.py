"""Series over years and comparisons of years: 'varhaiskasvatuksen toimintakate 2021–2025'.

A year's point is its full-year figure; where the reports have only a to-date figure for a year
(1–9/2022), the point is that figure, labelled so and drawn apart, and the change is computed only
between full-year figures.
"""
from __future__ import annotations

from .. import formatting as fmt
from ..reply import Answer, Chart, Option, Point, Reply, Series
from .change import change, row_kind
from .common import Ask, answer_of, best, exact, interpretation, not_found, question, year_span


def year_point(facts: list[dict], year: int, basis: str, months: int | None = None) -> dict | None:
    """The figure standing for a year: the full year's if any report has it, else the latest to date; with
    `months` asked ('1–3/2024 ja 1–3/2025'), that period's figure only."""
    fs = [f for f in facts if f["year"] == year and f["basis"] == basis
          and (months is None or (f["months"] or 12) == months)]
    if not fs:
        return None
    full = [f for f in fs if f["months"] in (12, None)] or \
        [f for f in fs if f["months"] == max(x["months"] or 0 for x in fs)]
    orgs = {f["org_key"] for f in full}
    if len(orgs) > 1:
        full = [f for f in full if f["org_key"] == sorted(orgs)[0]]
    return best(full)[0]


def _to_date(ask: Ask) -> int | None:
    """The months to date asked of every year ('1–3/2024 ja 1–3/2025'), or None."""
    months = ask.parse.periods.months
    return months if months and months < 12 else None


def _points(facts: list[dict], years, basis: str, months: int | None = None) -> list[dict]:
    return [f for f in (year_point(facts, y, basis, months) for y in years) if f is not None]


def build(ask: Ask, points: list[dict], name: str, measure: str, basis: str, span: str) -> Reply:
    answers = [answer_of(ask.store, f, "point") for f in points]
    partial = [f for f in points if f["months"] and f["months"] < 12 and basis not in ("budget", "forecast", "target")]
    label = {id(f): fmt.months(f["year"], f["months"]) if f in partial else str(f["year"]) for f in points}
    title = f"{name}: {measure} {span}" if name else f"{measure} {span}"
    reply = Reply("answer", "series", title, answers=answers,
                  interpretation=interpretation(ask, name or None, measure, basis, None, None, "series", span))
    alike = bool(partial) and len(points) > 1 and len({f["months"] for f in points}) == 1
    if alike:          # the same months of every year ('1–3/2024 ja 1–3/2025'): comparable with each other
        reply.note("same_period", f"Luvut ovat kunkin vuoden samalta ajalta (1–{points[0]['months']}).")
        partial = []
    full = [f for f in points if f not in partial]
    if len(full) >= 2:
        kind = row_kind(full[0]["measure"], full[0].get("section")) if full[0]["unit"] == "EUR" else "other"
        reply.change = change(kind, full[0]["value"], full[-1]["value"], full[0]["unit"],
                              label[id(full[0])], label[id(full[-1])])
        reply.note("computed", "Muutos on laskettu raportin luvuista.")
    for f in partial:
        reply.note("partial_point", f"Vuodelta {f['year']} on vain vuoden alusta kertynyt luku ({fmt.months(f['year'], f['months'])}); "
                   "se ei ole vertailukelpoinen koko vuoden lukujen kanssa ja on kuvaajassa erikseen.")
    wanted = ask.parse.periods.year_range
    if wanted and len(points) < wanted[1] - wanted[0] + 1:
        have = {f["year"] for f in points}
        missing = [y for y in range(wanted[0], wanted[1] + 1) if y not in have]
        reply.note("missing_years", "Raporteissa ei ole lukuja vuosilta " + ", ".join(map(str, missing)) + ".")
    reply.chart = _chart(points, label, partial, name, measure, span, answers)
    if "change" in ask.parse.ops and "series" not in ask.parse.ops:
        return _change_first(ask, reply, [answers[points.index(f)] for f in full], name, measure)
    if "total" in ask.parse.ops and "series" not in ask.parse.ops:
        return _total_first(ask, reply, points, partial, name, measure)
    return reply


def _total_first(ask: Ask, reply: Reply, points: list[dict], partial: list[dict], name: str, measure: str) -> Reply:
    """'toimintakatteet yhteensä 2023–2025': the sum of the years' full-year figures is the answer — or none,
    when a year is missing or only to date (a sum of some years is not the sum asked)."""
    wanted = ask.parse.periods.year_range or (min(ask.years), max(ask.years))
    years = list(range(wanted[0], wanted[1] + 1)) if ask.parse.periods.year_range else sorted(ask.years)
    if partial or sorted(f["year"] for f in points) != years or points[0]["unit"] != "EUR":
        return not_found(f"{measure}: vuosien {', '.join(map(str, years))} yhteissummaa ei voi laskea raporttien "
                         "koko vuoden euroista (vuosi puuttuu, on vain osavuoden luku, tai luku ei ole euromäärä).")
    value = exact(sum(f["value"] for f in points))
    first = reply.answers[-1]
    result = Answer(value=value, unit=first.unit, display=fmt.figure(value, first.unit),
                    label=f"{name + ' · ' if name else ''}{measure} yhteensä {years[0]}–{years[-1]}", source=first.source,
                    org=first.org, measure=f"{measure}, yhteensä", year=years[-1], basis=first.basis,
                    verified=all(a.verified for a in reply.answers),
                    check="laskettu: " + " + ".join(a.display for a in reply.answers))
    reply.answers.insert(0, result)
    reply.headline = f"{name + ': ' if name else ''}{measure} yhteensä {years[0]}–{years[-1]}: {result.display}"
    reply.note("computed", "Summa on laskettu raportin koko vuoden luvuista.")
    return reply


def _change_options(full: list[Answer], measure: str) -> list[Option]:
    """The change that can be computed, over the full years there are."""
    if len(full) < 2:
        return []
    q = question(full[-1].org, measure.lower(), "muutos", f"{full[0].year}–{full[-1].year}")
    return [Option(q, q)]


def _change_first(ask: Ask, reply: Reply, full: list[Answer], name: str, measure: str) -> Reply:
    """'kuinka paljon … muuttui vuodesta 2024 vuoteen 2025': the change is the answer, computed from the
    full-year figures of the first and the last year asked; without them there is no change to give — never
    a level, nor the change over other years, instead."""
    wanted = ask.parse.periods.year_range or (min(ask.years), max(ask.years))
    if reply.change is None or (full[0].year, full[-1].year) != tuple(wanted):
        have = [str(a.year) for a in full]
        return not_found(f"{measure}: muutosta {wanted[0]} → {wanted[1]} ei voi laskea raporttien luvuista: "
                         + (f"koko vuoden luvut ovat vuosilta {', '.join(have)}." if have else "koko vuoden lukuja ei ole."),
                         _change_options(full, measure))
    start, end, ch = full[0], full[-1], reply.change
    value, unit = exact(end.value - start.value), end.unit
    if ask.parse.change_pct:          # 'kasvu prosentteina': the change in percent of the start
        if ch.pct is None:
            return not_found(f"{measure}: muutosta prosentteina ei voi laskea (luku on jo prosentti tai lähtöarvo nolla).",
                             _change_options(full, measure))
        value, unit = round(ch.pct if _grew(measure, start.value, end.value) else -ch.pct, 2), "%"
    who = f"{name}: " if name else ""
    result = Answer(value=value, unit=unit, display=fmt.figure(value, unit),
                    label=f"{name + ' · ' if name else ''}{measure} · muutos {ch.start} → {ch.end}", source=end.source,
                    org=end.org, measure=f"{measure}, muutos", year=end.year, basis=end.basis, months=end.months,
                    scale=max(start.scale, end.scale), verified=start.verified and end.verified,
                    check=f"laskettu: {ch.end} {end.display} − {ch.start} {start.display}")
    reply.answers.insert(0, result)
    reply.headline = f"{who}{measure}, muutos {ch.start} → {ch.end}: {ch.words}"
    return reply


def _grew(measure: str, start: float, end: float) -> bool:
    """Whether a row grew: costs and income by their size (a cost printed −39,4 M€ is bigger than
    −36,5 M€), other rows by value."""
    return abs(end) > abs(start) if row_kind(measure) in ("cost", "income") else end > start


def _chart(points, label, partial, name, measure, span, answers: list[Answer]) -> Chart:
    pts = tuple(Point(label[id(f)], float(f["value"]), f in partial) for f in points)
    unit = points[0]["unit"]
    title = f"{name}: {measure} {span}" if name else f"{measure} {span}"
    alt = f"{title}. " + "; ".join(f"{p.x}: {fmt.figure(p.y, unit)}" for p in pts) + "."
    return Chart("line", title, unit, (Series(name or measure, pts),),
                 "Lähde: " + "; ".join(sorted({a.source.title for a in answers})), alt)


def financial(ask: Ask, org_keys: list[str], measure_key: str, measure: str) -> Reply:
    a, b = ask.parse.periods.year_range
    basis = ask.parse.basis or "actual"
    facts = ask.store.facts(measures=[measure_key], orgs=org_keys or None, years=range(a, b + 1), bases=[basis])
    points = _points(facts, range(a, b + 1), basis, _to_date(ask))
    if not points:
        have = sorted({y for y, _, _ in ask.store.periods(measure_key, org_keys or None)})
        return not_found(f"Vuosille {a}–{b} ei löytynyt lukuja. Aineistossa: {year_span(have)}.")
    return build(ask, points, points[0]["org"], measure, basis, f"{a}–{b}")


def kpi_series(ask: Ask, facts: list[dict], names: dict[str, str]) -> Reply:
    """An indicator over a range of years ('2023–2025') or over the years named ('2024 ja 2025')."""
    span_years = ask.parse.periods.year_range
    years = list(range(span_years[0], span_years[1] + 1)) if span_years else sorted(ask.years)
    span = f"{years[0]}–{years[-1]}" if span_years else " ja ".join(map(str, years))
    basis = ask.parse.basis if ask.parse.basis in ("target", "forecast") else "actual"
    keys = sorted({(f["measure_key"], f["area"] or "") for f in facts if f["year"] in years and f["basis"] == basis})
    if not keys:
        return not_found(f"Tunnusluvulle ei ole arvoja vuosilta {span}.")
    mk, area = keys[0]
    own = [f for f in facts if f["measure_key"] == mk and (f["area"] or "") == area]
    points = _points(own, years, basis)
    reply = build(ask, points, area.upper() if area else "", names.get(mk, mk), basis, span)
    reply.kind = "series"
    return reply


def compare_years(ask: Ask, org_keys: list[str], measure_key: str, measure: str) -> Reply:
    years = sorted(ask.years)
    basis = ask.parse.basis or "actual"
    facts = ask.store.facts(measures=[measure_key], orgs=org_keys or None, years=years, bases=[basis])
    if len({f["org_key"] for f in facts}) > 1:
        return None  # several units: the caller asks which
    months = _to_date(ask)
    points = _points(facts, years, basis, months)
    if len(points) < 2:
        missing = sorted(set(years) - {f["year"] for f in points})
        return not_found(f"{measure}: raporteissa ei ole lukua vuodelta {', '.join(map(str, missing))}.")
    span = " ja ".join(fmt.months(y, months) for y in years) if months else " ja ".join(map(str, years))
    reply = build(ask, points, points[0]["org"], measure, basis, span)
    if reply.chart:
        reply.chart = Chart("bar", reply.chart.title, reply.chart.unit, reply.chart.series, reply.chart.caption,
                            reply.chart.alt)
    return reply
