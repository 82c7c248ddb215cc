"""The README's quick start: `make run` and `make test` are the two commands; every file they depend on
must exist (a renamed data file once broke `make run` while `make test` stayed green)."""
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
@pytest.mark.parametrize("target", ["run", "db", "test"])
def test_the_quick_start_targets_resolve(target):
    # a dry run: what make would do, with every prerequisite found (nothing is run)
    r = subprocess.run(["make", "-n", target, "Q=toimintakate 2025"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "No rule to make target" not in r.stderr
