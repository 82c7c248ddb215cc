"""Goals on the real store: one goal per goal the report prints, a goal printed twice counted once, and
every word that narrows the goals honoured (unit, lautakunta, binding goals, period) — or said."""
from __future__ import annotations

import shutil
import sqlite3

import pytest
from conftest import REPORTS, build_store

TP = "heinola-tp2025-hyvinvointipalvelut.txt"
Q1 = "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt"
TP_TITLE = "Tilinpäätös 2025 – Hyvinvointipalvelut"
Q1_TITLE = "Osavuosikatsaus 1–3/2025 – Hyvinvointipalvelut"


def goals(engine, q):
    r = engine.ask(q)
    assert r.status == "answer" and r.kind == "goals", (q, r.status, r.headline)
    return r


def count(engine, q):
    return len(goals(engine, q).items)


# --- a goal printed twice counts once -----------------------------------------------------------------

def test_tp2025_counts_each_goal_once(engine):
    """The TP 2025 prints its OPKOU and VAKA goals twice (the palvelualue's table, lines 109–128, and the
    Kasvatus- ja opetuslautakunta section, lines 228–242): 20 goals (4 binding + 16 of the operating
    plan), 18 of them 'Toteutuu' (or ✓), 2 'Toteutuu osittain' — before, 25 and 23."""
    r = goals(engine, "montako tavoitetta oli 2025")
    assert len(r.items) == 20 and TP_TITLE in r.headline
    assert {i.source.line for i in r.items} == {99, 100, 101, 102, 109, 110, 113, 114, 115, 116, 117, 121, 122,
                                                 126, 127, 128, 137, 138}      # the first printings only
    assert count(engine, "montako tavoitetta toteutui 2025") == 18
    assert count(engine, "mitkä tavoitteet toteutuivat vain osittain vuonna 2025") == 2


def test_a_row_of_several_goals_is_several_goals(engine):
    """Line 109 holds two OPKOU goals, line 113 two VAKA goals (after the tail of line 110's goal cut by a
    page break): VAKA has five goals in the TP 2025, OPKOU five — before, 7 and 8 with the repeats."""
    r = goals(engine, "montako varhaiskasvatuksen tavoitetta toteutui 2025")
    assert len(r.items) == 5
    assert r.items[0].label == "VAKA: Lasten ja henkilöstön tunne- ja vuorovaikutustaidot vahvistuvat. …"
    assert sorted(i.source.line for i in r.items) == [110, 113, 113, 122, 128]
    assert count(engine, "montako opetuksen tavoitetta toteutui 2025") == 5


def test_repeats_are_stored_with_their_first_printing(db_path):
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT line, repeat_of FROM goals WHERE report = ? AND repeat_of IS NOT NULL", (TP,)).fetchall()
    assert {line for line, _ in rows} == {228, 229, 230, 231, 234, 235, 236, 240, 241, 242}
    assert dict(rows)[241] == 127 and dict(rows)[235] == 117


# --- the unit asked -----------------------------------------------------------------------------------

def test_a_unit_without_goals_is_not_found_by_name(engine):
    """HYTE has no goal in 2025 ('HYTE-kerroin' in a binding goal's text is no unit mark): before, all 23."""
    r = engine.ask("montako hyte tavoitetta toteutui 2025")
    assert r.status == "not_found" and not r.items
    assert "Hyvinvoinnin ja terveyden edistämisen palvelualue" in r.headline and TP_TITLE in r.headline
    assert count(engine, "hyte tavoitteet 2024") == 2


def test_a_lautakunta_is_its_units(engine):
    """A lautakunta's goals are its units' (the reports' unit sums: Hyvinvoinnin edistämisen lautakunta =
    VIRE + HYTY, Kasvatus- ja opetuslautakunta = OPKOU + VAKA + …): before, all 23 and none."""
    r = goals(engine, "montako hyvinvoinnin edistämisen lautakunnan tavoitetta toteutui 2025")
    assert len(r.items) == 5 and "Hyvinvoinnin edistämisen lautakunta" in r.headline
    assert {i.label.split(":")[0] for i in r.items} == {"VIRE", "HYTY"}
    r = goals(engine, "montako kasvatus- ja opetuslautakunnan tavoitetta toteutui 2025")
    assert len(r.items) == 10 and {i.label.split(":")[0] for i in r.items} == {"VAKA", "OPKOU"}


def test_a_lautakunta_not_named_is_asked(engine):
    r = engine.ask("lautakunnan tavoitteet 2025")
    assert r.status == "clarify" and {o.label for o in r.options} == {
        "Hyvinvoinnin edistämisen lautakunta", "Kasvatus- ja opetuslautakunta"}


def test_the_reports_own_unit_is_all_its_goals(engine):
    assert count(engine, "hyvinvointitoimialan tavoitteet 2024") == 14     # six empty status rows are no goals


# --- binding goals, parts of a goal ----------------------------------------------------------------------

@pytest.mark.parametrize("q", ["montako sitovaa tavoitetta toteutui 2025", "montako strategista tavoitetta toteutui 2025",
                               "valtuuston sitovat tavoitteet 2025"])
def test_binding_goals_are_their_table(engine, q):
    """'STRATEGIASTA JOHDETUT TAVOITTEET (VALTUUSTON SITOVUUSTASO)', lines 99–102: 3 of 4 'Toteutuu'."""
    r = goals(engine, q)
    assert {i.source.line for i in r.items} <= {99, 100, 101, 102}
    assert len(r.items) == (4 if "montako" not in q else 3)


def test_binding_goals_of_a_unit_without_them(engine):
    r = engine.ask("varhaiskasvatuksen sitovat tavoitteet 2025")
    assert r.status == "not_found" and "Varhaiskasvatus" in r.headline


def test_a_count_of_measures_is_no_count_of_goals(engine):
    r = engine.ask("montako mittaria oli 2025")
    assert r.status == "not_found" and not r.items and "mittare" in r.headline


# --- the period asked ---------------------------------------------------------------------------------

def test_a_to_date_period_reads_that_reports_goals(engine):
    """1–3/2025: the interim report's 21 goals, 14 'Toteutuu' (its Hyvinvoinnin edistämisen lautakunta
    section repeats six VIRE/HYTY goals, one with another status: said). Before, the TP 2025's 23."""
    r = goals(engine, "montako tavoitetta toteutui 1-3/2025")
    assert Q1_TITLE in r.headline and len(r.items) == 14 and all(i.source.report == Q1 for i in r.items)
    assert any("rivi 391: Toteutuu, rivi 1020: Toteutuu osittain" in n.text for n in r.notes)
    assert count(engine, "montako tavoitetta toteutui osavuosikatsauksessa 2025") == 14
    assert Q1_TITLE in goals(engine, "tavoitteiden tila 31.3.2025").headline


@pytest.mark.parametrize("q", ["tavoitteet kesäkuu 2025", "montako tavoitetta toteutui 1-6/2025",
                               "tavoitteiden tila 15.3.2025", "tavoitteet 2023"])
def test_a_period_no_report_has_is_said(engine, q):
    r = engine.ask(q)
    assert r.status == "not_found" and not r.items and "Tavoitteet ovat raporteissa" in r.headline


def test_several_years_are_asked_back(engine):
    r = engine.ask("tavoitteet 2024-2025")
    assert r.status == "clarify" and [o.question for o in r.options] == [
        "tavoitteet 1–9/2024", "tavoitteet 1–3/2025", "tavoitteet 2025"]


def test_not_found_counts_are_of_one_report(engine):
    """The statuses said beside 'none' are the report's (before: both 2025 reports and their repeats, 36)."""
    r = engine.ask("mitkä tavoitteet eivät toteutuneet 2025")
    assert r.status == "not_found" and "Toteutuu 18, Toteutuu osittain 2" in r.headline


# --- a store written by an older version -------------------------------------------------------------

def test_an_older_store_reads_its_goals_again(tmp_path, db_path):
    """A store older than schema 5 counted a repeated goal twice: an ingest reads its reports again even with
    nothing new, and drops (and says) the goals of a report it is not given."""
    old = tmp_path / "old.sqlite"
    shutil.copy(db_path, old)
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE goals SET repeat_of = NULL")
        conn.execute("PRAGMA user_version = 4")
    [s] = build_store([REPORTS / TP], old, rebuild=False)
    assert s.status == "ok" and sum("tavoitteet oli luettu vanhemmalla versiolla" in p for p in s.problems) == 3
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT report, COUNT(*), COUNT(repeat_of) FROM goals GROUP BY report").fetchall() == [(TP, 30, 10)]
