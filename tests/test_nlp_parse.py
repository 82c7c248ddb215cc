"""nlp/parse.py on the real store's lemma index: entities, intents, and the words left unexplained."""
from __future__ import annotations

import pytest

from nlp.index import Index
from nlp.parse import Parser, merge


@pytest.fixture(scope="module")
def parser(engine):
    return engine.state.parser


def names(matches):
    return [m.entry.name for m in matches]


@pytest.mark.parametrize("q, intent, org, measure", [
    ("varhaiskasvatuksen toimintakate 2025", "figure", "Varhaiskasvatus", "Toimintakate"),
    ("vakan nettomenot 2025", "figure", "Varhaiskasvatus", "Toimintakate"),
    ("opkou toimintakate 2025", "figure", "Opetus ja koulutus", "Toimintakate"),
    ("Kasvatus- ja opetuslautakunnan toimintakat 2025?", "figure", "Kasvatus- ja opetuslautakunta", "Toimintakate"),
    ("paljonko hyvinvointipalvelujen henkilostokulut olivat tilinpaatoksessa 2025", "figure", "Hyvinvointipalvelut",
     "Henkilöstökulut"),
    ("Heinolan kaupungin varhaiskasvatuksen toimintakate 2025, kiitos", "figure", "Varhaiskasvatus", "Toimintakate"),
])
def test_figure_questions_are_read_whole(parser, q, intent, org, measure):
    p = parser.parse(q)
    assert p.complete and p.intent == intent and p.unexplained == []
    assert names(p.orgs)[0] == org and names(p.measures)[0] == measure


def test_key_indicators_win_where_their_words_are_needed(parser):
    p = parser.parse("Paljonko varhaiskasvatus maksoi asukasta kohden vuonna 2025?")
    assert p.intent == "kpi" and names(p.kpis) == ["Varhaiskasvatus €/asukas"]
    p = parser.parse("vaka €/lapsi tavoite 2025")
    assert p.intent == "kpi" and p.basis == "target"


@pytest.mark.parametrize("q, word", [
    ("varhaiskasvatuksen henkilöstökulujen keskiarvo 2025", "keskiarvo"),
    ("mikä on Kivijärvi-hankkeen rahoitus", "Kivijärvi-hankkeen"),
    ("Hankala juttu.", "Hankala"),
    ("Mikä oli lukion toimintakate vuonna 2025?", "lukion"),
    ("varhaiskasvatuksen toimintakate mediaani 2025", "mediaani"),
])
def test_a_word_not_understood_is_left_unexplained_and_no_reading_is_complete(parser, q, word):
    p = parser.parse(q)
    assert word in p.unexplained
    assert not p.complete


def test_another_place_is_not_the_reports_municipality(parser):
    p = parser.parse("Porin opetuksen toimintakulut 2025")
    assert p.intent == "other_place" and p.places == ["Pori"]
    assert parser.parse("Heinolan opetuksen toimintakulut 2025").places == []


def test_negation_excludes_a_basis(parser):
    p = parser.parse("opetuksen toimintakate 2025, ei talousarvio")
    assert p.complete and p.basis_excluded == {"budget"} and p.basis != "budget"


def test_exclusion_names_the_excluded_row(parser):
    p = parser.parse("varhaiskasvatuksen toimintakulut ilman henkilöstökuluja 2025")
    assert names(p.measures) == ["Toimintakulut"] and names(p.reading.excluded) == ["Henkilöstökulut"]
    p = parser.parse("henkilöstökuluja lukuun ottamatta varhaiskasvatuksen toimintakulut 2025")
    assert names(p.reading.excluded) == ["Henkilöstökulut"]


def test_foreign_column_words_are_understood_and_foreign_questions_are_told(parser):
    assert parser.parse("vire toimintakate forecast 2025").basis == "forecast"
    assert parser.parse("vire toimintakate prognos 2025").basis == "forecast"
    p = parser.parse("What was the operating margin of early childhood education in 2025?")
    assert p.intent == "language" and p.language == "en"
    assert parser.parse("Vad var verksamhetsbidraget för småbarnspedagogik 2025?").language == "sv"


def test_period_words_name_no_entity(parser):
    # 'toinen' of 'toinen vuosineljännes' is no project 'Suomi toisena kielenä'
    p = parser.parse("toinen vuosineljännes 2025")
    assert p.periods.quarter == 2 and not p.projects


def test_ties_are_kept_for_asking_back(parser):
    p = parser.parse("hyvinvoinnin edistäminen toimintakate q1 2025")
    assert {"Hyvinvoinnin edistämisen lautakunta", "Hyvinvoinnin ja työllisyyden edistäminen"} <= set(names(p.orgs))
    p = parser.parse("paljonko avustuksia hyvinvointipalveluissa oli 2025?")
    assert set(names(p.measures)) == {"Avustukset", "Tuet ja avustukset"}


def test_intents(parser):
    assert parser.parse("mitä voin kysyä?").intent == "help"
    assert parser.parse("varhaiskasvatuksen tavoitteet 2025").intent == "goals"
    assert parser.parse("mitkä hankkeet ovat käynnissä 2025").intent == "project"
    assert parser.parse("suurimmat kuluerät hyvinvointipalveluissa 2025").intent == "ranking"
    assert parser.parse("mikä vastuualue ylitti budjettinsa 2025").intent == "overrun"
    p = parser.parse("vertaa vakan ja opkoun toimintakatetta 2025")
    assert set(names(p.orgs[:1]) + names(p.reading.compare_orgs)) == {"Varhaiskasvatus", "Opetus ja koulutus"}


def test_follow_up_keeps_the_previous_question(parser):
    first = parser.parse("varhaiskasvatuksen toimintakate 2025")
    follow = parser.parse("entä 2024?")
    assert follow.follow_up
    merged = merge(follow, first)
    assert merged.periods.years == [2024] and names(merged.orgs) == ["Varhaiskasvatus"]
    assert merged.complete


def test_read_from_says_which_words_were_read(parser):
    rf = parser.parse("vakan nettomenot 2025").read_from()
    assert rf["org"] == "vakan" and rf["measure"] == "nettomenot" and rf["years"] == "2025"


def test_index_is_looked_up_not_scanned(db_path):
    import sqlite3
    conn = sqlite3.connect(db_path)
    idx = Index(conn)
    rows = idx.lookup({"varhaiskasvatus"})
    assert rows and all(r[0] == "varhaiskasvatus" for r in rows)
    assert idx.lookup({"ei-sanaa-tällaista"}) == []


def test_a_participle_in_a_name_is_named_by_its_verb(parser):
    # 'Peruskoulun suorittaneiden osuus': 'suoritti' names it (a noun is not named by a verb it comes from:
    # 'osallistuja' is no 'osallistua')
    p = parser.parse("kuinka suuri osuus 9.-luokkalaisista suoritti peruskoulun 2025")
    assert p.kpis and "suorittaneiden" in p.kpis[0].entry.name and not p.unexplained
    p = parser.parse("montako osallistujaa virikkeellisen elämän omatoimisessa ja ryhmätoiminnassa oli 2024")
    assert p.kpis and not p.unexplained
