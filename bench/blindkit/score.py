"""Score a question-answering command on a blind set: plain.jsonl, lists.jsonl, traps.jsonl of its folder.

The scorer every bench/blind*/score_blind.py runs on its own folder (it was copied into each set until
session 4); a set whose file is missing is skipped (bench/blind2 and later have no lists.jsonl).

plain.jsonl is also scorable with the team's /work/shared/eval/score.py (same rules as here).
lists.jsonl and traps.jsonl need this script: list answers have no single figure, and a trap may be
answered correctly by not_found OR clarify.

Usage (from the repository root):
    python3 bench/blind4/score_blind.py                         # every set of the folder, command "kysy --jsonl"
    python3 bench/blind4/score_blind.py --set traps --show failures
    python3 bench/blind4/score_blind.py --cmd ".venv/bin/kysy --jsonl" --json

The command gets the questions on stdin, one per line, and prints one JSON object per line (status,
text, answers[0].value, answers[0].source.report, answers[].label, options[].label).

Outcomes
  plain   correct | wrong_figure | miss | no_ask_back | error   (as in the shared score.py)
  lists   correct when the reply is not not_found/clarify and names every `items_include` (case- and
          diacritic-insensitive, in the text, the answers' labels or the options); `count_ok` is reported
          apart (number of answers == count), since the list reply's shape is not fixed yet.
  traps   expect not_found/clarify: correct when the reply is not_found or clarify; an answer is a
          BASE_FIGURE when its value is the base question's answer, a WRONG_FIGURE otherwise, unless the
          value is listed in `alt_accept` (the fully understood reading; then correct).
          expect answer (computed "X ilman Y", a shifted column, a near-trap): correct with an accepted
          value; the base figure or any other value is wrong; not_found/clarify is a miss.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

NO_FIGURE = {"not_found", "clarify"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").lower()
    return "".join(c for c in text if not unicodedata.combining(c))


def close(value: float, accepted: float) -> bool:
    return abs(value - accepted) <= (0.5 if float(accepted).is_integer() else 0.006)


def primary(reply: dict) -> tuple[float | None, str | None]:
    answers = reply.get("answers") or []
    first = answers[0] if answers else {}
    try:
        value = float(first.get("value"))
    except (TypeError, ValueError):
        value = None
    return value, (first.get("source") or {}).get("report")


def reports_of(expect: dict) -> set:
    out = {expect.get("file")} | {a.get("file") for a in expect.get("also", [])}
    out |= {t.get("file") for t in (expect.get("formula") or {}).get("terms", [])}
    return {r for r in out if r}


def judge_plain(item: dict, reply: dict | None) -> str:
    ex = item["expect"]
    if reply is None:
        return "error"
    status = reply.get("status")
    value, report = primary(reply)
    if ex["status"] == "answer":
        if status != "answer":
            return "miss"
        if value is None or not any(close(value, a) for a in ex["accept"]):
            return "wrong_figure"
        return "correct" if report in reports_of(ex) else "wrong_figure"
    if ex["status"] == "not_found":
        return "correct" if status == "not_found" else "wrong_figure" if status == "answer" else "miss"
    if status == "clarify":
        labels = [fold(o.get("label", "")) for o in reply.get("options") or []]
        wanted = [fold(w) for w in ex.get("options_include", [])]
        return "correct" if not wanted or any(w in lab for w in wanted for lab in labels) else "miss"
    return "no_ask_back" if status == "answer" else "miss"


def reply_text(reply: dict) -> str:
    parts = [reply.get("text") or ""]
    for a in reply.get("answers") or []:
        parts += [str(a.get(k) or "") for k in ("label", "name", "title", "text")]
    parts += [o.get("label", "") for o in reply.get("options") or []]
    return fold(" ".join(parts))


def judge_list(item: dict, reply: dict | None) -> tuple[str, bool]:
    if reply is None:
        return "error", False
    if reply.get("status") in NO_FIGURE or not reply.get("status"):
        return "miss", False
    text = reply_text(reply)
    ok = all(fold(w) in text for w in item["expect"]["items_include"])
    return ("correct" if ok else "incomplete"), len(reply.get("answers") or []) == item["expect"]["count"]


def judge_trap(item: dict, reply: dict | None) -> str:
    ex = item["expect"]
    if reply is None:
        return "error"
    status = reply.get("status")
    value, report = primary(reply)
    if ex["status"] == "answer":
        if status != "answer":
            return "miss"
        if value is not None and any(close(value, a) for a in ex["accept"]) and report in reports_of(ex):
            return "correct"
        if value is not None and item["kind"] != "near" and any(close(value, a) for a in item["base_accept"]):
            return "base_figure"
        return "wrong_figure"
    if status != "answer":
        return "correct" if status in NO_FIGURE else "no_figure_other"
    if value is not None and any(close(value, a["value"]) for a in ex.get("alt_accept", [])):
        return "correct"
    if value is not None and any(close(value, a) for a in item["base_accept"]):
        return "base_figure"
    return "wrong_figure"


def run(cmd: str, questions: list[str], timeout: float) -> list[dict | None]:
    env = dict(os.environ, NO_PROXY="127.0.0.1,localhost")
    proc = subprocess.run(shlex.split(cmd), input="\n".join(questions) + "\n", capture_output=True,
                          text=True, timeout=timeout, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
    replies: list[dict | None] = []
    for line in proc.stdout.splitlines():
        if line.strip():
            try:
                replies.append(json.loads(line))
            except json.JSONDecodeError:
                replies.append(None)
    if len(replies) != len(questions):
        sys.stderr.write(f"expected {len(questions)} replies, got {len(replies)}\n")
    return (replies + [None] * len(questions))[: len(questions)]


def score_set(name: str, items: list[dict], replies: list[dict | None]) -> tuple[dict, list]:
    outcomes, by_group, rows, count_ok = Counter(), defaultdict(Counter), [], 0
    for it, rep in zip(items, replies):
        if name == "lists":
            outcome, cnt = judge_list(it, rep)
            count_ok += cnt
            group = it["expect"]["kind"]
        elif name == "traps":
            outcome = judge_trap(it, rep)
            group = it["kind"]
        else:
            outcome = judge_plain(it, rep)
            group = it["tags"][0]
        outcomes[outcome] += 1
        by_group[group][outcome] += 1
        rows.append((it["id"], outcome, it["q"], rep))
    total = len(items)
    summary = {"set": name, "total": total, "correct": outcomes["correct"],
               "accuracy": round(outcomes["correct"] / total, 4) if total else 0.0,
               "outcomes": dict(outcomes), "by_group": {k: dict(v) for k, v in sorted(by_group.items())}}
    if name == "lists":
        summary["count_ok"] = count_ok
    if name == "traps":
        summary["wrong_figures"] = outcomes["wrong_figure"] + outcomes["base_figure"]
        origin = Counter((it["origin"], row[1]) for it, row in zip(items, rows))
        summary["by_origin"] = {f"{o}/{j}": n for (o, j), n in sorted(origin.items())}
    else:
        summary["wrong_figures"] = outcomes["wrong_figure"]
    return summary, rows


def main(folder: Path) -> int:
    sets = {name: folder / f"{name}.jsonl" for name in ("plain", "lists", "traps")}
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["plain", "lists", "traps", "all"], default="all")
    ap.add_argument("--cmd", default="kysy --jsonl", help="command that answers JSONL on stdin")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--show", choices=["none", "failures", "all"], default="none")
    ap.add_argument("--json", action="store_true", help="print JSON summaries only")
    args = ap.parse_args()
    names = [n for n in (list(sets) if args.set == "all" else [args.set]) if sets[n].exists()]
    summaries = []
    for name in names:
        items = [json.loads(l) for l in sets[name].read_text(encoding="utf-8").splitlines() if l.strip()]
        replies = run(args.cmd, [it["q"] for it in items], args.timeout)
        summary, rows = score_set(name, items, replies)
        summaries.append(summary)
        if args.json:
            continue
        for ident, outcome, q, rep in rows:
            if args.show == "all" or (args.show == "failures" and outcome != "correct"):
                value, _ = primary(rep or {})
                print(f"{ident:6} {outcome:14} {q!r}  status={(rep or {}).get('status')} value={value}")
        print(f"\n{name}: {summary['correct']}/{summary['total']} correct ({summary['accuracy']:.1%}); "
              f"wrong figures {summary['wrong_figures']}  {summary['outcomes']}")
        if "count_ok" in summary:
            print(f"  item count right in {summary['count_ok']}/{summary['total']}")
        for group, c in summary["by_group"].items():
            print(f"  {group:16} " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    if args.json:
        print(json.dumps(summaries, ensure_ascii=False))
    return 0

