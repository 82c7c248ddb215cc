"""bot/chart.py: Finnish number format and PNG rendering."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from bot.chart import MINUS, format_number, render_chart, unit_suffix

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
NB = "\u00a0"


def test_format_number_finnish():
    assert format_number(-7507509) == f"{MINUS}7{NB}507{NB}509"
    assert format_number(-7507509.0, unit="EUR") == f"{MINUS}7{NB}507{NB}509{NB}€"
    assert format_number(1234.5) == f"1{NB}234,5"
    assert format_number(96.08, unit="%") == f"96,08{NB}%"
    assert format_number(0.25, 2) == "0,25"
    assert format_number(999) == "999"
    assert format_number(0) == "0"
    assert format_number(-0.0001, 0) == "0"  # no "−0"
    assert format_number(None) == "–"
    assert format_number(float("nan")) == "–"
    assert format_number(1234567, thousands=" ") == "1 234 567"
    assert unit_suffix("EUR") == "€" and unit_suffix(None) == ""


def _series_chart(kind="line", n_series=1):
    return {
        "type": kind, "title": "Varhaiskasvatus · toimintakate", "unit": "EUR",
        "series": [{"name": f"sarja {k}", "points": [{"x": str(y), "y": -7_500_000.0 - 100_000 * (y - 2021) - k}
                                                      for y in range(2021, 2026)]} for k in range(n_series)],
        "caption": "Lähde: Tilinpäätös 2025 – Hyvinvointipalvelut (9.3.2026), rivi 346",
    }


@pytest.mark.parametrize("kind,n", [("line", 1), ("line", 2), ("bar", 1), ("bar", 3)])
def test_render_chart_png(kind, n):
    png = render_chart(_series_chart(kind, n))
    assert png[:8] == PNG_MAGIC
    from PIL import Image

    img = Image.open(io.BytesIO(png))
    assert img.width >= 600 and img.height >= 300


def test_render_chart_tolerates_odd_input():
    for chart in ({}, {"series": []}, {"type": "bar", "series": [{"name": "x", "points": [{"x": "a", "y": None}]}]},
                  {"type": "line", "unit": "kpl", "series": [{"points": [{"x": 2024, "y": "12"}]}], "caption": "x" * 900}):
        assert render_chart(chart)[:8] == PNG_MAGIC


def test_import_is_lazy():
    """Importing bot.chart must not import matplotlib (keeps the CLI fast)."""
    code = "import sys, bot.chart; sys.exit(1 if 'matplotlib' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
