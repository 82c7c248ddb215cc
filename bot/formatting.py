"""The one formatter: Finnish numbers, units, dates and periods on Babel (locale fi).

'−7 507 509 €', '95,63 %', '11 245,71 €/lapsi', '9.3.2026', 'toteuma 1–9/2024'. The command line,
Telegram and Teams all print through these functions, so they say the same thing.
"""
from __future__ import annotations

import datetime as dt
import math

from babel.dates import format_date
from babel.numbers import format_decimal, get_minus_sign_symbol

from data.language import load

LOCALE = "fi"
MINUS = get_minus_sign_symbol(LOCALE)          # '−' (U+2212)
PATTERNS = {0: "#,##0", 1: "#,##0.0", 2: "#,##0.00"}
LABELS = load("labels")


def number(value: float | int | None, decimals: int | None = None) -> str:
    """'−7 507 509', '95,63', '6,3': as few decimals as the figure has (at most two) unless given."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    v = float(value)
    if decimals is None:
        r = round(v, 2)
        decimals = 0 if r.is_integer() else (1 if round(r * 10, 6).is_integer() else 2)
    text = format_decimal(abs(v), format=PATTERNS[min(decimals, 2)], locale=LOCALE)
    zero = all(ch in "0,\u00a0 " for ch in text)
    return (MINUS if v < 0 and not zero else "") + text


def unit(code: str | None) -> str:
    """'EUR' → '€', 'EUR/lapsi' → '€/lapsi', '%' → '%'; other units as they are."""
    if not code:
        return ""
    if code in LABELS["unit"]:
        return LABELS["unit"][code]
    if code.startswith("EUR/"):
        return "€/" + code[4:]
    return code


def figure(value: float | int | None, code: str | None, scale: int = 1) -> str:
    """A figure with its unit: '−7 507 509 €', '95,63 %'. A thousands table's figure is in euros
    (the value is stored × 1000); the note about it is the answer's, not the figure's."""
    return f"{number(value)} {unit(code)}".strip()


def signed(value: float, code: str | None) -> str:
    """A difference with an explicit sign: '+2 887 432 €' / '−342 891 €'."""
    text = figure(value, code)
    return ("+" + text) if value > 0 else text


def percent(value: float, decimals: int = 1) -> str:
    return f"{number(value, decimals)} %"


def date(iso: str | None) -> str:
    """'2026-03-09' → '9.3.2026'; anything that is not an ISO date is returned as it is."""
    if not iso:
        return ""
    try:
        d = dt.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return format_date(d, "d.M.yyyy", locale=LOCALE)


def basis(code: str | None) -> str:
    """'realization_pct' → 'toteuma-%'."""
    return LABELS["basis"].get(code or "", code or "")


def basis_heading(code: str | None) -> str:
    return LABELS["basis_heading"].get(code or "", code or "")


def months(year: int | None, months_: int | None) -> str:
    """'1–9/2024' for a to-date figure, '2024' for a full year."""
    if year is None:
        return ""
    if months_ and months_ < 12:
        return f"1–{months_}/{year}"
    return str(year)


def period(code: str | None, year: int | None, months_: int | None) -> str:
    """'toteuma 1–9/2024', 'talousarvio 2025' (a budget, forecast or target is for the year)."""
    b = basis(code)
    if year is None:
        return b
    if code in ("budget", "forecast", "target"):
        return f"{b} {year}"
    return f"{b} {months(year, months_)}".strip()
