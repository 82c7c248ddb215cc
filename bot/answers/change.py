"""A change or a deviation said in words, with the right direction for the kind of row.

The answers call these when they build a :class:`bot.reply.Change` or a deviation note; the
presenters only show the words (they live with the answers, which own what a reply says). Sign conventions (DOMAIN.md): costs are printed negative, income
positive; toimintakate, vuosikate and tilikauden tulos are net figures (up = better). The words
themselves live in ``data/lang/labels.toml`` (``[change.*]``, ``[deviation]``, ``[row_kind]``).

    >>> change_words("cost", -36_537_179, -39_424_611)
    'kasvoivat 2 887 432 € (7,9 %)'
    >>> deviation_words("net", budget=-7_850_400, actual=-7_507_509)
    'alittui 342 891 €'
"""
from __future__ import annotations

from .. import formatting as fmt
from ..reply import Change

ROW_KINDS = ("cost", "income", "net", "other")
LABELS = fmt.LABELS


def row_kind(measure: str | None, section: str | None = None) -> str:
    """The kind of a row by its name and income-statement side: 'cost' | 'income' | 'net' | 'other'.

    'Toimintakate' → net, 'Henkilöstökulut' → cost, 'Maksutuotot' → income; a row under the
    TOIMINTAKULUT heading is a cost whatever its name ('Avustukset')."""
    kinds = LABELS["row_kind"]
    name = (measure or "").strip().lower()
    side = (section or "").strip().lower()
    if name in kinds["net"]:
        return "net"
    if name in kinds["income"] or side in kinds["section_income"]:
        return "income"
    if name in kinds["cost"] or side in kinds["section_cost"]:
        return "cost"
    if name.endswith(tuple(kinds["income_endings"])):
        return "income"
    if name.endswith(tuple(kinds["cost_endings"])):
        return "cost"
    return "other"


def _check_kind(kind: str) -> str:
    if kind not in ROW_KINDS:
        raise ValueError(f"row_kind must be one of {ROW_KINDS}, not {kind!r}")
    return kind


def _amount(diff: float, unit: str) -> str:
    """The size of a change without its sign: '2 887 432 €', '1,5 %-yks.' for a percentage."""
    if unit == "%":
        return f"{fmt.number(abs(diff))} {LABELS['change']['unit']['percentage_point']}"
    return fmt.figure(abs(diff), unit)


def change_words(row_kind_: str, start: float, end: float, unit: str = "EUR") -> str:
    """The change from ``start`` to ``end`` in words: costs 'kasvoivat 2 887 432 € (7,9 %)',
    income 'pienenivät …', net figures 'parani …' / 'heikkeni …', other rows 'kasvoi …'.

    Costs and income are compared by size (a cost printed −39 424 611 is bigger than −36 537 179);
    net and other rows by value (toimintakate −7,5 M€ is better than −7,7 M€). The percentage is of
    the start's size and is left out when the start is zero or the unit is itself a percentage."""
    kind = _check_kind(row_kind_)
    words = LABELS["change"][kind]
    if kind in ("cost", "income"):
        diff = abs(end) - abs(start)
    else:
        diff = end - start
    if round(diff, 2) == 0:
        return words["same"]
    verb = words["up"] if diff > 0 else words["down"]
    text = f"{verb} {_amount(diff, unit)}"
    if start and unit != "%":
        text += f" ({fmt.percent(abs(diff) / abs(start) * 100)})"
    return text


def deviation_words(row_kind_: str, budget: float, actual: float, unit: str = "EUR") -> str:
    """An actual against its budget in words: 'alittui 342 891 €' / 'ylittyi 38 523 €' for costs
    and net figures, 'ylittyi …' / 'jäi alle arvion …' for income.

    Computed from the two figures, not from a printed Poikkeama, so the words do not depend on
    the sign convention of one report's deviation column. A net figure whose budget is positive (a
    unit that budgets a surplus) is read like income."""
    kind = _check_kind(row_kind_)
    words = LABELS["deviation"]
    if kind == "net" and budget >= 0:
        kind = "income"
    if kind in ("cost", "income"):
        diff = abs(actual) - abs(budget)
    elif kind == "net":                     # a net cost (negative): more negative = over budget
        diff = budget - actual
    else:
        diff = actual - budget
    if round(diff, 2) == 0:
        return words["same"]
    if kind == "income":
        verb = words["income_over"] if diff > 0 else words["income_under"]
    else:
        verb = words["over"] if diff > 0 else words["under"]
    return f"{verb} {_amount(diff, unit)}"


def change(kind: str, start: float, end: float, unit: str, start_label: str, end_label: str) -> Change:
    """The change from one figure to another as a :class:`Change` (words, difference, percentage)."""
    grow = abs(end) - abs(start) if kind in ("cost", "income") else end - start
    pct = abs(grow) / abs(start) * 100 if start and unit != "%" else None
    return Change(start_label, end_label, end - start, pct, change_words(kind, start, end, unit))
