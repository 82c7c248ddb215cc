"""A change between two figures in words, with the right direction for the kind of row.

Costs are negative and income positive in the reports; toimintakate, vuosikate and tilikauden tulos
are net figures where up is better (DOMAIN.md). 'Toimintakulut kasvoivat 2 887 432 € (7,9 %)',
'Toimintakate heikkeni 1 200 000 € (5,1 %)'. The verbs are data (data/lang/labels.toml).
"""
from __future__ import annotations

from data.language import load

from .. import formatting as fmt
from ..reply import Change

LABELS = load("labels")


def row_kind(measure_key: str | None, section: str | None, unit: str | None = "EUR") -> str:
    """cost | income | net | other."""
    rows = LABELS["rows"]
    if unit != "EUR" or not measure_key:
        return "other"
    if measure_key in rows["net"]:
        return "net"
    if measure_key in rows["cost"] or section == "toimintakulut":
        return "cost"
    if measure_key in rows["income"] or section == "toimintatuotot":
        return "income"
    return "other"


def change(kind: str, start: float, end: float, unit: str, start_label: str, end_label: str) -> Change:
    """The change from `start` to `end` in words."""
    diff = end - start
    if kind in ("cost", "income"):
        grow = abs(end) - abs(start)
    else:
        grow = diff
    words = LABELS["change"][kind]
    verb = words["up"] if grow > 0 else words["down"] if grow < 0 else words["same"]
    pct = abs(grow) / abs(start) * 100 if start else None
    amount = "" if grow == 0 else " " + fmt.figure(abs(grow), unit) + (f" ({fmt.percent(pct)})" if pct is not None else "")
    return Change(start_label, end_label, diff, pct, f"{verb}{amount}")


def deviation_words(value: float, section: str | None, measure_key: str | None, unit: str) -> str:
    """A printed deviation (budget − actual) in words: costs or net costs under budget 'alittui',
    over it 'ylittyi'; income over its estimate 'ylittyi', under it 'jäi alle arvion'."""
    dev = LABELS["deviation"]
    kind = row_kind(measure_key, section, unit)
    amount = fmt.figure(abs(value), unit)
    if kind == "income":
        return f"{dev['income_over'] if value < 0 else dev['income_under']} {amount}"
    return f"{dev['under'] if value < 0 else dev['over']} {amount}" if value else "toteutui talousarvion mukaisena"
