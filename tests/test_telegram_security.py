"""Telegram front end under faults and hostile input: a token revoked while running, hostile
webhook bodies, updates without a chat, made-up button data.

Real `kysy telegram` processes (and the real PTB Application in-process) against the local fake
Bot API (tests/fake_telegram.py, 127.0.0.1 only), answering with the real engine.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp
import pytest

pytest.importorskip("telegram")

from bot import telegram_bot as tb  # noqa: E402
from bot.presenters.telegram import render_telegram  # noqa: E402
from tests.fake_telegram import TOKEN, FakeBotApi  # noqa: E402
from tests.test_telegram import (digits, is_figure_answer, keyboard, running_bot, texts,  # noqa: E402
                                 wait_texts, with_keyboard)

ROOT = Path(__file__).resolve().parents[1]
Q = "varhaiskasvatuksen toimintakate 2025"
SECRET = "oikea_salaisuus-123"


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch):
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.fixture
async def fake():
    server = await FakeBotApi().start()
    try:
        yield server
    finally:
        await server.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def start_kysy_telegram(fake: FakeBotApi, db_path, *args: str) -> asyncio.subprocess.Process:
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=fake.url, PTB_TIMEDELTA="1",
               NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    exe = Path(sys.executable).with_name("kysy")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli"]
    return await asyncio.create_subprocess_exec(
        *cmd, "--db", str(db_path), "telegram", *args, cwd=str(ROOT), env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def finish(proc: asyncio.subprocess.Process, timeout: float = 20) -> tuple[int, str]:
    """Wait for the process to end by itself; (exit code, stdout + stderr)."""
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout=timeout)
    except asyncio.TimeoutError:
        proc.kill()
        out, err = await proc.communicate()
        raise AssertionError(f"kysy telegram did not exit by itself: {err.decode()[-2000:]}")
    return proc.returncode, out.decode() + err.decode()


def update(text: str, chat_id: int, update_id: int = 1) -> dict:
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": int(time.time()), "text": text,
        "chat": {"id": chat_id, "type": "private", "first_name": "T"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "T"}}}


# --- a token revoked while running -----------------------------------------------------------

async def test_token_revoked_while_polling_exits_3_with_a_clear_line(fake, db_path):
    proc = await start_kysy_telegram(fake, db_path)
    try:
        await fake.wait_calls("setMyCommands", timeout=30)
        fake.message_update(Q, chat_id=301)
        [answer] = await wait_texts(fake, 301, 1, timeout=15)
        fake.valid_tokens.clear()  # @BotFather: /revoke
        t0 = time.monotonic()
        code, output = await finish(proc)
    finally:
        if proc.returncode is None:
            proc.kill()
    assert "7507509" in digits(answer)
    assert code == tb.EXIT_TOKEN_REJECTED, output[-2000:]
    assert time.monotonic() - t0 < 15
    assert "Telegram rejected the bot token (HTTP 401)" in output
    assert "exit code 3" in output and "hylkäsi" in output
    assert TOKEN not in output


async def test_token_revoked_in_webhook_mode_exits_3(fake, db_path):
    port = free_port()
    proc = await start_kysy_telegram(fake, db_path, "--webhook-url", "https://lukubotti.example.fi/tg",
                                     "--listen", "127.0.0.1", "--port", str(port), "--secret-token", SECRET)
    try:
        await fake.wait_calls("setWebhook", timeout=30)
        fake.valid_tokens.clear()
        async with aiohttp.ClientSession() as http:
            async with http.post(f"http://127.0.0.1:{port}/tg", json=update(Q, 302),
                                 headers={tb.SECRET_HEADER: SECRET}) as r:
                assert r.status == 200  # accepted; the answer then meets the 401
        code, output = await finish(proc)
    finally:
        if proc.returncode is None:
            proc.kill()
    assert code == tb.EXIT_TOKEN_REJECTED, output[-2000:]
    assert "Telegram rejected the bot token (HTTP 401)" in output
    assert TOKEN not in output and SECRET not in output


# --- hostile webhook bodies: 400/403/413, never 500, the process stays up ------------------------

HOSTILE_BODIES = {
    "not JSON": (b"{not json", 400),
    "not UTF-8": (b"\xff\xfe\x00{", 400),
    "empty": (b"", 400),
    "a JSON array": (b"[1, 2, 3]", 400),
    "a JSON string": (b'"update"', 400),
    "no update_id": (json.dumps({"message": {"text": "x"}}).encode(), 400),
    "update_id a string": (json.dumps({"update_id": "1"}).encode(), 400),
    "nested 100 000 deep": (b"[" * 100_000 + b"]" * 100_000, 400),
    "message of the wrong type": (json.dumps({"update_id": 5, "message": 7}).encode(), 400),
    "over 1 MiB": (json.dumps(update("x" * 1_100_000, 303)).encode(), 413),
}


async def test_webhook_answers_hostile_bodies_with_4xx_and_stays_up(fake, db_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg/hook"
    proc = await start_kysy_telegram(fake, db_path, "--webhook-url", "https://lukubotti.example.fi/tg/hook",
                                     "--listen", "127.0.0.1", "--port", str(port), "--secret-token", SECRET)
    got = {}
    try:
        await fake.wait_calls("setWebhook", timeout=30)
        headers = {tb.SECRET_HEADER: SECRET, "Content-Type": "application/json"}
        async with aiohttp.ClientSession() as http:
            for name, (body, _) in HOSTILE_BODIES.items():
                async with http.post(url, data=body, headers=headers) as r:
                    got[name] = r.status
            async with http.post(url, json=update(Q, 304)) as r:
                got["no secret"] = r.status
            async with http.post(url, json=update(Q, 304), headers={tb.SECRET_HEADER: "väärä"}) as r:
                got["wrong secret"] = r.status
            async with http.get(url, headers=headers) as r:
                got["GET"] = r.status
            assert proc.returncode is None, "the bot died"
            async with http.post(url + "/", json=update(Q, 305, update_id=9), headers=headers) as r:
                got["valid"] = r.status
        [answer] = await wait_texts(fake, 305, 1, timeout=15)
    finally:
        proc.send_signal(signal.SIGTERM)
        code, output = await finish(proc)
    expected = {name: status for name, (_, status) in HOSTILE_BODIES.items()}
    expected.update({"no secret": 403, "wrong secret": 403, "GET": 405, "valid": 200})
    assert got == expected
    assert "7507509" in digits(answer)
    assert texts(fake, 304) == [] and texts(fake, 303) == []
    assert code == 0, output[-2000:]
    assert "Traceback" not in output, output[-3000:]
    assert SECRET not in output and TOKEN not in output


# --- updates without a chat, made-up button data --------------------------------------------------

async def test_update_without_a_chat_is_ignored_quietly(fake, engine, caplog):
    caplog.set_level(logging.INFO)
    now = int(time.time())
    async with running_bot(fake, engine):
        fake.push_update({"message": {"message_id": 1, "date": now, "text": Q}})
        fake.push_update({"message": {"message_id": 2, "date": now, "text": "/start"}})
        fake.push_update({"callback_query": {"id": "77", "chat_instance": "c", "data": "ex:0",
                                             "from": {"id": 306, "is_bot": False, "first_name": "T"}}})
        fake.message_update(Q, chat_id=307)
        [answer] = await wait_texts(fake, 307, 1)
        await asyncio.sleep(0.2)
    assert "7507509" in digits(answer)
    assert len(fake.calls_to("sendMessage")) == 1  # only chat 307 was answered
    assert "Error while handling an update" not in caplog.text
    assert "Traceback" not in caplog.text
    assert caplog.text.count("no chat to answer in") == 3


@pytest.mark.parametrize("data", ["ex:-1", "ex:-3", "ex:2", "ex:0", "ex:99", "ex:1e3", "o:abc:0", "",
                                  "x" * 64])
async def test_made_up_button_data_is_refused(fake, engine, data):
    async with running_bot(fake, engine):
        fake.callback_update(data, chat_id=308)
        [text] = await wait_texts(fake, 308, 1)
        [toast] = await fake.wait_calls("answerCallbackQuery")
        await asyncio.sleep(0.2)
    assert text == tb.MSG_EXPIRED and toast.params.get("text") == tb.MSG_EXPIRED
    assert len(texts(fake, 308)) == 1  # no example question was answered


async def test_buttons_carry_only_an_opaque_id_and_still_ask_their_question(fake, engine):
    async with running_bot(fake, engine):
        fake.message_update("/start", chat_id=309)
        await wait_texts(fake, 309, 2)  # the welcome, then the help with the example buttons
        [call] = with_keyboard(fake, 309)
        buttons = keyboard(call)
        fake.callback_update(buttons[-1]["callback_data"], chat_id=309)
        *_, answer = await wait_texts(fake, 309, 3, timeout=20)
    examples = render_telegram(engine.ask("apua")).buttons
    assert [b["text"] for b in buttons] == [e.label for e in examples]  # the help's example questions
    questions = [e.question for e in examples]
    for b in buttons:
        assert len(b["callback_data"].encode()) <= 64
        assert not b["callback_data"].startswith("ex:")
        words = {w for q in questions for w in re.findall(r"[^\W\d_]{4,}", q.lower())}
        assert not any(w in b["callback_data"].lower() for w in words), b  # no question in the data
    assert is_figure_answer(answer), answer  # the last example was asked and answered
    assert questions[-1].split()[0] in answer.split("\n")[0], (questions[-1], answer)
