"""Latency and memory, side by side in one run: parse alone and the whole answer, warm, over the dev
questions, our own silence corpus (bench/silence/own.txt) and, when it is on this machine, the UD
Finnish treebanks' sentences (/work/corpus/ud_fi.txt, made by bench/silence/extract.py); a cold
one-shot `kysy "…"`; engine load; peak RSS.

    python bench/run.py [--db data/lukubotti.sqlite]
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPORA = {"dev": ROOT.parent / "shared" / "eval" / "dev.jsonl", "own_silence": ROOT / "bench" / "silence" / "own.txt",
           "ud_silence": Path("/work/corpus/ud_fi.txt")}


def questions(path: Path) -> list[str]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [json.loads(line)["q"] for line in lines] if path.suffix == ".jsonl" else lines


def percentiles(times: list[float]) -> dict:
    times = sorted(times)
    return {"p50_ms": round(statistics.median(times), 2), "p99_ms": round(times[max(0, int(len(times) * 0.99) - 1)], 2),
            "max_ms": round(times[-1], 2)}


def timed(fn, qs: list[str], rounds: int) -> list[float]:
    for q in qs:          # warm: Voikko's and the index's caches as in a running bot
        fn(q)
    out = []
    for _ in range(rounds):
        for q in qs:
            t = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t) * 1000)
    return out


def median_run(cmd: list[str]) -> float:
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)
        runs.append(time.perf_counter() - t)
    return round(statistics.median(runs), 3)


def cold(db: str) -> dict:
    """The `kysy "q"` command as a user runs it, beside what spaCy's import and its Finnish pipeline
    alone cost in a fresh process (`python -m bot.cli` adds ~0.1 s of runpy, so it is not the measure)."""
    kysy = str(Path(sys.executable).parent / "kysy")
    spacy_only = median_run([sys.executable, "-c", "import spacy.lang.fi as f; f.Finnish()"])
    one_shot = median_run([kysy, "--db", db, "varhaiskasvatuksen toimintakate 2025"])
    return {"kysy_median_s": one_shot, "spacy_finnish_only_median_s": spacy_only,
            "ours_s": round(one_shot - spacy_only, 3)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=str(ROOT / "data" / "lukubotti.sqlite"))
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    t0 = time.perf_counter()
    from bot.engine import Engine
    engine = Engine(a.db)
    load = time.perf_counter() - t0
    parser = engine.state.parser
    out = {"engine_import_and_load_s": round(load, 3)}
    for name, path in CORPORA.items():
        if not path.exists():
            out[name] = "not on this machine"
            continue
        qs = questions(path)
        rounds = a.rounds if len(qs) < 2000 else 1
        out[name] = {"questions": len(qs), "parse": percentiles(timed(parser.parse, qs, rounds)),
                     "answer": percentiles(timed(engine.ask, qs, rounds))}
    out["cold_one_shot"] = cold(a.db)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
