"""The question log holds question text: it and SQLite's -wal/-shm files are owner-only (0600)
while the bot runs — checked on the real files, in-process and in a running `kysy telegram`."""

from __future__ import annotations

import asyncio
import os
import signal
import stat
import sys
from pathlib import Path

import pytest

from bot.question_log import QuestionLog

ROOT = Path(__file__).resolve().parents[1]


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def log_files(db: Path) -> list[Path]:
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm")]


@pytest.fixture
def umask_022():
    old = os.umask(0o022)  # the usual umask: new files 0644 unless created otherwise
    try:
        yield
    finally:
        os.umask(old)


def test_log_and_wal_shm_are_0600_while_open(tmp_path, umask_022):
    db = tmp_path / "sub" / "q.sqlite"
    qlog = QuestionLog(db, salt="s")
    try:
        qlog.record(1, "varhaiskasvatuksen toimintakate 2025", "answer")
        for f in log_files(db):
            assert f.exists(), f
            assert mode(f) == 0o600, f"{f.name}: {oct(mode(f))}"
        assert mode(db.parent) == 0o700
    finally:
        qlog.close()


def test_existing_loose_log_files_are_tightened(tmp_path, umask_022):
    db = tmp_path / "q.sqlite"
    first = QuestionLog(db, salt="s")
    first.record(1, "kysymys", "answer")
    for f in log_files(db):
        os.chmod(f, 0o644)  # as an older version left them
    second = QuestionLog(db, salt="s")
    try:
        second.record(2, "toinen", "answer")
        for f in log_files(db):
            assert mode(f) == 0o600, f"{f.name}: {oct(mode(f))}"
    finally:
        second.close()
        first.close()


async def test_running_telegram_bot_keeps_its_question_log_private(db_path, tmp_path):
    pytest.importorskip("telegram")
    from tests.fake_telegram import TOKEN, FakeBotApi

    fake = await FakeBotApi().start()
    qdb = tmp_path / "questions.sqlite"
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=fake.url,
               LUKUBOTTI_QUESTION_LOG=str(qdb), LUKUBOTTI_LOG_SALT="suola",
               NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    exe = Path(sys.executable).with_name("kysy")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli"]
    proc = await asyncio.create_subprocess_exec(
        *cmd, "--db", str(db_path), "telegram", cwd=str(ROOT), env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        preexec_fn=lambda: os.umask(0o022))
    try:
        await fake.wait_calls("setMyCommands", timeout=30)
        fake.message_update("varhaiskasvatuksen toimintakate 2025", chat_id=4242)
        await fake.wait_calls("sendMessage", timeout=15)
        await fake.wait_for(lambda: all(f.exists() for f in log_files(qdb)), timeout=10)
        modes = {f.name: oct(mode(f)) for f in log_files(qdb)}  # while the bot has the log open
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(proc.communicate(), timeout=20)
        await fake.stop()
    assert proc.returncode == 0, err.decode()[-2000:]
    assert modes == {f.name: "0o600" for f in log_files(qdb)}, modes
