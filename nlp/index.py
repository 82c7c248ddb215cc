"""The store's vocabulary as a lemma index: word → the units, rows, indicators, areas and projects
whose names hold it.

Built once per store, at ingest (:func:`build`, the ingest's ``after`` hook, on the temporary
database before it is swapped in), so answering never scans the vocabulary: a question's words are
looked up in ``lexicon_keys`` by their base forms, compound parts and synonyms (:class:`Index`).
The passages' full-text column is filled here too (:func:`lemmatize`), with base forms and compound
parts, so the text search looks words up instead of matching stems.
"""
from __future__ import annotations

import functools
import json
import re
import sqlite3
import threading
from collections import Counter
from pathlib import Path
from dataclasses import dataclass, field
from .lazy import once

from cachetools import LRUCache

from data.language import load
from data.text import fold

from .lexicon import Lexicon, lexicon
from .morphology import guess_bases, lemma_text, part_groups, readings

INDEX_VERSION = 4     # 4: a participle's verb among its keys. A store's index of an older version is rebuilt whole
SCHEMA = """
CREATE TABLE IF NOT EXISTS lexicon_entries (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, words TEXT NOT NULL,
    info TEXT, UNIQUE(kind, key));
CREATE TABLE IF NOT EXISTS lexicon_keys (key TEXT NOT NULL, entry_id INTEGER NOT NULL, word INTEGER NOT NULL,
    how TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lexicon_keys_key ON lexicon_keys(key);
CREATE TABLE IF NOT EXISTS lexicon_meta (name TEXT PRIMARY KEY, value TEXT);
"""
NAME_WORD = re.compile(r"\d+\.|[A-Za-zÅÄÖåäöÉéÜü]+(?:[-:][A-Za-zÅÄÖåäöÉéÜü]+)*")
NAMES = load("fi")["names"]
SKIP = frozenset(fold(w) for w in NAMES["skip"])
TOTAL_ROW = frozenset(fold(w) for w in NAMES["total_row"])
PARTICIPLE_ENDS = tuple(fold(w) for w in NAMES["participle_ends"])
PROPER = ("nimi", "etunimi", "sukunimi", "paikannimi")     # Voikko's classes of proper names
FUNDER = re.compile(r"[Rr]ahoit(?:taja|ti):?\s*([A-ZÅÄÖ][\w-]{1,20})")   # 'Rahoittaja OKM.' in a description


@dataclass
class Word:
    keys: list[str]                 # base forms and the folded word
    heads: list[str] = field(default_factory=list)
    tails: list[str] = field(default_factory=list)
    weak: bool = False              # a level word or the municipality: never enough alone
    optional: bool = False          # in parentheses: may be matched, need not be
    per: bool = False               # after '/' in an indicator's name ('€/opiskelija'): what it is per, not a count


@dataclass
class Entry:
    id: int
    kind: str                       # org | measure | kpi | area | project | municipality
    key: str                        # the store's key (org_key, measure_key, area, 'name|period')
    name: str
    words: list[Word]
    info: dict

    @once
    def required(self) -> list[int]:
        return [i for i, w in enumerate(self.words) if not w.weak and not w.optional]

    @once
    def shape(self) -> tuple:
        """What matching reads of the entry besides its keys: which words are weak or optional."""
        return tuple((w.weak, w.optional) for w in self.words)


def _word(text: str, lex: Lexicon, weak_words: set[str], optional: bool) -> Word | None:
    f = fold(text).strip("-:")
    if not f or f in SKIP:
        return None
    abbreviations = load("fi").get("abbreviations", {})
    if f in abbreviations:
        return Word([f] + [fold(w) for w in abbreviations[f]], optional=True)
    if re.fullmatch(r"\d+\.", f):
        n = int(f[:-1])
        names = [k for k, v in lex.ordinals.items() if v == n]
        return Word([f[:-1], f, *names], optional=optional)
    rs = readings(text.strip("-:"))
    # a participle is named by its verb too ('suorittaneiden' ← 'suoritti'), a compound's parts are not
    verbs = [v for r in rs if len(r.parts) == 1 and r.cls == "laatusana" and r.base.endswith(PARTICIPLE_ENDS)
             for v in r.roots]
    keys = list(dict.fromkeys([r.base for r in rs] + [f, f.replace("-", "")] + verbs + ([] if rs else guess_bases(f))))
    heads, tails = [], []
    for r in rs:
        h, t = part_groups(r.parts)
        heads += [x for x in h if len(x) >= 4]
        tails += [x for x in t if len(x) >= 4]
    pieces = [fold(x) for x in text.split("-") if x]
    if len(pieces) > 1:
        heads.append(pieces[0])
        tails.append(pieces[-1])
    weak = bool(set(keys) & weak_words)
    return Word(keys, list(dict.fromkeys(heads)), list(dict.fromkeys(tails)), weak, optional)


def name_words(name: str, weak_words: set[str]) -> list[Word]:
    """The words of a name: 'Palvelualuejohtajan vastuualue (Hyvinvointipalvelut)' → palvelualuejohtaja,
    vastuualue (weak), hyvinvointipalvelu (optional)."""
    lex = lexicon()
    out: list[Word] = []
    depth = 0
    per = False
    for piece in re.split(r"([()])", name):
        if piece in "()":
            depth += 1 if piece == "(" else -1
            continue
        at = 0
        for m in NAME_WORD.finditer(piece):
            per = per or (depth == 0 and "/" in piece[at:m.start()])
            at = m.end()
            w = _word(m.group(0), lex, weak_words, optional=depth > 0)
            if w:
                w.per = per and depth == 0
                out.append(w)
    return out


def _weak_words(lex: Lexicon, municipalities: set[str]) -> set[str]:
    """Level words ('vastuualue') and 'hanke' never make a match alone. A municipality's name in a unit's
    name is a word of that name like any other: 'Kakakala varhaiskasvatus' is not Varhaiskasvatus."""
    return {p.words[0] for p in lex.phrases if p.role in ("level", "project") and len(p.words) == 1}


def _vocabulary(conn: sqlite3.Connection, reports: list[str] | None) -> dict[str, list[tuple[str, str, dict]]]:
    """(kind → [(key, name, info)]) from the store, for the given reports (None: all)."""
    where, args = ("", []) if reports is None else (f" AND f.report IN ({','.join('?' * len(reports))})", list(reports))
    out: dict[str, list[tuple[str, str, dict]]] = {}
    q = (f"SELECT org_key, org, COUNT(*) FROM facts f WHERE org_key IS NOT NULL{where} GROUP BY org_key, org")
    names: dict[str, Counter] = {}
    for key, name, n in conn.execute(q, args):
        names.setdefault(key, Counter())[name] += n
    out["org"] = [(k, c.most_common(1)[0][0], {}) for k, c in names.items()]
    q = (f"SELECT measure_key, measure, section, COUNT(*) FROM facts f WHERE kind != 'tunnusluku' AND org_key IS NOT NULL"
         f"{where} GROUP BY measure_key, measure, section")
    sections: dict[str, Counter] = {}
    mnames: dict[str, str] = {}
    for key, name, section, n in conn.execute(q, args):
        mnames.setdefault(key, name)
        sections.setdefault(key, Counter())[section or ""] += n
    titles: dict[str, set] = {}
    q = (f"SELECT DISTINCT f.measure_key, t.title, t.org FROM facts f JOIN tables t ON t.id = f.table_id "
         f"WHERE f.kind NOT IN ('tunnusluku', 'tuloslaskelma') AND f.org_key IS NOT NULL{where}")
    for key, title, org in conn.execute(q, args):
        rest = _title_rest(title or "", org or "")
        if rest:
            titles.setdefault(key, set()).add(rest)
    out["measure"] = [(k, mnames[k], {"section": next((s for s, _ in sections[k].most_common() if s), None),
                                      "titles": sorted(titles.get(k, ()))}) for k in mnames]
    q = f"SELECT measure_key, measure, unit, area FROM facts f WHERE kind = 'tunnusluku'{where}"
    kpis: dict[str, tuple[str, str, set]] = {}
    for key, name, unit, area in conn.execute(q, args):
        kpis.setdefault(key, (name, unit, set()))[2].add(area or "")
    out["kpi"] = [(k, n, {"unit": u, "areas": sorted(a - {""})}) for k, (n, u, a) in kpis.items()]
    out["area"] = [(a, a, {}) for a in sorted({a for _, _, areas in kpis.values() for a in areas if a})]
    q = f"SELECT DISTINCT name, period FROM projects f WHERE 1=1{where}"
    out["project"] = [(f"{n}|{p or ''}", n, {"period": p}) for n, p in conn.execute(q, args)
                      if fold(n).strip() not in TOTAL_ROW]
    funders = set()
    for (f,) in conn.execute(f"SELECT DISTINCT funder FROM projects f WHERE funder IS NOT NULL{where}", args):
        funders |= set(FUNDER.findall(f)) if len(f) > 20 else ({f.strip()} if f.strip() else set())
    out["funder"] = [(fold(x), x, {}) for x in sorted(funders)]
    q = f"SELECT DISTINCT municipality FROM reports f WHERE municipality IS NOT NULL{where.replace('f.report', 'f.name')}"
    out["municipality"] = [(fold(m), m, {}) for (m,) in conn.execute(q, args) if m]
    return out


def _title_rest(title: str, org: str) -> str:
    """The words of a table's title beyond its unit's name: 'HYVINVOINTIPALVELUT IRTAIN OMAISUUS' →
    'irtain omaisuus'."""
    org_words = {fold(w) for w in NAME_WORD.findall(org)}
    rest = [w for w in NAME_WORD.findall(title) if fold(w) not in org_words and not re.search(r"\d", w)]
    return " ".join(rest)


def _area_words(area: str, lex: Lexicon, weak: set[str]) -> list[Word]:
    """An indicator area ('vaka', 'op/kou') stands for the unit its synonym names: either names it."""
    key = fold(area.replace("/", ""))
    words = [Word([key, fold(area)], optional=True)]
    target = lex.org_synonyms.get(key)
    return words + ([Word(w.keys, w.heads, w.tails, w.weak, True) for w in name_words(target, weak)] if target else [])


def _extra_words(kind: str, info: dict, words: list[Word], weak: set[str]) -> list[Word]:
    """Words a question may use beside an entry's name: an indicator's unit ('osallistujaa'), the
    title of a row's table ('Irtain omaisuus' above 'Investointimenot')."""
    have = {k for w in words for k in w.keys}
    texts = [info.get("unit") or ""] if kind == "kpi" else list(info.get("titles", [])) if kind == "measure" else []
    out = []
    for text in texts:
        for w in name_words(re.sub(r"EUR|/|%", " ", text), weak):
            if not set(w.keys) & have:
                out.append(Word(w.keys, w.heads, w.tails, w.weak, True))
                have.update(w.keys)
    return out


def _key_rows(entry_id: int, kind: str, words: list[Word], lex: Lexicon) -> list[tuple[str, int, int, str]]:
    rows = []
    for i, w in enumerate(words):
        rows += [(k, entry_id, i, "exact") for k in w.keys]
        rows += [(k, entry_id, i, "head") for k in w.heads if k not in w.keys]
        rows += [(k, entry_id, i, "tail") for k in w.tails if k not in w.keys]
    synonyms = {"org": lex.org_synonyms, "area": lex.org_synonyms, "measure": lex.measure_synonyms,
                "kpi": lex.org_synonyms}.get(kind, {})
    for syn, target in synonyms.items():
        targets = [set(t.keys) for t in name_words(target, set())]
        hit = [i for i, w in enumerate(words) if any(set(w.keys) & t for t in targets)]
        covered = [t for t in targets if any(set(w.keys) & t for w in words)]
        if hit and len(covered) == len(targets):    # the entry holds every word the synonym stands for
            rows += [(syn, entry_id, i, "syn") for i in hit]
    return rows


def municipality_of(conn: sqlite3.Connection, report: str) -> str | None:
    """The municipality a report is about: the place named most often in its text (Voikko's place names,
    'Heinolan', 'Heinolassa' → Heinola); for a name Voikko does not know, a word in the genitive before
    'kaupunki' / 'kunta' ('Kakakalan kaupungin' → Kakakala). A name the file's name starts with comes
    first, when the text names it too."""
    places: Counter = Counter()
    owner: Counter = Counter()            # 'X:n kaupunki / kunta': the report's own municipality
    unknown: set[str] = set()
    for (text,) in conn.execute("SELECT text FROM passages WHERE report = ?", (report,)):
        for m in re.finditer(r"\b([A-ZÅÄÖ][a-zåäö]{2,})(\s+(?:kaupun|kunna|kunta))?", text):
            found = [r.proper_base for r in readings(m.group(1)) if r.cls == "paikannimi"]
            if found:
                places[found[0]] += 1
            if m.group(2) and m.group(1).endswith("n") and (found or not readings(m.group(1))):
                owner[found[0] if found else m.group(1)[:-1]] += 1     # a place, or a name Voikko lacks
            elif not found and all(r.cls in PROPER for r in readings(m.group(1))):
                unknown.add(m.group(1))          # a name of no known place: the file's name may confirm it
    named = _named_in_file(report, [*owner, *places, *sorted(unknown)])
    best = (owner or places).most_common(1)
    return named or (best[0][0] if best else None)


def _named_in_file(report: str, names: list[str]) -> str | None:
    """The file's own name may start with the municipality ('kakajola-tp2025-….txt'): that name, when the
    text names it too (as a place, as 'X:n kaupunki', or as a word Voikko does not know)."""
    head = re.match(r"([a-zåäö]{3,})[-_ ]", Path(report).name.lower())
    if not head:
        return None
    for name in names:
        if fold(name) == fold(head.group(1)):
            return name
    return None


def _set_municipalities(conn: sqlite3.Connection, reports: list[str] | None) -> None:
    names = reports if reports is not None else [n for (n,) in conn.execute("SELECT name FROM reports")]
    for name in names:
        row = conn.execute("SELECT municipality FROM reports WHERE name = ?", (name,)).fetchone()
        if row is not None and not row[0]:
            conn.execute("UPDATE reports SET municipality = ? WHERE name = ?", (municipality_of(conn, name), name))


def build(conn: sqlite3.Connection, reports: list[str] | None = None) -> None:
    """(Re)build the lemma index on a store being written: entries for the given reports' vocabulary
    (all when None), and each report's municipality when no sidecar named it. The ingest's ``after`` hook."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)          # not executescript: it would commit the ingest's transaction
    _set_municipalities(conn, reports)
    row = conn.execute("SELECT value FROM lexicon_meta WHERE name = 'version'").fetchone()
    if row is None or int(row[0]) < INDEX_VERSION:        # made by older code: every entry anew
        conn.execute("DELETE FROM lexicon_keys")
        conn.execute("DELETE FROM lexicon_entries")
        reports = None
    lex = lexicon()
    vocab = _vocabulary(conn, reports)
    weak = _weak_words(lex, {m for _, m, _ in vocab["municipality"]} |
                       {m for (m,) in conn.execute("SELECT DISTINCT municipality FROM reports") if m})
    have = {(k, key) for k, key in conn.execute("SELECT kind, key FROM lexicon_entries")}
    for kind, items in vocab.items():
        for key, name, info in items:
            if (kind, key) in have:
                continue
            words = _area_words(name, lex, weak) if kind == "area" else name_words(name, weak)
            words += _extra_words(kind, info, words, weak)
            if not words:
                continue
            cur = conn.execute("INSERT INTO lexicon_entries(kind, key, name, words, info) VALUES (?,?,?,?,?)",
                               (kind, key, name, json.dumps([w.__dict__ for w in words], ensure_ascii=False),
                                json.dumps(info, ensure_ascii=False)))
            conn.executemany("INSERT INTO lexicon_keys(key, entry_id, word, how) VALUES (?,?,?,?)",
                             _key_rows(cur.lastrowid, kind, words, lex))
    conn.execute("INSERT OR REPLACE INTO lexicon_meta(name, value) VALUES ('version', ?)", (str(INDEX_VERSION),))


def lemmatize(text: str) -> str:
    """The full-text column of a passage: base forms and compound parts (the ingest's ``lemmatize``)."""
    return lemma_text(text)


class Index:
    """Read side: a question's keys → the entries whose words they name. Cached per key."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.ready = bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'lexicon_keys'").fetchone())
        # an entry by id: functools' LRU cache (in C, thread-safe) – it is read for every entry a question
        # word names, hundreds of times a question in a store of forty municipalities
        self.entry = functools.lru_cache(maxsize=20_000)(self._load_entry)
        self._keys: LRUCache = LRUCache(maxsize=50_000)
        self._families: LRUCache = LRUCache(maxsize=50_000)     # key → its rows grouped by family
        self._family_ids: dict[tuple, int] = {}
        self._unit_words: LRUCache = LRUCache(maxsize=50_000)
        self._lock = threading.Lock()          # the caches are shared by the front ends' worker threads
        self.fuzzy_keys: list[str] = []
        if self.ready:
            self.fuzzy_keys = [k for (k,) in conn.execute(
                "SELECT DISTINCT key FROM lexicon_keys WHERE how IN ('exact', 'syn') AND length(key) >= 5")]

    def lookup(self, keys: set[str]) -> list[tuple[str, int, int, str]]:
        """(key, entry id, word index, how) for every key."""
        if not self.ready:
            return []
        found, missing = self._cached(self._keys, keys)
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            got: dict[str, list] = {k: [] for k in chunk}
            sql = f"SELECT key, entry_id, word, how FROM lexicon_keys WHERE key IN ({','.join('?' * len(chunk))})"
            for row in self.conn.execute(sql, chunk):
                got[row[0]].append(tuple(row))
            with self._lock:
                self._keys.update(got)
            found.update(got)
        return [row for rows in found.values() for row in rows]

    def families(self, keys: set[str]) -> dict[str, list[tuple[int, int, str, tuple[int, ...]]]]:
        """key → (family, word, how, the family's members that key names): entries of one family are alike
        but for their weak words ('Kakakala varhaiskasvatus', 'Kakajola varhaiskasvatus'), so a key names
        all of them by the same word or, a weak word ('kakajola'), only some. Worked out once per key."""
        out, missing = self._cached(self._families, keys)
        rows: dict[str, dict[tuple, list[int]]] = {k: {} for k in missing}
        for key, eid, word, how in self.lookup(set(missing)):
            rows[key].setdefault((self._family(eid), word, how), []).append(eid)
        got = {k: [(f, w, h, tuple(eids)) for (f, w, h), eids in groups.items()] for k, groups in rows.items()}
        with self._lock:
            self._families.update(got)
        out.update(got)
        return out

    def _cached(self, cache: LRUCache, keys) -> tuple[dict[str, list], list[str]]:
        """The keys a cache holds (key → value) and those it does not, under the lock."""
        found: dict[str, list] = {}
        missing = []
        with self._lock:
            for k in keys:
                hit = cache.get(k)
                if hit is None:
                    missing.append(k)
                else:
                    found[k] = hit
        return found, missing

    def names_unit(self, key: str) -> bool:
        """Whether a key is a word of some unit's name, exactly (worked out once per key)."""
        with self._lock:
            hit = self._unit_words.get(key)
        if hit is None:
            hit = any(how == "exact" and self.entry(eid).kind == "org" for _, eid, _, how in self.lookup({key}))
            with self._lock:
                self._unit_words[key] = hit
        return hit

    def _family(self, entry_id: int) -> int:
        """Entries alike but for their weak words and their municipality's name share a family."""
        e = self.entry(entry_id)
        towns = self._town_keys
        key = (e.kind, e.shape, tuple(None if w.weak or towns.intersection(w.keys) else
                                      (tuple(w.keys), tuple(w.heads), tuple(w.tails), w.per) for w in e.words))
        with self._lock:
            return self._family_ids.setdefault(key, len(self._family_ids))

    @once
    def _town_keys(self) -> frozenset[str]:
        """The keys of the municipalities' names (a unit's name may start with one: 'Kakajola varhaiskasvatus')."""
        return frozenset(k for e in self.entries("municipality") for w in e.words for k in w.keys)

    def _load_entry(self, entry_id: int) -> Entry:
        row = self.conn.execute("SELECT id, kind, key, name, words, info FROM lexicon_entries WHERE id = ?",
                                (entry_id,)).fetchone()
        return Entry(row[0], row[1], row[2], row[3], [Word(**w) for w in json.loads(row[4])], json.loads(row[5] or "{}"))

    def entries(self, kind: str) -> list[Entry]:
        """Every entry of one kind (for help and suggestions, never for matching)."""
        if not self.ready:
            return []
        ids = [i for (i,) in self.conn.execute("SELECT id FROM lexicon_entries WHERE kind = ? ORDER BY name", (kind,))]
        return [self.entry(i) for i in ids]
