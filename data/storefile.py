"""The store file on disk: one writer at a time, the new store built aside and swapped in atomically.

- `writer_lock(db)`: fcntl.flock on `<db>.lock`; a second writer waits up to LUKUBOTTI_INGEST_WAIT seconds
  (default 60) and then gets `StoreBusy` (nothing was written).
- `remove_stale(db)`: temp files of our naming (`<db>.ingest-XXXXXXXX.tmp`, and the older
  `<db>.XXXXXXXX.tmp`) left by a killed writer. Called under the lock: while we hold it no other writer
  is alive, so every such file is an orphan.
- `Workspace(db, fresh)`: the temp file (a fast copy of the store, or empty), `swap()` = fsync, the old
  file's mode and owner, os.replace, fsync of the folder; `discard()` removes the temp file.
- `signals_clean_up()`: SIGTERM/SIGHUP during the block raise `Terminated`, so every `finally` runs (temp
  file removed, lock released); the signal is then delivered again with the caller's handler.
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
import secrets
import shutil
import signal
import stat
import sys
import threading
import time
from pathlib import Path

log = logging.getLogger("lukubotti.ingest")

WAIT_ENV = "LUKUBOTTI_INGEST_WAIT"
DEFAULT_WAIT_S = 60.0
FICLONE = 0x40049409            # Linux ioctl: share the blocks (btrfs, xfs, overlayfs on them); else a copy
CLEANUP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class StoreError(Exception):
    """A clear Finnish message for the user; the store was not changed."""


class StoreBusy(StoreError):
    """Another ingest holds the store's lock."""


class Terminated(BaseException):
    """SIGTERM/SIGHUP arrived during an ingest (BaseException: no `except Exception` swallows it)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def temp_pattern(db: Path) -> re.Pattern:
    """Our temp files for `db` (and their SQLite journals): `lukubotti.sqlite.ingest-1a2b3c4d.tmp`."""
    return re.compile(re.escape(db.name) + r"\.(?:ingest-)?[a-z0-9_]{8}\.tmp(?:-journal|-wal|-shm)?")


def wait_seconds(value: float | None = None) -> float:
    if value is not None:
        return float(value)
    raw = os.environ.get(WAIT_ENV, "").strip()
    if not raw:
        return DEFAULT_WAIT_S
    try:
        return max(0.0, float(raw.replace(",", ".")))
    except ValueError:
        raise StoreError(f"{WAIT_ENV}={raw!r} ei ole sekuntimäärä (esim. {WAIT_ENV}=60)") from None


def _open_lock(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except PermissionError:   # another user's lock file (e.g. root's): flock works on a read-only descriptor
        try:
            return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as exc:
            raise StoreError(f"lukkotiedostoa {path} ei voi avata: {exc.strerror}") from None


@contextlib.contextmanager
def writer_lock(db: Path, wait: float | None = None):
    """Hold the store's writer lock for the block. Waits up to `wait` s, then raises StoreBusy."""
    wait = wait_seconds(wait)
    path = db.with_name(db.name + ".lock")
    fd = _open_lock(path)
    try:
        deadline, waited = time.monotonic() + wait, False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited and wait > 0:
                    log.warning("Toinen lataus on käynnissä tietokantaan %s – odotetaan enintään %g s …", db, wait)
                    waited = True
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"Toinen lataus (kysy ingest) on käynnissä tietokantaan {db}; odotettiin {wait:g} s. "
                        f"Mitään ei ladattu – yritä uudelleen, kun se on valmis (odotusaika: {WAIT_ENV}).") from None
                time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
        yield
    finally:
        os.close(fd)   # closing the descriptor releases the lock


def remove_stale(db: Path) -> list[str]:
    """Remove temp files a killed ingest left beside `db`. Call only while holding `writer_lock`."""
    pattern = temp_pattern(db)
    removed = []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(db.parent):
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    for name in removed:
        log.warning("poistettiin keskeytyneen latauksen väliaikaistiedosto %s", name)
    return removed


def fast_copy(src: Path, dst: Path) -> None:
    """dst = a copy of src: a reflink where the file system shares blocks, else an in-kernel copy."""
    with open(src, "rb") as s, open(dst, "r+b") as d:
        try:
            fcntl.ioctl(d.fileno(), FICLONE, s.fileno())
            return
        except OSError:
            pass
    shutil.copyfile(src, dst)   # sendfile / copy_file_range on Linux


def _fsync(path: Path, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Workspace:
    """The next store, built in a temp file beside `db`: a copy of the store, or empty when `fresh`."""

    def __init__(self, db: Path, fresh: bool):
        self.db, self.fresh, self.path, self.swapped = db, fresh, None, False

    def create(self) -> Path:
        """Make the temp file (mode 0666 minus the umask, like any new file) and fill it."""
        while True:
            # named before it exists, so that a signal right after the open still finds it to remove
            self.path = self.db.with_name(f"{self.db.name}.ingest-{secrets.token_hex(4)}.tmp")
            try:
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666))
                break
            except FileExistsError:
                self.path = None   # not ours
        if not self.fresh:
            fast_copy(self.db, self.path)
        return self.path

    def swap(self) -> None:
        """Make the temp file the store: durable first, then the old file's mode and owner, then os.replace."""
        _fsync(self.path)
        try:
            old = os.stat(self.db)
        except FileNotFoundError:
            old = None
        if old is not None:
            os.chmod(self.path, stat.S_IMODE(old.st_mode))
            mine = os.stat(self.path)
            if (mine.st_uid, mine.st_gid) != (old.st_uid, old.st_gid):
                try:
                    os.chown(self.path, old.st_uid, old.st_gid)
                except PermissionError:
                    log.warning("tietokannan omistajaa (%d:%d) ei voitu säilyttää: ei oikeuksia; tiedoston oikeudet "
                                "%o säilytettiin", old.st_uid, old.st_gid, stat.S_IMODE(old.st_mode))
        os.replace(self.path, self.db)
        self.swapped = True
        _fsync(self.db.parent, directory=True)

    def discard(self) -> None:
        if self.path is None or self.swapped:
            return
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")


def _raise_terminated(signum, frame):
    raise Terminated(signum)


@contextlib.contextmanager
def signals_clean_up():
    """SIGTERM/SIGHUP inside the block unwind it (every `finally` runs), then reach the old handler: with the
    default one the process ends by the signal, as it would have. Only in the main thread (Python's rule)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {s: signal.getsignal(s) for s in CLEANUP_SIGNALS}
    for s, handler in old.items():
        if handler is not signal.SIG_IGN:
            signal.signal(s, _raise_terminated)
    try:
        yield
    except Terminated as exc:
        _restore(old)
        print(f"Lataus keskeytettiin (signaali {signal.Signals(exc.signum).name}): väliaikaistiedostot poistettu, "
              "vanha tietokanta on käytössä.", file=sys.stderr, flush=True)
        signal.raise_signal(exc.signum)
        raise StoreError("lataus keskeytettiin signaalilla – tietokantaa ei muutettu") from None
    finally:
        _restore(old)


def _restore(old: dict) -> None:
    for s, handler in old.items():
        signal.signal(s, handler if handler is not None else signal.SIG_DFL)
