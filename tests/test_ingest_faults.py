"""Faults around the ingest, with real processes and real files (issue 12 items 4–7): two ingests at once,
an ingest killed with SIGKILL or SIGTERM, the store's mode and owner, input that must not be read."""
import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from data.ingest import StoreError, ingest
from data.storefile import temp_pattern

ROOT = Path(__file__).resolve().parent.parent
TP25 = ROOT / "data" / "reports" / "heinola-tp2025-hyvinvointipalvelut.txt"
Q125 = ROOT / "data" / "reports" / "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt"
OVK24 = ROOT / "data" / "reports" / "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt"
OVK22 = ROOT / "data" / "reports" / "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt"
KYSY = [sys.executable, "-m", "bot.cli"]

# a real ingest process that stops inside the ingest (in the public `after` hook: lock held, temp file
# written, nothing swapped yet) until it is killed or HOLD seconds pass
HOLDER = """
import os, sys, time
from pathlib import Path
from data.ingest import ingest
ready, db, *paths = sys.argv[1:]
def hold(conn, names):
    Path(ready).write_text("in")
    time.sleep(float(os.environ.get("HOLD", "60")))
ingest([Path(p) for p in paths], Path(db), after=hold)
print("valmis")
"""


def names(db):
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM reports"))


def temps(db):
    return sorted(p.name for p in db.parent.iterdir() if temp_pattern(db).fullmatch(p.name))


def start_holder(tmp_path, db, *paths, hold=60):
    ready = tmp_path / f"ready-{time.monotonic_ns()}"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(ready), str(db), *map(str, paths)], cwd=ROOT,
                            env=dict(os.environ, HOLD=str(hold)), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the holder never reached the after hook"
        time.sleep(0.05)
    return proc


def kysy_ingest(db, *paths, wait=None, extra_env=None, timeout=120):
    env = dict(os.environ, LUKUBOTTI_DB=str(db), **(extra_env or {}))
    if wait is not None:
        env["LUKUBOTTI_INGEST_WAIT"] = str(wait)
    return subprocess.Popen(KYSY + ["ingest", *map(str, paths)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.fixture
def store(tmp_path):
    db = tmp_path / "lukubotti.sqlite"
    [s] = ingest([OVK22], db, rebuild=True)
    assert s.status == "ok"
    return db


# --- two ingests at once ---------------------------------------------------------------------------

def test_two_ingests_started_together_both_land(tmp_path):
    """The issue's trial: two `kysy ingest` of different reports at the same moment; both exit 0 and the store
    holds both (before the lock: 5 of 5 trials lost one)."""
    for trial in range(3):
        db = tmp_path / f"t{trial}.sqlite"
        ingest([OVK22], db, rebuild=True)
        procs = [kysy_ingest(db, TP25), kysy_ingest(db, Q125)]
        outs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outs
        assert names(db) == sorted([OVK22.name, TP25.name, Q125.name])


def test_second_ingest_waits_for_the_first(tmp_path, store):
    holder = start_holder(tmp_path, store, TP25, hold=3)
    t0 = time.monotonic()
    second = kysy_ingest(store, Q125, wait=60)
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert holder.wait(timeout=60) == 0
    assert time.monotonic() - t0 > 1.5          # it did wait for the holder's 3 s
    assert names(store) == sorted([OVK22.name, TP25.name, Q125.name])


def test_second_ingest_refuses_after_the_wait(tmp_path, store):
    before = store.read_bytes()
    holder = start_holder(tmp_path, store, TP25, hold=60)
    try:
        t0 = time.monotonic()
        second = kysy_ingest(store, Q125, wait=1)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 3
        assert "Toinen lataus (kysy ingest) on käynnissä" in err and "Mitään ei ladattu" in err
        assert "Traceback" not in err
        assert time.monotonic() - t0 < 30
        assert store.read_bytes() == before
    finally:
        holder.terminate()
        holder.wait(timeout=30)
    assert store.read_bytes() == before and not temps(store)


# --- killed ingests -------------------------------------------------------------------------------

def test_sigkill_leaves_the_old_store_and_the_next_ingest_removes_the_temp_file(tmp_path, store, monkeypatch):
    before = store.read_bytes()
    holder = start_holder(tmp_path, store, TP25)
    left = temps(store)
    assert len(left) == 1
    holder.send_signal(signal.SIGKILL)
    assert holder.wait(timeout=30) == -signal.SIGKILL
    assert temps(store) == left                     # a dead process cleans nothing
    assert store.read_bytes() == before             # the old store serves
    monkeypatch.setenv("LUKUBOTTI_INGEST_WAIT", "0")
    [s] = ingest([Q125], store)                     # its lock died with it: no wait
    assert s.status == "ok"
    assert temps(store) == []
    assert names(store) == sorted([OVK22.name, Q125.name])


def test_sigterm_cleans_up_on_the_way_out(tmp_path, store, monkeypatch):
    before = store.read_bytes()
    holder = start_holder(tmp_path, store, TP25)
    assert len(temps(store)) == 1
    holder.send_signal(signal.SIGTERM)
    out, err = holder.communicate(timeout=30)
    assert holder.returncode == -signal.SIGTERM     # still ends by the signal, as a service manager expects
    assert "Lataus keskeytettiin (signaali SIGTERM)" in err and "Traceback" not in err
    assert "valmis" not in out
    assert temps(store) == [] and store.read_bytes() == before
    monkeypatch.setenv("LUKUBOTTI_INGEST_WAIT", "0")
    [s] = ingest([Q125], store)                     # the lock was released
    assert s.status == "ok"


def test_sigterm_in_the_middle_of_reading_reports(tmp_path, store):
    """`kysy ingest` of many reports terminated while it works: no temp file, old store intact."""
    many = tmp_path / "many"
    many.mkdir()
    for k in range(12):
        for p in (TP25, Q125, OVK24):
            text = p.read_text(encoding="utf-8").replace("Heinola", f"Kunta{k}")
            (many / f"k{k}-{p.name}").write_text(text, encoding="utf-8")
    before = store.read_bytes()
    proc = kysy_ingest(store, many)
    deadline = time.monotonic() + 60
    while not temps(store):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGTERM, err
    assert temps(store) == [] and store.read_bytes() == before


def test_stale_temp_files_of_our_pattern_only_are_removed(tmp_path, store):
    d = store.parent
    ours = [f"{store.name}.ingest-1a2b3c4d.tmp", f"{store.name}.ingest-1a2b3c4d.tmp-journal",
            f"{store.name}.k3j_x9z0.tmp"]                      # the last: the naming before this change
    theirs = [f"{store.name}.backup", "other.sqlite.ingest-1a2b3c4d.tmp", f"{store.name}.x.ingest-1a2b3c4d.tmp",
              f"{store.name}.ingest-1a2b3c4d.tmp.keep"]
    for n in ours + theirs:
        (d / n).write_bytes(b"x" * 1000)
    [s] = ingest([TP25], store)
    assert s.status == "ok"
    assert not any((d / n).exists() for n in ours)
    assert all((d / n).exists() for n in theirs)


# --- mode and owner ---------------------------------------------------------------------------------

def test_new_store_mode_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        ingest([TP25], tmp_path / "a.sqlite", rebuild=True)
        os.umask(0o077)
        ingest([TP25], tmp_path / "b.sqlite", rebuild=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.sqlite").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "b.sqlite").stat().st_mode) == 0o600


def test_swap_keeps_the_old_mode(store):
    os.chmod(store, 0o640)
    ingest([TP25], store)
    assert stat.S_IMODE(store.stat().st_mode) == 0o640
    ingest([Q125], store, rebuild=True)
    assert stat.S_IMODE(store.stat().st_mode) == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
def test_swap_keeps_the_owner_so_the_bot_user_can_still_read():
    """The Dockerfile case: the bot runs as another user than the ingest (root)."""
    d = Path(tempfile.mkdtemp(prefix="lukubotti-owner-", dir="/tmp"))
    try:
        os.chmod(d, 0o755)
        db = d / "store.sqlite"
        ingest([OVK22], db, rebuild=True)
        os.chown(db, 65534, 65534)
        os.chmod(db, 0o600)                              # only the bot user may read it
        [s] = ingest([TP25], db)
        assert s.status == "ok"
        st = db.stat()
        assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (65534, 65534, 0o600)
        python = shutil.which("python3", path="/usr/bin:/usr/local/bin:/bin")   # one the other user may run
        if python is None:
            pytest.skip("no system python3 for the other user")
        read = subprocess.run([python, "-c", "import sqlite3, sys; c = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro',"
                               " uri=True); print(c.execute('SELECT COUNT(*) FROM reports').fetchone()[0])", str(db)],
                              user=65534, group=65534, cwd=d, capture_output=True, text=True, timeout=60)
        assert read.returncode == 0 and read.stdout.strip() == "2", read.stderr
    finally:
        shutil.rmtree(d)


# --- input limits -----------------------------------------------------------------------------------

def run_refused(db, path, **env):
    t0 = time.monotonic()
    proc = kysy_ingest(db, path, extra_env=env)
    out, err = proc.communicate(timeout=60)   # a FIFO or /dev/zero read would hang or eat memory past this
    return proc.returncode, out, err, time.monotonic() - t0


def test_fifo_is_refused_without_reading(tmp_path, store):
    fifo = tmp_path / "raportti.txt"
    os.mkfifo(fifo)
    before = store.read_bytes()
    rc, out, err, took = run_refused(store, fifo)
    assert rc == 1 and "raportti.txt: hylätty: on nimetty putki (FIFO), ei tavallinen tiedosto – ei luettu" in out
    assert took < 30 and store.read_bytes() == before


def test_dev_zero_is_refused(store):
    before = store.read_bytes()
    rc, out, err, took = run_refused(store, "/dev/zero")
    assert rc == 1 and "zero: hylätty: on laitetiedosto" in out and "Traceback" not in err
    assert took < 30 and store.read_bytes() == before


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, store):
    big = tmp_path / "iso-raportti.txt"
    with open(big, "wb") as f:                          # sparse: 200 MiB that take no disk
        f.write(TP25.read_bytes())
        f.truncate(200 * 1024 * 1024)
    before = store.read_bytes()
    rc, out, err, took = run_refused(store, big)
    assert rc == 1 and re.search(r"hylätty: tiedosto on liian suuri \(200\.0 Mt, raja 50\.0 Mt\); rajaa voi nostaa "
                                 r"ympäristömuuttujalla LUKUBOTTI_MAX_REPORT_MB", out), out
    assert took < 30 and store.read_bytes() == before
    rc, out, err, _ = run_refused(store, TP25, LUKUBOTTI_MAX_REPORT_MB="0,01")
    assert rc == 1 and "raja 0.0 Mt" in out
    rc, out, err, _ = run_refused(store, TP25, LUKUBOTTI_MAX_REPORT_MB="paljon")
    assert rc == 3 and "LUKUBOTTI_MAX_REPORT_MB='paljon' ei ole luku" in err and "Traceback" not in err


def test_limits_in_the_api(tmp_path, store, monkeypatch):
    before = store.read_bytes()
    [s] = ingest([TP25], store, max_bytes=1000)
    assert s.status == "error" and "liian suuri" in s.message
    [s] = ingest([tmp_path], store)
    assert s.status == "error" and "on kansio" in s.message
    [s] = ingest([tmp_path / "ei-ole.txt"], store)
    assert s.status == "error" and "tiedostoa ei ole" in s.message
    # one refused file keeps the whole ingest out: the good one is not loaded either
    ok, bad = ingest([TP25, Path("/dev/zero")], store)
    assert ok.status == "ok" and bad.status == "error"
    assert store.read_bytes() == before
    monkeypatch.setenv("LUKUBOTTI_INGEST_WAIT", "pitkään")
    with pytest.raises(StoreError, match="LUKUBOTTI_INGEST_WAIT='pitkään' ei ole sekuntimäärä"):
        ingest([TP25], store)


# --- the disk fills up ------------------------------------------------------------------------------

FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)         # writes past the limit fail with EFBIG, as on a full disk
limit = int(sys.argv.pop(1))
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from bot.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk_leaves_the_old_store_serving(store):
    before = store.read_bytes()
    limit = len(before) + 300_000                         # the copy of the store fits, three more reports do not
    proc = subprocess.run([sys.executable, "-c", FULL_DISK, str(limit), "--db", str(store), "ingest",
                           str(TP25), str(Q125), str(OVK24)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, (proc.stdout, proc.stderr)
    assert "Levy on täynnä" in proc.stderr and f"Vanha tietokanta {store} on käytössä" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert store.read_bytes() == before and not temps(store)


def test_a_file_name_that_is_not_utf8_is_refused_and_printed(tmp_path, store):
    bad = Path(os.fsdecode(bytes(tmp_path) + b"/raportti-\xff.txt"))
    bad.write_bytes(TP25.read_bytes())
    before = store.read_bytes()
    proc = subprocess.run(KYSY + ["--db", str(store), "ingest", str(bad)], cwd=ROOT, capture_output=True, timeout=60,
                          env=dict(os.environ, LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8"))
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 1 and "raportti-\ufffd.txt: hylätty: tiedostonimi ei ole UTF-8-merkistöä" in out
    assert b"Traceback" not in proc.stderr and store.read_bytes() == before
