"""PNG charts for series and comparisons (shared by the Telegram and Teams front ends).

``render_chart(chart) -> bytes`` takes the ``chart`` dict of an engine reply::

    {"type": "line"|"bar", "title": "...", "unit": "EUR",
     "series": [{"name": "...", "points": [{"x": "2023", "y": -7895640.0}, ...]}],
     "caption": "Lähde: ..."}

and returns PNG bytes. Finnish number format throughout: space as the thousands
separator, decimal comma and a real minus sign ("−7 507 509 €").

matplotlib is imported lazily (and with the Agg backend) so that importing this
module does not slow down the command line.
"""

from __future__ import annotations

import io
import math
import threading
from typing import Any

MINUS = "\u2212"  # "−"
THOUSANDS = "\u00a0"  # no-break space: keeps "7 507 509" on one line in labels

_UNIT_SUFFIX = {
    "EUR": "€",
    "€": "€",
    "PERCENT": "%",
    "%": "%",
    "pct": "%",
}

# matplotlib's pyplot state is not thread-safe; the bots may render from worker threads.
_LOCK = threading.Lock()


def unit_suffix(unit: str | None) -> str:
    """Display suffix for an engine unit code ("EUR" → "€"); unknown units shown as is."""
    if not unit:
        return ""
    return _UNIT_SUFFIX.get(unit, _UNIT_SUFFIX.get(str(unit).upper(), str(unit)))


def format_number(value: float | int | None, decimals: int | None = None, unit: str | None = None,
                  thousands: str = THOUSANDS) -> str:
    """Finnish number format: ``-7507509.0`` → ``"−7 507 509"`` (+ " €" for unit EUR).

    ``decimals=None`` shows decimals only when the value is not whole (max 2).
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    v = float(value)
    if decimals is None:
        decimals = 0 if abs(v - round(v)) < 1e-9 else 2
    text = _swap_separators(abs(v), decimals, thousands)
    if v < 0 and any(ch not in "0," + thousands for ch in text):
        text = MINUS + text
    suffix = unit_suffix(unit)
    if suffix:
        text = f"{text}{THOUSANDS}{suffix}"
    return text


def _swap_separators(v: float, decimals: int, thousands: str) -> str:
    raw = f"{v:,.{decimals}f}"  # "7,507,509.25"
    if "." in raw:
        whole, frac = raw.split(".")
    else:
        whole, frac = raw, ""
    whole = whole.replace(",", thousands)
    if frac:
        frac = frac.rstrip("0") if decimals > 0 else frac
    return whole + ("," + frac if frac else "")


def _axis_scale(max_abs: float, unit: str | None) -> tuple[float, str]:
    """Divide big euro values to keep tick labels short: (divisor, unit label)."""
    suffix = unit_suffix(unit)
    if suffix == "€":
        if max_abs >= 10_000_000:
            return 1_000_000.0, "milj. €"
        if max_abs >= 10_000:
            return 1_000.0, "1 000 €"
    return 1.0, suffix


def _to_float(y: Any) -> float | None:
    try:
        f = float(y)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def render_chart(chart: dict, *, width: float = 8.0, height: float = 4.8, dpi: int = 110) -> bytes:
    """Render an engine ``chart`` dict to PNG bytes (line or grouped bar chart)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    chart = chart or {}
    kind = chart.get("type") or "line"
    unit = chart.get("unit")
    series = [s for s in (chart.get("series") or []) if isinstance(s, dict)]

    # x categories in first-seen order across all series
    xs: list[str] = []
    for s in series:
        for p in s.get("points") or []:
            x = str(p.get("x"))
            if x not in xs:
                xs.append(x)
    values = [_to_float(p.get("y")) for s in series for p in (s.get("points") or [])]
    max_abs = max((abs(v) for v in values if v is not None), default=0.0)
    divisor, axis_unit = _axis_scale(max_abs, unit)

    def fmt_tick(v: float, _pos: Any = None) -> str:
        scaled = v
        decimals = 0 if abs(scaled - round(scaled)) < 1e-9 else (1 if divisor > 1 else 2)
        return format_number(scaled, decimals)

    with _LOCK:
        fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
        try:
            idx = {x: i for i, x in enumerate(xs)}
            n = max(len(series), 1)
            if kind == "bar":
                bw = 0.8 / n
                for k, s in enumerate(series):
                    pts = [(idx[str(p.get("x"))], _to_float(p.get("y"))) for p in (s.get("points") or [])]
                    pts = [(i, y) for i, y in pts if y is not None]
                    offs = (k - (n - 1) / 2) * bw
                    bars = ax.bar([i + offs for i, _ in pts], [y / divisor for _, y in pts], width=bw,
                                  label=str(s.get("name") or ""))
                    if len(xs) * n <= 12:
                        ax.bar_label(bars, labels=[format_number(y, unit=unit) for _, y in pts],
                                     fontsize=7, padding=2)
            else:
                for s in series:
                    pts = [(idx[str(p.get("x"))], _to_float(p.get("y"))) for p in (s.get("points") or [])]
                    pts = [(i, y) for i, y in pts if y is not None]
                    line, = ax.plot([i for i, _ in pts], [y / divisor for _, y in pts], marker="o",
                                    label=str(s.get("name") or ""))
                    if len(pts) <= 8:
                        for i, y in pts:
                            ax.annotate(format_number(y, unit=unit), (i, y / divisor),
                                        textcoords="offset points", xytext=(0, 7), ha="center",
                                        fontsize=7, color=line.get_color())
            ax.set_xticks(range(len(xs)))
            ax.set_xticklabels(xs)
            ax.yaxis.set_major_formatter(FuncFormatter(fmt_tick))
            ax.axhline(0, color="#888888", linewidth=0.6)
            ax.grid(axis="y", alpha=0.3)
            if axis_unit:
                ax.set_ylabel(axis_unit)
            ax.margins(y=0.15)
            title = str(chart.get("title") or "")
            if title:
                ax.set_title(title, fontsize=11, wrap=True)
            if len(series) > 1 or (series and kind == "bar" and len(series) > 1):
                ax.legend(fontsize=8)
            caption = str(chart.get("caption") or "")
            if caption:
                if len(caption) > 300:
                    caption = caption[:297] + "…"
                fig.text(0.01, 0.01, caption, fontsize=7, color="#444444", ha="left", va="bottom",
                         wrap=True)
                fig.tight_layout(rect=(0, 0.07, 1, 1))
            else:
                fig.tight_layout()
            buf = io.BytesIO()
            fig.savefig(buf, format="png")
            return buf.getvalue()
        finally:
            plt.close(fig)
