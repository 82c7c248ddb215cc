"""PNG charts of a series or a comparison that do not mislead, and their alt text.

* A to-date figure inside a yearly series (``Point.partial``) is drawn apart: a hollow marker, a
  dashed segment to its neighbours, its own x label ('1–9/2022') in italics and a footnote saying
  what the hollow marker means.
* The title carries the years (``Chart.title`` is set so by the answers; it is wrapped, never cut).
* ONE scale for the axis and the point labels: both in euros, or both in thousands with 't€' said
  above the axis.
* X labels never overlap: wrapped at words, then turned, then thinned (first and last kept); point
  labels that would overlap anything are left out (the table beside the chart has every figure).
* Legible on a phone: sizes are in CSS pixels of the given ``width`` (default 330 px, drawn at
  ``scale`` 2 for sharpness); no text is under 9 px. :func:`layout_problems` checks overlaps and
  sizes with matplotlib's own text extents, for the tests and for the renderer's fitting.

matplotlib is imported lazily (:func:`_mpl`): importing it costs about 1 s (1.0–1.2 s measured here)
on every question, and the CLI never draws a chart.
"""
from __future__ import annotations

import io
import textwrap
import threading
from typing import Any

from bot import formatting as fmt
from bot.reply import Chart, Point

WIDTH = 330                 # CSS px: Telegram and Teams show a chart about this wide on a phone
SCALE = 2.0                 # device pixels per CSS px
MIN_PX = 9                  # smallest text, in CSS px
SIZES = {"title": 14, "tick": 12, "label": 11, "unit": 11, "note": 10, "legend": 11}
COLORS = ("#1f5fa8", "#d9822b", "#3a9a5b", "#8c4fb0", "#c23b3b", "#6b6b6b")
EURO_THOUSANDS_FROM = 100_000
_LOCK = threading.Lock()    # pyplot's state is not thread-safe; the bots render from worker threads
WORDS = fmt.LABELS["present"]


def _mpl() -> Any:
    """matplotlib.pyplot with the Agg backend, imported on first use (see the module docstring)."""
    import matplotlib  # noqa: PLC0415 - lazy on purpose: the CLI must not pay for matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    return plt


def _pil_image() -> Any:
    """PIL.Image, which matplotlib brings and needs; loaded with it, lazily, for the same reason."""
    _mpl()
    return __import__("PIL.Image", fromlist=["Image"])


# --- words -------------------------------------------------------------------------------

def xs_of(chart: Chart) -> list[str]:
    """The x values of all series in first-seen order."""
    out: list[str] = []
    for s in chart.series:
        out += [p.x for p in s.points if p.x not in out]
    return out


def alt_text(chart: Chart) -> str:
    """'Viivakaavio: Varhaiskasvatus: toimintakate 2022–2025. Varhaiskasvatus: 1–9/2022 −5 491 996 €
    (osavuoden luku), 2023 −7 895 640 €, …' — every value, in the formatter's Finnish."""
    kind = WORDS["bar_chart"] if chart.type == "bar" else WORDS["line_chart"]
    parts = [f"{kind}: {chart.title}." if chart.title else f"{kind}."]
    for s in chart.series:
        values = ", ".join(f"{p.x} {fmt.figure(p.y, chart.unit)}" + (f" ({WORDS['to_date']})" if p.partial else "")
                           for p in s.points)
        parts.append(f"{s.name}: {values}." if s.name else f"{values}.")
    return " ".join(parts)


def axis_scale(chart: Chart) -> tuple[float, str]:
    """(divisor, unit label) shared by the axis and the point labels: (1000, 't€') for big euro
    figures, (1, '€') or (1, the unit) otherwise."""
    biggest = max((abs(p.y) for s in chart.series for p in s.points), default=0.0)
    if chart.unit == "EUR" and biggest >= EURO_THOUSANDS_FROM:
        return 1000.0, WORDS["thousands"]
    return 1.0, fmt.unit(chart.unit)


def value_label(y: float, divisor: float) -> str:
    return fmt.number(y / divisor, 0 if divisor > 1 else None)


def partial_note(chart: Chart) -> str:
    """'○ = osavuoden luku (1–9/2022), ei koko vuosi' when the chart has a to-date point."""
    xs = [p.x for s in chart.series for p in s.points if p.partial]
    return f"○ = {WORDS['to_date']} ({', '.join(dict.fromkeys(xs))}), ei koko vuosi" if xs else ""


def wrap(text: str, width_px: float, size: float) -> str:
    """Text wrapped at words to lines that fit ``width_px`` at font ``size`` (px)."""
    chars = max(int(width_px / (size * 0.56)), 8)
    return "\n".join(textwrap.wrap(text, chars, break_long_words=False)) or text


# --- drawing -------------------------------------------------------------------------------

def render_png(chart: Chart, width: int = WIDTH, scale: float = SCALE) -> bytes:
    """The chart as PNG bytes, ``width`` CSS px wide (``width * scale`` device pixels)."""
    plt = _mpl()
    with _LOCK:
        fig = build_figure(chart, width, scale)
        try:
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=fig.dpi)
            return buf.getvalue()
        finally:
            plt.close(fig)


def card_png(chart: Chart, limit: int = 13_000) -> bytes:
    """A PNG small enough to travel inside a Teams card (a data: URI, the message ≤ ~28 KB):
    drawn at a lower scale and reduced to a small palette until it fits ``limit`` bytes."""
    image = _pil_image()
    png = b""
    for scale in (1.5, 1.25, 1.0):
        with image.open(io.BytesIO(render_png(chart, WIDTH, scale))) as im:
            out = io.BytesIO()
            im.convert("RGB").quantize(colors=24).save(out, format="PNG", optimize=True)
        png = out.getvalue()
        if len(png) <= limit:
            break
    return png


def build_figure(chart: Chart, width: int = WIDTH, scale: float = SCALE) -> Any:
    """The matplotlib figure of the chart, laid out and fitted (no overlaps, nothing under 9 px).
    The caller closes it (``plt.close(fig)``)."""
    plt = _mpl()
    dpi = 72.0 * scale                        # 1 pt = 1 CSS px
    height = max(width * 0.7, 240)
    fig = plt.figure(figsize=(width / 72.0, height / 72.0), dpi=dpi, layout="constrained")
    ax = fig.add_subplot()
    divisor, unit_label = axis_scale(chart)
    xs = xs_of(chart)
    horizontal = chart.type == "bar" and lying(chart, xs, width)
    if horizontal:
        lines = max(wrap(x, width * 0.4, SIZES["tick"]).count("\n") + 1 for x in xs)
        per_bar = max(34, lines * SIZES["tick"] * 1.3 + 10) * max(len(chart.series), 1)
        fig.set_size_inches(width / 72.0, max(height, 110 + per_bar * len(xs)) / 72.0)
        labels = draw_bars(ax, chart, xs, divisor, horizontal=True)
    elif chart.type == "bar":
        labels = draw_bars(ax, chart, xs, divisor)
    else:
        labels = draw_lines(ax, chart, xs, divisor)
    style_axes(fig, ax, chart, xs, unit_label, width, horizontal)
    fit(fig, ax, labels)
    return fig


def lying(chart: Chart, xs: list[str], width: int) -> bool:
    """Bars lie down when their names would not fit side by side in two short lines: a name is
    never thinned away or turned unreadable."""
    room = width * 0.8 / max(len(xs), 1)
    return any(wrap(x, room, SIZES["tick"]).count("\n") > 1 for x in xs)


def draw_lines(ax: Any, chart: Chart, xs: list[str], divisor: float) -> list[Any]:
    """Each series as a line: solid between full-year points, dashed to a to-date point, whose
    marker is hollow. Returns the point labels (annotations)."""
    index = {x: i for i, x in enumerate(xs)}
    labels = []
    for k, s in enumerate(chart.series):
        color = COLORS[k % len(COLORS)]
        pts = [(index[p.x], p.y / divisor, p) for p in s.points]
        for (i0, y0, p0), (i1, y1, p1) in zip(pts, pts[1:]):
            dashed = p0.partial or p1.partial
            ax.plot([i0, i1], [y0, y1], color=color, linewidth=2.2, linestyle=(0, (4, 3)) if dashed else "-",
                    alpha=0.75 if dashed else 1.0, zorder=2)
        legend_at = next((p for _, _, p in pts if not p.partial), None)
        for i, y, p in pts:
            ax.plot([i], [y], marker="o", markersize=7, color=color, markeredgewidth=2,
                    markerfacecolor="white" if p.partial else color, zorder=3,
                    label=s.name if p is legend_at else None)
        if len(chart.series) <= 2 and len(pts) <= 8:
            labels += point_labels(ax, pts, color, divisor, k)
    return labels


def point_labels(ax: Any, pts: list[tuple], color: str, divisor: float, series_no: int) -> list[Any]:
    """A value label above a point that is not below both neighbours, under it otherwise; the
    second series' labels go the other way first."""
    out = []
    for n, (i, y, p) in enumerate(pts):
        neighbours = [q[1] for q in pts[max(n - 1, 0):n + 2] if q[2] is not p]
        above = not neighbours or y >= min(neighbours)
        if series_no == 1:
            above = not above
        out.append(ax.annotate(value_label(p.y, divisor), (i, y), xytext=(0, 9 if above else -9),
                               textcoords="offset points", ha="center", va="bottom" if above else "top",
                               fontsize=SIZES["label"], color=color, style="italic" if p.partial else "normal",
                               annotation_clip=False))
    return out


def draw_bars(ax: Any, chart: Chart, xs: list[str], divisor: float, horizontal: bool = False) -> list[Any]:
    """Grouped bars (lying down when ``horizontal``, the first at the top), a to-date bar hatched
    and lighter; value labels at the bars' ends."""
    index = {x: (len(xs) - 1 - i if horizontal else i) for i, x in enumerate(xs)}
    draw = ax.barh if horizontal else ax.bar
    n = max(len(chart.series), 1)
    width = 0.8 / n
    labels = []
    for k, s in enumerate(chart.series):
        color = COLORS[k % len(COLORS)]
        offset = (k - (n - 1) / 2) * width
        for p in s.points:
            bar = draw(index[p.x] + offset, p.y / divisor, width * 0.92, color=color,
                         alpha=0.45 if p.partial else 1.0, hatch="//" if p.partial else None,
                         edgecolor=color, label=s.name if p is s.points[0] else None, zorder=2)
            if len(xs) * n <= 12:
                labels += ax.bar_label(bar, labels=[value_label(p.y, divisor)], padding=3,
                                       fontsize=SIZES["label"], color="#222222")
    (ax.axvline if horizontal else ax.axhline)(0, color="#888888", linewidth=0.8, zorder=1)
    return labels


def style_axes(fig: Any, ax: Any, chart: Chart, xs: list[str], unit_label: str, width: int,
               horizontal: bool = False) -> None:
    """Title (wrapped), the unit at the value axis, Finnish tick numbers, category labels, footnote."""
    fig.suptitle(wrap(chart.title, width * 0.9, SIZES["title"] * 1.12), fontsize=SIZES["title"], x=0.02,
                 ha="left", fontweight="bold")
    cats, values = (ax.yaxis, ax.xaxis) if horizontal else (ax.xaxis, ax.yaxis)
    cats.set_ticks(range(len(xs)))
    room = width * (0.4 if horizontal else 0.8 / max(len(xs), 1))
    names = [wrap(x, room, SIZES["tick"]) if chart.type == "bar" else x for x in xs]
    cats.set_ticklabels(names[::-1] if horizontal else names, fontsize=SIZES["tick"])
    partial = {p.x for s in chart.series for p in s.points if p.partial}
    for tick, x in zip(cats.get_ticklabels(), xs[::-1] if horizontal else xs):
        if x in partial:
            tick.set_style("italic")
    ax.tick_params(axis="x" if horizontal else "y", labelsize=SIZES["tick"])
    values.set_major_formatter(lambda v, _pos: fmt.number(v, 0 if abs(v) >= 10 else None))
    if horizontal:
        ax.set_xlabel(unit_label, fontsize=SIZES["unit"], loc="left", color="#444444")
    else:
        ax.set_ylabel(unit_label, fontsize=SIZES["unit"], rotation=0, y=1.0, ha="right", va="bottom",
                      color="#444444")
    ax.grid(axis="x" if horizontal else "y", alpha=0.3, zorder=0)
    ax.spines[["top", "right"]].set_visible(False)
    ax.margins(x=0.32 if horizontal else 0.12, y=0.08 if horizontal else 0.2)
    if len(chart.series) > 1:
        ax.legend(fontsize=SIZES["legend"], frameon=False)
    note = " · ".join(t for t in (partial_note(chart), chart.caption) if t)
    if note:
        fig.supxlabel(wrap(note, width * 0.95, SIZES["note"]), fontsize=SIZES["note"], x=0.02, ha="left",
                      color="#444444")


# --- fitting and checking ------------------------------------------------------------------

def _undrawn_ticks(fig: Any) -> set[int]:
    """Tick labels matplotlib keeps but does not draw (their tick is outside the axis' range)."""
    out = set()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            eps = (hi - lo) * 1e-9
            out |= {id(t.label1) for t in axis.get_major_ticks() if not lo - eps <= t.get_loc() <= hi + eps}
    return out


def texts(fig: Any) -> list[Any]:
    """Every drawn, non-empty text of the figure (titles, ticks, labels, legend, notes)."""
    hidden = _undrawn_ticks(fig)
    return [t for t in fig.findobj(match=lambda a: hasattr(a, "get_text") and hasattr(a, "get_fontsize"))
            if t.get_visible() and t.get_text().strip() and id(t) not in hidden]


def _boxes(fig: Any, items: list[Any]) -> list[Any]:
    renderer = fig.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in items]


def overlapping(fig: Any, items: list[Any]) -> list[tuple[Any, Any]]:
    """Pairs of texts whose extents overlap by more than a pixel."""
    boxes = _boxes(fig, items)
    pairs = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = boxes[i], boxes[j]
            if min(a.x1, b.x1) - max(a.x0, b.x0) > 1 and min(a.y1, b.y1) - max(a.y0, b.y0) > 1:
                pairs.append((items[i], items[j]))
    return pairs


def layout_problems(fig: Any, min_px: float = MIN_PX) -> list[str]:
    """What a reader would stumble on: overlapping texts, texts under ``min_px`` CSS px, texts
    outside the image. Empty when the chart is fine."""
    fig.canvas.draw()
    found = texts(fig)
    problems = [f"overlap: {a.get_text()!r} / {b.get_text()!r}" for a, b in overlapping(fig, found)]
    # the figure is drawn at 72 × scale dpi, so a font size in points is its size in CSS pixels
    problems += [f"small: {t.get_text()!r} {t.get_fontsize():.1f} px" for t in found if t.get_fontsize() < min_px]
    width, height = fig.canvas.get_width_height()
    for t, box in zip(found, _boxes(fig, found)):
        if box.x0 < -1 or box.y0 < -1 or box.x1 > width + 1 or box.y1 > height + 1:
            problems.append(f"outside: {t.get_text()!r}")
    return problems


def fit(fig: Any, ax: Any, labels: list[Any]) -> None:
    """X labels that overlap are turned, then thinned; point labels that overlap anything are
    hidden, later ones first."""
    fig.canvas.draw()
    ticks = [t for t in ax.get_xticklabels() if t.get_text()]
    if overlapping(fig, ticks):
        for t in ticks:
            t.set_rotation(35)
            t.set_ha("right")
            t.set_rotation_mode("anchor")
        fig.canvas.draw()
    step = 2
    while overlapping(fig, [t for t in ticks if t.get_visible()]) and step < len(ticks):
        for n, t in enumerate(ticks):
            t.set_visible(n % step == 0 or n == len(ticks) - 1)
        step += 1
        fig.canvas.draw()
    others = [t for t in texts(fig) if t not in labels]
    for label in labels:
        if overlapping(fig, [label] + others):
            label.set_visible(False)
        else:
            others.append(label)
