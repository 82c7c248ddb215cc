"""The answer engine: a question → the figure, what it is, and where it stands.

    engine = Engine(db_path)
    reply = engine.ask("varhaiskasvatuksen toimintakate 2025", conversation=engine.conversations.get("cli"))

`ask` never raises; it reloads by itself when `kysy ingest` has replaced the database file.
Never a guessed figure: when the question fits several units or figures it asks back; when the
data does not have it, it says so and what there is.
"""
from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from data import store
from data.lemmas import fold
from rapidfuzz import fuzz, process

from data.lemmas import known
from nlp.parse import Pipeline, Query, entry_words, match_entry, suffix_stems, word_matches

from . import format as fmt
from . import operations

log = logging.getLogger("lukubotti.engine")
MAX_QUESTION = 1000
KEY_LINES = ["toimintatuotot", "toimintakulut", "toimintakate"]
# lines of a reply that qualify the figure; front ends show them apart as `notes`
NOTE_RE = re.compile(r"^(Huom|Puuttuvia vuosia|Luku on raportissa tuhansina|Koko vuoden toteumaa|Toisessa raportissa|Talousarvio muuttui|"
                     r"Vuoden 2024 vertailutiedot|Poikkeama =|Ero:|Osuudet|Erotus|Toteuma-% on laskettu|Muutos)|Osuudet on laskettu")
MONEY_RE = re.compile(r"€|euro|eur\b|maks|kustann|hinta|hinnat|meno|kulu|rahaa|rahoit")
FOLLOW_UP = re.compile(r"(?i)^\s*(entä|entäs|enta|entas|ja|kuin myös|mites|miten)\b")


@dataclass
class Conversation:
    last: Query | None = None
    last_org: list[str] | None = None
    last_measure: str | None = None
    updated: float = field(default_factory=time.time)


class Conversations:
    """Per-conversation state, bounded (LRU) and expiring (TTL)."""

    def __init__(self, max_items: int = 5000, ttl: float = 3600.0) -> None:
        self.max_items, self.ttl = max_items, ttl
        self._items: OrderedDict[str, Conversation] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Conversation:
        now = time.time()
        with self._lock:
            conv = self._items.get(key)
            if conv is None or now - conv.updated > self.ttl:
                conv = Conversation()
            self._items[key] = conv
            self._items.move_to_end(key)
            conv.updated = now
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)
            return conv

    def __len__(self) -> int:
        return len(self._items)


def _reply(status: str, text: str, **extra) -> dict:
    out = {"status": status, "text": text, "interpretation": extra.pop("interpretation", {}),
           "answers": extra.pop("answers", []), "options": extra.pop("options", []),
           "notes": extra.pop("notes", None) or [line for line in text.split("\n") if NOTE_RE.search(line)]}
    out.update(extra)
    return out


def clean_question(text) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = re.sub(r"[\t\n\r\f\v]", " ", text)
    text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)   # terminal escape sequences
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    return re.sub(r"\s+", " ", text).strip()


class Engine:
    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self.pipeline = Pipeline()
        self.conversations = Conversations()
        self._lock = threading.Lock()
        self._stamp = None
        self._load()

    # --- data --------------------------------------------------------------------------------
    def _file_stamp(self):
        try:
            st = os.stat(self.db_path)
            return (st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError:
            return None

    def _load(self) -> None:
        stamp = self._file_stamp()
        if stamp is None:
            self.conn = None
            self.facts, self.reports_, self.orgs, self.measures, self.kpis = [], {}, {}, {}, {}
            self.goals_, self.projects_ = [], []
            self._stamp = None
            return
        conn = store.open_readonly(self.db_path)
        self.conn = conn
        self.reports_ = {r["name"]: r for r in store.reports(conn)}
        self.facts = [f for f in store.all_facts(conn) if f["org_key"] is not None or f["kind"] == "tunnusluku"]
        self.goals_ = store.goals(conn)
        self.projects_ = store.projects(conn)
        self.orgs = {}
        for f in self.facts:
            if f["org"] and f["org_key"] not in self.orgs:
                self.orgs[f["org_key"]] = (f["org"], entry_words(re.sub(r"\(.*?\)", "", f["org"])))
        self.measures = {}
        self.kpis = {}
        for f in self.facts:
            if f["kind"] == "tunnusluku":
                if f["measure_key"] not in self.kpis:
                    words = entry_words(re.sub(r"\(.*?\)|€|/", " ", f["measure"]))
                    self.kpis[f["measure_key"]] = (f["measure"], words)
            elif f["measure_key"] not in self.measures:
                self.measures[f["measure_key"]] = (f["measure"], entry_words(f["measure"]), f["section"])
        syn = self.pipeline.synonyms
        self.org_syn = {fold(k): entry_words(v) for k, v in syn.get("org", {}).items()}
        self.measure_syn = {fold(k): fold(v) for k, v in syn.get("measure", {}).items()}
        self.years = sorted({f["year"] for f in self.facts if f["year"] and f["kind"] != "tunnusluku"})
        self._stamp = stamp

    def maybe_reload(self) -> bool:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            with self._lock:
                if self._file_stamp() != self._stamp:
                    log.info("database changed, reloading %s", self.db_path)
                    self._load()
                    return True
        return False

    def reports(self) -> list[dict]:
        self.maybe_reload()
        out = []
        for r in sorted(self.reports_.values(), key=lambda r: r["rank"]):
            out.append({"report": r["name"], "title": r["title"], "kind": r["kind"], "year": r["year"],
                        "period": r["period"], "published": r["published"],
                        # what was inferred rather than read from a title page ([] when nothing)
                        "inferred": json.loads(r["inferred"]) if r["inferred"] else []})
        return out

    # --- asking ------------------------------------------------------------------------------
    def ask(self, question, conversation: Conversation | None = None) -> dict:
        try:
            self.maybe_reload()
            return self._ask(question, conversation)
        except Exception:  # never an exception to the person asking
            log.exception("answering failed")
            return _reply("not_found", "Pahoittelut, vastauksen muodostaminen epäonnistui. Kokeile kysyä toisin.")

    def _ask(self, question, conv: Conversation | None) -> dict:
        text = clean_question(question)
        if not text:
            return _reply("not_found", "Kirjoita kysymys, esimerkiksi: varhaiskasvatuksen toimintakate 2025.")
        if len(text) > MAX_QUESTION:
            return _reply("not_found", f"Kysymys on liian pitkä ({len(text)} merkkiä). Kysy lyhyesti, enintään {MAX_QUESTION} merkkiä.")
        if not re.search(r"[A-Za-zÅÄÖåäö]{2,}", text):
            return _reply("not_found", "En ymmärtänyt kysymystä. Kysy esimerkiksi: varhaiskasvatuksen toimintakate 2025.")
        if not self.facts:
            return _reply("not_found", "Tietokannassa ei ole vielä raportteja. Aja ensin: kysy ingest")
        q = self.pipeline.parse(text)
        follow = conv is not None and conv.last is not None and FOLLOW_UP.match(text)
        reply = self._answer(q, conv if follow else None)
        if conv is not None and reply.get("_query") is not None:
            conv.last, conv.last_org, conv.last_measure = reply["_query"], reply.get("_orgs"), reply.get("_measure")
        for k in [k for k in reply if k.startswith("_")]:
            reply.pop(k)
        return reply

    # --- matching ----------------------------------------------------------------------------
    def _expanded_tokens(self, q: Query):
        """The question's content words plus the words their synonyms stand for; `origin[i]` is
        the question word token i came from."""
        toks, origin = [], []
        for n, (surface, lem) in enumerate(q.content):
            toks.append((surface, lem))
            origin.append(n)
            key = self._synonym_key(surface, lem, self.org_syn)
            if key:
                for word in self.org_syn[key]:
                    toks.append((word, (word,)))
                    origin.append(n)
        return toks, origin

    @staticmethod
    def _synonym_key(surface: str, lem: tuple[str, ...], table: dict) -> str | None:
        """The synonyms-file key this word stands for: by reading, by the surface without its case
        ending (abbreviations: 'vakan'), and for a word Voikko does not know, by a close spelling."""
        for w in (surface, *lem, *suffix_stems(surface)):
            if w in table:
                return w
        if len(surface) >= 8 and not known(surface):
            best = process.extractOne(surface, list(table), scorer=fuzz.ratio, score_cutoff=90)
            if best:
                return best[0]
        return None

    LEVEL_WORDS = {"vastuualue", "palvelualue", "lautakunta", "toimiala", "yksikko"}

    def _match_orgs(self, toks):
        # a part of a hyphenated word is not a unit: 'hyvinvointi-indeksi', 'hyte-kerroin'
        toks = [t if not re.search(r"\w-\w", t[0]) else ("", ()) for t in toks]
        scored = []
        for key, (name, words) in self.orgs.items():
            matched, cov, used = match_entry(toks, words)
            if used and all(self.LEVEL_WORDS & {toks[i][0], *toks[i][1]} for i in used):
                continue   # 'vastuualueiden' alone names a level, not the 'Palvelualuejohtajan vastuualue'
            if matched and (cov >= 0.5 or matched >= 2):
                scored.append((matched + cov, key, used))
        scored.sort(reverse=True)
        return scored

    def _match_measures(self, toks, org_used):
        # the unit's words are taken; indices stay those of `toks` (a synonym's word → its source)
        expanded = [t if i not in org_used else ("", ()) for i, t in enumerate(toks)]
        source = list(range(len(toks)))
        for i, (surface, lem) in enumerate(toks):
            key = self._synonym_key(surface, lem, self.measure_syn) if i not in org_used else None
            if key:
                expanded.append((self.measure_syn[key], (self.measure_syn[key],)))
                source.append(i)
        scored = []
        for key, (name, words, section) in self.measures.items():
            matched, cov, used = match_entry(expanded, words, parts=True)
            if matched and cov >= 0.5:
                scored.append((matched + cov, key, {source[i] for i in used}))
        # an exact whole-name hit ('toimintakate') beats partial ones
        scored.sort(reverse=True)
        return scored

    def _match_kpis(self, toks, origin):
        """Indicators by how many of the question's own words they explain (a synonym's expansion
        counts once: 'kirjasto' → 'virikkeellinen elämä' is one word), then by coverage."""
        scored = []
        for key, (name, words) in self.kpis.items():
            matched, cov, used = match_entry(toks, words, heads=True)
            if matched:
                explained = len({origin[i] for i in used})
                scored.append((explained + matched / 100, cov, key, used))
        scored.sort(reverse=True)
        return scored

    # --- answering ---------------------------------------------------------------------------
    def _answer(self, q: Query, prev: Conversation | None) -> dict:
        toks, origin = self._expanded_tokens(q)
        low = fold(q.text)
        if re.search(r"hank", low):
            return self._projects(q, toks)
        # 'mitkä tavoitteet eivät toteutuneet' lists goals; 'vakan €/lapsi tavoite 2025' is a target figure
        if re.search(r"tavoitt|tavoite", low) and re.search(r"toteut|osittain|tila", low) and (
                q.basis != "target" or re.search(r"\bmitk|tavoitteet|tavoitteista|tavoitteita", low)):
            r = self._goals(q)
            if r:
                return r
        ranking = operations.wants_ranking(q)
        if ranking == "overrun":
            return operations.rank_overruns(self, q)
        orgs = self._match_orgs(toks)
        if ranking == "items":
            top = orgs[0][0] if orgs else 0
            return operations.rank_items(self, q, [k for s_, k, _ in orgs if s_ >= top - 1e-6])
        org_used = orgs[0][2] if orgs else set()
        measures = self._match_measures(toks, org_used)
        kpis = self._match_kpis(toks, origin)
        # 'montako oppilasta' counts things; 'montako prosenttia / euroa' does not
        counting = re.search(r"\b(montako|kuinka monta|kuinka moni|moniko|monta)\b(?!\s+(prosent|euro|%))", low)
        if counting or (re.search(r"maara\b|maaran\b|maarat\b|lukumaar", low) and not MONEY_RE.search(low)):
            # a count ('montako', 'oppilasmäärä') is not a euro indicator ('€/oppilas')
            kpis = [k for k in kpis if not self.kpis[k[2]][0].count("€")]
        if kpis:
            # a key indicator needs words of its own beyond the organisation's name
            kpis = [(m - len(used & org_used) * 0.0, c, k, used) for m, c, k, used in kpis]
            best = kpis[0]
            extra = len(best[3] - org_used)
            # every topic word of the question must be accounted for, or this is not that indicator
            neutral = ("maksa", "saa", "sai", "kustann", "hinta", "kulu", "kohde", "kohti", "per", "euro",
                       "toteutu", "tavoit", "ennust", "budjet", "paljon", "asukas", "tunnuslu", "keskim", "keskiarvo")
            explained = {origin[i] for i in best[3] | org_used}
            loose = [n for n, t in enumerate(q.content) if n not in explained
                     and not t[0].startswith(neutral) and not any(l.startswith(neutral) for l in t[1])
                     and self.pipeline.basis_words.get(t[0]) is None]
            if loose:
                extra = 0
            fin = measures[0][0] if measures else 0
            if (extra >= 2 and best[0] + best[1] > fin) or (extra >= 1 and not measures):
                return self._kpi(q, kpis, toks)
        if prev is not None:
            if not orgs and prev.last_org:
                orgs = [(9, k, set()) for k in prev.last_org]
            if not measures and prev.last_measure:
                measures = [(9, prev.last_measure, set())]
            if not q.years and not q.year_range and prev.last is not None:
                q.years, q.year_range = list(prev.last.years), prev.last.year_range
                q.months = q.months or prev.last.months
            if q.basis is None and prev.last is not None:
                q.basis = prev.last.basis
        if not orgs and not measures:
            return self._text(q, toks)
        if orgs and prev is None and operations.COMPARE_RE.search(low):
            others = self._other_orgs(toks, origin, orgs[0][2] | (measures[0][2] if measures else set()))
            if others:
                return operations.compare_units(self, q, [orgs[0][1]] + others, measures[0][1] if measures else None)
        if prev is None:
            used = {origin[i] for i in (orgs[0][2] if orgs else set()) | (measures[0][2] if measures else set())}
            unexplained = [t for n, t in enumerate(q.content) if n not in used and not self._neutral(t)]
            # 'montako osallistujaa vire:n tapahtumiin' or 'lasten kotihoidon tuki': the question is about
            # something the unit's income statement does not hold — look in the text, never give euros
            if (counting and unexplained) or (not measures and unexplained) or (not orgs and len(unexplained) >= 2):
                return self._text(q, toks)
            if not orgs and unexplained and all(known(t[0]) for t in unexplained):
                # 'lautakunnan toimintakate': a level word names several units → ask which
                level = [(1.0, k, set()) for k, (name, words) in self.orgs.items()
                         if any(word_matches(t, w, fuzzy=False, heads=True) >= 0.85 for t in unexplained for w in words)]
                if len(level) >= 2:
                    return self._financial(q, level, measures)
                # 'lukion toimintakate': a unit the reports have no table for — say so, do not offer others
                word = unexplained[0][0]
                have = sorted({self.orgs[k][0] for f in self.facts if f["measure_key"] == measures[0][1]
                               for k in [f["org_key"]] if k in self.orgs})
                return _reply("not_found", f"En tunnistanut yksikköä «{word}»: raporteissa ei ole sille omaa riviä "
                              f"{self.measures[measures[0][1]][0]}. Rivi on näille: " + ", ".join(have[:8]) + ".",
                              _query=None)
        return self._financial(q, orgs, measures)

    def _other_orgs(self, toks, origin, used: set[int]) -> list[str]:
        """Further units named in full by the words the first unit and the measure left over
        ('vertaa vakan ja opkoun …')."""
        taken = {origin[i] for i in used}
        rest = [t if origin[i] not in taken else ("", ()) for i, t in enumerate(toks)]
        out = []
        for score, key, u in self._match_orgs(rest):
            if match_entry(rest, self.orgs[key][1])[1] >= 0.99 and key not in out:
                taken |= {origin[i] for i in u}
                rest = [t if origin[i] not in taken else ("", ()) for i, t in enumerate(toks)]
                out.append(key)
        return out[:5]

    NEUTRAL = ("maksa", "kustann", "hinta", "raha", "euro", "talous", "taloud", "luku", "tieto", "tiedot", "paljon",
               "yhteens", "summa", "kokonais", "vuosi", "vuode", "kaupunki", "heinola", "kerto", "nayt", "ilmoit",
               "kasva", "laske", "muutt", "muutos", "vertaa", "vertail", "kehitty", "olivat", "oli", "ovat")

    def _neutral(self, tok) -> bool:
        """Words that ask about a figure without naming another topic (maksaa, kustannus, kasvaa…)."""
        surface, lem = tok
        if self.pipeline.basis_words.get(surface) or any(self.pipeline.basis_words.get(l) for l in lem):
            return True
        if self.pipeline.direction_words.get(surface) or any(self.pipeline.direction_words.get(l) for l in lem):
            return True
        if {surface, *lem} & {"kayttaa", "kaytti", "kuluttaa", "toteutua", "toteutui"}:
            return True
        return surface.startswith(self.NEUTRAL) or any(l.startswith(self.NEUTRAL) for l in lem)

    def _year_note(self, years: list[int]) -> str:
        if not self.years:
            return ""
        return f"Aineistossa: {self.years[0]}–{self.years[-1]}."

    def _financial(self, q: Query, orgs, measures) -> dict:
        # organisations: best score, ties are genuine ambiguity
        org_keys: list[str] = []
        if orgs:
            top = orgs[0][0]
            org_keys = [k for s, k, _ in orgs if s >= top - 1e-6]
        measure_key = None
        if measures:
            top = measures[0][0]
            tied = [k for s, k, _ in measures if s >= top - 1e-6]
            # 'avustukset' is both 'Tuet ja avustukset' (income) and 'Avustukset' (costs)
            top_used = measures[0][2]
            for s_, k_, u_ in measures[1:]:
                if u_ == top_used and k_ not in tied and self.measures[k_][2] and self.measures[measures[0][1]][2] \
                        and self.measures[k_][2] != self.measures[measures[0][1]][2]:
                    tied.append(k_)
            if len(tied) > 1:
                tied = self._by_direction(q, tied)
            if len(tied) > 1:
                return self._clarify_measure(q, tied, org_keys)
            measure_key = tied[0]
        if q.year_range:
            return self._series(q, org_keys, measure_key)
        if measure_key is None:
            return self._key_lines(q, org_keys)
        cands = [f for f in self.facts if f["measure_key"] == measure_key and f["kind"] != "tunnusluku"
                 and (not org_keys or f["org_key"] in org_keys)]
        if not cands:
            what = self.measures[measure_key][0]
            who = ", ".join(self.orgs[k][0] for k in org_keys) if org_keys else ""
            return _reply("not_found", f"Raporteissa ei ole riviä {what}{' yksikölle ' + who if who else ''}.",
                          interpretation=self._interp(q, org_keys, measure_key, None), _query=q, _orgs=org_keys,
                          _measure=measure_key)
        if not q.years:
            asked = [f for f in cands if f["basis"] == (q.basis or "actual")] or cands
            r = self._clarify_year(q, asked, f"{self.orgs[org_keys[0]][0] + ' ' if len(org_keys) == 1 else ''}"
                                             f"{self.measures[measure_key][0].lower()}")
            if r:
                return r
        years = q.years or [max(f["year"] for f in cands if f["basis"] in ("actual", "budget"))]
        if len(years) > 1 and not q.year_range:
            return self._compare_years(q, org_keys, measure_key, years)
        year = years[0]
        in_year = [f for f in cands if f["year"] == year]
        if not in_year:
            ys = sorted({f["year"] for f in cands})
            what = self.measures[measure_key][0]
            who = self.orgs[org_keys[0]][0] + ": " if len(org_keys) == 1 else ""
            have = sorted({f["measure"] for f in self.facts if f["year"] == year and f["org_key"] in org_keys
                           and f["kind"] != "tunnusluku"}) if org_keys else []
            text = f"{who}riviä {what} ei ole raporteissa vuodelta {year}" + (f" (on vuosilta {ys[0]}–{ys[-1]})." if ys else ".")
            if have:
                text += f" Vuodelta {year} on: " + ", ".join(have[:8]) + "."
            return _reply("not_found", text,
                          interpretation=self._interp(q, org_keys, measure_key, year), _query=q, _orgs=org_keys,
                          _measure=measure_key)
        if len(org_keys) > 1:
            # several units fit the question words equally: ask, even if only one has this very column
            tied = {}
            for f in sorted(in_year, key=lambda f: -(f["months"] or 0)):
                tied.setdefault(f["org_key"], []).append(f)
            if len(tied) > 1:
                return self._clarify_org(q, tied, measure_key, year)
        basis = q.basis or "actual"
        chosen = [f for f in in_year if f["basis"] == basis]
        if q.months and basis in ("actual", "remaining", "realization_pct", "deviation"):
            chosen = [f for f in chosen if f["months"] == q.months]
        beside = []
        if basis in ("actual", "realization_pct", "remaining", "deviation") and not q.months:
            # the full year; else the latest to date (an actual gets the budget beside it)
            full = [f for f in chosen if f["months"] == 12]
            if full:
                chosen = full
            elif chosen:
                latest = max(f["months"] or 0 for f in chosen)
                chosen = [f for f in chosen if f["months"] == latest]
                if basis == "actual":
                    beside = [f for f in in_year if f["basis"] == "budget"]
        if not chosen:
            have = sorted({(f["basis"], f["months"]) for f in in_year})
            have_txt = ", ".join(fmt.period(b, year, m) for b, m in have)
            return _reply("not_found", f"Tätä lukua ({fmt.period(basis, year, q.months)}) ei ole raporteissa. "
                          f"Saatavilla: {have_txt}.", interpretation=self._interp(q, org_keys, measure_key, year),
                          _query=q, _orgs=org_keys, _measure=measure_key)
        by_org: dict[str, list[dict]] = {}
        for f in chosen:
            by_org.setdefault(f["org_key"], []).append(f)
        if len(by_org) > 1:
            return self._clarify_org(q, by_org, measure_key, year)
        facts = self._best(chosen)
        primary = facts[0]
        answers = [self._answer_dict(f) for f in facts]
        for f in self._best(beside)[:1]:
            answers.append(self._answer_dict(f))
        text = self._text_for(primary, facts, beside)
        return _reply("answer", text, answers=answers, headline=answers[0]["display"],
                      interpretation=self._interp(q, [primary["org_key"]], measure_key, year, primary),
                      _query=q, _orgs=[primary["org_key"]], _measure=measure_key)

    def _clarify_year(self, q: Query, facts: list[dict], subject: str) -> dict | None:
        """No year in the question and the figure exists for several years: which year?"""
        years = sorted({f["year"] for f in facts if f["year"]}, reverse=True)
        if len(years) < 2:
            return None
        basis = fmt.BASIS_FI.get(q.basis or "actual", "")
        options = [{"label": str(y), "question": f"{subject} {basis} {y}".strip()} for y in years[:6]]
        return _reply("clarify", f"Minkä vuoden? {subject[:1].upper() + subject[1:]}: luku on vuosilta "
                      + ", ".join(o["label"] for o in reversed(options)) + ".", options=options,
                      interpretation=self._interp(q, [], None, None), _query=q)

    def _by_direction(self, q: Query, keys: list[str]) -> list[str]:
        if q.direction:
            sect = "toimintakulut" if q.direction == "kulut" else "toimintatuotot"
            picked = [k for k in keys if self.measures[k][2] == sect]
            if len(picked) == 1:
                return picked
        return keys

    def _best(self, facts: list[dict]) -> list[dict]:
        """Distinct figures, newest report first; identical figures from one report once."""
        facts = sorted(facts, key=lambda f: (-(f["report_rank"] or 0), f["kind"] != "tuloslaskelma", f["line"] or 0))
        out, seen = [], set()
        for f in facts:
            key = (f["report"], round(f["value"], 4))
            if key in seen or any(round(o["value"], 4) == round(f["value"], 4) and o["report"] == f["report"] for o in out):
                continue
            seen.add(key)
            if any(o["report"] != f["report"] and round(o["value"], 4) == round(f["value"], 4) for o in out):
                continue
            out.append(f)
        return out

    def _answer_dict(self, f: dict) -> dict:
        label = " · ".join(x for x in (f["org"] or f.get("area") or "", f["measure"], fmt.period(f["basis"], f["year"], f["months"])) if x)
        return {
            "value": int(f["value"]) if f["unit"] == "EUR" and float(f["value"]).is_integer() else f["value"],
            "unit": f["unit"], "scale": f["scale"], "display": fmt.figure(f["value"], f["unit"], f["scale"]),
            "label": label, "org": f["org"] or f.get("area"), "measure": f["measure"], "year": f["year"],
            "basis": f["basis"], "months": f["months"], "verified": bool(f["verified"]),
            "check": f.get("check_note"),
            "source": {"report": f["report"], "title": f["report_title"], "date": f["report_date"],
                       "table": f.get("table_title") or ("Tunnusluvut" if f["kind"] == "tunnusluku" else ""),
                       "line": f["line"], "quote": (f["quote"] or "")[:400], "column": f.get("column_label")},
        }

    def _source_text(self, f: dict) -> str:
        date = f" ({f['report_date']})" if f.get("report_date") else ""
        table = f", taulukko \"{f['table_title']}\"" if f.get("table_title") else ""
        return (f"Lähde: {f['report_title']}{date}{table}, rivi {f['line']} ({f['report']}), "
                f"sarake {f.get('column_label')}: «{(f['quote'] or '')[:200]}»")

    def _text_for(self, primary: dict, facts: list[dict], beside: list[dict]) -> str:
        lines = [f"{primary['org'] or primary.get('area') or ''}: {primary['measure']}, "
                 f"{fmt.period(primary['basis'], primary['year'], primary['months'])}: "
                 f"{fmt.figure(primary['value'], primary['unit'], primary['scale'])}"]
        if primary["basis"] == "deviation":
            v = primary["value"]
            lines.append("Poikkeama = talousarvio − toteuma, etumerkki kuten raportissa.")
        if beside:
            b = self._best(beside)[0]
            lines.append(f"Koko vuoden toteumaa ei vielä ole; talousarvio {b['year']}: {fmt.figure(b['value'], b['unit'], b['scale'])}.")
        if primary["scale"] == 1000:
            lines.append("Luku on raportissa tuhansina euroina, joten se ei ole euron tarkkuinen.")
        if not primary["verified"]:
            lines.append(f"Huom: {primary.get('check_note') or 'lukua ei voitu ristiintarkistaa'}.")
        if primary.get("org") and re.search(r"2024", str(primary["year"])) and "2025" in (primary["report_title"] or "") \
                and primary["basis"] == "actual":
            lines.append("Vuoden 2024 vertailutiedot on organisaatiouudistuksen vuoksi yhdistelty teknisesti.")
        lines.append(self._source_text(primary))
        for other in facts[1:]:
            if primary["basis"] == "budget":
                # a budget amended during the year: the newest report has the latest version
                lines.append(f"Talousarvio muuttui vuoden aikana: {other['report_title']} (sarake {other.get('column_label')}, "
                             f"rivi {other['line']}) {fmt.figure(other['value'], other['unit'], other['scale'])}; "
                             f"uusin on {fmt.figure(primary['value'], primary['unit'], primary['scale'])} ({primary['report_title']}).")
            else:
                lines.append(f"Toisessa raportissa sama luku on {fmt.figure(other['value'], other['unit'], other['scale'])} "
                             f"({other['report_title']}, rivi {other['line']}); uudempi raportti on ensin.")
        return "\n".join(lines)

    def _interp(self, q: Query, org_keys, measure_key, year, fact: dict | None = None) -> dict:
        org = fact["org"] if fact else (", ".join(self.orgs[k][0] for k in org_keys) if org_keys else "?")
        measure = fact["measure"] if fact else (self.measures[measure_key][0] if measure_key in self.measures else "?")
        per = fmt.period(fact["basis"], fact["year"], fact["months"]) if fact else fmt.period(q.basis or "actual", year, q.months)
        return {"line": f"Tulkitsin: {org} · {measure} · {per}", "org": org, "measure": measure,
                "year": year, "years": q.years, "basis": fact["basis"] if fact else q.basis, "months": q.months,
                "read_from": q.read_from}

    def _clarify_org(self, q, by_org: dict, measure_key, year) -> dict:
        items = sorted(by_org.items(), key=lambda kv: -abs(kv[1][0]["value"]))[:6]
        options = []
        for key, fs in items:
            name = fs[0]["org"]
            qtext = f"{name} {self.measures[measure_key][0].lower()} {fmt.period(fs[0]['basis'], year, fs[0]['months'])}"
            options.append({"label": name, "question": qtext})
        text = (f"{self.measures[measure_key][0]} {year}: minkä yksikön? " + "; ".join(o["label"] for o in options))
        return _reply("clarify", text, options=options, interpretation=self._interp(q, list(by_org), measure_key, year))

    def _clarify_measure(self, q, keys, org_keys) -> dict:
        options = []
        org = self.orgs[org_keys[0]][0] if org_keys else ""
        for k in keys[:6]:
            name = self.measures[k][0]
            options.append({"label": name, "question": f"{org} {name.lower()} {' '.join(map(str, q.years))}".strip()})
        return _reply("clarify", "Tarkoititko: " + " vai ".join(o["label"] for o in options) + "?", options=options,
                      interpretation=self._interp(q, org_keys, None, q.years[0] if q.years else None))

    def _key_lines(self, q: Query, org_keys) -> dict:
        if not org_keys:
            return self._text(q, [])
        if not q.years and len(org_keys) == 1:
            facts = [f for f in self.facts if f["org_key"] == org_keys[0] and f["measure_key"] == "toimintakate"
                     and f["basis"] == (q.basis or "actual")]
            r = self._clarify_year(q, facts, self.orgs[org_keys[0]][0])
            if r:
                return r
        if len(org_keys) > 1:
            options = [{"label": self.orgs[k][0], "question": f"{self.orgs[k][0]} toimintakate {' '.join(map(str, q.years))}".strip()}
                       for k in org_keys[:6]]
            return _reply("clarify", "Minkä yksikön luvut? " + "; ".join(o["label"] for o in options), options=options)
        answers, lines, first = [], [], None
        for mk in KEY_LINES:
            sub = dict(q.__dict__)
            qq = Query(**sub)
            qq.basis = q.basis
            r = self._financial(qq, [(1, org_keys[0], set())], [(1, mk, set())]) if mk in self.measures else None
            if r and r["status"] == "answer":
                answers += r["answers"][:1]
                lines.append(r["text"].split("\n")[0])
                first = first or r
        if not answers:
            return _reply("not_found", f"{self.orgs[org_keys[0]][0]}: ei lukuja tälle kaudelle. {self._year_note([])}")
        a = answers[-1]
        text = "\n".join(lines) + "\n" + f"Lähde: {a['source']['title']}, rivi {a['source']['line']} ({a['source']['report']})"
        return _reply("answer", text, answers=[answers[-1]] + answers[:-1], headline=answers[-1]["display"],
                      interpretation={"line": f"Tulkitsin: {self.orgs[org_keys[0]][0]} · pääluvut · "
                                              f"{' '.join(map(str, q.years)) or 'uusin'}"},
                      _query=q, _orgs=org_keys, _measure=None)

    def _series(self, q: Query, org_keys, measure_key) -> dict:
        if measure_key is None:
            measure_key = "toimintakate"
        a, b = q.year_range
        basis = q.basis or "actual"
        points, answers = [], []
        for year in range(a, b + 1):
            fs = [f for f in self.facts if f["measure_key"] == measure_key and f["year"] == year and f["basis"] == basis
                  and (not org_keys or f["org_key"] in org_keys) and f["kind"] != "tunnusluku"]
            full = [f for f in fs if f["months"] == 12] or fs
            if len({f["org_key"] for f in full}) > 1:
                full = [f for f in full if f["org_key"] == full[0]["org_key"]]
            best = self._best(full)
            if best:
                f = best[0]
                points.append({"x": str(year) if f["months"] == 12 else f"1–{f['months']}/{year}", "y": f["value"]})
                answers.append(self._answer_dict(f))
        if not answers:
            return _reply("not_found", f"Vuosille {a}–{b} ei löytynyt lukuja. {self._year_note([])}")
        name = answers[0]["org"]
        lines = [f"{name}: {answers[0]['measure']} {a}–{b}"]
        for ans in answers:
            lines.append(f"  {ans['label'].split(' · ')[-1]}: {ans['display']} (rivi {ans['source']['line']}, {ans['source']['report']})")
        if len(answers) >= 2 and answers[0]["unit"] == answers[-1]["unit"] == "EUR":
            diff = answers[-1]["value"] - answers[0]["value"]
            pct = f" ({fmt.number(diff / abs(answers[0]['value']) * 100, 1)} %)" if answers[0]["value"] else ""
            lines.append(f"Muutos {points[0]['x']} → {points[-1]['x']}: {fmt.figure(diff, 'EUR')}{pct} (laskettu raportin luvuista).")
        if len(answers) < b - a + 1:
            lines.append("Puuttuvia vuosia ei ole raporteissa.")
        lines.append("Huom: organisaatio muuttui 2025; vuosien luvut eivät ole suoraan vertailukelpoisia.")
        chart = {"type": "line", "title": f"{name}: {answers[0]['measure']}", "unit": answers[0]["unit"],
                 "series": [{"name": name, "points": points}],
                 "caption": "Lähde: " + "; ".join(sorted({a_['source']['title'] for a_ in answers}))}
        return _reply("answer", "\n".join(lines), answers=answers, chart=chart, headline=answers[-1]["display"],
                      interpretation={"line": f"Tulkitsin: {name} · {answers[0]['measure']} · {fmt.BASIS_FI.get(basis, basis)} {a}–{b}",
                                      "operation": "series"}, _query=q, _orgs=org_keys, _measure=measure_key)

    def _compare_years(self, q, org_keys, measure_key, years) -> dict:
        answers = []
        for y in sorted(years):
            qq = Query(**dict(q.__dict__))
            qq.years = [y]
            r = self._financial(qq, [(1, k, set()) for k in org_keys], [(1, measure_key, set())])
            if r["status"] != "answer":
                return r
            answers.append(r["answers"][0])
        a0, a1 = answers[0], answers[-1]
        diff = a1["value"] - a0["value"]
        pct = (diff / abs(a0["value"]) * 100) if a0["value"] else None
        text = "\n".join([f"{a['label']}: {a['display']}" for a in answers] +
                         [f"Muutos {a0['year']}→{a1['year']}: {fmt.figure(diff, a0['unit'])}" +
                          (f" ({fmt.number(pct, 1)} %)" if pct is not None else "")])
        chart = {"type": "bar", "title": a0["measure"], "unit": a0["unit"],
                 "series": [{"name": a0["org"], "points": [{"x": str(a["year"]), "y": a["value"]} for a in answers]}],
                 "caption": "Lähde: " + "; ".join(sorted({a['source']['title'] for a in answers}))}
        return _reply("answer", text, answers=answers, chart=chart, headline=answers[0]["display"],
                      interpretation={"line": f"Tulkitsin: {a0['org']} · {a0['measure']} · vertailu {' ja '.join(map(str, sorted(years)))}",
                                      "operation": "compare"}, _query=q, _orgs=org_keys, _measure=measure_key)

    # --- key indicators, projects, goals, text -------------------------------------------------
    def _kpi(self, q: Query, kpis, toks) -> dict:
        top = kpis[0][0] + kpis[0][1]
        keys = [k for m, c, k, _ in kpis if m + c >= top - 1e-6]
        names = {}
        for k in keys:
            names[k] = self.kpis[k][0]
        facts = [f for f in self.facts if f["kind"] == "tunnusluku" and f["measure_key"] in keys]
        # area (hyte/opkou/vaka/vire) from the question
        areas = {f["area"] for f in facts if f["area"]}
        if areas:
            picked = set()
            for a in areas:
                words = self.org_syn.get(fold(a.replace("/", "")), [fold(a)])
                m, cov, _ = match_entry(toks, words)
                if cov >= 0.99 or any(word_matches(t, fold(a.replace('/', '')), fuzzy=False) for t in toks):
                    picked.add(a)
            if picked:
                facts = [f for f in facts if f["area"] in picked]
        if q.years:
            facts = [f for f in facts if f["year"] in q.years]
        if not facts:
            return _reply("not_found", f"Tunnusluvulle {names[keys[0]]} ei ole arvoa vuodelle {', '.join(map(str, q.years))}.")
        basis = q.basis if q.basis in ("target", "forecast", "budget") else "actual"
        chosen = [f for f in facts if f["basis"] == basis] or ([f for f in facts if f["basis"] == "forecast"] if basis == "actual" else [])
        if not chosen:
            return _reply("not_found", "Tunnusluvulle ei ole tätä arvoa (toteuma/tavoite/ennuste) raporteissa.")
        if not q.years:
            r = self._clarify_year(q, chosen, names[keys[0]])
            if r:
                return r
        distinct = {(f["measure_key"], f["area"]) for f in chosen}
        if len(distinct) > 1:
            options = []
            for mk, area in sorted(distinct, key=lambda x: (x[0], x[1] or ""))[:6]:
                label = f"{names[mk]} – {area}" if area else names[mk]
                options.append({"label": label, "question": f"{label} {chosen[0]['year']}"})
            return _reply("clarify", "Tarkoititko: " + "; ".join(o["label"] for o in options), options=options)
        facts = self._best(chosen)
        ans = [self._answer_dict(f) for f in facts]
        p = facts[0]
        text = (f"{p['measure']}{' (' + p['area'] + ')' if p['area'] else ''}, {fmt.period(p['basis'], p['year'], None)}: "
                f"{ans[0]['display']}\n{self._source_text(p)}")
        return _reply("answer", text, answers=ans, headline=ans[0]["display"],
                      interpretation={"line": f"Tulkitsin: tunnusluku {p['measure']} · {fmt.period(p['basis'], p['year'], None)}"},
                      _query=q)

    def _projects(self, q: Query, toks) -> dict:
        low = fold(q.text)
        projects = self.projects_
        if re.search(r"tilinpaatos", low):
            projects = [p for p in projects if self.reports_[p["report"]]["kind"] == "tilinpäätös"
                        and (not q.years or self.reports_[p["report"]]["year"] in q.years)]
        elif q.years and not q.year_range:
            # 'hankkeisiin 2024': the project table of that year's report
            projects = [p for p in projects if self.reports_[p["report"]]["year"] in q.years] or projects
        named = []
        content = [t for t in toks if not t[0].startswith("hank") and not t[0].startswith("kokonais")]
        for p in projects:
            if p["name"] == "Yhteensä":
                continue
            words = entry_words(re.sub(r"\(.*?\)", "", p["name"]))
            m, cov, _ = match_entry(content, words)
            if m and cov >= 0.6:
                named.append((cov, p))
        if named:
            top = max(c for c, _ in named)
            named = [p for c, p in named if c >= top - 1e-6]
            if q.year_range:   # 'tukeminen 2024–2025 -hanke': the project's own period
                span = {f"{q.year_range[0]}–{q.year_range[1]}", f"{q.year_range[0]}-{q.year_range[1]}"}
                named = [p for p in named if (p["period"] or "") in span] or named
            elif q.years:
                years = {str(y) for y in q.years}
                narrowed = [p for p in named if p["period"] and (p["period"].replace("–", "-") in years or
                            any(y in (p["period"] or "") for y in years) and "-" not in (p["period"] or "").replace("–", "-"))]
                exact = [p for p in named if (p["period"] or "") in years]
                with_year = [p for p in named if any(y in (p["period"] or "") + p["name"] for y in years)]
                named = exact or narrowed or with_year or named
            periods = {p["period"] for p in named}
            if len(periods) > 1:
                by_period = {p["period"]: p for p in sorted(named, key=lambda p: p["report_rank"]) if p["period"]}
                options = [{"label": self._project_name(p), "question": f"{re.sub(r'[(].*?[)]', '', p['name']).strip()} {per} hankkeen kokonaisrahoitus"}
                           for per, p in sorted(by_period.items())]
                return _reply("clarify", "Samanniminen hanke useammalta kaudelta: " + "; ".join(o["label"] for o in options),
                              options=options)
            chosen = sorted(named, key=lambda p: -p["report_rank"])
        else:
            totals = [p for p in projects if p["name"] == "Yhteensä" and p["total"]]
            if not totals:
                return _reply("not_found", "En löytänyt hanketta kysymyksen perusteella.")
            chosen = sorted(totals, key=lambda p: -p["report_rank"])
        p = chosen[0]
        if p["total"] is None:
            return _reply("not_found", "Hankkeen kokonaisrahoitusta ei ole raportissa.")
        ans = {"value": p["total"], "unit": "EUR", "display": fmt.figure(p["total"], "EUR"), "label": f"{p['name']} · kokonaisrahoitus",
               "org": None, "measure": "Hankkeen kokonaisrahoitus", "year": None, "basis": "actual", "months": None,
               "source": {"report": p["report"], "title": p["report_title"], "date": p["report_date"], "table": "Hankkeet",
                          "line": p["line"], "quote": (p["quote"] or "")[:400]}}
        others = [c for c in chosen[1:] if c["total"] != p["total"]]
        funder = p["funder"] or ""
        if len(funder) > 40:   # a 'kuvaus ja rahoittaja' column: only the funder's name
            m = re.search(r"[Rr]ahoittaja:?\s*([^.;]+)", funder)
            funder = m.group(1).strip() if m else ""
        text = (f"{self._project_name(p)}: kokonaisrahoitus {ans['display']}"
                f"{', rahoittaja ' + funder if funder else ''}\nLähde: {p['report_title']}, Hankkeet, rivi {p['line']} ({p['report']})")
        for o in others:
            text += f"\nToisessa raportissa: {fmt.figure(o['total'], 'EUR')} ({o['report_title']}, rivi {o['line']})"
        return _reply("answer", text, answers=[ans], headline=ans["display"],
                      interpretation={"line": f"Tulkitsin: hanke {p['name']} · kokonaisrahoitus"})

    @staticmethod
    def _project_name(p: dict) -> str:
        if p["period"] and p["period"] not in p["name"]:
            return f"{p['name']} ({p['period']})"
        return p["name"]

    def _goals(self, q: Query):
        low = fold(q.text)
        status = "Toteutuu osittain" if "osittain" in low else ("Ei toteudu" if re.search(r"\b(ei|eivat|eika)\s+(\w+\s+)?toteut", low) else
                 ("Ei tietoa" if "ei tietoa" in low else ("Toteutuu" if "toteut" in low else None)))
        if not status:
            return None
        gs = [g for g in self.goals_ if g["status"] == status and (not q.years or g["report_year"] in q.years)]
        if not gs:
            pool = [g for g in self.goals_ if not q.years or g["report_year"] in q.years]
            counts = {}
            for g in pool:
                counts[g["status"]] = counts.get(g["status"], 0) + 1
            have = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
            return _reply("not_found", f"Yhtään tavoitetta tilassa '{status}' ei ole raporteissa"
                          f"{' vuodelta ' + ', '.join(map(str, q.years)) if q.years else ''}."
                          + (f" Tavoitteiden tilat: {have}." if have else ""))
        newest = max(g["report_rank"] for g in gs)
        gs = [g for g in gs if g["report_rank"] == newest]
        lines = [f"Tavoitteet, tila '{status}' ({gs[0]['report_title']}): {len(gs)} kpl"]
        for g in gs[:10]:
            lines.append(f"• {g['text'][:160]} (rivi {g['line']})")
        if len(gs) > 10:
            lines.append(f"… ja {len(gs) - 10} muuta.")
        return _reply("answer", "\n".join(lines), answers=[], interpretation={"line": f"Tulkitsin: tavoitteet · {status}",
                                                                            "operation": "list"})

    def _text(self, q: Query, toks) -> dict:
        from .textsearch import answer_from_text
        return answer_from_text(self, q, toks)
