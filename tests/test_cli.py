"""The kysy command line, in-process with click's CliRunner (and one real process for the locale)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from bot.cli import _argv, cli, main

from conftest import ROOT


@pytest.fixture
def run(db_path):
    runner = CliRunner()

    def go(*args, input=None):
        result = runner.invoke(cli, _argv(["--db", str(db_path), *args]), input=input, catch_exceptions=False)
        return result
    return go


def test_help_lists_the_subcommands_and_the_database_option():
    result = CliRunner().invoke(cli, ["--help"])
    for word in ("ask", "ingest", "export", "telegram", "teams", "--db", "LUKUBOTTI_DB"):
        assert word in result.output


def test_one_question_in_words(run):
    out = run("varhaiskasvatuksen toimintakate 2025").output.replace("\u00a0", " ")
    assert out.startswith("Varhaiskasvatus: Toimintakate 2025: −7 507 509 €")
    assert "Lähde: Tilinpäätös 2025 – Hyvinvointipalvelut, 9.3.2026" in out


def test_json_keeps_the_contract(run):
    d = json.loads(run("--json", "varhaiskasvatuksen toimintakate 2025").output)
    for key in ("status", "text", "interpretation", "answers", "options", "notes"):
        assert key in d
    a = d["answers"][0]
    assert a["value"] == -7507509 and a["unit"] == "EUR"
    assert a["source"]["report"] == "heinola-tp2025-hyvinvointipalvelut.txt" and a["source"]["line"] == 346


def test_db_option_anywhere_and_env(db_path, monkeypatch):
    assert _argv(["ingest", "--db", "x.sqlite"]) == ["--db", "x.sqlite", "ingest"]
    assert _argv(["--json", "q"]) == ["ask", "--json", "q"]
    monkeypatch.setenv("LUKUBOTTI_DB", str(db_path))
    result = CliRunner().invoke(cli, ["ask", "vire toimintakate 2025"])
    assert "Virikkeellinen elämä" in result.output


def test_jsonl_answers_every_line_even_a_broken_one(db_path):
    lines = "varhaiskasvatuksen toimintakate 2025\n".encode() + b"\xff\xfe rikki\n" + "entä 2024?\n".encode()
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii:strict"}
    proc = subprocess.run([sys.executable, "-m", "bot.cli", "--db", str(db_path), "--jsonl"], input=lines,
                          capture_output=True, cwd=ROOT, env=env, timeout=60)
    out = [json.loads(x) for x in proc.stdout.decode("utf-8").splitlines()]
    assert len(out) == 3 and proc.returncode == 0
    assert out[0]["answers"][0]["value"] == -7507509
    assert "UTF-8" in out[1]["text"]


def test_missing_database_is_exit_2(tmp_path):
    assert main(["--db", str(tmp_path / "none.sqlite"), "q"]) == 2


def test_ingest_and_export(tmp_path):
    db = tmp_path / "t.sqlite"
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db), "ingest", "--rebuild", str(ROOT / "data" / "reports")])
    assert result.exit_code == 0, result.output
    assert "Tietokanta:" in result.output
    result = runner.invoke(cli, ["--db", str(db), "export", "--format", "csv", "--report",
                                 "heinola-tp2025-hyvinvointipalvelut.txt"])
    header = result.output.splitlines()[0].split(",")
    assert header[:3] == ["report", "line", "org"] and header[-1] == "page"
    assert runner.invoke(cli, ["--db", str(db), "ingest", str(tmp_path / "missing.txt")]).exit_code == 2


def test_export_choices_are_the_exporters():
    from data import export
    params = {p.name: p for p in cli.commands["export"].params}
    assert tuple(params["fmt"].type.choices) == export.FORMATS
    assert tuple(params["table"].type.choices) == export.TABLES


def test_the_default_store_is_made_from_the_bundled_reports(tmp_path, monkeypatch):
    # a fresh checkout: no data/lukubotti.sqlite — the first question builds it from data/reports/
    (tmp_path / "data" / "reports").mkdir(parents=True)
    report = ROOT / "data" / "reports" / "heinola-tp2025-hyvinvointipalvelut.txt"
    (tmp_path / "data" / "reports" / report.name).write_bytes(report.read_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LUKUBOTTI_DB", raising=False)
    result = CliRunner().invoke(cli, ["varhaiskasvatuksen toimintakate 2025"], catch_exceptions=False)
    assert result.exit_code == 0 and "−7" in result.output and (tmp_path / "data" / "lukubotti.sqlite").exists()


def test_the_database_option_alone_opens_the_prompt(db_path):
    # 'make run' without Q= runs 'kysy --db PATH': the prompt, as 'kysy' alone
    result = CliRunner().invoke(cli, _argv(["--db", str(db_path)]), input="\n", catch_exceptions=False)
    assert result.exit_code == 0 and "Lukubotti" in result.output
