"""Silence: real Finnish sentences that are not about the reports get no figure, ever.

bench/silence/own.txt (1 360 everyday sentences written for the project) runs everywhere; the Universal
Dependencies Finnish treebanks' sentences (TDT, FTB, PUD, OOD: /work/corpus/ud_fi.txt, made by
bench/silence/extract.py from the fetched treebanks, which may not be committed) run where they are on
the machine."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ROOT

UD = Path(os.environ.get("LUKUBOTTI_UD_CORPUS", "/work/corpus/ud_fi.txt"))


def figures(engine, path: Path) -> list[tuple[str, object]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = engine.ask(line)
        if r.status == "answer" and r.answers and r.answers[0].value is not None:
            out.append((line, r.answers[0].value))
    return out


def answered(engine, path: Path) -> list[tuple[str, str]]:
    """Every line answered at all: a figure, a list of goals or projects, anything but ask-back or not found."""
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [(x, r.kind) for x in lines for r in [engine.ask(x)] if r.status == "answer"]


def test_own_everyday_sentences_get_no_figure(engine):
    path = ROOT / "bench" / "silence" / "own.txt"
    assert len(path.read_text(encoding="utf-8").splitlines()) >= 1000
    assert figures(engine, path) == []


def test_own_everyday_sentences_get_no_list_either(engine):
    # 'haluan onnistua' is no question about goals, 'kuka milloinkin' none about projects
    assert answered(engine, ROOT / "bench" / "silence" / "own.txt") == []


@pytest.mark.skipif(not UD.exists(), reason="the UD treebank sentences are not on this machine")
def test_treebank_sentences_get_no_figure(engine):
    assert len(UD.read_text(encoding="utf-8").splitlines()) >= 5000
    assert figures(engine, UD) == []
