"""bot/presenters/chart.py: charts that do not mislead, legible at phone width (330 px)."""
from __future__ import annotations

import io
import subprocess
import sys

import pytest
from PIL import Image

from bot.presenters.chart import (_mpl, alt_text, axis_scale, build_figure, layout_problems, render_png,
                                  texts)
from bot.reply import Chart, Point, Series
from replies import sample

PNG = b"\x89PNG\r\n\x1a\n"


def many_years() -> Chart:
    pts = tuple(Point(f"1–9/{y}" if y == 2014 else str(y), -7_000_000 - 90_000 * (y % 5), partial=y == 2014)
                for y in range(2014, 2026))
    return Chart("line", "Varhaiskasvatus ja Opetus ja koulutus: toimintakate 2014–2025", "EUR",
                 (Series("Varhaiskasvatus", pts),
                  Series("Opetus ja koulutus", tuple(Point(p.x, p.y * 2.2, p.partial) for p in pts))))


def long_bars() -> Chart:
    names = ["Palvelualuejohtajan vastuualue (Hyvinvointipalvelut)", "Opetus ja koulutus", "Varhaiskasvatus",
             "Virikkeellinen elämä", "Hyvinvoinnin ja työllisyyden edistäminen"]
    return Chart("bar", "Toimintakate 2025: vastuualueet", "EUR",
                 (Series("Toteuma 2025", tuple(Point(n, -1_000_000 * (i + 1)) for i, n in enumerate(names))),))


CHARTS = {"series": lambda: sample("series").chart, "comparison": lambda: sample("comparison").chart,
          "many_years": many_years, "long_bars": long_bars}


@pytest.mark.parametrize("name", sorted(CHARTS))
@pytest.mark.parametrize("width", [330, 400])
def test_no_overlap_and_nothing_under_9_px(name, width):
    fig = build_figure(CHARTS[name](), width=width, scale=1)
    try:
        assert layout_problems(fig) == []
        assert fig.canvas.get_width_height()[0] == width
    finally:
        _mpl().close(fig)


def test_the_check_finds_overlaps_and_small_text():
    fig = build_figure(sample("series").chart, width=330, scale=1)
    try:
        ax = fig.axes[0]
        ax.text(0.5, 0.5, "päällekkäin", transform=ax.transAxes, fontsize=30)
        ax.text(0.5, 0.5, "pieni", transform=ax.transAxes, fontsize=6)
        problems = layout_problems(fig)
        assert any(p.startswith("overlap:") for p in problems) and any(p.startswith("small:") for p in problems)
    finally:
        _mpl().close(fig)


def test_partial_point_drawn_apart_and_one_scale():
    chart = sample("series").chart
    fig = build_figure(chart, width=330, scale=1)
    try:
        ax = fig.axes[0]
        hollow = [ln for ln in ax.get_lines() if ln.get_marker() == "o" and ln.get_markerfacecolor() == "white"]
        assert len(hollow) == 1 and hollow[0].get_xdata()[0] == 0            # the 1–9/2022 point
        dashed = [ln for ln in ax.get_lines() if ln.get_linestyle() not in ("-", "None")]
        assert len(dashed) == 1 and list(dashed[0].get_xdata()) == [0, 1]
        shown = [t.get_text() for t in texts(fig)]
        assert "1–9/2022" in shown and "t€" in shown                          # its own label; the unit said
        assert "−5\u00a0492" in shown and "−7\u00a0508" in shown              # point labels in t€ like the axis
        assert any("osavuoden luku (1–9/2022)" in s for s in shown)
        assert any("2022–2025" in s for s in shown)                           # the title carries the years
    finally:
        _mpl().close(fig)
    assert axis_scale(Chart("bar", "t", "EUR", (Series("s", (Point("a", 12_247),)),))) == (1.0, "€")
    assert axis_scale(Chart("bar", "t", "EUR/lapsi", (Series("s", (Point("a", 12_247),)),))) == (1.0, "€/lapsi")


def test_png_sizes_and_alt_text():
    png = render_png(sample("series").chart)
    assert png[:8] == PNG
    with Image.open(io.BytesIO(png)) as im:
        assert im.width == 660                                                # 330 CSS px at scale 2
    alt = alt_text(sample("series").chart)
    assert alt.startswith("Viivakaavio: Varhaiskasvatus: toimintakate 2022–2025.")
    for value in ("1–9/2022 −5\u00a0491\u00a0996 € (osavuoden luku)", "2023 −7\u00a0895\u00a0640 €",
                  "2025 −7\u00a0507\u00a0509 €"):
        assert value in alt


def test_odd_charts_still_render():
    for chart in (Chart("line", "", "kpl", ()), Chart("bar", "x", "%", (Series("", (Point("a", 0.0),)),)),
                  Chart("line", "y" * 300, "EUR", (Series("s", (Point("2024", 1.0, True),)),), caption="c" * 900)):
        assert render_png(chart, width=330, scale=1)[:8] == PNG


def test_importing_the_presenters_does_not_import_matplotlib():
    code = ("import sys, bot.presenters.text, bot.presenters.telegram, bot.presenters.teams, "
            "bot.presenters.chart; sys.exit(1 if 'matplotlib' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
