"""Answers of every kind on the real store, through the engine (real Voikko, real SQLite)."""
from __future__ import annotations

import re

import pytest

from bot.engine import MAX_QUESTION
from bot.presenters.text import render_text


def ask(engine, q, conv=None):
    return engine.ask(q, conv)


def test_figure_with_its_source_row(engine):
    r = ask(engine, "varhaiskasvatuksen toimintakate 2025")
    assert r.status == "answer" and r.kind == "figure"
    a = r.answers[0]
    assert a.value == -7507509 and a.unit == "EUR" and a.verified
    assert a.source.report == "heinola-tp2025-hyvinvointipalvelut.txt" and a.source.line == 346
    assert any(c.heading == "Talousarvio 2025" for c in a.source.cells)
    assert r.headline == "Varhaiskasvatus: Toimintakate 2025: −7\u00a0507\u00a0509 €"


def test_to_date_figure_has_the_budget_beside_it(engine):
    r = ask(engine, "vire toimintakate 2025")
    assert r.answers[0].months == 3
    assert [a.role for a in r.answers][-1] == "beside" and any(n.kind == "to_date" for n in r.notes)


def test_deviation_is_said_in_words(engine):
    r = ask(engine, "opetus ja koulutus: toimintakatteen poikkeama 2025")
    assert r.answers[0].basis == "deviation"
    assert any("alittui" in n.text for n in r.notes)


def test_series_with_a_to_date_point_drawn_apart(engine):
    r = ask(engine, "varhaiskasvatuksen toimintakate 2021–2025")
    assert r.kind == "series" and r.chart is not None
    partial = [p for p in r.chart.series[0].points if p.partial]
    assert partial and all("/" in p.x for p in partial)
    assert "2021–2025" in r.chart.title and r.chart.alt
    assert r.change is not None and r.change.words.split()[0] in ("heikkeni", "parani")


def test_costs_growing_are_said_to_grow(engine):
    r = ask(engine, "hyvinvointipalvelujen toimintakulut 2024–2025")
    assert r.change.words.startswith("kasvoivat 2\u00a0887\u00a0432 €")


def test_comparison_of_units(engine):
    r = ask(engine, "vertaa vakan ja opkoun toimintakatetta 2025")
    assert r.kind == "comparison" and {a.org for a in r.answers} == {"Varhaiskasvatus", "Opetus ja koulutus"}


def test_ranking_and_overrun_lists_carry_sources(engine):
    r = ask(engine, "suurimmat kuluerät hyvinvointipalveluissa 2025")
    assert r.kind == "ranking" and r.items and all(i.source for i in r.items)
    assert abs(r.items[0].answer.value) >= abs(r.items[-1].answer.value)
    r = ask(engine, "mikä vastuualue ylitti budjettinsa 2025")
    assert r.kind == "overrun" and r.items and all(i.source for i in r.items)


def test_key_indicator(engine):
    r = ask(engine, "vaka €/lapsi tavoite 2025")
    assert r.kind == "kpi" and r.answers[0].value == 13383 and r.answers[0].unit == "EUR/lapsi"


def test_projects_and_goals(engine):
    r = ask(engine, "tilinpäätös 2025 hankkeet yhteensä kokonaisrahoitus")
    assert r.answers[0].value == 744771
    r = ask(engine, "lukion oppimisen tukemisen hankkeen kokonaisrahoitus")
    assert r.status == "clarify" and len(r.options) >= 2
    r = ask(engine, "varhaiskasvatuksen tavoitteet 2025")
    assert r.kind == "goals" and r.items and all(i.full_text for i in r.items)
    for i in r.items:
        if len(i.full_text) > len(i.label):       # cut at a word, never inside one
            kept = i.label.removesuffix(" …")
            assert i.label.endswith(" …") and " ".join(i.full_text.split()).startswith(kept)
            assert " ".join(i.full_text.split())[len(kept)] in " ,;:"


def test_project_total_row_is_never_a_project(engine):
    r = ask(engine, "mikä on Kivijärvi-hankkeen rahoitus")
    assert r.status != "answer" and "Kivijärvi" in r.headline


def test_text_figure_needs_the_whole_question_in_its_sentence(engine):
    r = ask(engine, "Montako oppilasta perusopetuksessa oli vuoden 2025 lopussa?")
    assert r.kind == "text" and r.answers[0].value == 1253 and not r.answers[0].verified


def test_text_figure_counts_the_thing_asked(engine):
    # the sentence holds 'oppilas' and the number, but the number counts hours
    r = ask(engine, "Montako oppilasta integroituu perusopetusryhmään 2025?")
    assert r.status != "answer" and not r.answers
    r = ask(engine, "kuinka monta tuntia oppilas integroituu perusopetusryhmään 2025?")
    assert r.status == "answer" and r.answers[0].value == 6
    # 'kuinka moni osallistui … tapahtumiin' counts people, and '9087 osallistujaa' are people
    r = ask(engine, "kuinka moni osallistui vire:n maksuttomiin tapahtumiin vuonna 2025")
    assert r.status == "answer" and r.answers[0].value == 9087


def test_budget_of_an_interim_report_named_by_its_period(engine):
    # the period names the report: the year's budget as the 1–3/2025 interim report prints it
    r = ask(engine, "palvelujen ostojen budjetti hyvinvointipalvelut osavuosikatsaus 1-3/2025")
    assert r.status == "answer" and r.answers[0].basis == "budget"
    assert r.answers[0].source.report == "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt"
    # without the report named, a budget for three months does not exist
    assert ask(engine, "palvelujen ostojen budjetti hyvinvointipalvelut 1-3/2025").status == "not_found"


@pytest.mark.parametrize("q, part", [("mitä raportteja on?", "Tilinpäätös 2025"), ("lähteet", "Tilinpäätös 2025"),
                                     ("mitä vuosia on", "Vuodet"), ("mitä yksiköitä on", "Lautakunnat")])
def test_help_asked_of_one_topic_gives_that_part(engine, q, part):
    r = ask(engine, q)
    assert r.kind == "help" and any(part in i.label for i in r.items)
    assert len(r.items) < len(ask(engine, "apua").items)


@pytest.mark.parametrize("q", ["haluan onnistua", "kuka milloinkin", "milloin alkaa"])
def test_a_status_or_project_column_word_alone_is_no_list(engine, q):
    assert ask(engine, q).status != "answer"


def test_two_units_joined_by_ja_are_both_answered(engine):
    # 'opetuksen' alone is Opetus ja koulutus; beside another unit it still is
    r = ask(engine, "opetuksen ja varhaiskasvatuksen toimintakate 2025")
    assert r.status == "answer" and {a.value for a in r.answers} == {-17247296, -7507509}


def test_offered_question_drops_the_conjunction_of_the_word_it_drops(engine):
    r = ask(engine, "varhaiskasvatuksen ja mediaanin toimintakate 2025")
    assert r.status != "answer"
    assert all(not o.question.split()[-1] == "ja" and " ja toimintakate" not in o.question for o in r.options)


def test_headline_says_a_basis_other_than_the_actual(engine):
    r = ask(engine, "opetus ja koulutus: toimintakatteen poikkeama 2025")
    assert r.headline.startswith("Opetus ja koulutus: Toimintakate, poikkeama 2025: ")


@pytest.mark.parametrize("q", [
    "Porin opetuksen toimintakulut 2025",
    "varhaiskasvatuksen henkilöstökulujen keskiarvo 2025",
    "Hankala juttu.",
    "Ihanko totta?",
    "kesäkuu 2025",
    "vire toimintakate kesäkuu 2025",
    "vire toimintakate toinen vuosineljännes 2025",
    "Mikä oli lukion toimintakate vuonna 2025?",
    "What was the operating margin of early childhood education in 2025?",
])
def test_traps_of_the_issue_get_no_figure(engine, q):
    r = ask(engine, q)
    assert r.status != "answer" and not r.answers, (q, r.headline)


def test_forecast_asked_in_english_is_the_forecast_or_not_found(engine):
    r = ask(engine, "vire toimintakate forecast 2025")
    assert r.status == "not_found" or r.answers[0].basis == "forecast"


def test_negated_basis_is_not_answered(engine):
    r = ask(engine, "opetuksen toimintakate 2025, ei talousarvio")
    assert r.status == "answer" and r.answers[0].basis != "budget"


def test_excluded_row_is_computed_from_two_verified_figures_or_asked(engine):
    r = ask(engine, "hyvinvointipalvelujen toimintakulut ilman henkilöstökuluja 2025")
    if r.status == "answer":
        total, part = r.answers[1], r.answers[2]
        assert r.answers[0].value == total.value - part.value and total.verified and part.verified
        assert any(n.kind == "computed" for n in r.notes)
    else:
        assert r.status == "clarify"


def test_unexplained_word_is_named_with_what_exists(engine):
    r = ask(engine, "varhaiskasvatuksen toimintakate mediaani 2025")
    assert r.status == "not_found" and "mediaani" in r.unexplained
    assert r.options and r.options[0].question == "varhaiskasvatuksen toimintakate 2025"


def test_other_place_reply_names_the_municipality_from_the_reports(engine):
    r = ask(engine, "Lahden varhaiskasvatuksen toimintakate 2025")
    assert "Heinola" in r.headline and "Lahti" in r.headline


def test_help_is_made_from_the_store(engine):
    r = ask(engine, "mitä yksiköitä on?")
    assert r.status == "help" and any("Varhaiskasvatus" in i.detail for i in r.items) and r.options


def test_follow_up_in_a_conversation(engine):
    conv = engine.conversations.get("test-follow")
    assert ask(engine, "varhaiskasvatuksen toimintakate 2025", conv).answers[0].year == 2025
    r = ask(engine, "entä 2024?", conv)
    assert r.status == "answer" and r.answers[0].year == 2024 and r.answers[0].org == "Varhaiskasvatus"


def test_bad_input_gets_a_finnish_message(engine):
    for q in ["", "   ", "\x00\x01", "😀😀", "' OR 1=1 --", 'NEAR("a" "b")', "x" * (MAX_QUESTION * 10), None, 12]:
        r = ask(engine, q)
        assert r.status in ("not_found", "clarify") and r.headline


def test_reply_text_has_no_raw_debris(engine):
    for q in ["hyvinvointilautakunnan toimiala toimintakate TP 2021", "varhaiskasvatuksen toimintakate 2025",
              "vuokrakulut 9kk 2022 hyvinvointitoimiala"]:
        text = render_text(ask(engine, q))
        assert "\t" not in text and "⏎" not in text and "|" not in text
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), text       # dates as 9.3.2026


def test_a_verified_figure_beats_a_cut_copy_of_its_report(tmp_path):
    # issue 12 item 1: the year-end report cut in the middle of a table, beside the full one
    from bot.engine import Engine
    from conftest import REPORTS, build_store
    full = REPORTS / "heinola-tp2025-hyvinvointipalvelut.txt"
    cut = tmp_path / "tp2025-katkaistu.txt"
    cut.write_text("\n".join(full.read_text(encoding="utf-8").split("\n")[:345] + ["Toimintakate\t-7 738", ""]),
                   encoding="utf-8")
    build_store([full, cut], tmp_path / "k.sqlite")
    r = Engine(tmp_path / "k.sqlite").ask("varhaiskasvatuksen toimintakate 2024")
    assert r.answers[0].value == -7738516 and r.answers[0].verified
    note = next(n.text for n in r.notes if n.kind == "other_report")
    assert "−7 738 €" in note.replace("\u00a0", " ") and "ei voitu tarkistaa" in note


def test_a_store_of_an_older_schema_is_not_served(tmp_path, db_path):
    # a store written by an older version (PRAGMA user_version) gets a Finnish word on what to do, never
    # figures read through columns it lacks
    import shutil
    import sqlite3
    from bot.engine import Engine
    old = tmp_path / "old.sqlite"
    shutil.copy(db_path, old)
    with sqlite3.connect(old) as conn:
        conn.execute("PRAGMA user_version = 1")
    r = Engine(old).ask("varhaiskasvatuksen toimintakate 2025")
    assert r.status == "not_found" and "kysy ingest --rebuild" in r.headline and not r.answers


def test_a_row_is_excluded_only_from_a_row_it_is_part_of(engine):
    # vuosikate is before depreciation: 'vuosikate ilman poistoja' is no subtraction
    r = ask(engine, "Paljonko oli kasvatus- ja opetuslautakunnan vuosikate ilman poistoja 2025?")
    assert r.status != "answer" and "ei sisälly" in r.headline
    r = ask(engine, "hyvinvointipalvelujen toimintakulut ilman henkilöstökuluja 2025")
    assert r.status == "answer" and r.answers[0].value == -39424611 - -20889482


def test_a_ratio_indicator_is_not_a_count(engine):
    # 'opiskelijamäärä' counts students; 'Lukiokoulutus €/opiskelija' is euros per student
    r = ask(engine, "lukion opiskelijamäärä 2025")
    assert not (r.answers and r.answers[0].value == 11002)
    assert r.status == "answer" and r.answers[0].value == 193
    assert ask(engine, "lukiokoulutuksen kustannus opiskelijaa kohden 2025").answers[0].value == 11002


def test_a_column_of_the_project_total_row_is_that_column(engine):
    r = ask(engine, "hankkeiden kaupungin osuus yhteensä 2025")
    assert not any(a.value == 744771 for a in r.answers)
    assert r.status == "answer" and "20 %" in r.headline


def test_a_change_asked_is_the_answer_not_a_level(engine):
    # 'kuinka paljon … kasvoivat vuodesta 2024 vuoteen 2025': the first answer is the change, computed from
    # the two full-year figures shown under it
    r = ask(engine, "Paljonko hyvinvointipalvelujen toimintakulut kasvoivat vuodesta 2024 vuoteen 2025?")
    assert r.status == "answer"
    first, points = r.answers[0], r.answers[1:]
    assert [p.year for p in points] == [2024, 2025]
    assert first.value == points[1].value - points[0].value and "muutos" in r.headline
    # a change over years without a full-year figure at one end is not computed over other years instead
    r = ask(engine, "varhaiskasvatuksen toimintakate muutos 2022–2025")
    assert r.status == "not_found" and not r.answers and "2023–2025" in r.options[0].label
    # a development over years stays a series
    r = ask(engine, "miten varhaiskasvatuksen toimintakate kehittyi 2023–2025")
    assert r.kind == "series" and r.answers[0].year == 2023


def test_an_indicator_of_two_years_is_both_years(engine):
    r = ask(engine, "perusopetuksen €/oppilas 2024 ja 2025")
    assert r.kind == "series" and [a.year for a in r.answers] == [2024, 2025]
    assert not any(n.kind == "other_report" for n in r.notes)
    r = ask(engine, "paljonko perusopetuksen €/oppilas muuttui 2024 ja 2025 välillä")
    assert r.answers[0].value == r.answers[2].value - r.answers[1].value


def test_an_indicator_has_no_budget_columns(engine):
    # an indicator has an actual and a target: 'jäljellä', 'toteuma-%' are not it, never the actual instead
    for q in ("varhaiskasvatuksen €/asukas jäljellä 2025", "varhaiskasvatuksen €/asukas toteuma-% 2025"):
        r = ask(engine, q)
        assert r.status == "not_found" and not r.answers, q
    # short of its target: actual − target, with both shown
    r = ask(engine, "kuinka paljon varhaiskasvatuksen €/asukas jäi tavoitteesta 2025")
    actual, target = r.answers[1], r.answers[2]
    assert (actual.basis, target.basis) == ("actual", "target")
    assert r.answers[0].value == actual.value - target.value and not r.answers[0].verified


def test_projects_of_a_period_no_report_has(engine):
    r = ask(engine, "hankkeiden kokonaisrahoitus yhteensä 1-6/2024")
    assert r.status == "not_found" and not r.answers and "1–9/2024" in r.headline
    assert ask(engine, "hankkeiden kokonaisrahoitus yhteensä 1-9/2024").status == "answer"


@pytest.mark.parametrize("q, periods", [
    # 'Hanke toteutettiin vuosina 2024-2025' (TP 2025): not a project of 2023 or 2026
    ("toimintakykyinen peruskoululainen hankkeen kokonaisrahoitus 2026", "2024–2025"),
    ("toimintakykyinen peruskoululainen hankkeen kokonaisrahoitus 2023", "2024–2025"),
    ("toimintakykyinen peruskoululainen hankkeen kokonaisrahoitus 2025–2026", "2024–2025"),
    # 'taloustiedot vuoden 2024 toteutuman mukaisesti': the figures are of 2024
    ("suomi toisena kielenä hankkeen kokonaisrahoitus 2023", "2024"),
    # the only project of the name runs 2025–2026 (1–3/2025)
    ("Paljonko Tilapäisen suojelun lisätuki 2023 -hankkeen kokonaisrahoitus oli?", "2025–2026"),
    # one name of two periods, spelt 'opiskeluhoollon' in the 1–9/2024 report: neither is of 2022
    ("yhteisöllisen opiskeluhuollon vahvistaminen hankkeen kokonaisrahoitus 2022", "2023–2024, 2024–2025"),
    ("Koulujen kerhotoiminnan tukeminen 2027 -hankkeen kokonaisrahoitus", "2023–2024, 2024–2025, 2025–2026"),
])
def test_a_named_project_asked_outside_its_period_is_not_found(engine, q, periods):
    r = ask(engine, q)
    assert r.status == "not_found" and not r.answers, (q, r.headline)
    assert f"raporteissa {'kausilta' if ',' in periods else 'kaudelta'} {periods};" in r.headline
    assert r.options and all(re.search(r"\d{4}", o.label) for o in r.options)


def test_a_named_projects_year_chooses_its_period(engine):
    # 2023 falls in the 2023–2024 project only (1–9/2024, spelt 'opiskeluhoollon'), not the 2024–2025 one
    r = ask(engine, "yhteisöllisen opiskeluhuollon vahvistaminen hankkeen kokonaisrahoitus 2023")
    assert r.status == "answer" and r.answers[0].value == 50000
    assert r.answers[0].source.report == "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt" and r.answers[0].source.line == 271
    r = ask(engine, "yhteisöllisen opiskeluhuollon vahvistaminen hankkeen menojen toteuma 2023")
    assert r.status == "answer" and r.answers[0].value == 100.4
    r = ask(engine, "yhteisöllisen opiskeluhuollon vahvistaminen hankkeen kokonaisrahoitus 2025")
    assert r.answers[0].value == 42369
    # a year inside a period: the project of that period, from whichever report holds it
    r = ask(engine, "toimintakykyinen peruskoululainen hankkeen kokonaisrahoitus 2024")
    assert r.status == "answer" and r.answers[0].value == 15000 and "(2024–2025)" in r.headline
    r = ask(engine, "oppimisen tukeminen heinolan lukio kokonaisrahoitus 2023")
    assert r.status == "answer" and r.answers[0].value == 45000
    # a year in the name names the project ('(v. 2017 syntyneet)'), not its period
    assert ask(engine, "kaksivuotisen esiopetuksen kokeilun (v. 2017 syntyneet) kokonaisrahoitus").answers[0].value == 26300


@pytest.mark.parametrize("q, options", [
    # no year, or a year in both periods: which period (the two spellings are one name)
    ("yhteisöllisen opiskeluhuollon vahvistaminen hankkeen kokonaisrahoitus", ["2023–2024", "2024–2025"]),
    ("yhteisöllisen opiskeluhuollon vahvistaminen hankkeen kokonaisrahoitus 2024", ["2023–2024", "2024–2025"]),
    # 'Nuorten vuoro- kokemustarinatyöskentely' (1–9/2024) and '… vuoro-kokemustarinatyös-kentely' (1–3/2025)
    ("Nuorten vuorokokemustarinatyöskentely hankkeen rahoitus", ["2024", "2025"]),
    # a report named by its period: its rows of every period
    ("Nuorten vuoro-kokemustarinatyöskentelyn kokonaisrahoitus 1-3/2025 katsauksessa", ["2024", "2025"]),
])
def test_one_project_name_of_several_periods_is_asked_back(engine, q, options):
    r = ask(engine, q)
    assert r.status == "clarify" and not r.answers, (q, r.headline)
    assert [re.search(r"\(([\d–]+)\)$", o.label).group(1) for o in r.options] == options
    # each option is a question the bot answers with that period's project
    for o in r.options:
        again = ask(engine, o.question)
        assert again.status == "answer" and re.search(r"\(([\d–]+)\)$", o.label).group(1) in again.headline, o.question


def test_a_funder_after_a_page_break_is_the_projects(engine):
    r = ask(engine, "montako hanketta OPH rahoitti 2025")
    assert r.status == "answer" and len(r.items) == 4
    assert any("(2025–2026)" in i.label for i in r.items)
    r = ask(engine, "koulujen kerhotoiminnan tukeminen 2025–2026 rahoittaja")
    assert r.status == "answer" and r.headline.endswith("rahoittaja OPH")
    assert [len(ask(engine, f"montako hanketta {f} rahoitti 2025").items) for f in ("OKM", "AVI")] == [3, 1]


def test_an_income_word_does_not_name_a_row_without_income(engine):
    # 'investointitulot': the investment table has Menot and Netto only
    r = ask(engine, "hyvinvoinnin investointitulot 1-9/2024")
    assert r.status != "answer" and not r.answers
    assert ask(engine, "hyvinvoinnin investointimenot 1-9/2024").status == "answer"


def test_a_share_printed_with_a_bound_keeps_it(engine):
    r = ask(engine, "suomi toisena kielenä -hankkeen kaupungin osuus")
    assert r.answers[0].value == 14 and r.answers[0].display.startswith("vähintään")


def test_an_indicator_of_one_unit_needs_the_unit_named(engine):
    # 'Virikkeellinen elämä nettokustannukset €/asukas' is one unit's cost per resident: 'kustannus per
    # asukas' may be any unit's, so it is asked back, never answered with that unit's figure
    r = ask(engine, "kustannus per asukas 2025")
    assert r.status == "clarify" and not r.answers
    r = ask(engine, "virikkeellisen elämän nettokustannukset per asukas 2025")
    assert r.status == "answer" and r.answers[0].value == 260


def test_the_unit_most_under_budget_is_the_answer(engine):
    # the 2025 statement lists one board's units only: no 'most' of all units
    r = ask(engine, "mikä vastuualue alitti talousarvionsa eniten 2025")
    assert r.status == "not_found" and not r.answers
    # none over budget: no 'most' to give
    r = ask(engine, "mikä vastuualue ylitti talousarvionsa eniten 2025")
    assert r.status == "not_found" and not r.answers


def test_a_word_said_again_adds_nothing_and_slashed_quarters_are_read(engine):
    once = ask(engine, "paljonko varhaiskasvatus maksoi lasta kohden 2025")
    twice = ask(engine, "paljonko varhaiskasvatus maksoi lasta kohden 2025 (€/lapsi)")
    assert twice.status == "answer" and twice.answers[0].value == once.answers[0].value
    assert ask(engine, "hyvinvointipalvelujen henkilöstökulut Q1/2025").answers[0].months == 3
    r = ask(engine, "varhaiskasvatuksen myyntituottojen toteutumaprosentti 1–9/2022")
    assert r.answers[0].basis == "realization_pct"


def test_units_of_a_level_ranked_by_a_row(engine):
    r = ask(engine, "millä palvelualueella toimintakatteen toteuma-% oli pienin 1-9/2022")
    assert r.status == "answer" and r.kind == "ranking"
    values = [a.value for a in r.answers[1:]]
    assert values == sorted(values) and r.answers[0].value == values[0] and r.answers[0].verified
    assert all(a.months == 9 for a in r.answers) and len({a.org for a in r.answers[1:]}) == len(values)
    # a word it does not understand is never dropped from a ranking
    assert not ask(engine, "millä palvelualueella toimintakatteen mediaani oli suurin 2025").answers


def test_a_figure_from_the_text_of_the_report_kind_named(engine):
    # the same topic in the interim report and in the financial statements: 'TP 2025' names one of them
    r = ask(engine, "montako lasta varhaiskasvatuksen konsultoinneilla tavoitettiin tilinpäätöksessä 2025")
    assert r.status == "answer" and r.answers[0].source.report == "heinola-tp2025-hyvinvointipalvelut.txt"


def test_an_indicator_per_a_thing_needs_a_word_of_per(engine):
    # 'lukiossa opiskelijoita' counts students (193 in the text), never the €/opiskelija indicator
    r = ask(engine, "lukiossa opiskelijoita 31.12.2025")
    assert not (r.answers and r.answers[0].value == 11002)
    for q in ("lukiokoulutuksen kustannus opiskelijaa kohden 2025", "lukiokoulutus €/opiskelija 2025"):
        assert ask(engine, q).answers[0].value == 11002, q
    # the price of one teaching hour is per hour
    assert ask(engine, "musiikkiopiston opetustunnin hinta 2024").answers[0].unit == "EUR/opetustunti"
    # '-kohtainen' is per: 'oppilaskohtaisten kustannusten tavoite' is the €/oppilas target
    r = ask(engine, "perusopetuksen oppilaskohtaisten kustannusten tavoite 2025")
    assert r.answers[0].unit == "EUR/oppilas" and r.answers[0].basis == "target"


def test_two_units_added_up_only_as_siblings_of_one_report(engine):
    r = ask(engine, "varhaiskasvatuksen ja opetuksen ja koulutuksen toimintakate yhteensä 2025")
    parts = r.answers[1:]
    assert r.answers[0].value == sum(a.value for a in parts) and len(parts) == 2
    # a unit and the unit it is part of: never added
    r = ask(engine, "hyvinvointipalvelujen ja varhaiskasvatuksen toimintakate yhteensä 2025")
    assert r.status == "clarify" and not r.answers


def test_chat_openings_and_allocation_words(engine):
    base = ask(engine, "varhaiskasvatuksen toimintakate 2025").answers[0].value
    for q in ("Minua kiinnostaa: varhaiskasvatuksen toimintakate 2025",
              "Tarkistaisitko: varhaiskasvatuksen toimintakate 2025"):
        assert ask(engine, q).answers[0].value == base, q
    r = ask(engine, "mitä poistoihin ja arvonalentumisiin oli varattu hyvinvointipalvelujen talousarviossa 2025")
    assert r.answers[0].basis == "budget"


def test_a_units_rows_ranked_by_a_column(engine):
    # the cost rows over budget, by the printed deviation; the income rows by toteuma-%
    r = ask(engine, "mikä hyvinvointipalvelujen kulurivi ylitti talousarvion eniten 2025")
    assert r.status == "answer" and r.answers[0].basis == "deviation" and r.answers[0].verified
    assert all(a.section == "toimintakulut" for a in r.answers)
    r = ask(engine, "mikä hyvinvointipalvelujen tuottoerä ylitti budjettinsa suhteellisesti eniten 2025")
    values = [a.value for a in r.answers[1:]]
    assert r.answers[0].basis == "realization_pct" and values == sorted(values, reverse=True)
    assert all(a.section == "toimintatuotot" for a in r.answers)
    # a column the rows lack is never replaced by another
    assert not ask(engine, "mikä hyvinvointipalvelujen kulurivi ylitti ennusteen eniten 2025").answers


def test_the_same_months_of_two_years(engine):
    # '1–3/2024 ja 1–3/2025': those months of each year (never the full 2024 beside 1–3/2025), and the
    # change between them is computed; two to-date periods of different lengths are not compared
    r = ask(engine, "paljonko virikkeellisen elämän toimintakulut muuttuivat 1-3/2024 ja 1-3/2025 välillä")
    points = r.answers[1:]
    assert [(a.year, a.months) for a in points] == [(2024, 3), (2025, 3)]
    assert r.answers[0].value == points[1].value - points[0].value
    r = ask(engine, "virikkeellisen elämän toimintakulut 1-3/2024 ja 1-9/2024")
    assert r.status != "answer" and not r.answers


@pytest.mark.parametrize("q", [
    # percentages are not added up
    "varhaiskasvatuksen ja opetuksen ja koulutuksen toimintakatteen toteuma-% yhteensä 2025",
    # an indicator's deviation is from its target only, and of one indicator, one year
    "lukiokoulutus €/opiskelija jäi alle talousarvion 2025",
    "musiikkiopiston €/asukas jäi tavoitteesta 2022 ja 2025",
    "musiikkiopiston €/asukas toteuma-% 2024 ja 2025",
    # a plain year beside a to-date period is not given that period's months
    "varhaiskasvatuksen toimintakate 2023 ja 1–9/2024",
    # projects of a year no report has a project table for
    "mitä hankkeita oli vuonna 2022",
    "paljonko hankkeita oli yhteensä 1–9/2022",
    # units ranked only when the report lists all of them (the 1–9/2024 report leaves one unnamed)
    "millä palvelualueella toimintakate oli suurin 1–9/2024",
])
def test_no_figure_for_what_the_reports_cannot_give(engine, q):
    r = ask(engine, q)
    assert r.status != "answer" and not r.answers, (q, r.headline)


def test_rankings_say_which_units_they_rank(engine):
    r = ask(engine, "mikä vastuualue alitti talousarvion 2025")      # a list of the units the report has
    assert any("ei erittele kaikkia" in n.text for n in r.notes)
    r = ask(engine, "hyvinvointipalveluiden suurimmat kuluerät talousarviossa 2025")
    assert r.answers[0].basis == "budget" and r.answers[0].measure == "Henkilöstökulut"


@pytest.mark.parametrize("q", [
    # a number from a sentence that is not the one asked: negated, beside a number in words, of another thing
    "harrastemallin kyselyyn vastanneet 2024",
    "valmistavan opetuksen oppilaat esiopetuksessa 2025",
    "perusopetus €/opiskelija 2025",
    # another unit's indicator
    "varhaiskasvatus €/oppilas 2025",
    # over or under budget by another column or another period than the report has
    "mikä vastuualue alitti talousarvionsa eniten prosentteina 2025",
    "mikä vastuualue alitti talousarvionsa eniten 1-3/2025",
    # the largest of units the report does not all list
    "mikä vastuualue käytti eniten rahaa 1-3/2025",
    "mikä vastuualue oli suurin toimintakate 2025",
    # a column word of prose said beside another number ('1253, kuusi oppilasta ennustetta enemmän')
    "perusopetuksen oppilasmäärän ennuste",
    # two columns that are not one figure: the budget is not what was spent of it
    "varhaiskasvatuksen talousarviosta käytetty 2025",
    # a unit's name is all the prose would hold ('… prosessi on otettu 100 % käyttöön')
    "opetuksen talousarvion toteuma 2025",
    # an interim report's number is not the year's when the year's own statement is in the store
    "montako kerhoa pidettiin 2025",
    # a change against a column is no change from the year before
    "kuinka paljon varhaiskasvatuksen toimintakate kasvoi 2025 verrattuna talousarvioon",
    # a change from a year, its end unsaid
    "hyvinvointipalvelujen henkilöstökulujen muutos vuodesta 2024",
    # the whole year asked where the reports have only a to-date figure
    "virikkeellisen elämän toimintakate koko vuosi 2025",
    "Virikkeellisen elämän maksutuotot koko vuonna 2024",
    # a count per resident asked as a count
    "kirjaston käynnit 2025",
    "kirjaston kokonaislainaus 2025",
    # two units one after the other, not joined: which one, not a comparison led by the unit above
    "hyvinvointipalvelujen varhaiskasvatuksen toimintakate 2025",
    "kasvatus- ja opetuslautakunnan varhaiskasvatuksen toimintakate 2025",
    # prose: a count named only as whose ('yksittäisen lapsen asioissa 87'), one month's rate for a to-date
    # period ('maaliskuussa 75,77 %'), another date's count, the year's start
    "montako lasta varhaiskasvatuksen konsultointikäynneillä oli 2025",
    "mikä oli päiväkotien käyttöaste 1-3/2025",
    "montako oppilasta valo-luokassa opiskeli 31.3.2025",
    "montako oppilasta perusopetuksessa oli vuoden 2025 alussa",
    # the city's own figure, where the reports have one service area's
    "kaupungin investoinnit 2025",
    # a unit named by a part of a compound only, its other words unnamed; one side of a net row
    "työllisyyspalvelujen toimintakate 2025",
    "hyvinvointipalvelujen rahoitustuotot 2025",
    # prose: a sum reserved or a target's level is not what was spent or done
    "paljonko kirjaston remontin suunnitteluun käytettiin rahaa 2024",
    "montako somejulkaisua syyskuussa 2024",
])
def test_red_team_questions_get_no_figure(engine, q):
    r = ask(engine, q)
    assert r.status != "answer" and not r.answers, (q, r.headline)


@pytest.mark.parametrize("q, value, unit", [
    # a change said with one year is the change into it from the year before (the report prints both)
    ("varhaiskasvatuksen toimintakatteen kasvu 2025", 231007, "EUR"),
    ("hyvinvointipalvelujen toimintatuottojen kasvu 2025", -380388, "EUR"),
    ("varhaiskasvatuksen €/asukas kasvu 2025", -8, None),
    # 'prosentteina' with a change is the change in percent, not the realization percentage (95,63 %)
    ("varhaiskasvatuksen toimintakatteen kasvu prosentteina 2025", 2.99, "%"),
    ("hyvinvointipalvelujen henkilöstökulut kasvoivat prosenttia 2025", 0.27, "%"),
])
def test_a_change_of_one_year_is_from_the_year_before(engine, q, value, unit):
    r = ask(engine, q)
    assert r.status == "answer" and r.answers[0].value == pytest.approx(value, abs=0.01), (q, r.headline)
    assert unit is None or r.answers[0].unit == unit
    assert "2024 → 2025" in r.headline


def test_a_sum_over_years_is_the_answer_or_none(engine):
    r = ask(engine, "varhaiskasvatuksen toimintakatteet yhteensä 2023-2025")
    assert r.status == "answer" and r.answers[0].value == -23141665
    for q in ("vire toimintakate yhteensä 2024-2025",            # 2025 only to date
              "varhaiskasvatus €/asukas yhteensä 2024-2025"):    # not a sum of euros
        r = ask(engine, q)
        assert r.status != "answer" and not r.answers, (q, r.headline)


def test_a_number_from_prose_keeps_its_bound(engine):
    r = ask(engine, "montako museokävijää oli 2025")
    assert r.status == "answer" and r.answers[0].display.replace("\xa0", " ").startswith("lähes 30 000")
    r = ask(engine, "kuinka monta kotoutujaa 2025")
    assert r.answers[0].display.startswith("yli 20")


def test_a_level_word_names_the_one_unit_of_its_level(engine):
    # the reports have one toimiala: 'toimialan' is it (and the reply says which unit it read)
    r = ask(engine, "toimialan tuet ja avustukset toteuma-% 30.9.2024")
    assert r.status == "answer" and r.answers[0].value == 41.92
    assert r.answers[0].org == "Hyvinvointilautakunnan toimiala"
    r = ask(engine, "lautakunnan toimintakate 2025")        # two lautakunnat: asked back
    assert r.status == "clarify"


def test_two_figures_of_the_same_words_one_dated_are_both_shown(engine):
    r = ask(engine, "montako konsultointikäyntiä varhaiskasvatuksen lapsiryhmissä tehtiin vuoden 2025 aikana")
    assert r.status != "answer" and not r.answers and "147" in r.headline and "52" in r.headline


def test_the_year_a_project_began(engine):
    r = ask(engine, "Minä vuonna kaksivuotisen esiopetuksen kokeilu (v. 2016 syntyneet) alkoi?")
    assert r.status == "answer" and r.answers[0].value == 2021


@pytest.mark.parametrize("q, value", [
    ("kasvatus- ja opetuslautakunnan vuosikate 2025", -25825327),        # 'kasvatus-' names the unit
    ("Paljonko hyvinvointitoimialan henkilöstökuluihin oli varattu vuoden 2024 talousarviossa muutoksineen?", -19327000),
])
def test_a_change_word_of_a_name_or_a_budget_asks_no_change(engine, q, value):
    r = ask(engine, q)
    assert r.status == "answer" and r.answers[0].value == value, (q, r.headline)


@pytest.mark.parametrize("q, measure, value", [
    ("mikä oli pienin kuluerä hyvinvointipalveluissa 2025", "Aineet, tarvikkeet ja tavarat", -762216),
    ("mikä oli pienin tuloerä hyvinvointipalveluissa 2025", "Muut toimintatuotot", 159105),
    # the months asked, not the full year
    ("mikä oli suurin kuluerä hyvinvointipalveluissa 1-3/2025", "Henkilöstökulut", -4875072),
    ("mikä oli suurin tuloerä hyvinvointipalveluissa 1-3/2025", "Maksutuotot", 273340),
])
def test_a_ranking_of_rows_keeps_its_direction_and_period(engine, q, measure, value):
    r = ask(engine, q)
    assert r.status == "answer" and r.items[0].label == measure and r.answers[0].value == value, (q, r.headline)


def test_a_difference_of_rows_is_of_the_period_asked(engine):
    r = ask(engine, "hyvinvointipalvelujen toimintakulut ilman henkilöstökuluja 1-3/2025")
    assert r.status == "answer" and r.answers[0].value == -4293744 and r.answers[0].months == 3
    r = ask(engine, "hyvinvointipalvelujen toimintakulut ilman henkilöstökuluja 2024-2025")
    assert r.status != "answer" and not r.answers


def test_a_count_per_resident_asked_per_resident(engine):
    r = ask(engine, "kirjaston käynnit asukasta kohden 2025")
    assert r.status == "answer" and r.answers[0].value == 6.3


@pytest.mark.parametrize("q, value", [
    # a word of income said by itself fits an income row; the 'maksu' of 'maksutuottoja' is the row's own
    ("Paljonko hyvinvointipalveluiden maksutuottoja kertyi 1-3/2025?", 273340),
    # 'vielä saamatta' is what is left of the budget, never the income received
    ("Paljonko virikkeellisen elämän vuokratuottoja oli vielä saamatta syyskuun 2022 lopussa?", 26533),
    ("Paljonko virikkeellisen elämän maksutuotot kasvoivat 1-9/2023:sta 1-9/2024:ään?", 6026),   # case endings
    ("Montako osallistujaa virikkeellisen elämän omatoimiseen ja ryhmätoimintaan tavoiteltiin vuodelle 2025?", 350000),
    ("Morjens! Mikä oli Liikkeellä lukemaan -hankkeen menojen toteuma 31.3.2025?", 18),
    ("Mikä oli kasvatus- ja opetuslautakunnan suurin toimintatuottoerä 2025?", 630649),
    ("paljonko hyvinvointipalveluiden poistoja kirjattiin maaliskuun 2025 loppuun mennessä", -95678),
    ("Auttaisitko: lukiokoulutuksen euroa per opiskelija 2025", 11002),
    ("Heinolan harrastemallin toteuttaminen 2023–2024: menojen toteuma %", 149.3),
    # the date a report's period ends on names that report's project table
    ("Heinolalaisten aktivointi kaupungilla ja kylillä -hankkeen kaupungin rahoitusosuus 30.9.2024", 20),
])
def test_plain_wordings_of_known_figures(engine, q, value):
    r = ask(engine, q)
    assert r.status == "answer" and r.answers[0].value == value, (q, r.headline)


def test_a_change_of_no_unit_asks_whose_keeping_the_question(engine):
    r = ask(engine, "paljonko toimintakate kasvoi 2025")
    assert r.status == "clarify" and all("kasvoi 2025" in o.question for o in r.options)


def test_the_whole_year_and_a_to_date_period_at_once_are_asked_back(engine):
    r = ask(engine, "vire toimintakate koko vuosi 1-3/2025")
    assert r.status == "clarify" and not r.answers and {o.label for o in r.options} == {"2025", "1–3/2025"}


def test_a_row_named_as_printed_is_that_row(engine):
    """'avustukset' as the report prints it is the row Avustukset; 'avustuksia' may be either side."""
    r = ask(engine, "vaka avustukset TA 2024")
    assert r.status == "answer" and r.answers[0].value == -500000 and r.answers[0].basis == "budget"
    assert ask(engine, "paljonko avustuksia hyvinvointipalveluissa oli 2025?").status == "clarify"
    assert ask(engine, "hyvinvointipalvelujen saadut avustukset 2025").answers[0].value == 842404


def test_a_count_of_what_an_action_reached_needs_the_action_named(engine):
    """'Konsultoinneilla tavoitettiin 308 lasta': the children the consultations reached are not the
    children in early education; asked with the action, it is that figure."""
    r = ask(engine, "montako lasta varhaiskasvatuksessa 2025")
    assert not r.answers or all(a.value != 308 for a in r.answers)
    r = ask(engine, "montako lasta konsultoinneilla tavoitettiin 2025")
    assert r.status == "answer" and r.answers[0].value == 308
    assert ask(engine, "montako oppilasta valo-luokassa 2025").answers[0].value == 14


def test_two_rows_of_one_unit_side_by_side_and_summed(engine):
    r = ask(engine, "hyvinvointipalvelujen myyntituotot ja maksutuotot 2025")
    assert r.status == "answer" and [a.value for a in r.answers] == [1031106, 873490]
    assert [a.source.line for a in r.answers] == [26, 27]
    r = ask(engine, "hyvinvointipalvelujen myyntituotot ja maksutuotot yhteensä 2025")
    assert r.answers[0].value == 1031106 + 873490 and any(n.kind == "computed" for n in r.notes)
    assert [a.value for a in r.answers[1:]] == [1031106, 873490]


def test_rows_are_not_summed_into_one_another_nor_across_periods(engine):
    assert ask(engine, "hyvinvointipalvelujen toimintakulut ja henkilöstökulut yhteensä 2025").status == "clarify"
    assert ask(engine, "hyvinvointipalvelujen myyntituotot ja maksutuotot 2024-2025").status == "clarify"
    assert ask(engine, "myyntituotot ja maksutuotot 2025").status == "clarify"        # whose rows?
    # a side word is no second row: 'avustukset (menot)' is the row Avustukset
    assert ask(engine, "Hyvinvointipalvelut avustukset (menot) TA 2025").answers[0].value == -3635300


def test_a_follow_up_keeps_both_rows(engine):
    conv = engine.conversations.get("test-rows")
    ask(engine, "hyvinvointipalvelujen myyntituotot ja maksutuotot 2025", conv)
    r = ask(engine, "entä 2024?", conv)
    assert r.status == "answer" and [a.year for a in r.answers] == [2024, 2024] and len(r.answers) == 2


def test_vastuualueet_are_not_the_one_unit_named_vastuualue(engine):
    """Varhaiskasvatus is a vastuualue too, though its name does not say so: 'vastuualueiden' (and a bare
    'vastuualueen') is not Palvelualuejohtajan vastuualue, whose toimintakate is −1 070 572 €."""
    for q in ("kaikkien vastuualueiden toimintakate yhteensä 2025", "vastuualueiden toimintatuotot 2025",
              "vastuualueen toimintakate 2025"):
        r = ask(engine, q)
        assert r.status == "clarify" and not r.answers, q
    r = ask(engine, "palvelualuejohtajan vastuualueen toimintakate 2025")
    assert r.answers[0].value == -1070572
