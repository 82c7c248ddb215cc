#!/usr/bin/env python3
"""Count the figures a question-answering command gives on a silence corpus (expected: 0).

Every line of the corpus is a real Finnish sentence that is not about the reports, so any reply with
status "answer" and a numeric answers[0].value is a wrong figure.

Usage (from the repository root):
    python3 bench/silence/score_silence.py                              # own.txt, "kysy --jsonl"
    python3 bench/silence/score_silence.py /work/corpus/ud_fi.txt --cmd ".venv/bin/kysy --jsonl" --show
"""
from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def figure(reply: dict | None):
    if not reply or reply.get("status") != "answer":
        return None
    answers = reply.get("answers") or []
    try:
        return float(answers[0].get("value")) if answers else None
    except (TypeError, ValueError):
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=HERE / "own.txt")
    ap.add_argument("--cmd", default="kysy --jsonl")
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--show", action="store_true", help="print every sentence that got a figure")
    args = ap.parse_args()
    lines = [l for l in args.corpus.read_text(encoding="utf-8").splitlines() if l.strip()]
    proc = subprocess.run(shlex.split(args.cmd), input="\n".join(lines) + "\n", capture_output=True,
                          text=True, timeout=args.timeout)
    replies = []
    for out in proc.stdout.splitlines():
        if out.strip():
            try:
                replies.append(json.loads(out))
            except json.JSONDecodeError:
                replies.append(None)
    if len(replies) != len(lines):
        print(f"expected {len(lines)} replies, got {len(replies)}", file=sys.stderr)
    replies = (replies + [None] * len(lines))[: len(lines)]
    statuses = Counter((r or {}).get("status", "error") for r in replies)
    hits = [(s, figure(r)) for s, r in zip(lines, replies) if figure(r) is not None]
    if args.show:
        for s, v in hits:
            print(f"{v:>14} | {s}")
    print(f"{args.corpus.name}: {len(lines)} sentences, {len(hits)} got a figure; statuses {dict(statuses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
