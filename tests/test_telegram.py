"""End-to-end tests of the Telegram front end.

The real python-telegram-bot Application talks to a local fake Bot API server
(tests/fake_telegram.py, 127.0.0.1 only) and answers with the real Engine over a
real database built from data/reports/. Only Telegram's servers are faked.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import warnings
from contextlib import asynccontextmanager
from html.parser import HTMLParser
from pathlib import Path

import pytest

os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

pytest.importorskip("telegram")
import aiohttp  # noqa: E402

from bot import telegram_bot as tb  # noqa: E402
from bot import formatting as fmt  # noqa: E402
from bot.formatting import date as fi_date  # noqa: E402
from bot.presenters.telegram import render_html, render_telegram, tg_len  # noqa: E402
from bot.reply import Answer, Chart, Interpretation, Note, Option, Point, Reply, Series, Source  # noqa: E402
from bot.question_log import QuestionLog  # noqa: E402
from tests.fake_connector import SlowEngine  # noqa: E402
from tests.fake_telegram import BOT_ID, BOT_USERNAME, TOKEN, FakeBotApi  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

Q_VK_2025 = "varhaiskasvatuksen toimintakate 2025"
Q_SERIES = "varhaiskasvatuksen toimintakate 2021–2025"
Q_AMBIGUOUS = "toimintakate 2024"


def digits(text: str) -> str:
    """'−7 507 509 €' → '−7507509 €': drop every kind of space between digits."""
    return re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d)", "", html.unescape(text))


#: a figure as the presenters print it, after digits(): '−7507509 €', '124,18 %', '21,5 €/asukas'
FIGURE = r"[−-]?\d+(?:,\d+)?[\s\u00a0]*(?:€|%)"


def figure_lines(text: str) -> list[str]:
    """The lines of a list or series answer that carry a figure in bold (not the source lines)."""
    body = text.split("\n\n")[0]
    return [ln for ln in digits(body).split("\n")[1:] if re.search(rf"<b>{FIGURE}</b>", ln)]


def outside_source(text: str) -> str:
    """The answer without its quoted source row (a person sees the row's other figures there)."""
    return re.sub(r"<blockquote>.*?</blockquote>", "", text, flags=re.S)


def is_figure_answer(text: str) -> bool:
    """A figure first (bold, in the first line) and a source a person can look up: report, file, line."""
    first = digits(text).split("\n")[0]
    return (re.fullmatch(rf"<b>[^<]*{FIGURE}[^<]*</b>", first) is not None and "Lähde" in text
            and re.search(r"<code>[^<]+\.txt, rivi \d+</code>", text) is not None)


def keyboard(call) -> list[dict]:
    return [b for row in call.params["reply_markup"]["inline_keyboard"] for b in row]


def with_keyboard(fake: FakeBotApi, chat_id: int) -> list:
    return [c for c in fake.calls_to("sendMessage")
            if int(c.params["chat_id"]) == chat_id and "reply_markup" in c.params]


def is_help(text: str, engine) -> bool:
    """The help made from the store: every loaded report by its title (and date), and the years."""
    plain = html.unescape(text)
    years = sorted({r["year"] for r in engine.reports() if r["year"]})
    return (all(r["title"] in plain for r in engine.reports()) and f"{years[0]}" in plain
            and all(fi_date(r["published"]) in plain for r in engine.reports() if r["published"]))


# --- fixtures ------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch):
    """Opt in to PTB's future RetryAfter.retry_after type (a timedelta), as PTB 22 asks: without
    it every 429 raises a PTBDeprecationWarning inside PTB itself. The bot accepts both forms
    (test_retry_after_seconds_accepts_both_forms)."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")

def _kysy() -> list[str]:
    exe = Path(sys.executable).with_name("kysy")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli"]


# db_path (a real database built from data/reports/ once per session) and engine (the real
# Engine over it) come from tests/conftest.py.


@pytest.fixture
async def fake():
    server = await FakeBotApi().start()
    try:
        yield server
    finally:
        await server.stop()


@asynccontextmanager
async def running_bot(fake: FakeBotApi, engine, config: tb.BotConfig | None = None, question_log=None,
                      polling: bool = True):
    lukubot = tb.LukuBot(engine, config, question_log)
    app = tb.build_application(lukubot, TOKEN, base_url=fake.url + "/bot/")  # trailing '/' is normalised
    async with app:  # initialize: getMe
        await app.post_init(app)  # what run_polling/run_webhook do: setMyCommands
        await app.start()
        if polling:
            await app.updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=tb.ALLOWED_UPDATES)
        try:
            yield app, lukubot
        finally:
            if app.updater.running:
                await app.updater.stop()
            await app.stop()
            lukubot.pool.shutdown(wait=False, cancel_futures=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def texts(fake: FakeBotApi, chat_id: int | None = None) -> list[str]:
    return [c.params.get("text", "") for c in fake.calls_to("sendMessage")
            if chat_id is None or int(c.params.get("chat_id")) == chat_id]


async def wait_texts(fake: FakeBotApi, chat_id: int, n: int, timeout: float = 10.0) -> list[str]:
    return await fake.wait_for(lambda: (lambda t: t if len(t) >= n else None)(texts(fake, chat_id)), timeout)


class BalanceChecker(HTMLParser):
    """Checks that a Telegram HTML chunk has balanced tags and only known entities."""

    ALLOWED = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a",
               "span", "tg-spoiler", "blockquote", "tg-emoji"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        if tag not in self.ALLOWED:
            self.ok = False
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False

    def handle_entityref(self, name):
        if name not in ("lt", "gt", "amp", "quot"):
            self.ok = False


def balanced(chunk: str) -> bool:
    p = BalanceChecker()
    p.feed(chunk)
    p.close()
    # a '&' or '<' that is not part of an entity/tag would be a parse error at Telegram
    stray = re.search(r"&(?!(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", chunk)
    return p.ok and not p.stack and stray is None


# --- end-to-end: answers -------------------------------------------------------------------

async def test_question_gets_figure_and_source(fake, engine):
    async with running_bot(fake, engine):
        cmds = await fake.wait_calls("setMyCommands")
        names = [c["command"] for c in cmds[0].params["commands"]]
        assert names == ["start", "apua", "help", "lahteet"]
        fake.message_update(Q_VK_2025, chat_id=101)
        [text] = await wait_texts(fake, 101, 1)
    call = fake.calls_to("sendMessage")[0]
    assert call.params["parse_mode"] == "HTML"
    assert "reply_markup" not in call.params  # an answer, nothing to choose
    assert balanced(text)
    plain = digits(text)
    # the figure first, in bold, with what it is: the unit, the row and the year
    first = plain.split("\n")[0]
    assert re.fullmatch(r"<b>[^<]*[−-]7507509\s*€</b>", first), text
    assert "Varhaiskasvatus" in first and "Toimintakate" in first and "2025" in first
    assert "Tulkitsin" in text and "toteuma 2025" in text
    # then the source: the report's title and date, the table, the row with the figure's column
    # marked, and the file and line for the one who checks
    assert plain.index("Tulkitsin") < plain.index("Lähde")
    assert "Tilinpäätös 2025 – Hyvinvointipalvelut, 9.3.2026" in plain
    assert "taulukko Varhaiskasvatus" in plain
    assert re.search(r"<blockquote><b>Toimintakate</b>\n.*Toteuma 2025: <b>[−-]7507509\s*€</b>", plain, re.S), text
    assert "<code>heinola-tp2025-hyvinvointipalvelut.txt, rivi 346</code>" in plain


async def test_follow_up_question_uses_chat_context(fake, engine):
    async with running_bot(fake, engine):
        fake.message_update(Q_VK_2025, chat_id=102)
        await wait_texts(fake, 102, 1)
        fake.message_update("entä 2024?", chat_id=102)
        first, second = await wait_texts(fake, 102, 2)
        # another chat has no context: the same follow-up does not get chat 102's 2024 figure
        fake.message_update("entä 2024?", chat_id=202)
        [other] = await wait_texts(fake, 202, 1)
    assert "7507509" in digits(first.split("\n")[0])
    assert "7738516" in digits(second.split("\n")[0]), second
    assert "7738516" not in digits(other.split("\n")[0]), other


async def test_clarify_shows_keyboard_and_button_answers(fake, engine):
    async with running_bot(fake, engine):
        fake.message_update(Q_AMBIGUOUS, chat_id=103)
        [prompt] = await wait_texts(fake, 103, 1)
        call = fake.calls_to("sendMessage")[0]
        keyboard = call.params["reply_markup"]["inline_keyboard"]
        buttons = [b for row in keyboard for b in row]
        assert 2 <= len(buttons) <= 8
        for b in buttons:
            assert len(b["callback_data"].encode()) <= 64
            assert b["text"]
            # the options are the buttons, not listed again (past the buttons the rest are named: 'muut: …')
            assert b["text"] not in prompt.split("muut:")[0], prompt
        assert "?" in prompt and "2024" in prompt, prompt  # a question about what was asked
        assert prompt.count("\n") == 0 and len(buttons) == len(set(b["text"] for b in buttons))
        assert not is_figure_answer(prompt)
        pick = next(b for b in buttons if b["text"] == "Varhaiskasvatus")
        fake.callback_update(pick["callback_data"], chat_id=103, message_id=1)
        await fake.wait_calls("answerCallbackQuery")
        first, second = await wait_texts(fake, 103, 2)
    assert balanced(second)
    assert is_figure_answer(second), second          # an answer: the figure first, then its source
    head = digits(second).split("\n")[0]
    assert "Varhaiskasvatus" in head and "2024" in head and "7738516" in head, second  # the chosen unit


async def test_clarify_offers_every_option_it_counts(fake, engine):
    # every unit it counts is a button, or (past the buttons) named in the prompt to be typed
    async with running_bot(fake, engine):
        fake.message_update(Q_AMBIGUOUS, chat_id=125)
        [prompt] = await wait_texts(fake, 125, 1)
    [call] = with_keyboard(fake, 125)
    counted = re.search(r"Vaihtoehtoja on (\d+)", prompt)
    assert counted, prompt
    buttons = len(keyboard(call))
    named = re.search(r"muut: (.+?) \(kirjoita", prompt)
    rest = len(named.group(1).split(", ")) if named else 0
    assert buttons + rest == int(counted.group(1)), prompt


async def test_expired_button_gets_graceful_message(fake, engine):
    async with running_bot(fake, engine):
        fake.message_update(Q_AMBIGUOUS, chat_id=104)
        await wait_texts(fake, 104, 1)
        keyboard = fake.calls_to("sendMessage")[0].params["reply_markup"]["inline_keyboard"]
    # the bot restarts: its clarify options are gone, the user's old keyboard is not
    async with running_bot(fake, engine):
        fake.callback_update(keyboard[0][0]["callback_data"], chat_id=104)
        fake.callback_update("roskaa", chat_id=104)
        got = await wait_texts(fake, 104, 3)
        toasts = await fake.wait_calls("answerCallbackQuery", 2)
    assert all("Vaihtoehto on vanhentunut, kysy uudelleen." in t for t in got[1:])
    assert all(c.params.get("text") == tb.MSG_EXPIRED for c in toasts)


async def test_series_sends_a_png_chart(fake, engine):
    async with running_bot(fake, engine):
        fake.message_update(Q_SERIES, chat_id=105)
        [photo] = await fake.wait_calls("sendPhoto", timeout=20)
        [text] = texts(fake, 105)
    assert photo.files["photo"][:8] == PNG_MAGIC
    assert int(photo.params["chat_id"]) == 105
    assert photo.params.get("caption") and photo.params.get("parse_mode") == "HTML"
    assert len(html.unescape(re.sub("<[^>]+>", "", photo.params["caption"]))) <= 1024
    assert balanced(text)
    lines = figure_lines(text)
    assert len(lines) == 5, text  # a figure for each year 2021–2025
    assert [re.search(r"20\d\d", ln).group(0) for ln in lines] == ["2021", "2022", "2023", "2024", "2025"]
    assert "7507509" in lines[-1] and "7738516" in lines[-2]
    assert "Lähteet" in text and text.count("<code>") >= 2  # several reports, each with its lines


async def test_comparison_says_the_change_and_sends_a_chart(fake, engine):
    async with running_bot(fake, engine):
        fake.message_update("varhaiskasvatuksen toimintakate 2024 ja 2025", chat_id=120)
        [photo] = await fake.wait_calls("sendPhoto", timeout=20)
        [text] = texts(fake, 120)
    assert photo.files["photo"][:8] == PNG_MAGIC
    assert balanced(text)
    plain = digits(text)
    assert "7738516" in plain and "7507509" in plain
    assert "231007" in plain, text  # the change 2024→2025, not only the two figures
    assert text.startswith("<b>Varhaiskasvatus"), text
    assert "rivi 346" in text and "Tilinpäätös 2025" in text  # where both figures stand
    lines = figure_lines(text)
    assert len(lines) == 2 and "7738516" in lines[0] and "7507509" in lines[1], text  # in the years' order


async def test_comparison_of_two_years_says_which_figure_is_which_year(fake, engine):
    async with running_bot(fake, engine):
        fake.message_update("varhaiskasvatuksen toimintakate 2024 ja 2025", chat_id=123)
        [text] = await wait_texts(fake, 123, 1)
    lines = figure_lines(text)
    assert len(lines) == 2, text
    assert "2024" in lines[0] and "7738516" in lines[0], text
    assert "2025" in lines[1] and "7507509" in lines[1], text


MARKED = {"varhaiskasvatuksen toimintakate 2025": "−7507509",   # printed 'Toteuma 2025'
          "varhaiskasvatuksen toimintakate 2024": "−7738516",   # printed 'Tilinpäätös 2024'
          "vire toimintakate 2025": "−1090030"}                  # printed 'TOT 2025 3 kk'


async def test_the_figures_cell_is_marked_in_its_source_row(fake, engine):
    """The quoted source row shows all its figures; the one answered must stand out (bold)."""
    async with running_bot(fake, engine):
        for i, q in enumerate(MARKED):
            fake.message_update(q, chat_id=124 + i)
        got = {q: (await wait_texts(fake, 124 + i, 1))[0] for i, q in enumerate(MARKED)}
    for q, value in MARKED.items():
        [row] = re.findall(r"<blockquote>.*?</blockquote>", digits(got[q]), re.S)
        assert re.search(rf": <b>{value}\s*€</b>", row), (q, row)


async def test_to_date_actual_with_budget_beside_and_basis_in_finnish(fake, engine):
    """A year without a full-year actual: the latest to-date actual first, the engine's remark
    about the budget beside it once (not a second bulleted figure)."""
    async with running_bot(fake, engine):
        fake.message_update("vire toimintakate 2025", chat_id=121)
        [vire] = await wait_texts(fake, 121, 1)
        fake.message_update("hyvinvointipalvelut toimintatuotot toteuma % 2025", chat_id=122)
        [pct] = await wait_texts(fake, 122, 1)
    assert balanced(vire) and balanced(pct)
    assert is_figure_answer(vire), vire
    first = html.unescape(vire.split("\n")[0]).replace("\u00a0", " ")
    assert re.fullmatch(r"<b>[^<]*1–3/2025: [−-]1 090 030 €</b>", first), vire  # the period says to date
    # outside the quoted source row: the figure once and the budget beside it once (the engine's
    # remark), not again as a bulleted further figure
    said = digits(outside_source(vire))
    assert said.count("−1090030") == 1, vire
    assert said.count("−4597100") == 1, vire
    assert "talousarvio 2025" in vire
    assert "•" not in vire
    assert "toteuma-%" in pct and "realization_pct" not in pct, pct


async def test_commands_start_help_sources(fake, engine):
    """/start: a welcome, then the help made from the store with its example questions as buttons;
    /apua, /help and /lahteet: the help (the reports with their dates among it); an example button
    asks its question and gets a figure with its source (every example: the test below)."""
    async with running_bot(fake, engine):
        fake.message_update("/start", chat_id=106)
        welcome, start_help = await wait_texts(fake, 106, 2)
        [start_call] = with_keyboard(fake, 106)
        examples = keyboard(start_call)
        assert start_call.params["text"] == start_help  # the buttons go with the help, not the welcome
        assert 1 <= len(examples) <= 8
        for command in ("/apua", "/help", "/lahteet"):
            fake.message_update(command, chat_id=106)
            await wait_texts(fake, 106, len(texts(fake, 106)) + 1)
        fake.callback_update(examples[0]["callback_data"], chat_id=106)
        got = await wait_texts(fake, 106, 6, timeout=20)
    assert "Lukubotti" in welcome and balanced(welcome)
    assert len(got) == 6
    for text in [start_help] + got[2:5]:
        assert balanced(text) and is_help(text, engine), text
    assert got[2] == got[3] == start_help                      # /apua and /help: the whole help
    assert len(got[4]) < len(got[2]) / 2, got[4]                # /lahteet: the reports, not all the help
    assert not any(unit in got[4] for unit in ("Varhaiskasvatus", "Henkilöstökulut", "Yksiköt")), got[4]
    assert len(with_keyboard(fake, 106)) == 4  # each help has the example buttons
    assert [b["text"] for b in keyboard(with_keyboard(fake, 106)[-1])] == [b["text"] for b in examples]
    assert is_figure_answer(got[5]), (examples[0]["text"], got[5])  # the example question was answered
    asked = {b.label: b.question for b in render_telegram(engine.ask("apua")).buttons}[examples[0]["text"]]
    assert asked.split(" toimintakate")[0] in got[5].split("\n")[0], (asked, got[5])  # the unit asked


EXAMPLES_ANSWERED = """
import sys
from bot.engine import Engine
engine = Engine(sys.argv[1])
for option in engine.ask("apua").options:
    print(engine.ask(option.question).status, option.question, sep="\t")
"""


def test_every_example_question_is_answered(db_path):
    """The example questions of /start and /apua are buttons a person presses first: each must get
    a figure, whichever units the help happens to pick (the pick depends on the process)."""
    failed = set()
    for seed in range(1, 9):
        proc = subprocess.run([sys.executable, "-c", EXAMPLES_ANSWERED, str(db_path)], cwd=ROOT,
                              env=dict(os.environ, PYTHONHASHSEED=str(seed)), capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-2000:]
        rows = [line.split("\t", 1) for line in proc.stdout.splitlines()]
        assert len(rows) >= 2, proc.stdout
        failed |= {question for status, question in rows if status != "answer"}
    assert not failed, sorted(failed)


async def test_group_answers_only_mentions_and_replies(fake, engine):
    group = -1001
    async with running_bot(fake, engine):
        fake.message_update(Q_VK_2025, chat_id=group, user_id=501, chat_type="supergroup")
        mention = f"@{BOT_USERNAME}"
        fake.message_update(f"{mention} {Q_VK_2025}", chat_id=group, user_id=501, chat_type="supergroup",
                            entities=[{"type": "mention", "offset": 0, "length": len(mention)}])
        [answer] = await wait_texts(fake, group, 1)
        bot_msg = {"message_id": 9999, "date": int(time.time()), "chat": {"id": group, "type": "supergroup"},
                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "Lukubotti", "username": BOT_USERNAME},
                   "text": "…"}
        fake.message_update("entä 2024?", chat_id=group, user_id=501, chat_type="supergroup", reply_to=bot_msg)
        got = await wait_texts(fake, group, 2)
        fake.message_update(f"/apua@{BOT_USERNAME}", chat_id=group, user_id=501, chat_type="supergroup")
        got = await wait_texts(fake, group, 3)
        await asyncio.sleep(0.3)
    assert len(texts(fake, group)) == 3  # the un-addressed message got no answer
    assert "7507509" in digits(answer)
    assert "7738516" in digits(got[1])
    assert is_help(got[2], engine), got[2]
    assert [c.params["text"] for c in with_keyboard(fake, group)] == [got[2]]  # with its example buttons
    first = fake.calls_to("sendMessage")[0]
    assert first.params.get("reply_parameters", {}).get("message_id")  # replies quote the question


async def test_too_long_question_is_refused_politely(fake, engine):
    async with running_bot(fake, engine):
        fake.message_update("varhaiskasvatus " * 70, chat_id=107)  # > 1 000 characters
        [text] = await wait_texts(fake, 107, 1)
    assert "liian pitkä" in text


async def test_flood_is_throttled_once(fake, engine):
    async with running_bot(fake, engine):
        for _ in range(33):
            fake.message_update(Q_VK_2025, chat_id=108)
        await wait_texts(fake, 108, 31, timeout=30)
        await asyncio.sleep(0.5)
        got = texts(fake, 108)
    flood = [t for t in got if "tiuhaan" in t]
    answers = [t for t in got if "7507509" in digits(t)]
    assert len(flood) == 1
    assert len(answers) == 30
    assert len(got) == 31


async def test_unknown_or_odd_input_answers_something(fake, engine):
    async with running_bot(fake, engine):
        for q in ["😀😀😀", "'; DROP TABLE facts; --", "<b>hei</b> & <script>", "?"]:
            fake.message_update(q, chat_id=109)
        got = await wait_texts(fake, 109, 4)
    for t in got:
        assert t.strip()
        assert balanced(t), t


async def test_slow_question_does_not_hold_up_another_chat(fake, engine):
    """The engine runs off the event loop: while one chat's question takes 2 s, another chat's
    question is answered at once."""
    slow = SlowEngine(engine, Q_SERIES, pause=2.0)
    async with running_bot(fake, slow):
        fake.message_update(Q_SERIES, chat_id=130)
        await fake.wait_for(slow.started.is_set)
        t0 = time.monotonic()
        fake.message_update(Q_VK_2025, chat_id=131)
        [fast] = await wait_texts(fake, 131, 1)
        fast_seconds = time.monotonic() - t0
        assert texts(fake, 130) == [], "the slow answer must come second"
        [slow_text] = await wait_texts(fake, 130, 1)
    assert fast_seconds < 1.0, fast_seconds
    assert "7507509" in digits(fast)
    assert len(figure_lines(slow_text)) == 5, slow_text  # the slow series, complete


# --- resilience ----------------------------------------------------------------------------

async def test_retry_after_429_is_survived(fake, engine):
    async with running_bot(fake, engine):
        fake.fail_next("sendMessage", 429, retry_after=1)
        fake.message_update(Q_VK_2025, chat_id=110)
        await fake.wait_for(lambda: len([c for c in fake.calls_to("sendMessage")]) >= 2, timeout=15)
    attempts = fake.calls_to("sendMessage")
    assert len(attempts) == 2
    assert attempts[1].at - attempts[0].at >= 0.9  # it waited for retry_after
    assert "7507509" in digits(attempts[1].params["text"])


async def test_network_error_is_retried(fake, engine, caplog):
    caplog.set_level(logging.WARNING, logger="lukubotti.telegram")
    async with running_bot(fake, engine):
        fake.fail_next("sendMessage", 500, times=2)
        fake.message_update(Q_VK_2025, chat_id=111)
        await fake.wait_for(lambda: len(fake.calls_to("sendMessage")) >= 3, timeout=15)
    assert "7507509" in digits(fake.calls_to("sendMessage")[2].params["text"])
    assert "retrying" in caplog.text
    assert TOKEN not in caplog.text


async def test_handler_exception_is_logged_apologised_and_bot_keeps_running(fake, engine, caplog):
    caplog.set_level(logging.ERROR, logger="lukubotti.telegram")
    async with running_bot(fake, engine):
        fake.fail_next("sendMessage", 400, "Bad Request: can't parse entities")
        fake.message_update(Q_VK_2025, chat_id=112)
        await wait_texts(fake, 112, 2)
        fake.message_update(Q_VK_2025, chat_id=112)
        got = await wait_texts(fake, 112, 3)
    assert got[1] == tb.MSG_ERROR  # the apology after the failed send
    assert "7507509" in digits(got[2])  # ...and the next question is answered
    assert "Error while handling an update" in caplog.text


async def test_long_answer_is_split_end_to_end(fake, engine):
    """A reply far over 4 096 UTF-16 units (emoji count double) goes out in several messages, each
    valid HTML with everything escaped and nothing lost; a long clarify's keyboard goes with its last
    part only, and pressing a button there answers."""
    clarify = Reply("clarify", "clarify", "\n".join(f"Vaihtoehto {i}: <yksikkö> & muu 😀" for i in range(300)),
                    options=[Option("A", Q_VK_2025), Option("B", Q_SERIES)])
    reply = long_reply()
    async with running_bot(fake, engine) as (app, lukubot):
        await lukubot.send_reply(app.bot, 113, reply)
        await lukubot.send_reply(app.bot, 213, clarify)
        calls = [c for c in fake.calls_to("sendMessage") if int(c.params["chat_id"]) == 213]
        fake.callback_update(keyboard(calls[-1])[0]["callback_data"], chat_id=213)
        answered = await wait_texts(fake, 213, len(calls) + 1)
    for chat, sent in ((113, reply), (213, clarify)):
        chunks = texts(fake, chat)[:len(render_telegram(sent).chunks)]
        assert len(chunks) >= 2
        for c in chunks:
            assert tg_len(c) <= 4096
            assert balanced(c), c[-200:]
            assert not re.search(r"<(?!/?(b|i|code|blockquote)>)", c), c  # every other '<' is escaped
        # nothing lost: the chunks hold the whole rendered text, only cut (and tags reopened) at the seams
        words = lambda t: re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", t))  # noqa: E731
        assert words("".join(chunks)) == words(render_html(sent))
    joined = "".join(texts(fake, 113))
    assert tg_len(joined) > 5000 and len(joined) < tg_len(joined)  # the emoji count twice
    assert "&lt;kaikki&gt; &amp; muut" in joined and "&lt;liite 7&gt;" in joined and "Taulukko &lt;A&gt;" in joined
    assert "raportti-39.txt, rivi 139" in joined and "−39000" in digits(joined)
    assert "reply_markup" in calls[-1].params  # the keyboard goes with the last part only
    assert all("reply_markup" not in c.params for c in calls[:-1])
    assert is_figure_answer(answered[-1]) and "7507509" in digits(answered[-1])


# --- webhook -------------------------------------------------------------------------------

async def test_webhook_enforces_secret_token(fake, engine):
    port = free_port()
    args = tb.build_parser().parse_args([
        "--webhook-url", "https://lukubotti.example.fi/tg/hook", "--listen", "127.0.0.1",
        "--port", str(port), "--secret-token", "oikea_salaisuus-123"])
    hook = tb.webhook_kwargs(args)
    assert hook["url_path"] == "tg/hook"
    async with running_bot(fake, engine, polling=False) as (app, _):
        server = await tb.start_webhook(app, hook)
        [sw] = await fake.wait_calls("setWebhook")
        assert sw.params["url"] == "https://lukubotti.example.fi/tg/hook"
        assert sw.params["secret_token"] == "oikea_salaisuus-123"
        url = f"http://127.0.0.1:{port}/tg/hook"
        update = {"update_id": 1, "message": {
            "message_id": 1, "date": int(time.time()), "text": Q_VK_2025,
            "chat": {"id": 114, "type": "private", "first_name": "T"},
            "from": {"id": 114, "is_bot": False, "first_name": "T"}}}
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=update) as r:
                assert r.status == 403
            async with http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "väärä"}) as r:
                assert r.status == 403
            async with http.post(url, json=update,
                                 headers={"X-Telegram-Bot-Api-Secret-Token": "oikea_salaisuus-123"}) as r:
                assert r.status == 200
        [text] = await wait_texts(fake, 114, 1)
        await server.cleanup()
    assert "7507509" in digits(text)
    assert len(texts(fake, 114)) == 1  # rejected posts were not processed


def test_webhook_without_secret_gets_a_random_one():
    args = tb.build_parser().parse_args(["--webhook-url", "https://x.example.fi/telegram"])
    a, b = tb.webhook_kwargs(args)["secret_token"], tb.webhook_kwargs(args)["secret_token"]
    assert a and b and a != b and len(a) >= 32
    with pytest.raises(ValueError):
        tb.webhook_kwargs(tb.build_parser().parse_args(["--webhook-url", "https://x.fi/t", "--secret-token", "ä ö"]))


# --- CLI entry point -----------------------------------------------------------------------

def test_missing_token_is_a_clear_error(monkeypatch, capsys, db_path):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert tb.main([], str(db_path)) == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_BOT_TOKEN" in err and "puuttuu" in err


async def test_rejected_token_exits_non_zero_without_logging_it(fake, db_path):
    bad = "123456:RejectedTokenXYZ_abcdefghijklmnop"
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=bad, NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost",
               LUKUBOTTI_LOG_LEVEL="DEBUG")
    code = ("import sys; from bot.telegram_bot import main; "
            "sys.exit(main(sys.argv[2:], sys.argv[1]))")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, str(db_path), "--base-url", fake.url, cwd=str(ROOT), env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    out, err = out.decode(), err.decode()
    assert proc.returncode == 3, err
    assert "hylkäsi" in err and "rejected" in err
    assert bad not in out + err  # never logged, even at DEBUG
    assert "RejectedToken" not in out + err


async def test_kysy_telegram_polls_answers_and_stops_on_sigterm(fake, db_path):
    """The real `kysy telegram` process: run_polling, commands registered, an answer, clean exit."""
    import signal

    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=fake.url,
               NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    proc = await asyncio.create_subprocess_exec(
        *_kysy(), "--db", str(db_path), "telegram", cwd=str(ROOT), env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await fake.wait_calls("setMyCommands", timeout=30)
        fake.message_update(Q_VK_2025, chat_id=117)
        [text] = await wait_texts(fake, 117, 1, timeout=15)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(proc.communicate(), timeout=20)
    assert proc.returncode == 0, err.decode()
    assert "7507509" in digits(text)
    assert TOKEN not in out.decode() + err.decode()
    assert fake.calls_to("getUpdates")


def test_library_loggers_do_not_log_urls_with_token():
    root = logging.getLogger()
    level, filters_ = root.level, {h: list(h.filters) for h in root.handlers}
    try:
        tb.setup_logging("DEBUG", [TOKEN])
    finally:
        root.setLevel(level)
        for h, fs in filters_.items():
            h.filters[:] = fs
    for name in ("httpx", "telegram", "telegram.ext"):
        assert logging.getLogger(name).getEffectiveLevel() >= logging.WARNING
    rec = logging.LogRecord("x", logging.ERROR, __file__, 1, "GET https://api/bot%s/getMe", (TOKEN,), None)
    tb.RedactFilter([TOKEN]).filter(rec)
    assert TOKEN not in rec.getMessage() and "<redacted>" in rec.getMessage()


def test_base_url_normalisation():
    assert tb.normalize_base_urls("http://h:8081/") == ("http://h:8081/bot", "http://h:8081/file/bot")
    assert tb.normalize_base_urls("http://h:8081/bot/") == ("http://h:8081/bot", "http://h:8081/file/bot")
    assert tb.normalize_base_urls(None) == (None, None)


# --- question log --------------------------------------------------------------------------

async def test_question_log_stores_hash_not_user_id(fake, engine, tmp_path, monkeypatch):
    monkeypatch.delenv("LUKUBOTTI_LOG_SALT", raising=False)
    qlog = QuestionLog(tmp_path / "q.sqlite", retention_days=90)
    async with running_bot(fake, engine, question_log=qlog):
        fake.message_update(Q_VK_2025, chat_id=987654321)
        await wait_texts(fake, 987654321, 1)
    rows = qlog.rows()
    assert len(rows) == 1
    assert rows[0]["question"] == Q_VK_2025 and rows[0]["status"] == "answer"
    assert "987654321" not in str(rows)
    assert (tmp_path / "q.sqlite.salt").exists()
    # the same user hashes the same with the stored salt; retention prunes old rows on write
    qlog.record(987654321, "vanha", "answer", when=time.time() - 200 * 86400)
    qlog.record(987654321, "uusi", "answer")
    rows = qlog.rows()
    assert [r["question"] for r in rows] == [Q_VK_2025, "uusi"]
    assert rows[0]["user_hash"] == rows[1]["user_hash"]
    qlog.close()
    other = QuestionLog(tmp_path / "q2.sqlite", salt="toinen-suola")
    assert other.user_hash(987654321) != rows[0]["user_hash"]
    other.close()


# --- hot reload ----------------------------------------------------------------------------

async def test_replaced_database_is_picked_up_without_restart(fake, db_path, tmp_path):
    """`kysy ingest` replaces the database file; the running bot answers from the new one."""
    from bot.engine import Engine

    reports = tmp_path / "reports"
    reports.mkdir()
    for p in (ROOT / "data" / "reports").iterdir():
        if "tp2025" not in p.name:
            shutil.copy(p, reports / p.name)
    small = tmp_path / "small.sqlite"
    proc = subprocess.run(_kysy() + ["--db", str(small), "ingest", "--rebuild", str(reports)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        pytest.skip(f"`kysy ingest DIR` failed: {proc.stderr[-300:]}")
    live = tmp_path / "live.sqlite"
    shutil.copy(small, live)
    engine = Engine(str(live))
    async with running_bot(fake, engine):
        fake.message_update(Q_VK_2025, chat_id=115)
        [before] = await wait_texts(fake, 115, 1)
        tmp = tmp_path / "live.sqlite.tmp"
        shutil.copy(db_path, tmp)
        os.replace(tmp, live)  # atomic replace, as ingest does
        # the engine loads the new file in the background and keeps answering from the old one
        # meanwhile (it never makes a question wait); once loaded, the new one answers
        await asyncio.to_thread(engine.wait_reloaded)
        fake.message_update(Q_VK_2025, chat_id=116)
        [after] = await wait_texts(fake, 116, 1)
    assert "7507509" not in digits(before)
    assert "7507509" in digits(after)


# --- rendering (the presenter's own tests: tests/test_present_telegram.py, tests/golden/) ------

def long_reply() -> Reply:
    """A series of 40 figures from 40 reports, every text hostile ('<', '&', quotes) and with emoji:
    its rendering is well over 5 000 characters."""
    answers = []
    for i in range(40):
        src = Source(report=f"raportti-{i}.txt", title=f"Tilinpäätös 2025 & <liite {i}> 😀", date="2026-03-09",
                     table="Taulukko <A>", line=100 + i, row="Toimintakate <x>",
                     quote="Toimintakate\t-7 738 516\t" + "x&<>" * 20)
        answers.append(Answer(-1000 * i, "EUR", f"−{i} 000 €", f"Yksikkö <{i}> & \"alayksikkö\" · toimintakate",
                              src, org=f"Yksikkö <{i}>", measure="Toimintakate", year=1986 + i, basis="actual",
                              months=12, role="point"))
    chart = Chart("line", "Yksiköt <kaikki>", "EUR",
                  (Series("A & B", tuple(Point(str(1986 + i), -1000.0 * i) for i in range(40))),))
    return Reply("answer", "series", "Yksiköt <kaikki> & muut 😀", answers=answers, chart=chart,
                 notes=[Note("computed", "Huom: <tarkistamaton> & muu")],
                 interpretation=Interpretation(line="Tulkitsin: <kaikki> & muut"))


def test_basis_and_period_labels_in_finnish():
    """What a figure is, in the words a person reads beside it (the presenters print it)."""
    assert fmt.period("realization_pct", 2025, 3) == "toteuma-% 1–3/2025"
    assert fmt.period("target", 2025, 12) == "tavoite 2025"
    assert fmt.period("budget", 2025, 12) == "talousarvio 2025"
    assert fmt.period("actual", 2025, 9) == "toteuma 1–9/2025"
    assert fmt.period("remaining", 2025, 3) == "jäljellä 1–3/2025"


def test_retry_after_seconds_accepts_both_forms(monkeypatch):
    from telegram.error import RetryAfter
    assert tb._retry_after_seconds(RetryAfter(3)) == 3.0  # PTB_TIMEDELTA=1 (the fixture)
    monkeypatch.delenv("PTB_TIMEDELTA")
    with warnings.catch_warnings():  # PTB 22's default, the int form, warns on construction
        warnings.simplefilter("ignore")
        assert tb._retry_after_seconds(RetryAfter(2)) == 2.0


def test_flood_guard_units():
    now = [0.0]
    g = tb.FloodGuard(limit=3, window=60, clock=lambda: now[0])
    assert [g.check(1) for _ in range(5)] == ["ok", "ok", "ok", "notify", "drop"]
    assert g.check(2) == "ok"
    now[0] = 61
    assert g.check(1) == "ok"
