"""The answer engine on the real store: operations, defaults, follow-ups, clarify, not_found, hostile input."""
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_single_figure_with_source(engine):
    r = engine.ask("varhaiskasvatuksen toimintakate 2025")
    assert r["status"] == "answer"
    a = r["answers"][0]
    assert a["value"] == -7507509 and a["source"]["report"] == "heinola-tp2025-hyvinvointipalvelut.txt"
    assert a["source"]["line"] == 346 and "-7 507 509" in a["source"]["quote"]
    assert r["interpretation"]["line"].startswith("Tulkitsin: Varhaiskasvatus")
    assert "−7 507 509 €" in r["text"]


def test_no_full_year_actual_gives_latest_to_date_and_budget(engine):
    r = engine.ask("vire toimintakate 2025")
    assert r["status"] == "answer"
    assert r["answers"][0]["value"] == -1090030 and r["answers"][0]["months"] == 3
    assert any(a["basis"] == "budget" for a in r["answers"][1:])


def test_thousands_said_as_such(engine):
    r = engine.ask("hyte toimintakate tp 2021")
    assert r["answers"][0]["value"] == -819000 and "tuhansina" in r["text"]


def test_follow_up_changes_one_slot(engine):
    conv = engine.conversations.get("test-follow")
    assert engine.ask("varhaiskasvatuksen toimintakate 2025", conv)["answers"][0]["value"] == -7507509
    r = engine.ask("entä 2024?", conv)
    assert r["status"] == "answer" and r["answers"][0]["value"] == -7738516


def test_clarify_and_not_found(engine):
    r = engine.ask("toimintakate 2024")
    assert r["status"] == "clarify" and 2 <= len(r["options"]) <= 6
    assert any("Hyvinvointipalvelut" in o["label"] for o in r["options"])
    r = engine.ask("hyvinvointipalvelujen talousarvio 2026")
    assert r["status"] == "not_found" and not r["answers"]
    r = engine.ask("€/opiskelija 2025")
    assert r["status"] == "clarify"


def test_series_has_chart(engine):
    r = engine.ask("varhaiskasvatuksen toimintakate 2021–2025")
    assert r["status"] == "answer" and r["chart"]["series"][0]["points"]
    assert len(r["answers"]) >= 3


def test_kpi_and_project(engine):
    assert engine.ask("Paljonko varhaiskasvatus maksoi asukasta kohden vuonna 2025?")["answers"][0]["value"] == 426
    assert engine.ask("tilinpäätös 2025 hankkeet yhteensä kokonaisrahoitus")["answers"][0]["value"] == 744771


@pytest.mark.parametrize("text", ["", "   ", "x" * 10000, "😀😀😀", "'; DROP TABLE facts; --", "\x00\x07\x1b[31m",
                                  "Hur mycket kostade dagvården 2025?", "What was the operating margin in 2025?", None, 12345])
def test_hostile_input_gets_a_clear_reply_fast(engine, text):
    t0 = time.perf_counter()
    r = engine.ask(text)
    assert time.perf_counter() - t0 < 0.1
    assert r["status"] in ("not_found", "clarify") and r["text"]
    assert not r["answers"]


def test_cli_jsonl_batch(db_path):
    qs = "varhaiskasvatuksen toimintakate 2025\nentä 2024?\n"
    out = subprocess.run([sys.executable, "-m", "bot.cli", "--db", str(db_path), "--jsonl"], input=qs, cwd=ROOT,
                         capture_output=True, text=True)
    lines = [json.loads(l) for l in out.stdout.splitlines()]
    assert len(lines) == 2 and lines[0]["answers"][0]["value"] == -7507509
    assert lines[1]["status"] != "answer" or lines[1]["answers"][0]["value"] != -7738516  # no follow-up context in batch
