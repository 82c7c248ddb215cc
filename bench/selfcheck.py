"""Self-check: ask the engine about randomly chosen verified table figures, phrased from the fact's own
unit, row, basis and period, and count answers that give another figure (must be 0).

    python bench/selfcheck.py [--db data/lukubotti.sqlite] [--n 400] [--seed 1]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.engine import Engine  # noqa: E402

BASIS_WORD = {"actual": "toteuma", "budget": "talousarvio", "deviation": "poikkeama", "remaining": "jäljellä",
              "realization_pct": "toteuma-%", "forecast": "ennuste"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="data/lukubotti.sqlite")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    engine = Engine(a.db)
    facts = [f for f in engine.facts if f["kind"] in ("tuloslaskelma", "yhteenveto", "investoinnit")
             and f["org"] and f["verified"] and f["basis"] in BASIS_WORD]
    random.seed(a.seed)
    stats: dict[str, int] = {}
    wrong = 0
    for f in random.sample(facts, min(a.n, len(facts))):
        to_date = f["months"] and f["months"] < 12 and f["basis"] not in ("budget", "forecast")
        period = f"1-{f['months']}/{f['year']}" if to_date else str(f["year"])
        q = f"{f['org']} {f['measure'].lower()} {BASIS_WORD[f['basis']]} {period}"
        r = engine.ask(q)
        status = r["status"]
        if status == "answer" and abs(r["answers"][0]["value"] - f["value"]) > 0.5:
            same = [g["value"] for g in engine.facts if (g["org_key"], g["measure_key"], g["year"], g["basis"], g["months"])
                    == (f["org_key"], f["measure_key"], f["year"], f["basis"], f["months"])]
            if any(abs(r["answers"][0]["value"] - v) <= 0.5 for v in same):
                status = "answer (another report's print)"
            else:
                wrong += 1
                print(f"WRONG {q!r}: {r['answers'][0]['value']} ≠ {f['value']}")
        stats[status] = stats.get(status, 0) + 1
    print({"questions": sum(stats.values()), **stats, "wrong": wrong})
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
