"""Benchmarks: ingest time, warm in-process latency over the dev questions, cold one-shot, memory.

    python bench/run.py --db data/lukubotti.sqlite
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=str(ROOT / "data" / "lukubotti.sqlite"))
    ap.add_argument("--questions", default=str(ROOT.parent / "shared" / "eval" / "dev.jsonl"))
    a = ap.parse_args()
    from data.ingest import ingest
    reports = sorted((ROOT / "data" / "reports").glob("*.txt"))
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        ingest(reports, Path(d) / "b.sqlite", rebuild=True)
        ingest_s = time.perf_counter() - t0
    from bot.engine import Engine
    t0 = time.perf_counter()
    engine = Engine(a.db)
    load_s = time.perf_counter() - t0
    qs_path = Path(a.questions)
    qs = [json.loads(l)["q"] for l in qs_path.read_text().splitlines()] if qs_path.exists() else \
        ["varhaiskasvatuksen toimintakate 2025", "vire toimintakate 2025", "toimintakate 2024"]
    for q in qs:
        engine.ask(q)
    times = []
    for _ in range(3):
        for q in qs:
            t = time.perf_counter()
            engine.ask(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    cold = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot.cli", "--db", a.db, "varhaiskasvatuksen toimintakate 2025"],
                       cwd=ROOT, capture_output=True)
        cold.append(time.perf_counter() - t)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {"ingest_4_reports_s": round(ingest_s, 3), "engine_load_s": round(load_s, 3),
           "warm_median_ms": round(statistics.median(times), 2), "warm_p99_ms": round(times[int(len(times) * 0.99) - 1], 2),
           "cold_one_shot_s": round(min(cold), 2), "max_rss_mb": round(rss, 1), "questions": len(qs)}
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
