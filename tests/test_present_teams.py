"""bot/presenters/teams.py: an Adaptive Card 1.5 for every kind, literal text, short buttons."""
from __future__ import annotations

import json

import pytest

from bot.presenters.chart import card_png
from bot.presenters.teams import MAX_INLINE_IMAGE_BYTES, render_card, submit, summary
from bot.reply import Answer, Reply, Source
from replies import SAMPLES, sample


def plain(text: str) -> str:
    return text.replace(chr(0xA0), " ")


def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


def all_text(card) -> str:
    return "\n".join(n["text"] for n in walk(card) if n.get("type") == "TextRun")


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_kind_is_a_small_literal_card(name):
    card = render_card(sample(name))
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    types = {n.get("type") for n in walk(card)}
    # text only in RichTextBlock/TextRun: Teams reads TextBlock and FactSet values as Markdown
    assert "TextBlock" not in types and "FactSet" not in types
    assert len(json.dumps(card, ensure_ascii=False).encode()) < 20_000
    assert card["fallbackText"].splitlines()[0]
    text = all_text(card)
    assert "\t" not in text and "⏎" not in text
    for action in (n for n in walk(card) if n.get("type") == "Action.Submit"):
        assert len(action["title"]) <= 30 and set(action["data"]) == {"question"}


@pytest.mark.parametrize("name", [n for n in SAMPLES if sample(n).status == "answer"])
def test_every_answer_ends_in_a_source_block(name):
    last = render_card(sample(name))["body"][-1]
    assert last["type"] == "Container" and last["items"][0]["inlines"][0]["text"] in ("Lähde", "Lähteet")


def test_lists_are_tables_and_goals_are_coloured():
    ranking = render_card(sample("ranking"))
    table = next(n for n in walk(ranking) if n.get("type") == "Table")
    assert len(table["rows"]) == 6                                      # header + five lines
    assert "1. Henkilöstökulut" in all_text(table) and "53,0 % toimintakuluista" in plain(all_text(table))
    overrun = plain(all_text(render_card(sample("overrun"))))
    assert "ylittyi 49 857 €" in overrun and "rivit 196, 201" in overrun
    goals = render_card(sample("goals"))
    colours = [r.get("color") for r in walk(goals) if r.get("type") == "TextRun" and "Toteutuu" in r["text"]]
    assert colours.count("Good") == 3 and colours.count("Warning") == 1


def test_buttons_cut_at_a_word_with_the_whole_question_in_the_value():
    card = render_card(sample("clarify"))
    titles = [a["title"] for a in walk(card) if a.get("type") == "Action.Submit"]
    assert "Palvelualuejohtajan…" in titles and "Hyvinvoinnin edistämisen…" in titles
    assert submit("varhaiskasvatuksen toimintakate 2022–2025", "q") == {
        "type": "Action.Submit", "title": "varhaiskasvatuksen…", "data": {"question": "q"}}
    assert card["actions"][-1]["type"] == "Action.ShowCard"              # three on the card, the rest behind
    helps = [a["title"] for a in walk(render_card(sample("help"))) if a.get("type") == "Action.Submit"]
    assert helps[:2] == ["…toimintakate 2025", "…toimintakate 2022–2025"]  # cut alike: their ends tell apart
    assert len(set(helps)) == len(helps)


def test_figure_card_shows_the_figure_big_and_the_row_with_headings():
    card = render_card(sample("figure"))
    assert card["body"][1]["inlines"][0] == {"type": "TextRun", "text": sample("figure").answers[0].display,
                                            "size": "ExtraLarge", "weight": "Bolder", "color": "Accent"}
    text = plain(all_text(card))
    assert "Tilinpäätös 2025 – Hyvinvointipalvelut, 9.3.2026" in text and "Poikkeama" in text
    bold = [plain(r["text"]) for r in walk(card) if r.get("type") == "TextRun" and r.get("weight") == "Bolder"]
    assert "−7 507 509 €" in bold                                  # the figure's column in the row
    assert plain(summary(sample("figure"))) == plain(sample("figure").headline)


def test_chart_image_embedded_with_alt_text_when_small_enough():
    reply = sample("series")
    png = card_png(reply.chart)
    assert len(png) * 4 // 3 <= MAX_INLINE_IMAGE_BYTES
    image = next(n for n in walk(render_card(reply, png)) if n.get("type") == "Image")
    assert image["url"].startswith("data:image/png;base64,") and "1–9/2022 −5 491 996 €" in plain(image["altText"])
    assert not [n for n in walk(render_card(reply, b"x" * 20_000)) if n.get("type") == "Image"]


def test_report_text_is_not_markdown():
    src = Source("r.txt", title="**T**", row="- 7 738 516", quote="*) arvio", kind="text")
    card = render_card(Reply("answer", "text", "*) arvio", answers=[Answer(1, "kpl", "1 kpl", "x", src)]))
    assert "«*) arvio»" in all_text(card) and "**T**" in all_text(card)


def test_a_long_goal_list_card_holds_each_goal_once():
    # 25 goals of ~700 characters: the card keeps every goal, its text fallback is cut at a line
    from bot.reply import Item
    goals = [Item(f"Tavoite {i}", status="Toteutuu", full_text=f"Tavoite {i}: " + "pitkä arvio " * 58)
             for i in range(25)]
    card = render_card(Reply("answer", "goals", "Tavoitteet: 25 kpl", items=goals))
    size = len(json.dumps(card, ensure_ascii=False).encode())
    text = sum(len(g.full_text.encode()) for g in goals)
    assert size < 1.8 * text, (size, text)       # the goals once, not again in the text fallback
    assert all(f"Tavoite {i}: " in all_text(card) for i in range(25))
    assert card["fallbackText"].endswith("\n…") and len(card["fallbackText"]) <= 1502
