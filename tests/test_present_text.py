"""bot/presenters/text.py and common.py: the command line's answer a lay reader can check."""
from __future__ import annotations

import re

import pytest

from bot.presenters import common as c
from bot.presenters.text import render_text
from bot.reply import Answer, Cell, Interpretation, Reply, Source
from replies import SAMPLES, sample

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def plain(text: str) -> str:
    """No-break spaces (digit groups, a unit kept by its number) as plain ones, for comparing."""
    return text.replace(chr(0xA0), " ")


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_no_tabs_debris_pipes_or_iso_dates(name):
    text = render_text(sample(name))
    assert "\t" not in text and "⏎" not in text and "|" not in text
    assert not ISO.search(text)
    assert text.splitlines()[0] == c.clean(sample(name).headline)


def test_figure_first_line_then_notes_interpretation_and_a_checkable_source():
    lines = plain(render_text(sample("figure"))).splitlines()
    assert lines[0] == "Varhaiskasvatus: Toimintakate 2025: −7 507 509 €"
    assert "alittui 342 891 €" in lines[1]
    assert lines[2].startswith("Tulkitsin:")
    assert lines[3] == "Lähde: Tilinpäätös 2025 – Hyvinvointipalvelut, 9.3.2026"
    assert lines[4] == "  taulukko Varhaiskasvatus"
    assert "Toteuma 2025 −7 507 509 € · Talousarvio" not in lines[5]   # in the printed order
    assert lines[5].startswith("  Toimintakate: Tilinpäätös 2024 −7 738 516 € · Talousarvio 2025")
    assert "Poikkeama −342 891 €" in lines[5]
    assert lines[6] == "  (heinola-tp2025-hyvinvointipalvelut.txt, rivi 346)"


def test_debris_of_the_2022_report_is_cleaned_from_a_text_source():
    src = Source("r.txt", title="Osavuosikatsaus 1–9/2022", date="2022-10-31", kind="text",
                 quote="TOIMINTAKATE -7 479 ⏎ -5 753\t| x")
    reply = Reply("answer", "text", "X: 1", answers=[Answer(1, "kpl", "1 kpl", "x", src)])
    text = render_text(reply)
    assert "«TOIMINTAKATE -7 479 -5 753 x»" in text and "31.10.2022" in text


def test_options_numbered_and_page_shown_when_known():
    assert render_text(sample("clarify")).splitlines()[1:3] == ["1) Hyvinvointipalvelut",
                                                                 "2) Kasvatus- ja opetuslautakunta"]
    src = Source("r.pdf", title="Talousarvio 2026", table="Käyttötalous", page=12, line=340,
                 cells=(Cell("TA 2026", "−1 €"),), row="Toimintakate")
    reply = Reply("answer", "figure", "X", answers=[Answer(-1, "EUR", "−1 €", "x", src)],
                  interpretation=Interpretation("Tulkitsin: x"))
    assert "  taulukko Käyttötalous · sivu 12" in render_text(reply).splitlines()


def test_further_figure_is_listed_unless_a_note_states_it():
    text = render_text(sample("figure_to_date"))
    assert not [line for line in text.splitlines() if line.startswith("•")]   # the note states the budget
    reply = sample("figure_to_date")
    reply.notes = []
    assert "• Hyvinvointi · Investointimenot · talousarvio 2024: −270 000 € (rivi 204)" in plain(render_text(reply))


def test_series_marks_the_partial_point_and_says_the_change_in_words():
    text = plain(render_text(sample("series")))
    assert "  toteuma 1–9/2022: −5 491 996 € (osavuoden luku)" in text
    assert "Muutos 2023 → 2025: toimintakate parani 388 131 € (4,9 %)" in text
    assert text.count("Osavuosikatsaus 1–9/2024 – Hyvinvointitoimiala, 31.10.2024") == 1


def test_list_sources_are_grouped_with_line_ranges():
    assert c.lines_text((32, 33, 34, 35, 36)) == "32–36"
    assert c.lines_text((289, 290, 291, 292, 296, 297, 298, 299)) == "289–292, 296–299"
    assert c.lines_text((41, 35, 36)) == "35, 36, 41"
    assert "(heinola-tp2025-hyvinvointipalvelut.txt, rivit 32–36)" in plain(render_text(sample("ranking")))


def test_shorten_cuts_at_a_word():
    assert c.shorten("Palvelualuejohtajan vastuualue (Hyvinvointipalvelut)", 30) == "Palvelualuejohtajan…"
    assert c.shorten("Varhaiskasvatus", 30) == "Varhaiskasvatus"
    assert len(c.shorten("varhaiskasvatuksen toimintakate 2022–2025", 30)) <= 30
    assert c.clean("rivi\t1 ⏎ 2 | 3, 2026-03-09") == "rivi 1 2 3, 9.3.2026"
