"""Scale benchmark: the bundled reports and N renamed copies of them, side by side in one run.

    python bench/scale.py                      # N = 1, 10, 40; 3 repeats of each ingest timing
    python bench/scale.py --ns 1,10 --repeat 1 --json results.json

For each N (copies by ../shared/tools/make_copies.py, copy 0 = the originals) it measures, each in its
own process:
  ingest all     `ingest(every file, rebuild=True)` — wall and CPU seconds, best of --repeat
  add one        one more report (copy 40 of the year-end report, in no N's set) into the N-store
  engine         `Engine(db)` load time, peak RSS of the answering process, warm p50/p99 over the dev
                 questions (each asked once to warm up, then --rounds times), answers the same as at
                 N=1 (status, figures, their sources, option labels) and scored by ../shared/eval/score.py
  home           the same for `Engine(db, home="Heinola")`: a deployment of one municipality over the
                 store of all (LUKUBOTTI_KUNTA), where a question naming no municipality is its own
and prints one table with the ratios against N=1. Ingest targets (issue 10): ingest all at N ≤ 1.25 ×
N × the 1-copy time; add one at N=40 ≤ 5 × add one at N=1.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
for candidate in (ROOT.parent.parent / "shared", Path("/work/shared")):   # a worktree sits one level deeper
    if not (SHARED / "tools" / "make_copies.py").exists():
        SHARED = candidate
sys.path.insert(0, str(ROOT))


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_dict(reply) -> dict:
    """The engine's reply as a dict: a dict today, an object with .to_dict() after the rewrite."""
    return reply if isinstance(reply, dict) else reply.to_dict()


def canonical(reply: dict) -> list:
    """What must stay the same when copies are added: status, every figure and its source, option labels."""
    answers = [[a.get("value"), a.get("unit"), (a.get("source") or {}).get("report"), (a.get("source") or {}).get("line")]
               for a in reply.get("answers") or []]
    return [reply.get("status"), answers, sorted(o.get("label", "") for o in reply.get("options") or [])]


# --- workers (each in its own process) -----------------------------------------------------------

def worker_ingest(db: str, listing: str, rebuild: bool) -> dict:
    from data.ingest import ingest
    from nlp import index
    index.lemmatize("toimintakate")          # Voikko loaded before the clock starts
    paths = [Path(p) for p in Path(listing).read_text(encoding="utf-8").splitlines()]
    t0, c0 = time.perf_counter(), time.process_time()
    summaries = ingest(paths, Path(db), rebuild=rebuild, lemmatize=index.lemmatize, after=index.build)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    bad = [s.line() for s in summaries if s.status == "error"]
    return {"wall": wall, "cpu": cpu, "errors": bad, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def worker_engine(db: str, questions: str, rounds: int, home: str = "") -> dict:
    t0 = time.perf_counter()
    from bot.engine import Engine
    imported = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine = Engine(db, home=home)
    load = time.perf_counter() - t0
    qs = [json.loads(l)["q"] for l in Path(questions).read_text(encoding="utf-8").splitlines() if l.strip()]
    replies = [as_dict(engine.ask(q)) for q in qs]     # warm-up, and the answers compared across N
    times = []
    for _ in range(rounds):
        for q in qs:
            t = time.perf_counter()
            engine.ask(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"import_s": imported, "load_s": load, "p50_ms": statistics.median(times),
            "p99_ms": times[max(0, int(len(times) * 0.99) - 1)], "max_ms": times[-1],
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "replies": replies}


def run_worker(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--worker", *args], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"worker {args[0]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.splitlines()[-1])


# --- the run --------------------------------------------------------------------------------------

def copies(work: Path, n_max: int) -> tuple[dict[int, list[Path]], Path]:
    """Files of each N (originals + copies 1..N-1) and the extra report for 'add one' (copy n_max)."""
    mc = _load(SHARED / "tools" / "make_copies.py", "make_copies")
    sources = sorted((ROOT / "data" / "reports").glob("*.txt"))
    mc.make(n_max + 1, work / "copies", sources)
    per_copy = {k: sorted(work / "copies" / p.name.replace("heinola", mc.place(k).lower()) for p in sources)
                for k in range(1, n_max + 1)}
    per_copy[0] = sorted(work / "copies" / p.name for p in sources)
    extra = next(p for p in per_copy[n_max] if "tp2025" in p.name)
    return {n: [p for k in range(n) for p in per_copy[k]] for n in range(1, n_max + 1)}, extra


def measure_n(n: int, files: list[Path], extra: Path, work: Path, a) -> dict:
    db, listing = work / f"n{n}.sqlite", work / f"n{n}.list"
    listing.write_text("\n".join(map(str, files)), encoding="utf-8")
    runs = []
    for _ in range(a.repeat):
        db.unlink(missing_ok=True)
        runs.append(run_worker("ingest", str(db), str(listing), "1"))
        if runs[-1]["errors"]:
            raise SystemExit("\n".join(runs[-1]["errors"]))
    extra_list = work / "extra.list"
    extra_list.write_text(str(extra), encoding="utf-8")
    adds = []
    for _ in range(a.repeat):
        scratch = work / f"n{n}-add.sqlite"
        shutil.copyfile(db, scratch)
        adds.append(run_worker("ingest", str(scratch), str(extra_list), "0"))
    eng = run_worker("engine", str(db), a.questions, str(a.rounds))
    # a deployment of one municipality (LUKUBOTTI_KUNTA) over the store of all of them
    home = run_worker("engine", str(db), a.questions, str(a.rounds), HOME)
    eng.update(home_p50_ms=home["p50_ms"], home_p99_ms=home["p99_ms"], home_replies=home["replies"])
    conn_facts = _count(db)
    return {"n": n, "reports": len(files), "facts": conn_facts, "store_mb": db.stat().st_size / 1e6,
            "ingest_s": min(r["wall"] for r in runs), "ingest_cpu_s": min(r["cpu"] for r in runs),
            "ingest_all_runs_s": [round(r["wall"], 2) for r in runs], "ingest_rss_mb": max(r["rss_mb"] for r in runs),
            "add_s": min(r["wall"] for r in adds), "add_cpu_s": min(r["cpu"] for r in adds), **eng}


def _count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0]


def score(results: list[dict], questions: str) -> None:
    """Same answers as at N=1, and the dev set's verdicts (correct / wrong figures) per N; also for the
    deployment of the originals' municipality (`home_…`)."""
    judge = _load(SHARED / "eval" / "score.py", "score").judge
    items = [json.loads(l) for l in Path(questions).read_text(encoding="utf-8").splitlines() if l.strip()]
    base = [canonical(r) for r in results[0]["replies"]]
    for res in results:
        home = [canonical(r) for r in res["home_replies"]]
        res["home_same"] = sum(a == b for a, b in zip(home, base))
        verdicts = [judge(it, r)[0] for it, r in zip(items, res.pop("home_replies"))]
        res["home_correct"], res["home_wrong"] = verdicts.count("correct"), verdicts.count("wrong_figure")
        mine = [canonical(r) for r in res["replies"]]
        res["same"] = sum(a == b for a, b in zip(mine, base))
        res["changed"] = [it["id"] for it, a, b in zip(items, mine, base) if a != b]
        verdicts = [judge(it, r)[0] for it, r in zip(items, res.pop("replies"))]
        res["correct"], res["wrong"] = verdicts.count("correct"), verdicts.count("wrong_figure")
        res["questions"] = len(items)


COLUMNS = [  # header, key, format, ratio against N=1: None | "x" (plain) | "xN" (against N × the 1-copy value)
    ("N", "n", "{}", None), ("reports", "reports", "{}", None), ("facts", "facts", "{}", None),
    ("store MB", "store_mb", "{:.1f}", None),
    ("ingest all s", "ingest_s", "{:.2f}", "xN"), ("ingest CPU s", "ingest_cpu_s", "{:.2f}", "xN"),
    ("add one s", "add_s", "{:.3f}", "x"), ("add one CPU s", "add_cpu_s", "{:.3f}", "x"),
    ("engine load s", "load_s", "{:.2f}", "x"), ("peak RSS MB", "rss_mb", "{:.0f}", "x"),
    ("warm p50 ms", "p50_ms", "{:.1f}", "x"), ("warm p99 ms", "p99_ms", "{:.1f}", "x"),
    ("home p50 ms", "home_p50_ms", "{:.1f}", "x"), ("home p99 ms", "home_p99_ms", "{:.1f}", "x"),
]
HOME = "Heinola"      # the originals' municipality: a deployment of it answers as over its own reports alone


def table(results: list[dict]) -> str:
    """Markdown: one row per N, each cell with its ratio against N=1 (for ingest all: against N × N=1)."""
    one = results[0]
    lines = ["| " + " | ".join(h for h, *_ in COLUMNS) + " | same answers | dev correct / wrong | home: same / correct / wrong |",
             "|" + "---|" * (len(COLUMNS) + 3)]
    for r in results:
        cells = []
        for _, key, fmt, ratio in COLUMNS:
            text = fmt.format(r[key])
            if ratio and r is not one and one[key]:
                scale = r["n"] / one["n"] if ratio == "xN" else 1
                text += f" ({r[key] / (one[key] * scale):.2f}{' × N' if ratio == 'xN' else ''}×)"
            cells.append(text)
        cells.append(f"{r['same']}/{r['questions']}")
        cells.append(f"{r['correct']} / {r['wrong']}")
        cells.append(f"{r['home_same']} / {r['home_correct']} / {r['home_wrong']}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def verdict(results: list[dict]) -> list[str]:
    one, out = results[0], []
    for r in results[1:]:
        ingest_ratio = r["ingest_s"] / (one["ingest_s"] * r["n"])
        add_ratio = r["add_s"] / one["add_s"]
        out.append(f"N={r['n']}: ingest all {ingest_ratio:.2f} × N × N=1 (target ≤ 1.25: "
                   f"{'ok' if ingest_ratio <= 1.25 else 'NOT MET'}), add one {add_ratio:.2f} × N=1 (target ≤ 5: "
                   f"{'ok' if add_ratio <= 5 else 'NOT MET'}); answers changed: {', '.join(r['changed']) or 'none'}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ns", default="1,10,40", help="numbers of copies, the first is the baseline")
    ap.add_argument("--repeat", type=int, default=3, help="ingest timings: best of this many runs")
    ap.add_argument("--rounds", type=int, default=3, help="warm rounds over the questions")
    ap.add_argument("--questions", default=str(SHARED / "eval" / "dev.jsonl"))
    ap.add_argument("--json", help="also write the numbers here")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        kind, *args = a.worker
        out = worker_ingest(args[0], args[1], args[2] == "1") if kind == "ingest" else \
            worker_engine(args[0], args[1], int(args[2]), *args[3:])
        print(json.dumps(out, ensure_ascii=False))
        return 0
    ns = [int(x) for x in a.ns.split(",")]
    with tempfile.TemporaryDirectory(prefix="lukubotti-scale-") as d:
        work = Path(d)
        files, extra = copies(work, max(ns))
        results = []
        for n in ns:
            results.append(measure_n(n, files[n], extra, work, a))
            print(f"N={n}: ingest {results[-1]['ingest_s']:.2f} s, add one {results[-1]['add_s']:.3f} s, "
                  f"p50 {results[-1]['p50_ms']:.1f} ms", file=sys.stderr, flush=True)
    score(results, a.questions)
    print(f"Lukubotti scale benchmark — {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}; best of {a.repeat} ingest runs, {a.rounds} warm rounds\n")
    print(table(results))
    print()
    print("\n".join(verdict(results)))
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
