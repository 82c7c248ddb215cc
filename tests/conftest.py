import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ.setdefault("no_proxy", "127.0.0.1,localhost")


def build_store(paths, db, rebuild=True, **kw):
    """The real ingest with the nlp layer's lemmas and lemma index, as `kysy ingest` runs it."""
    from data.ingest import ingest
    from nlp import index
    return ingest(paths, db, rebuild=rebuild, lemmatize=index.lemmatize, after=index.build, **kw)


@pytest.fixture(scope="session")
def db_path(tmp_path_factory) -> Path:
    """A real database built from the bundled reports, once per test session."""
    db = tmp_path_factory.mktemp("db") / "lukubotti.sqlite"
    summaries = build_store(sorted(REPORTS.glob("*.txt")), db)
    assert all(s.status == "ok" for s in summaries), [s.line() for s in summaries]
    return db


@pytest.fixture(scope="session")
def engine(db_path):
    from bot.engine import Engine
    return Engine(db_path)


@pytest.fixture
def reports_copy(tmp_path) -> Path:
    d = tmp_path / "reports"
    shutil.copytree(REPORTS, d)
    return d
