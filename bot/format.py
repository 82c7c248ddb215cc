"""Finnish number style: '−7 507 509 €', '95,63 %', '11 245,71 €/lapsi'."""
from __future__ import annotations

MINUS = "\u2212"
NBSP = "\u00a0"
BASIS_FI = {
    "actual": "toteuma", "budget": "talousarvio", "deviation": "poikkeama", "remaining": "jäljellä",
    "realization_pct": "toteuma-%", "forecast": "ennuste", "target": "tavoite",
}
UNIT_FI = {"EUR": "€", "%": "%"}


def number(value: float, decimals: int | None = None) -> str:
    if decimals is None:   # as few decimals as the figure has, at most two: 11,5 · 95,63 · 1 253
        v = round(float(value), 2)
        decimals = 0 if v.is_integer() else (1 if round(v * 10, 6).is_integer() else 2)
    text = f"{abs(value):,.{decimals}f}".replace(",", " ").replace(".", ",")
    return (MINUS if value < 0 else "") + text


def unit(u: str | None) -> str:
    if not u:
        return ""
    if u in UNIT_FI:
        return UNIT_FI[u]
    if u.startswith("EUR/"):
        return "€/" + u[4:]
    return u


def figure(value: float, u: str | None, scale: int = 1) -> str:
    dec = None
    if u == "%":
        dec = 2 if not float(value).is_integer() else 0
    text = f"{number(value, dec)} {unit(u)}".strip()
    if scale == 1000:
        text += " (taulukossa tuhansina euroina)"
    return text


def period(basis: str | None, year: int | None, months: int | None) -> str:
    b = BASIS_FI.get(basis or "", basis or "")
    if year is None:
        return b
    if basis in ("budget", "forecast", "target"):
        return f"{b} {year}"
    if months and months < 12:
        return f"{b} 1–{months}/{year}"
    return f"{b} {year}"
