"""The answer engine: a question → one :class:`~bot.reply.Reply`.

    engine = Engine("data/lukubotti.sqlite")
    reply = engine.ask("varhaiskasvatuksen toimintakate 2025", engine.conversations.get("cli"))

``ask`` never raises. When ``kysy ingest`` replaces the database file, the next store is loaded in
the background and switched in atomically; requests meanwhile keep being answered from the old one
and never wait for the load. Follow-up questions ("entä 2024?") keep the conversation's previous
parse and take what the new one says instead.
"""
from __future__ import annotations

import logging
import os
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cachetools import TTLCache

from data.text import fold
from data.query import Store, StoreOutdated
from nlp.index import Index
from nlp.parse import Parse, Parser, merge

from . import router
from .answers.common import Ask, not_found
from .reply import Reply

log = logging.getLogger("lukubotti.engine")
MAX_QUESTION = 1000


@dataclass
class Conversation:
    last: Parse | None = None


class Conversations:
    """Per-conversation state, bounded and expiring (cachetools' TTL cache, behind a lock)."""

    def __init__(self, max_items: int = 5000, ttl: float = 3600.0) -> None:
        self._items: TTLCache = TTLCache(maxsize=max_items, ttl=ttl)
        self._lock = threading.Lock()

    def get(self, key: str) -> Conversation:
        with self._lock:
            conv = self._items.get(key)
            if conv is None:
                conv = Conversation()
            self._items[key] = conv       # touching it renews its time to live
            return conv

    def __len__(self) -> int:
        return len(self._items)


@dataclass
class State:
    """One loaded store: its data access, lemma index and parser."""
    stamp: tuple | None
    store: Store | None
    index: Index | None
    parser: Parser | None
    municipality: str = ""
    outdated: bool = False           # a store of an older schema: not served until `kysy ingest` upgrades it


def clean_question(text) -> str | None:
    """The question as one line of printable text; None when it is longer than the limit (checked
    before any cleaning, so a huge input costs nothing)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if len(text) > MAX_QUESTION * 4:
        return None
    text = "".join(" " if ch in "\t\n\r\f\v" else ch for ch in text if unicodedata.category(ch)[0] != "C"
                   or ch in "\t\n\r\f\v")
    text = " ".join(text.split())
    return None if len(text) > MAX_QUESTION else text


def _stamp(path: Path) -> tuple | None:
    try:
        st = os.stat(path)
        return (st.st_ino, st.st_mtime_ns, st.st_size)
    except OSError:
        return None


def load_state(path: Path) -> State:
    stamp = _stamp(path)
    if stamp is None:
        return State(None, None, None, None)
    try:
        store = Store(path)
    except StoreOutdated:
        log.error("the database %s is of an older schema: rebuild it with kysy ingest --rebuild", path)
        return State(stamp, None, None, None, outdated=True)
    index = Index(store.conn)
    return State(stamp, store, index, Parser(index), ", ".join(store.towns))


class Engine:
    """`home`: the municipality a deployment serves (env LUKUBOTTI_KUNTA): a question naming no municipality is
    about it, in a store of many municipalities' reports; one naming another is about that one."""

    def __init__(self, db_path: str | Path, home: str | None = None) -> None:
        self.db_path = Path(db_path)
        self.home = fold(home if home is not None else os.environ.get("LUKUBOTTI_KUNTA", "")).strip()
        self.conversations = Conversations()
        self._state = load_state(self.db_path)
        self._loading = threading.Lock()

    # --- the store ------------------------------------------------------------------------------
    @property
    def state(self) -> State:
        """The current store; a changed file starts a background load (requests keep the old one)."""
        if _stamp(self.db_path) != self._state.stamp and self._loading.acquire(blocking=False):
            threading.Thread(target=self._reload, name="lukubotti-reload", daemon=True).start()
        return self._state

    def _reload(self) -> None:
        try:
            new = load_state(self.db_path)
            if new.stamp != self._state.stamp:
                log.info("database changed, switched to the new store %s", self.db_path)
                self._state = new
        except Exception:  # a store being written or broken: keep serving the old one
            log.exception("reloading the database failed; the old store keeps serving")
        finally:
            self._loading.release()

    def wait_reloaded(self, timeout: float = 10.0) -> None:
        """For tests and the CLI: wait until a background load has finished."""
        self.state
        if self._loading.acquire(timeout=timeout):
            self._loading.release()

    def reports(self) -> list[dict]:
        st = self.state
        return sorted(st.store.reports.values(), key=lambda r: r["rank"] or 0) if st.store else []

    def _home(self, st: State) -> set[str]:
        """The deployment's own municipality, when the store has its reports."""
        if self.home and any(fold(t) == self.home for t in st.store.towns):
            return {self.home}
        return set()

    # --- asking ---------------------------------------------------------------------------------
    def ask(self, question, conversation: Conversation | None = None) -> Reply:
        try:
            return self._ask(question, conversation)
        except Exception:  # never an exception to the person asking
            log.exception("answering failed")
            return not_found("Pahoittelut, vastauksen muodostaminen epäonnistui. Kokeile kysyä toisin.")

    def _ask(self, question, conv: Conversation | None) -> Reply:
        text = clean_question(question)
        if text is None:
            return not_found(f"Kysymys on liian pitkä. Kysy lyhyesti, enintään {MAX_QUESTION} merkkiä.")
        if not text:
            return not_found("Kirjoita kysymys, esimerkiksi: toimintakate 2025.")
        st = self.state
        if st.outdated:
            return not_found("Tietokanta on tehty Lukubotin vanhemmalla versiolla. Rakenna se uudelleen: "
                             "kysy ingest --rebuild RAPORTTIKANSIO (oletus data/reports).")
        if st.store is None or not st.store.reports:
            return not_found("Tietokannassa ei ole vielä raportteja. Aja ensin: kysy ingest")
        parse = st.parser.parse(text)
        if conv is not None and conv.last is not None and parse.follow_up:
            parse = merge(parse, conv.last)
        towns = parse.municipalities or self._home(st)
        store = st.store.scoped(towns) if towns else st.store
        reply = router.answer(Ask(parse, store), st.parser, st.index, st.municipality)
        if conv is not None and reply.status in ("answer", "clarify", "not_found") and parse.intent not in (
                "text", "empty", "language", "other_place", "help"):
            conv.last = parse
        return reply
