"""Latency of hostile questions through the engine (the seeded set of tests/hostile.py).

    python bench/hostile.py --db data/lukubotti.sqlite [--n 3000] [--seed 12] [--threads 8]

Every question goes to ``Engine.ask`` as a chat front end sends it (raw, uncleaned); the reply
must be a dict with a status and a non-empty text. Prints p50/p99/max (ms) one at a time, then
the same questions from ``--threads`` worker threads at once, as the front ends run them.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402
from bot.presenters.text import render_text  # noqa: E402
from tests.hostile import hostile_messages  # noqa: E402


def timed_ask(engine: Engine, question: str) -> tuple[float, dict]:
    t0 = time.perf_counter()
    reply = engine.ask(question, conversation=engine.conversations.get(f"bench:{id(question)}"))
    out = {**reply.to_dict(), "text": render_text(reply)}     # what `kysy --json` prints
    return (time.perf_counter() - t0) * 1000, out


def valid(reply: object) -> bool:
    return isinstance(reply, dict) and bool(reply.get("status")) and bool(str(reply.get("text") or "").strip())


def summary(label: str, ms: list[float]) -> str:
    q = statistics.quantiles(ms, n=100)
    return (f"{label}: n={len(ms)} p50={q[49]:.1f} ms p99={q[98]:.1f} ms max={max(ms):.1f} ms "
            f"over 200 ms: {sum(m > 200 for m in ms)}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=str(ROOT / "data" / "lukubotti.sqlite"))
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--threads", type=int, default=8)
    a = ap.parse_args()
    engine = Engine(a.db)
    questions = hostile_messages(a.n, seed=a.seed)
    engine.ask("varhaiskasvatuksen toimintakate 2025")  # warm
    t0 = time.perf_counter()
    results = [timed_ask(engine, q) for q in questions]
    serial_wall = time.perf_counter() - t0
    ms = [m for m, _ in results]
    bad = [i for i, (_, r) in enumerate(results) if not valid(r)]
    print(summary("one at a time", ms) + f", wall {serial_wall:.1f} s")
    for m, i in sorted(((m, i) for i, m in enumerate(ms)), reverse=True)[:5]:
        print(f"  {m:7.1f} ms  len {len(questions[i]):>7}  {questions[i][:60]!r}")
    t0 = time.perf_counter()
    with ThreadPoolExecutor(a.threads) as pool:
        threaded = list(pool.map(lambda q: timed_ask(engine, q), questions))
    wall = time.perf_counter() - t0
    bad += [i for i, (_, r) in enumerate(threaded) if not valid(r)]
    print(summary(f"{a.threads} threads at once", [m for m, _ in threaded]) + f", wall {wall:.1f} s")
    print(f"invalid replies: {len(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
