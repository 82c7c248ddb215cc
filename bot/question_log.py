"""Optional question log (off by default).

Stores the question text, the engine's status and the time, plus a *salted hash*
of the user id (never the id itself, never a name) in its own SQLite file.
Rows older than the retention limit (days, default 90) are pruned on every write.

The salt comes from env ``LUKUBOTTI_LOG_SALT``; if unset, a random salt is created
once and stored beside the log (``<log>.salt``, mode 0600), so hashes stay stable
across restarts but cannot be reversed by someone who only has the log.

The log holds question text: the file and SQLite's ``-wal``/``-shm`` files beside it are
mode 0600 (owner only) from the moment they exist, whatever the umask.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
import threading
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id        INTEGER PRIMARY KEY,
    ts        INTEGER NOT NULL,             -- unix time, seconds (UTC)
    frontend  TEXT    NOT NULL,             -- 'telegram', 'teams', ...
    user_hash TEXT    NOT NULL,             -- HMAC-SHA256(salt, user id), truncated
    status    TEXT    NOT NULL,             -- answer | clarify | not_found | refused | ...
    question  TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_ts ON questions(ts);
"""

MAX_QUESTION_CHARS = 2000


def _load_or_create_salt(salt_path: Path) -> bytes:
    try:
        return salt_path.read_bytes().strip()
    except FileNotFoundError:
        pass
    salt = secrets.token_hex(32).encode()
    try:
        fd = os.open(salt_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race
        return salt_path.read_bytes().strip()
    with os.fdopen(fd, "wb") as f:
        f.write(salt + b"\n")
    return salt


def _private_files(path: Path) -> None:
    """Create the log file 0600 (or tighten an existing one) *before* SQLite opens it.

    SQLite creates the ``-wal`` and ``-shm`` files with the database file's own mode, so a
    0600 database gives 0600 companions; ones left over from an earlier run are tightened too."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm", "-journal"):
        try:
            os.chmod(str(path) + suffix, 0o600)
        except FileNotFoundError:
            pass


class QuestionLog:
    """Append-only question log with salted user hashes and retention pruning."""

    def __init__(self, path: str | os.PathLike, retention_days: float = 90, salt: str | bytes | None = None,
                 frontend: str = "telegram") -> None:
        self.path = Path(path)
        self.retention_days = float(retention_days)
        self.frontend = frontend
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if salt is None:
            salt = os.environ.get("LUKUBOTTI_LOG_SALT") or None
        if salt is None:
            salt = _load_or_create_salt(Path(str(self.path) + ".salt"))
        self._salt = salt.encode() if isinstance(salt, str) else bytes(salt)
        self._lock = threading.Lock()
        _private_files(self.path)
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def user_hash(self, user_id: object) -> str:
        return hmac.new(self._salt, str(user_id).encode(), hashlib.sha256).hexdigest()[:32]

    def record(self, user_id: object, question: str, status: str, when: float | None = None) -> None:
        now = time.time() if when is None else float(when)
        cutoff = now - self.retention_days * 86400
        row = (int(now), self.frontend, self.user_hash(user_id), str(status), str(question)[:MAX_QUESTION_CHARS])
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute(
                    "INSERT INTO questions(ts, frontend, user_hash, status, question) VALUES (?,?,?,?,?)", row)
                self._db.execute("DELETE FROM questions WHERE ts < ?", (int(cutoff),))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def rows(self) -> list[dict]:
        with self._lock:
            cur = self._db.execute("SELECT ts, frontend, user_hash, status, question FROM questions ORDER BY id")
            cols = [c[0] for c in cur.description]
            return [dict(zip(cols, r)) for r in cur.fetchall()]

    def close(self) -> None:
        with self._lock:
            self._db.close()
