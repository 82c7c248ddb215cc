"""Hostile load on the answering path.

* Voikko from many threads at once: the chat front ends answer in worker threads, and one libvoikko
  instance used by two threads at once corrupts its heap and aborts the whole process.
* A few hundred seeded hostile messages (tests/hostile.py) through each front end, as real
  `kysy telegram` / `kysy teams` processes against the local fakes: a valid reply to every one,
  no HTTP 500, no apology, no traceback, and the process is still up at the end.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.hostile import hostile_messages

ROOT = Path(__file__).resolve().parents[1]

VOIKKO_HAMMER = r"""
import random, threading
from nlp.morphology import baseforms, known, readings
sylls = ["ka", "lo", "mi", "tu", "per", "sa", "va", "hy", "ti", "ne", "la", "ko", "ssa", "lla", "iden"]
errors = []
def work(seed):
    r = random.Random(seed)
    try:
        for i in range(12000):
            w = "".join(r.choice(sylls) for _ in range(r.randint(2, 6))) + str(seed) * (i % 2)
            baseforms(w + "ssa"); known(w); readings(w + "kate")
    except Exception as exc:
        errors.append(repr(exc))
threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print("errors", len(errors))
"""


def test_voikko_from_eight_threads_at_once_does_not_crash():
    proc = subprocess.run([sys.executable, "-c", VOIKKO_HAMMER], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, f"rc {proc.returncode}: {proc.stderr[-500:]}"
    assert proc.stdout.strip() == "errors 0"


def test_one_engine_answers_eight_threads_at_once_as_it_answers_one(engine):
    # the front ends answer in worker threads that share the engine's one store connection: hostile
    # messages (long full-text searches among them) from 8 threads get the replies they get one by one
    from hostile import hostile_messages
    questions = hostile_messages(1500, seed=12)
    once = {q: engine.ask(q).to_dict() for q in set(questions)}
    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(lambda q: (q, engine.ask(q).to_dict()), questions))
    assert sum(r != once[q] for q, r in replies) == 0


# --- a few hundred seeded hostile messages through each front end, real processes ---------------

N_MESSAGES = 300


def _kysy() -> list[str]:
    exe = Path(sys.executable).with_name("kysy")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli"]


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONNECTIONS__")}
    env.update(NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost", PTB_TIMEDELTA="1", **extra)
    return env


def _valid_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


async def _start(log_path: Path, *args: str, **env: str) -> asyncio.subprocess.Process:
    """`kysy ARGS` with its output into a file (a pipe nobody reads fills up and stalls it)."""
    with open(log_path, "wb") as out:
        return await asyncio.create_subprocess_exec(*_kysy(), *args, cwd=str(ROOT), env=_env(**env),
                                                    stdout=out, stderr=subprocess.STDOUT)


async def _stop(proc: asyncio.subprocess.Process, log_path: Path) -> tuple[int, str]:
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
    await asyncio.wait_for(proc.wait(), timeout=30)
    return proc.returncode, log_path.read_text(errors="replace")


# the fake Bot API's multipart reader (aiohttp's) warns on some chunk boundaries of the chart uploads
@pytest.mark.filterwarnings("ignore:unread_data:DeprecationWarning:aiohttp.multipart")
async def test_telegram_answers_every_hostile_message(db_path, tmp_path):
    pytest.importorskip("telegram")
    from bot import telegram_bot as tb
    from bot.presenters.telegram import tg_len
    from tests.fake_telegram import TOKEN, FakeBotApi
    from tests.test_telegram import balanced

    messages = hostile_messages(N_MESSAGES, seed=12)
    fake = await FakeBotApi().start()
    log_path = tmp_path / "telegram.log"
    proc = await _start(log_path, "--db", str(db_path), "telegram",
                        TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=fake.url)
    try:
        await fake.wait_calls("setMyCommands", timeout=30)
        for i, text in enumerate(messages):
            fake.message_update(text, chat_id=20_000 + i)
        # a message that starts with '/' is a command (another bot's, here): no answer expected
        expect = {20_000 + i for i, t in enumerate(messages) if not t.startswith("/")}
        answered = lambda: {int(c.params["chat_id"]) for c in fake.calls_to("sendMessage")}  # noqa: E731
        await fake.wait_for(lambda: expect <= answered(), timeout=180)
        assert proc.returncode is None, "the bot died"
    finally:
        code, output = await _stop(proc, log_path)
        await fake.stop()
    sent = [c.params.get("text", "") for c in fake.calls_to("sendMessage")]
    assert len(sent) >= len(expect)
    for text in sent:
        assert text.strip() and _valid_utf8(text) and tg_len(text) <= 4096, repr(text[:200])
        assert balanced(text), text[:300]
        assert text != tb.MSG_ERROR, "an apology: something failed on the way"
    assert code == 0, output[-3000:]
    assert "Traceback" not in output and "Error while handling" not in output, output[-3000:]


async def test_teams_answers_every_hostile_message(db_path, tmp_path):
    pytest.importorskip("microsoft_agents.hosting.aiohttp")
    import aiohttp

    from bot import teams_bot
    from tests.fake_connector import FakeConnector, activity

    messages = hostile_messages(N_MESSAGES, seed=13)
    connector = await FakeConnector().start()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log_path = tmp_path / "teams.log"
    proc = await _start(log_path, "--db", str(db_path), "teams", "--anonymous", "--port", str(port))
    url = f"http://127.0.0.1:{port}"
    statuses: dict[int, int] = {}
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
            await _wait_healthy(http, url, proc)
            gate = asyncio.Semaphore(8)

            async def send(i: int, text: str) -> None:
                body = json.dumps(activity(connector.url, text=text, conversation_id=f"a:hostile-{i}"))
                async with gate, http.post(url + "/api/messages", data=body,
                                           headers={"Content-Type": "application/json"}) as r:
                    statuses[i] = r.status

            await asyncio.gather(*(send(i, t) for i, t in enumerate(messages)))
            replies = await connector.wait_for_messages(N_MESSAGES, timeout=60)
            async with http.get(url + "/healthz") as r:
                assert r.status == 200, "the bot died"
    finally:
        code, output = await _stop(proc, log_path)
        await connector.stop()
    assert sorted(set(statuses.values())) == [202], {i: s for i, s in statuses.items() if s != 202}
    by_conv: dict[str, list[dict]] = {}
    for reply in replies:
        by_conv.setdefault(reply["conversation"]["id"], []).append(reply)
    assert sorted(by_conv) == sorted(f"a:hostile-{i}" for i in range(N_MESSAGES))
    for conv, got in by_conv.items():
        assert len(got) == 1, conv
        shown = got[0].get("text") or got[0]["attachments"][0]["content"].get("fallbackText", "")
        assert shown.strip() and _valid_utf8(json.dumps(got[0], ensure_ascii=False)), conv
        assert shown != teams_bot.MSG_ERROR, (conv, "an apology: something failed on the way")
    assert code == 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]


async def _wait_healthy(http, url: str, proc) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            async with http.get(url + "/healthz") as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        assert time.monotonic() < deadline and proc.returncode is None, "kysy teams did not start"
        await asyncio.sleep(0.1)
