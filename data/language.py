"""Language data files (data/lang/*.toml): word lists, synonyms, column headings, labels.

Language facts live in these files, not in code (the way spaCy keeps ``lang/fi``). Each file is read
once per process.
"""
from __future__ import annotations

import functools
import tomllib
from pathlib import Path

LANG_DIR = Path(__file__).resolve().parent / "lang"


@functools.cache
def load(name: str) -> dict:
    """The parsed contents of ``data/lang/<name>.toml``."""
    with open(LANG_DIR / f"{name}.toml", "rb") as fh:
        return tomllib.load(fh)
