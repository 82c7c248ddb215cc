"""Help from the store: what can be asked — the units by level, the rows, the key indicators, the
years and the reports, and example questions made from what is stored (nothing hard-coded)."""
from __future__ import annotations

import threading
import weakref

from data.language import load
from data.query import Store
from nlp.index import Index

from .. import formatting as fmt
from ..reply import Interpretation, Item, Option, Reply
from .common import level_of

LEVELS = load("labels")["levels"]
MAX_EXAMPLES = 4
_EXAMPLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # store → its example questions
_LOCK = threading.Lock()


def _level(name: str) -> str:
    """The heading a unit goes under by the level word of its name ('… lautakunta' → Lautakunnat)."""
    return LEVELS.get(level_of(name, [k for k in LEVELS if k != "other"]) or "other")


def examples(store: Store, index: Index) -> list[str]:
    """Example questions from the newest report's own units, rows and indicators — each one a figure the
    store holds (the unit has that row in that year), chosen in a fixed order. Worked out once a store
    (they are offered beside every ask-back, and a store never changes)."""
    with _LOCK:
        hit = _EXAMPLES.get(store)
    if hit is None:
        hit = _examples(store, index)
        with _LOCK:
            _EXAMPLES[store] = hit
    return list(hit)


def _examples(store: Store, index: Index) -> list[str]:
    newest = max(store.reports.values(), key=lambda r: r["rank"] or 0, default=None)
    if newest is None:
        return []
    year = newest["year"]
    has: dict[str, set[tuple[str, int]]] = {}
    for f in store.facts(bases=["actual"]):
        if f["months"] in (None, 12):
            has.setdefault(f["org"], set()).add((f["measure_key"], f["year"]))
    units = sorted(has, key=lambda u: (-len(has[u]), u))
    out = []
    first = next((u for u in units if ("toimintakate", year) in has[u]), None)
    if first:
        out.append(f"{first} toimintakate {year}")
        earlier = min((y for m, y in has[first] if m == "toimintakate" and y < year), default=None)
        if earlier:
            out.append(f"{first} toimintakate {earlier}–{year}")
    other = next((u for u in units if u != first and ("henkilöstökulut", year) in has[u]), None)
    if other:
        out.append(f"{other} henkilöstökulut {year}")
    kpis = index.entries("kpi")
    if kpis:
        out.append(f"{kpis[0].name} {year}")
    return out[:MAX_EXAMPLES]


def answer(store: Store, index: Index, topics: list[str]) -> Reply:
    orgs = index.entries("org")
    by_level: dict[str, list[str]] = {}
    for e in orgs:
        by_level.setdefault(_level(e.name), []).append(e.name)
    items = []
    if not topics or "units" in topics:
        items += [Item(level, detail=", ".join(sorted(names))) for level, names in sorted(by_level.items())]
    if not topics or "rows" in topics:
        items.append(Item("Rivit", detail=", ".join(e.name for e in index.entries("measure"))))
        items.append(Item("Tunnusluvut", detail=", ".join(e.name for e in index.entries("kpi")[:12])))
    years = store.years()
    if not topics or "years" in topics:
        items.append(Item("Vuodet", detail=f"{years[0]}–{years[-1]}" if years else "–"))
    if not topics or "reports" in topics:
        items += [Item(r["title"], detail=", ".join(x for x in (f"kausi {r['period']}" if r.get("period") else "",
                                                              f"julkaistu {fmt.date(r['published'])}" if r.get("published") else "")
                                                    if x))
                  for r in sorted(store.reports.values(), key=lambda r: r["rank"] or 0)]
    ex = examples(store, index)
    head = ("Kysy luku raporteista tavallisella suomella – vastaan luvulla ja kerron, mistä raportista, taulukosta "
            "ja riviltä se on. Jos kysymys on monitulkintainen, kysyn tarkennusta.")
    return Reply("help", "help", head, items=items, options=[Option(q, q) for q in ex],
                 interpretation=Interpretation(line="Tulkitsin: ohje"))
