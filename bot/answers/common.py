"""What every answer needs: a stored fact as an :class:`Answer` with a :class:`Source` a person can
check, the order of rival figures, and the small replies (not found, ask back)."""
from __future__ import annotations

from dataclasses import dataclass

from data.language import load
from data.query import Store
from nlp.morphology import WORD_RE, part_groups, readings
from nlp.parse import Parse

from .. import formatting as fmt
from ..reply import Answer, Cell, Interpretation, Option, Reply, Source

MAX_OPTIONS = 8


@dataclass
class Ask:
    """One question being answered: its parse and the store it is answered from."""
    parse: Parse
    store: Store

    @property
    def years(self) -> list[int]:
        return list(self.parse.periods.years)


PARENT_LEVELS = frozenset(load("fi")["levels"]["parents"])   # a level above others (lautakunta, toimiala)


def level_of(name: str, levels) -> str | None:
    """The level word a unit's name ends in ('Kasvatus- ja opetuslautakunta' → lautakunta), by the last
    word of the name that is one (a compound's tail counts)."""
    for w in reversed(WORD_RE.findall(name.split("(")[0])):
        words = {b for r in readings(w) for b in (r.base, *part_groups(r.parts)[1])}
        found = next((lvl for lvl in levels if lvl in words), None)
        if found:
            return found
    return None


def town_choice(ask: Ask, rows: list[dict], key: str = "report") -> Reply | None:
    """The reports of several municipalities hold an answer and the question named none: which one?"""
    if ask.store.scope is not None:
        return None
    return towns_clarify(ask, {ask.store.town(r[key]) for r in rows})


def towns_clarify(ask: Ask, towns: set[str], said: str = "Luku on") -> Reply | None:
    """Which municipality, when the figures asked are in the reports of several."""
    towns = sorted(set(towns) - {""})
    if ask.store.scope is not None or len(towns) < 2:
        return None
    q = ask.parse.text.rstrip("?. ")
    return clarify(f"{said} usean kunnan raporteissa. Minkä kunnan?", [Option(t, f"{q} ({t})") for t in towns])


def best(facts: list[dict]) -> list[dict]:
    """Distinct figures, best first: verified before unverified, then the newest report, an income
    statement before a summary table; the same figure from another report only once."""
    ordered = sorted(facts, key=lambda f: (not f["verified"], -(f["report_rank"] or 0),
                                           f["kind"] != "tuloslaskelma", f["line"] or 0))
    out: list[dict] = []
    for f in ordered:
        if any(round(o["value"], 4) == round(f["value"], 4) for o in out):
            continue
        out.append(f)
    return out


def value_of(f: dict) -> float | int:
    v = f["value"]
    return int(v) if f["unit"] == "EUR" and float(v).is_integer() else v


def cells_of(store: Store, f: dict) -> tuple[Cell, ...]:
    """The figure's row with its column headings: 'Toteuma 2025 −7 507 509 €' · 'Talousarvio 2025 …'."""
    if f.get("line") is None:
        return ()
    row = store.row_facts(f["report"], f.get("table_id"), f["line"])
    out = []
    for r in row:
        if r["measure_key"] != f["measure_key"] or (r.get("area") or None) != (f.get("area") or None):
            continue
        out.append(Cell(column_heading(r), fmt.figure(value_of(r), r["unit"]), answered=r.get("id") == f.get("id")))
    return tuple(dict.fromkeys(out))


def column_heading(f: dict) -> str:
    """'Toteuma 1–3/2025', 'Talousarvio 2025', 'Toteuma-% 2025' — the column in plain words."""
    head = fmt.basis_heading(f["basis"])
    period = fmt.months(f["year"], f["months"]) if f["basis"] not in ("budget", "forecast", "target") else str(f["year"] or "")
    if f.get("amended"):
        head += " (muutettu)"
    return f"{head} {period}".strip()


def source_of(store: Store, f: dict, kind: str = "table") -> Source:
    return Source(report=f["report"], title=f.get("report_title") or f["report"], date=f.get("report_date"),
                  table=f.get("table_title") or ("Tunnusluvut" if f.get("kind") == "tunnusluku" else None),
                  line=f.get("line"), page=f.get("page"), column=f.get("column_label"), row=f.get("row_label"),
                  cells=cells_of(store, f) if kind == "table" else (), quote=(f.get("quote") or "")[:400], kind=kind)


def answer_of(store: Store, f: dict, role: str = "primary") -> Answer:
    who = f.get("org") or f.get("area") or ""
    label = " · ".join(x for x in (who, f["measure"], fmt.period(f["basis"], f["year"], f["months"])) if x)
    kind = "kpi" if f.get("kind") == "tunnusluku" else "table"
    return Answer(value=value_of(f), unit=f["unit"], display=fmt.figure(value_of(f), f["unit"]), label=label,
                  source=source_of(store, f, kind), org=f.get("org") or f.get("area"), measure=f["measure"],
                  year=f["year"], basis=f["basis"], months=f["months"], scale=f.get("scale") or 1,
                  verified=bool(f["verified"]), check=f.get("check_note"), role=role, section=f.get("section"))


def interpretation(ask: Ask, org: str | None, measure: str | None, basis: str | None, year: int | None,
                   months: int | None, operation: str | None = None, extra: str = "") -> Interpretation:
    period = fmt.period(basis or "actual", year, months) if year else fmt.basis(basis) if basis else ""
    parts = [x for x in (org, measure, extra, period) if x]
    p = ask.parse
    return Interpretation(line="Tulkitsin: " + " · ".join(parts), org=org, measure=measure, year=year,
                          years=list(p.periods.years), basis=basis, months=months, operation=operation,
                          read_from=p.read_from())


def not_found(text: str, options: list[Option] | None = None, interp: Interpretation | None = None) -> Reply:
    return Reply("not_found", "not_found", text, options=list(options or [])[:MAX_OPTIONS],
                 interpretation=interp or Interpretation())


def clarify(text: str, options: list[Option], interp: Interpretation | None = None) -> Reply:
    return Reply("clarify", "clarify", text, options=options[:MAX_OPTIONS], interpretation=interp or Interpretation())


def year_span(years: list[int]) -> str:
    if not years:
        return ""
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])


def question(*parts) -> str:
    """An option's question from its parts: ('Varhaiskasvatus', 'toimintakate', 2025) → text."""
    return " ".join(str(p) for p in parts if p not in (None, "")).strip()


def sum_unit(store: Store, report: str, year: int) -> str | None:
    """The unit that is the others' sum in a report: the one with the largest toimintakate in it."""
    sizes = {f["org_key"]: abs(f["value"]) for f in store.facts(measures=["toimintakate"], bases=["actual"],
                                                              years=[year]) if f["report"] == report}
    return max(sizes, key=sizes.get) if sizes else None


def exact(value: float):
    """A computed value as the reports print it: a whole number as int, else rounded to 6 decimals."""
    return int(value) if float(value).is_integer() else round(value, 6)
