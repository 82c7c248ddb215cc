"""bot/presenters/telegram.py: Telegram HTML for every kind, escaped, split at 4096 UTF-16 units."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from bot.presenters.telegram import MAX_CAPTION, caption_html, render_telegram, split_html, tg_len
from bot.reply import Answer, Item, Note, Option, Reply, Source
from replies import SAMPLES, sample


def plain(text: str) -> str:
    return text.replace(chr(0xA0), " ")

ALLOWED = {"b", "i", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler"}


class TagCheck(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.bad.append(tag)
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.bad.append("/" + tag)


def balanced(html: str) -> bool:
    p = TagCheck()
    p.feed(html)
    p.close()
    return not p.bad and not p.stack


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_kind_is_valid_telegram_html(name):
    msg = render_telegram(sample(name))
    assert msg.chunks and all(balanced(ch) and tg_len(ch) <= 4096 for ch in msg.chunks)
    joined = "\n".join(msg.chunks)
    assert "\t" not in joined and "⏎" not in joined and not re.search(r"\d{4}-\d{2}-\d{2}", joined)


def test_lists_are_native_with_sources():
    ranking = plain(render_telegram(sample("ranking")).chunks[0])
    assert "1. Henkilöstökulut: <b>−20 889 482 €</b> (53,0 % toimintakuluista)" in ranking
    assert "<code>heinola-tp2025-hyvinvointipalvelut.txt, rivit 32–36</code>" in ranking
    overrun = plain(render_telegram(sample("overrun")).chunks[0])
    assert "ylittyi 49 857 €" in overrun and "rivit 35, 36, 41" in overrun and "rivit 196, 201" in overrun
    goals = plain(render_telegram(sample("goals")).chunks[0])
    assert "🟡 <b>Toteutuu osittain</b> – Kansainväliset asiakasryhmät huomioidaan palveluissa." in goals
    project = render_telegram(sample("project")).chunks[0]
    assert "<b>Rahoittaja</b>: OKM" in project


def test_figure_row_in_a_quote_with_the_figures_column_bold():
    html = plain(render_telegram(sample("figure")).chunks[0])
    assert "<blockquote><b>Toimintakate</b>\nTilinpäätös 2024: −7 738 516 €" in html
    assert "Toteuma 2025: <b>−7 507 509 €</b>" in html


def test_options_are_buttons_with_the_full_question():
    msg = render_telegram(sample("clarify"))
    assert msg.chunks == ["<b>Toimintakate 2025: minkä yksikön?</b>"]       # the options are not repeated
    assert msg.buttons[4].label == "Palvelualuejohtajan vastuualue (Hyvinvointipalvelut)"
    assert msg.buttons[4].question == "palvelualuejohtajan vastuualueen toimintakate 2025"
    assert [b.question for b in render_telegram(sample("help")).buttons][0] == "varhaiskasvatuksen toimintakate 2025"
    assert render_telegram(sample("figure")).buttons == []


def test_everything_from_the_reply_is_escaped():
    src = Source("<x>.txt", title="A & B <i>", table="<b>t</b>", row="r<", quote="q&")
    reply = Reply("answer", "figure", "<script>alert(1)</script> & co",
                  answers=[Answer(1, "EUR", "1 €", "<l>", src)], notes=[Note("x", "5 < 6 & 7 > 3")],
                  items=[], options=[Option("<o>", "q")])
    html = "\n".join(render_telegram(reply).chunks)
    assert "<script>" not in html and "&lt;script&gt;" in html and "5 &lt; 6 &amp; 7 &gt; 3" in html
    assert "A &amp; B &lt;i&gt;" in html and balanced(html)


def test_chart_and_caption_within_the_limit():
    msg = render_telegram(sample("series"))
    assert msg.chart is sample("series").chart or msg.chart == sample("series").chart
    assert msg.caption.startswith("<b>Varhaiskasvatus: toimintakate 2022–2025</b>")
    long = sample("series").chart
    long = type(long)(long.type, long.title, long.unit, long.series, caption="Lähde " * 600)
    assert tg_len(caption_html(long)) <= MAX_CAPTION and balanced(caption_html(long))


def test_a_long_list_is_split_on_lines_with_tags_balanced():
    src = Source("r.txt", title="T", line=1)
    items = [Item(f"Hanke {i} " + "pitkä nimi " * 8, Answer(i, "EUR", f"{i} €", "x", src), detail="OKM")
             for i in range(60)]
    reply = Reply("answer", "projects", "Hankkeet", items=items)
    chunks = render_telegram(reply).chunks
    assert len(chunks) >= 2 and all(tg_len(ch) <= 4096 and balanced(ch) for ch in chunks)
    # every item once, in order, each whole inside one chunk (the split falls between lines)
    plain = [re.sub(r"<[^>]+>", "", ch) for ch in chunks]
    found = [int(m) for p in plain for m in re.findall(r"Hanke (\d+) ", p)]
    assert found == list(range(60))
    name = "pitkä nimi " * 8
    assert all(p.count(f"Hanke {i} ") == 0 or f"Hanke {i} {name}".strip() in p for i in range(60) for p in plain)


def test_split_closes_and_reopens_tags_and_never_cuts_entities():
    body = "<b>" + "\n".join(f"rivi {i} &amp; &lt;x&gt; <i>kursiivi</i>" for i in range(400)) + "</b>"
    chunks = split_html(body, limit=1000)
    assert len(chunks) > 5
    assert all(len(ch) <= 1000 and ch.startswith("<b>") and ch.endswith("</b>") and balanced(ch) for ch in chunks)
    huge = "<code>" + "&amp;x" * 2000 + "</code>"
    chunks = split_html(huge, limit=500)
    assert all(len(ch) <= 500 and balanced(ch) for ch in chunks)
    assert "".join(re.sub("</?code>", "", ch) for ch in chunks) == "&amp;x" * 2000
    quote = "<blockquote>" + "\n".join("rivi " * 30 for _ in range(60)) + "</blockquote>"
    assert all(balanced(ch) for ch in split_html(quote, limit=700))


def test_split_short_text_is_untouched_and_emoji_count_double():
    assert split_html("<b>lyhyt</b>") == ["<b>lyhyt</b>"]
    chunks = split_html("😀" * 3000)                     # 6 000 UTF-16 code units
    assert len(chunks) == 2 and all(tg_len(ch) <= 4096 for ch in chunks)
