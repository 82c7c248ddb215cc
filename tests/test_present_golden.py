"""Golden files: each sample reply (tests/replies.py) as the CLI text, the Telegram HTML and the Teams
card JSON. A change in what people see shows up here as a diff.

Update after an intended change: ``LUKUBOTTI_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q
tests/test_present_golden.py`` — then read the diff (``git diff tests/golden``) before committing.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.presenters.teams import render_card
from bot.presenters.telegram import render_telegram
from bot.presenters.text import render_text
from bot.reply import KINDS
from replies import SAMPLES, sample

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("LUKUBOTTI_UPDATE_GOLDEN") == "1"


def telegram_golden(name: str) -> str:
    msg = render_telegram(sample(name))
    parts = ["\n<!-- next message -->\n".join(msg.chunks)]
    if msg.buttons:
        parts.append("<!-- buttons -->\n" + "\n".join(f"[{b.label}] → {b.question}" for b in msg.buttons))
    if msg.caption:
        parts.append("<!-- chart caption -->\n" + msg.caption)
    return "\n".join(parts) + "\n"


RENDER = {
    "txt": lambda name: render_text(sample(name)) + "\n",
    "html": telegram_golden,
    "json": lambda name: json.dumps(render_card(sample(name)), ensure_ascii=False, indent=1) + "\n",
}


@pytest.mark.parametrize("ext", sorted(RENDER))
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_golden(name: str, ext: str) -> None:
    path = GOLDEN / f"{name}.{ext}"
    got = RENDER[ext](name)
    if UPDATE:
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with LUKUBOTTI_UPDATE_GOLDEN=1"
    assert got == path.read_text(encoding="utf-8"), f"{path.name} changed (LUKUBOTTI_UPDATE_GOLDEN=1 to accept)"


def test_every_kind_has_a_sample() -> None:
    kinds = {sample(name).kind for name in SAMPLES}
    assert kinds == set(KINDS)
