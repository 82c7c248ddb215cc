"""The docs show what the code does: docs/answers.md is the engine's output as it is today, and the
Telegram example in docs/telegram.md is the presenter's HTML for the engine's reply."""
from __future__ import annotations

import importlib.util
import re

from bot.presenters.telegram import render_telegram
from conftest import ROOT


def _render_module():
    spec = importlib.util.spec_from_file_location("render", ROOT / "bench" / "render.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_answers_page_is_the_engines_output(db_path):
    page = (ROOT / "docs" / "answers.md").read_text(encoding="utf-8")
    assert _render_module().docs(db_path) == page, \
        "docs/answers.md is stale: .venv/bin/python bench/render.py --docs docs/answers.md --db DB"


def test_telegram_example_is_the_presenters_html(engine):
    doc = (ROOT / "docs" / "telegram.md").read_text(encoding="utf-8")
    shown = re.search(r"```html\n(.*?)\n```", doc, re.S).group(1)
    html = render_telegram(engine.ask("varhaiskasvatuksen toimintakate 2025")).chunks[0]
    assert shown == html.replace("\u00a0", " ")
