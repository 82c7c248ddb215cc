"""Hostile load on the answering path.

* Voikko from many threads at once: the chat front ends answer in worker threads, and one libvoikko
  instance used by two threads at once corrupts its heap and aborts the whole process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

VOIKKO_HAMMER = r"""
import random, threading
from data.lemmas import baseforms, known, part_starts
sylls = ["ka", "lo", "mi", "tu", "per", "sa", "va", "hy", "ti", "ne", "la", "ko", "ssa", "lla", "iden"]
errors = []
def work(seed):
    r = random.Random(seed)
    try:
        for i in range(12000):
            w = "".join(r.choice(sylls) for _ in range(r.randint(2, 6))) + str(seed) * (i % 2)
            baseforms(w + "ssa"); known(w); part_starts(w + "kate")
    except Exception as exc:
        errors.append(repr(exc))
threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print("errors", len(errors))
"""


def test_voikko_from_eight_threads_at_once_does_not_crash():
    proc = subprocess.run([sys.executable, "-c", VOIKKO_HAMMER], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, f"rc {proc.returncode}: {proc.stderr[-500:]}"
    assert proc.stdout.strip() == "errors 0"
