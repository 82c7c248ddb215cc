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


# --- understanding: abbreviations, typos, words that only look alike ----------------------------

def test_abbreviation_with_case_ending(engine):
    # Voikko reads 'vakan' as 'vakka'; the synonyms file still knows the abbreviation
    r = engine.ask("mikä oli vakan toimintakate tilinpäätöksessä 2025")
    assert r["status"] == "answer" and r["answers"][0]["value"] == -7507509


def test_known_word_is_not_a_typo_of_a_measure(engine):
    # 'toimintakaudella' is a real word: no rapidfuzz match to 'toimintakate'
    r = engine.ask("kuinka monta kävijää perhepuistossa oli toimintakaudella 2022")
    assert not any(a.get("measure") == "Toimintakate" for a in r["answers"])


def test_counting_question_never_answers_euros(engine):
    r = engine.ask("montako osallistujaa virikkeellisen elämän tapahtumissa oli 2025")
    assert all(a.get("unit") != "EUR" for a in r["answers"])


def test_indicator_by_the_last_part_of_its_name(engine):
    r = engine.ask("kirjaston lainaukset asukasta kohden 2025")
    assert r["status"] == "answer" and r["answers"][0]["value"] == 11.5
    assert "11,5 " in r["text"]


# --- figures from running text ------------------------------------------------------------------

def test_text_figure_picks_the_month_asked(engine):
    r = engine.ask("päiväkotien käyttöaste maaliskuussa 2025")
    assert r["status"] == "answer" and r["answers"][0]["value"] == 75.77
    assert r["answers"][0]["source"]["report"] == "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt"


def test_text_figure_count_noun_chooses_between_numbers(engine):
    # 'Lukiossa oli 193 opiskelijaa ja 27 aineopiskelijaa.'
    r = engine.ask("montako opiskelijaa lukiossa oli 2025")
    assert r["status"] == "answer" and r["answers"][0]["value"] == 193


def test_text_figure_without_year_asks_which_year(engine):
    r = engine.ask("käyttöaste heinäkuussa")
    assert r["status"] == "clarify"
    assert {"2022", "2024"} <= {o["label"] for o in r["options"]}


def test_text_figure_date_of_another_year_is_not_used(engine):
    # the 1–3/2025 report gives 656 for the end of 2023; the question asks for 31.12.2022
    r = engine.ask("kuinka monta ulkomaan kansalaista Heinolassa asui 31.12.2022")
    assert r["status"] != "answer"


def test_ordinal_is_not_a_figure_and_descriptive_question_gets_a_passage(engine):
    r = engine.ask("mitä kirjastolle tapahtui 2025?")
    assert not r["answers"] and r["text"]
    assert r.get("passages") and r["passages"][0]["source"]["line"]


def test_project_named_with_its_period(engine):
    r = engine.ask("Koulujen kerhotoiminnan tukeminen 2025–2026 hankkeen kokonaisrahoitus")
    assert r["status"] == "answer" and r["answers"][0]["value"] == 9000
    r = engine.ask("paljonko rahaa koulujen kerhotoiminnan tukeminen 2024-2025 hanke sai")
    assert r["status"] == "answer" and r["answers"][0]["value"] == 18572
    assert "rahoittaja OPH" in r["text"] and "Toisessa raportissa: 18 571 €" in r["text"]


# --- rankings, unit comparisons, budget versions ----------------------------------------------------

def test_ranking_of_cost_lines(engine):
    r = engine.ask("mitkä olivat hyvinvointipalvelujen suurimmat kuluerät 2025")
    assert r["status"] == "answer" and r["interpretation"]["operation"] == "ranking"
    values = [a["value"] for a in r["answers"]]
    assert values[0] == -20889482 and values == sorted(values)          # biggest cost first
    assert all(a["measure"] != "Toimintakulut" for a in r["answers"])    # the total is not an item
    assert r["chart"]["series"][0]["points"]


def test_which_unit_exceeded_its_budget(engine):
    r = engine.ask("mikä vastuualue ylitti budjettinsa 2025")
    assert r["status"] == "answer" and "ylittänyt" in r["text"]         # none did in 2025
    assert {a["org"] for a in r["answers"]} >= {"Varhaiskasvatus", "Opetus ja koulutus"}
    r = engine.ask("mitkä vastuualueet alittivat talousarvion 2025")
    assert r["status"] == "answer" and r["answers"][0]["org"] == "Opetus ja koulutus"   # 392 004 € under


def test_compare_two_units(engine):
    r = engine.ask("vertaa vakan ja opkoun toimintakatetta 2025")
    assert r["status"] == "answer" and r["interpretation"]["operation"] == "compare"
    assert {a["value"] for a in r["answers"]} == {-17247296, -7507509}
    assert "9 739 787" in r["text"]


def test_budget_changed_during_the_year_is_said(engine):
    r = engine.ask("hyvinvointipalvelujen toimintakate TA 2025")
    assert r["answers"][0]["value"] == -38007400
    assert any("Talousarvio muuttui" in n and "37 637 400" in n for n in r["notes"])


def test_missing_row_says_what_there_is(engine):
    r = engine.ask("varhaiskasvatuksen henkilöstökulut 2025")
    assert r["status"] == "not_found" and "Toimintakate" in r["text"] and "2021–2024" in r["text"]


def test_count_is_not_a_euro_indicator(engine):
    # 'oppilasmäärä' once matched 'Perusopetus €/oppilas' (11 443 €) — a count is not euros
    r = engine.ask("perusopetuksen oppilasmäärä 2025")
    assert all(a.get("unit") != "EUR/oppilas" for a in r["answers"])


def test_goal_list_question_is_not_a_target_figure(engine):
    r = engine.ask("mitkä tavoitteet eivät toteutuneet 2025")
    assert not r["answers"] and "Ei toteudu" in r["text"] and "Toteutuu" in r["text"]
    r = engine.ask("mitkä tavoitteet toteutuivat osittain 2025")
    assert r["status"] == "answer" and r["interpretation"]["operation"] == "list"


def test_level_word_asks_which_unit(engine):
    r = engine.ask("lautakunnan toimintakate 2025")
    assert r["status"] == "clarify" and len(r["options"]) >= 2
    r = engine.ask("lukion toimintakate 2025")
    assert r["status"] == "not_found" and not r["answers"]


def test_no_year_asks_which_year(engine):
    r = engine.ask("hyvinvointilautakunnan toimialan toimintakatteen talousarvio")
    assert r["status"] == "clarify" and {"2022", "2024"} <= {o["label"] for o in r["options"]}


def test_numbers_in_a_list_are_told_apart_or_not_given(engine):
    r = engine.ask("Montako prosenttia esiopetuspaikoista oli vapaana joulukuussa 2025?")
    assert r["status"] == "answer" and r["answers"][0]["value"] == 4.76
    r = engine.ask("hyvinvointi-indeksi syyskuu 2024")
    assert r["answers"][0]["value"] == 142.3


def test_a_change_is_not_the_level_and_another_months_text_is_not_used(engine):
    # 'Aktivointiaste laskenut vuoden takaisesta tilanteesta 3,4 prosenttia. Aktivointiaste helmikuussa 20,2'
    r = engine.ask("mikä oli aktivointiaste maaliskuussa 2025")
    assert r["status"] != "answer"
    r = engine.ask("paljonko aktivointiaste laski 2025")
    assert r["status"] == "answer" and r["answers"][0]["value"] == 3.4
