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
    assert balanced(text)
    plain = digits(text)
    # the figure first, in bold
    assert re.match(r"<b>[−-]7507509\s*€</b>", plain), text
    assert "toteuma" in text and "2025" in text
    assert "Tulkitsin" in text
    # the source: report, line 346 and the quoted line
    assert "rivi 346" in text
    assert "sarake Toteuma 2025" in text  # the column the figure was read from
    assert "heinola-tp2025-hyvinvointipalvelut.txt" in text or "Tilinpäätös 2025" in text
    assert "<code>" in text


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
            assert b["text"] not in prompt, prompt  # the options are the buttons, not listed again
        assert prompt.strip().endswith(("?", ":")), prompt
        fake.callback_update(buttons[0]["callback_data"], chat_id=103, message_id=1)
        await fake.wait_calls("answerCallbackQuery")
        first, second = await wait_texts(fake, 103, 2)
    assert balanced(second)
    assert second.startswith("<b>"), second          # an answer: the figure first
    assert "Lähde" in second


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
    assert text.count("•") >= 2, text  # several figures listed
    assert "7507509" in digits(text)


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


async def test_to_date_actual_with_budget_beside_and_basis_in_finnish(fake, engine):
    """A year without a full-year actual: the latest to-date actual first, the engine's remark
    about the budget beside it once (not a second bulleted figure)."""
    async with running_bot(fake, engine):
        fake.message_update("vire toimintakate 2025", chat_id=121)
        [vire] = await wait_texts(fake, 121, 1)
        fake.message_update("hyvinvointipalvelut toimintatuotot toteuma % 2025", chat_id=122)
        [pct] = await wait_texts(fake, 122, 1)
    assert balanced(vire) and balanced(pct)
    first, second = vire.split("\n")[:2]
    assert re.fullmatch(r"<b>[−-]1 090 030 €</b>", html.unescape(first).replace("\u00a0", " ")), vire
    assert "1–3/2025" in second
    assert digits(vire).count("−1090030") == 1, vire  # the figure once, not again as a bullet
    assert digits(vire).count("−4597100") == 1, vire  # the budget beside it, once
    assert "talousarvio 2025" in vire
    assert "•" not in vire
    assert "toteuma-%" in pct and "realization_pct" not in pct, pct


async def test_commands_start_help_sources(fake, engine):
    async with running_bot(fake, engine):
        fake.message_update("/start", chat_id=106)
        [welcome] = await wait_texts(fake, 106, 1)
        start_call = fake.calls_to("sendMessage")[0]
        examples = [b for row in start_call.params["reply_markup"]["inline_keyboard"] for b in row]
        assert len(examples) == 3
        fake.message_update("/apua", chat_id=106)
        fake.message_update("/help", chat_id=106)
        fake.message_update("/lahteet", chat_id=106)
        got = await wait_texts(fake, 106, 4)
        fake.callback_update(examples[0]["callback_data"], chat_id=106)
        got = await wait_texts(fake, 106, 5)
    assert "Lukubotti" in welcome
    help_texts = [t for t in got[1:4] if "Mitä voi kysyä" in t]
    assert len(help_texts) == 2
    sources = next(t for t in got[1:4] if "Ladatut raportit" in t)
    assert balanced(sources)
    reports = engine.reports()
    assert len(reports) >= 1
    assert str(len(reports)) in sources
    assert got[4].startswith("<b>"), got[4]  # the example question was answered


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
    assert "Mitä voi kysyä" in got[2]
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
    assert slow_text.count("•") >= 2


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
    clarify = {"status": "clarify", "text": "\n".join(f"Vaihtoehto {i}: <yksikkö> & muu" for i in range(300)),
               "options": [{"label": "A", "question": Q_VK_2025}, {"label": "B", "question": Q_SERIES}]}
    async with running_bot(fake, engine) as (app, lukubot):
        await lukubot.send_reply(app.bot, 113, long_reply())
        await lukubot.send_reply(app.bot, 213, clarify)
    for chat in (113, 213):
        chunks = texts(fake, chat)
        assert len(chunks) >= 2
        for c in chunks:
            assert tb.tg_len(c) <= 4096
            assert balanced(c), c[-200:]
    calls = [c for c in fake.calls_to("sendMessage") if int(c.params["chat_id"]) == 213]
    assert "reply_markup" in calls[-1].params  # the keyboard goes with the last part only
    assert all("reply_markup" not in c.params for c in calls[:-1])


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
        fake.message_update(Q_VK_2025, chat_id=116)
        [after] = await wait_texts(fake, 116, 1)
    assert "7507509" not in digits(before)
    assert "7507509" in digits(after)


# --- rendering and splitting (pure functions) ----------------------------------------------

def long_reply() -> dict:
    """A contract-shaped 'answer' whose rendering is well over 5 000 characters."""
    answers = []
    for i in range(40):
        answers.append({
            "value": -1000 * i, "unit": "EUR", "display": f"−{i} 000 €",
            "label": f"Yksikkö <{i}> & \"alayksikkö\" · toimintakate · toteuma 1–12/2025",
            "year": 2025, "basis": "actual", "months": 12,
            "source": {"report": f"raportti-{i}.txt", "title": f"Tilinpäätös 2025 & <liite {i}>",
                       "date": "2026-03-09", "table": "Taulukko <A>", "line": 100 + i,
                       "quote": "Toimintakate\t-7 738 516\t-7 800 000\t" + "x&<>" * 20}})
    chart = {"type": "line", "title": "Yksiköt <kaikki>", "unit": "EUR",
             "series": [{"name": "A & B", "points": [{"x": str(2000 + i), "y": -1000 * i} for i in range(40)]}]}
    return {"status": "answer", "text": "", "headline": "−1 €", "chart": chart,
            "interpretation": {"line": "Tulkitsin: <kaikki> & muut"}, "answers": answers}


def test_format_escapes_everything():
    reply = long_reply()
    rendered = tb.format_reply_html(reply)
    assert len(rendered) > 5000
    assert "<kaikki>" not in rendered and "&lt;kaikki&gt; &amp; muut" in rendered
    assert "<A>" not in rendered and "<liite" not in rendered
    assert balanced(rendered)


def test_format_single_answer_order():
    reply = {"status": "answer", "text": "x", "headline": "−7 507 509 €",
             "interpretation": {"line": "Tulkitsin: Varhaiskasvatus · toimintakate · toteuma 2025"},
             "answers": [{"value": -7507509, "unit": "EUR", "display": "−7 507 509 €",
                          "label": "Varhaiskasvatus · toimintakate · toteuma 2025", "org": "Varhaiskasvatus",
                          "measure": "toimintakate", "year": 2025, "basis": "actual", "months": 12,
                          "source": {"report": "r.txt", "title": "Tilinpäätös 2025", "date": "2026-03-09",
                                     "table": "Varhaiskasvatus", "line": 346, "quote": "Toimintakate\t-7 507 509"}}]}
    lines = tb.format_reply_html(reply).split("\n")
    assert lines[0] == "<b>−7 507 509 €</b>"
    assert lines[1] == "Varhaiskasvatus · toimintakate · toteuma 1–12/2025"  # basis and period
    assert "Tulkitsin" in lines[2]
    assert "Tilinpäätös 2025" in lines[4] and "9.3.2026" in lines[4] and "rivi 346" in lines[4]
    assert lines[5] == "<code>Toimintakate | -7 507 509</code>"


def test_notes_from_the_engine_text_or_its_notes_field():
    base = {"status": "answer", "headline": "−1 090 030 €",
            "interpretation": {"line": "Tulkitsin: Vire · toimintakate · toteuma 1–3/2025"},
            "answers": [{"value": -1090030, "display": "−1 090 030 €", "org": "Vire", "measure": "Toimintakate",
                         "year": 2025, "basis": "actual", "months": 3,
                         "source": {"report": "q1.txt", "title": "Osavuosikatsaus 1–3/2025", "line": 1594}},
                        {"value": -4597100, "display": "−4 597 100 €", "org": "Vire", "measure": "Toimintakate",
                         "year": 2025, "basis": "budget", "months": None,
                         "source": {"report": "q1.txt", "title": "Osavuosikatsaus 1–3/2025", "line": 1594}}]}
    from_text = dict(base, text="Vire: Toimintakate, toteuma 1–3/2025: −1 090 030 €\n"
                                "Koko vuoden toteumaa ei vielä ole; talousarvio 2025: −4 597 100 € & <muuta>.\n"
                                "Lähde: Osavuosikatsaus 1–3/2025, rivi 1594\n"
                                "Toisessa raportissa sama luku on −1 € (X, rivi 2); uudempi raportti on ensin.")
    lines = tb.format_reply_html(from_text).split("\n")
    assert lines[:4] == ["<b>−1 090 030 €</b>", "Vire · Toimintakate · toteuma 1–3/2025",
                         "Koko vuoden toteumaa ei vielä ole; talousarvio 2025: −4 597 100 € &amp; &lt;muuta&gt;.",
                         "Toisessa raportissa sama luku on −1 € (X, rivi 2); uudempi raportti on ensin."]
    assert lines[4].startswith("<i>Tulkitsin")
    # a notes field from the engine wins over the text; a figure no note mentions is listed
    given = dict(from_text, notes=["Huom: <tarkistamaton>"])
    rendered = tb.format_reply_html(given)
    assert "Huom: &lt;tarkistamaton&gt;" in rendered and "Koko vuoden" not in rendered
    assert "• <b>−4 597 100 €</b> – Vire · Toimintakate · talousarvio 2025" in rendered


def test_basis_and_period_labels_in_finnish():
    a = {"org": "Hyvinvointipalvelut", "measure": "Toimintatuotot", "year": 2025}
    assert tb._what_line(dict(a, basis="realization_pct", months=3)).endswith("toteuma-% 1–3/2025")
    assert tb._what_line(dict(a, basis="target", months=12)).endswith("· tavoite 2025")
    assert tb._what_line(dict(a, basis="budget", months=12)).endswith("· talousarvio 2025")
    assert tb._what_line(dict(a, basis="actual", months=9)).endswith("· toteuma 1–9/2025")


def test_clarify_prompt_without_the_options_only_when_they_are_buttons():
    reply = {"status": "clarify", "text": "Tarkoititko: Avustukset vai Tuet ja avustukset?",
             "options": [{"label": "Avustukset", "question": "a"}, {"label": "Tuet ja avustukset", "question": "b"}]}
    assert tb.format_reply_html(reply, buttons=True) == "Tarkoititko:"
    assert tb.format_reply_html(reply) == reply["text"]
    # the text is cut only where nothing but the options follows
    odd = dict(reply, text="Tarkoititko Avustukset (ei talousarviota) vai Tuet ja avustukset?")
    assert tb.format_reply_html(odd, buttons=True) == odd["text"]


def test_retry_after_seconds_accepts_both_forms(monkeypatch):
    from telegram.error import RetryAfter
    assert tb._retry_after_seconds(RetryAfter(3)) == 3.0  # PTB_TIMEDELTA=1 (the fixture)
    monkeypatch.delenv("PTB_TIMEDELTA")
    with warnings.catch_warnings():  # PTB 22's default, the int form, warns on construction
        warnings.simplefilter("ignore")
        assert tb._retry_after_seconds(RetryAfter(2)) == 2.0


def test_split_5000_character_answer_on_line_boundaries():
    rendered = tb.format_reply_html(long_reply())
    assert len(rendered) >= 5000
    chunks = tb.split_html(rendered)
    assert len(chunks) >= 2
    for c in chunks:
        assert tb.tg_len(c) <= 4096
        assert balanced(c)
    # nothing lost, only the newlines at the cut points
    strip = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    assert strip("".join(chunks)) == strip(rendered)


def test_split_closes_and_reopens_tags_and_never_cuts_entities():
    body = "<b>" + "\n".join(f"rivi {i} &amp; &lt;x&gt; <i>kursiivi</i>" for i in range(400)) + "</b>"
    assert len(body) > 5000
    chunks = tb.split_html(body, limit=1000)
    assert len(chunks) > 5
    for c in chunks:
        assert len(c) <= 1000
        assert c.startswith("<b>") and c.endswith("</b>")
        assert balanced(c)
    # one huge line without newlines, full of entities: cut between tokens
    huge = "<code>" + "&amp;x" * 2000 + "</code>"
    chunks = tb.split_html(huge, limit=500)
    for c in chunks:
        assert len(c) <= 500 and balanced(c)
    assert "".join(re.sub("</?code>", "", c) for c in chunks) == "&amp;x" * 2000


def test_split_short_text_is_untouched_and_emoji_count_double():
    assert tb.split_html("<b>lyhyt</b>") == ["<b>lyhyt</b>"]
    emoji = "😀" * 3000  # 6 000 UTF-16 code units
    chunks = tb.split_html(emoji)
    assert len(chunks) == 2 and all(tb.tg_len(c) <= 4096 for c in chunks)


def test_flood_guard_units():
    now = [0.0]
    g = tb.FloodGuard(limit=3, window=60, clock=lambda: now[0])
    assert [g.check(1) for _ in range(5)] == ["ok", "ok", "ok", "notify", "drop"]
    assert g.check(2) == "ok"
    now[0] = 61
    assert g.check(1) == "ok"
