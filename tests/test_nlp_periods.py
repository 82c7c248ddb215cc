"""nlp/periods.py: years, ranges, months to date, bare months, quarters, half-years, dates."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.lexicon import lexicon
from nlp.periods import PeriodReader
from nlp.tokens import tokenizer

READER = PeriodReader(lexicon(), today=dt.date(2026, 12, 2))


def read(text: str):
    return READER.read(text, tokenizer()(text))


@pytest.mark.parametrize("text, years, months", [
    ("vire toimintakate 1–9/2024", [2024], 9),
    ("toimintakate 1-3/2025", [2025], 3),
    ("tammi-maaliskuu 2025", [2025], 3),
    ("tammi–syyskuussa 2022", [2022], 9),
    ("syyskuun loppuun 2024", [2024], 9),
    ("kolmen ensimmäisen kuukauden aikana 2025", [2025], 3),
    ("9 kk 2024", [2024], 9),
    ("Q1 2025", [2025], 3),
    ("ensimmäisellä neljänneksellä 2025", [2025], 3),
    ("ekalla kvartaalilla 2025", [2025], 3),
    ("puolivuotiskatsaus 2025", [2025], 6),
    ("1–6/2025", [2025], 6),
])
def test_to_date_periods(text, years, months):
    p = read(text)
    assert p.years == years and p.months == months and not p.only_period


@pytest.mark.parametrize("text, field, value", [
    ("kesäkuu 2025", "month", 6),
    ("helmikuussa 2025", "month", 2),
    ("Q2 2025", "quarter", 2),
    ("toinen vuosineljännes 2025", "quarter", 2),
    ("toisella neljänneksellä 2025", "quarter", 2),
    ("heinä-syyskuu 2025", "quarter", 3),
    ("kesä-elokuu 2025", "month_range", (6, 8)),
])
def test_periods_that_are_not_from_january_are_read_as_such(text, field, value):
    p = read(text)
    assert getattr(p, field) == value
    assert p.only_period and p.months is None


def test_ranges_dates_and_relative_years():
    assert read("varhaiskasvatuksen toimintakate 2021–2025").year_range == (2021, 2025)
    assert read("2025–2021").year_range is None
    assert read("31.12.2024").date == (31, 12, 2024)
    assert read("vuoden 2025 lopussa").year_end
    assert read("opetus 2024 ja 2025").years == [2024, 2025]
    assert read("viime vuonna").years == [2025]          # today is 2.12.2026


def test_numbers_that_are_not_years_stay_out():
    p = read("hinta 2025,5 ja 12024 ja 1999.5")
    assert p.years == []


def test_each_rule_records_the_characters_it_read():
    text = "opetus toimintakate 1–9/2024"
    p = read(text)
    assert [text[a:b] for a, b in p.spans] == ["1–9/2024"]



def test_the_end_of_a_quarter_but_not_after_a_year():
    # 'ensimmäisen vuosineljänneksen jälkeen' is at the end of Q1 (the whole phrase is the period);
    # 'vuoden 2024 jälkeen' is not a period read: 'jälkeen' stays outside it
    text = "toimintakulut jäljellä ensimmäisen vuosineljänneksen jälkeen 2025"
    p = read(text)
    assert p.months == 3 and any(text[a:b].endswith("jälkeen") for a, b in p.spans)
    text = "toimintakulut vuoden 2024 jälkeen"
    assert not any("jälkeen" in text[a:b] for a, b in read(text).spans)


@pytest.mark.parametrize("text", ["maksutuotot kolmelta ensimmäiseltä kuukaudelta 2025",
                                  "maksutuotot kolmella ensimmäisellä kuukaudella 2025"])
def test_the_first_months_in_other_cases(text):
    assert read(text).months == 3


def test_the_end_of_a_month_with_its_year_is_to_date():
    reader = PeriodReader(lexicon())
    for text, months, year in (("syyskuun 2024 loppuun mennessä", 9, 2024), ("maaliskuun 2025 lopussa", 3, 2025),
                               ("syyskuun loppuun 2022", 9, 2022)):
        p = reader.read(text)
        assert p.months == months and p.years == [year] and p.month is None, text
