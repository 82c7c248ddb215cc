#!/usr/bin/env python3
"""Extract the sentences of the Universal Dependencies Finnish treebanks into one text file.

The treebanks are fetched as bare git directories (no work tree) under a mirror folder, e.g.
/work/.mirror/UniversalDependencies+UD_Finnish-TDT/repo.  This script reads every CoNLL-U file at
the top of each treebank (fi_*-ud-{train,dev,test}.conllu) with `git show`, takes the
`# text = ...` line of each sentence, and writes them one per line, deduplicated in first-seen
order, to a file OUTSIDE the repository (nothing fetched may be committed: licences and policy).
Files the mirror lists but does not hold (the 4 MiB limit left out TDT and FTB train) are reported
and skipped.  Plain .conllu files can be given instead with --files.

Usage:
    python3 bench/silence/extract.py [--mirror /work/.mirror] [--out /work/corpus/ud_fi.txt]
    python3 bench/silence/extract.py --files a.conllu b.conllu --out /tmp/ud.txt
Prints per treebank: files read, sentences, sentences new to the output.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

DEFAULT_MIRROR = Path("/work/.mirror")
DEFAULT_OUT = Path("/work/corpus/ud_fi.txt")
CONLLU = re.compile(r"^fi_[a-z]+-ud-(train|dev|test)\.conllu$")
TEXT = "# text = "


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)


def treebank_files(repo: Path) -> tuple[list[str], list[str]]:
    """(present, missing) CoNLL-U paths at HEAD of one bare treebank repository."""
    listing = git(repo, "ls-tree", "--name-only", "HEAD")
    if listing.returncode != 0:
        raise RuntimeError(f"{repo}: not a readable git directory ({listing.stderr.strip()})")
    present, missing = [], []
    for name in sorted(listing.stdout.split()):
        if CONLLU.match(name):
            ok = git(repo, "cat-file", "-e", f"HEAD:{name}").returncode == 0
            (present if ok else missing).append(name)
    return present, missing


def sentences(conllu_text: str) -> list[str]:
    out = []
    for line in conllu_text.splitlines():
        if line.startswith(TEXT):
            s = " ".join(line[len(TEXT):].split())
            if s:
                out.append(s)
    return out


def from_mirror(mirror: Path):
    """Yield (treebank, file, text) for every present CoNLL-U file; report missing ones."""
    repos = sorted(p for p in mirror.glob("UniversalDependencies+UD_Finnish-*/repo") if p.is_dir())
    if not repos:
        raise RuntimeError(f"no UniversalDependencies+UD_Finnish-*/repo under {mirror}")
    for repo in repos:
        bank = repo.parent.name.split("UD_Finnish-", 1)[1]
        present, missing = treebank_files(repo)
        for name in missing:
            print(f"  {bank}: {name} is listed but not in the mirror (skipped)", file=sys.stderr)
        for name in present:
            shown = git(repo, "show", f"HEAD:{name}")
            if shown.returncode != 0:
                print(f"  {bank}: cannot read {name}: {shown.stderr.strip()}", file=sys.stderr)
                continue
            yield bank, name, shown.stdout


def from_files(paths: list[Path]):
    for p in paths:
        yield p.stem.split("-")[0], p.name, p.read_text(encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR, help="folder holding the fetched treebanks")
    ap.add_argument("--files", type=Path, nargs="+", help="read these .conllu files instead of the mirror")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output text file (outside the repository)")
    args = ap.parse_args(argv)
    seen: set[str] = set()
    lines: list[str] = []
    stats: dict[str, list[int]] = {}
    try:
        source = from_files(args.files) if args.files else from_mirror(args.mirror)
        for bank, name, text in source:
            st = stats.setdefault(bank, [0, 0, 0])
            st[0] += 1
            for s in sentences(text):
                st[1] += 1
                if s not in seen:
                    seen.add(s)
                    lines.append(s)
                    st[2] += 1
    except (RuntimeError, OSError) as exc:
        print(f"extract.py: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{'treebank':10} {'files':>5} {'sentences':>10} {'new':>8}")
    for bank, (files, n, new) in sorted(stats.items()):
        print(f"{bank:10} {files:>5} {n:>10} {new:>8}")
    print(f"{'total':10} {sum(s[0] for s in stats.values()):>5} {sum(s[1] for s in stats.values()):>10} "
          f"{len(lines):>8}  -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
