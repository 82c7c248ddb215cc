"""Asking from the command line: one question, JSON, JSONL batch, or an interactive prompt."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _engine(db: Path):
    from .engine import Engine
    if not db.exists():
        print(f"Tietokantaa {db} ei ole. Aja ensin: kysy ingest   (tai: make run)", file=sys.stderr)
        raise SystemExit(2)
    return Engine(db)


def _print(reply: dict) -> None:
    print(reply["text"])
    for i, o in enumerate(reply.get("options") or [], 1):
        print(f"  {i}) {o['label']}")
    line = (reply.get("interpretation") or {}).get("line")
    if line and reply["status"] == "answer":
        print(line)


def main(argv: list[str], db: Path) -> int:
    p = argparse.ArgumentParser(prog="kysy", description="Kysy Heinolan raporteista luku suomeksi.")
    p.add_argument("--json", action="store_true", help="tulosta yksi JSON-olio")
    p.add_argument("--jsonl", action="store_true", help="lue kysymykset riveittäin stdinistä, vastaa JSON-riveinä")
    p.add_argument("question", nargs="*")
    a = p.parse_args(argv)
    engine = _engine(db)
    if a.jsonl:
        for line in sys.stdin:
            reply = engine.ask(line.rstrip("\n"))
            sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return 0
    if a.question:
        reply = engine.ask(" ".join(a.question), engine.conversations.get("cli"))
        if a.json:
            print(json.dumps(reply, ensure_ascii=False, indent=2))
        else:
            _print(reply)
        return 0
    try:
        import readline  # noqa: F401  (history and line editing)
    except ImportError:  # pragma: no cover
        pass
    conv = engine.conversations.get("cli")
    print("Lukubotti – kysy raporteista (tyhjä rivi tai Ctrl-D lopettaa). Esim: varhaiskasvatuksen toimintakate 2025")
    last_options = []
    while True:
        try:
            q = input("? ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not q:
            return 0
        if q.isdigit() and last_options and 1 <= int(q) <= len(last_options):
            q = last_options[int(q) - 1]["question"]
        reply = engine.ask(q, conv)
        last_options = reply.get("options") or []
        _print(reply)
