"""Seeded hostile chat messages for the front-end tests and bench/hostile.py.

``hostile_messages(n, seed)`` → n strings, the same for the same seed: control characters and NUL
inside real questions, lone surrogates, 1 MB strings, FTS5 and SQL syntax, other scripts, emoji,
HTML/Markdown/Telegram-entity injection, and mixtures of them. ``huge=False`` leaves the 1 MB ones out.
"""

from __future__ import annotations

import random

QUESTIONS = [
    "varhaiskasvatuksen toimintakate 2025",
    "paljonko opetuksen henkilöstökulut olivat 2024?",
    "hyvinvointipalvelujen toimintatuotot 2025",
    "varhaiskasvatuksen toimintakate 2021–2025",
    "vire toimintakate 2025",
    "toimintakate 2024",
    "entä 2024?",
]

CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x1b[31m", "\x7f", "\u200b", "\u200e", "\u202e", "\ufeff",
           "\u2028", "\u2029", "\r\n", "\t", "\x0c", "\U000e0001"]
SURROGATES = ["\ud800", "\udfff", "\udbff", "\ud83d", "\ude00", "\ud800\ud800"]
FTS_SQL = ['"', '""', "*", "toimintakate*", "NEAR(toimintakate kate, 2)", "OR", "AND NOT", "^kate",
           "org:vaka", "- -", "((((", "))", "'; DROP TABLE facts; --", "1' OR '1'='1", "%", "_%_",
           "\\", "' UNION SELECT * FROM reports --", "NULL", "0x00", "{}", "[]", "$1", "?1", ":a"]
SCRIPTS = ["Дошкольное образование 2025", "التعليم 2025", "幼儿教育 2025", "शिक्षा 2025", "ชีวิต",
           "Ελληνικά", "עברית", "한국어", "ⓥⓐⓡⓗⓐⓘⓢ", "ｖａｒｈａｉｓ", "𝔳𝔞𝔯𝔥𝔞𝔦𝔰", "Zalgơ̵̢̛͇̫̹̐ͨ"]
EMOJI = ["😀", "👩‍👩‍👧‍👦", "🇫🇮", "👍🏽", "❤️", "🧮" * 50, "\U0001f600" * 300, "©®™", "ℹ️"]
MARKUP = ["<b>", "</b>", "</code>", "<code>", "<pre>", "<a href='javascript:alert(1)'>x</a>",
          "<script>alert(1)</script>", "<tg-spoiler>", "<at>Lukubotti</at>", "<at>", "&amp;", "&#0;",
          "&#xD800;", "&lt;", "&", "**lihava**", "`koodi`", "```", "[linkki](http://127.0.0.1/)",
          "_kursiivi_", "~~", "||spoiler||", "\\*", "@lukubotti_test_bot", "/start@x", "/lahteet"]
PIECES = CONTROL + SURROGATES + FTS_SQL + SCRIPTS + EMOJI + MARKUP


def _huge(r: random.Random) -> str:
    kind = r.randrange(5)
    if kind == 0:
        return "a" * 1_000_000
    if kind == 1:
        return "varhaiskasvatus " * 62_500
    if kind == 2:
        return "\x00" * 150_000
    if kind == 3:
        return r.choice(QUESTIONS) + " " + "x" * 999_000
    return "<b>" * 200_000


def _mixed(r: random.Random) -> str:
    words = r.choice(QUESTIONS).split()
    for _ in range(r.randint(1, 6)):
        words.insert(r.randint(0, len(words)), r.choice(PIECES))
    sep = r.choice([" ", "", "\x00", "\u00a0", "\t"])
    return sep.join(words)


def hostile_messages(n: int, seed: int = 12, huge: bool = True) -> list[str]:
    r = random.Random(seed)
    out: list[str] = []
    for i in range(n):
        kind = i % 10
        if kind == 0 and huge and i % 50 == 0:
            out.append(_huge(r))
        elif kind in (0, 1, 2, 3):
            out.append(_mixed(r))
        elif kind == 4:
            out.append("".join(r.choice(PIECES) for _ in range(r.randint(1, 8))))
        elif kind == 5:
            q = list(r.choice(QUESTIONS))
            for _ in range(r.randint(1, 4)):
                q.insert(r.randint(0, len(q)), r.choice(CONTROL + SURROGATES))
            out.append("".join(q))
        elif kind == 6:
            out.append(r.choice(FTS_SQL) + " " + r.choice(QUESTIONS) + " " + r.choice(FTS_SQL))
        elif kind == 7:
            out.append(r.choice(SCRIPTS) + r.choice(EMOJI) + " " + r.choice(QUESTIONS))
        elif kind == 8:
            out.append(r.choice(MARKUP) + r.choice(QUESTIONS) + r.choice(MARKUP))
        else:
            out.append("".join(chr(r.choice([r.randint(0, 0x2FF), r.randint(0x300, 0xFFFF),
                                             r.randint(0x10000, 0x10FFFF)]))
                               for _ in range(r.randint(1, 60))))
    return out
