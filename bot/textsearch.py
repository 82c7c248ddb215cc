"""Figures from the reports' running text, and the full-text fallback.

Questions like "montako oppilasta perusopetuksessa oli vuoden 2025 lopussa?" or "aktivointiaste
helmikuussa 2025" are answered from goal and status texts. The rules are strict, because a number
taken from prose has no arithmetic to check it:

* every topic word of the question must stand in the sentence that holds the number, or in its
  context (the same table row, or the lines just above it in PDF text), and at least half of them
  in the sentence itself;
* time must fit: the year (named in the sentence, or the report's own year when the sentence names
  none), a month ("helmikuussa" → the number right after that month word), a date ("31.12.2024",
  "vuoden lopussa"), or the whole year ("koko vuonna");
* within the sentence exactly one number may be left (percent or count as the question asks,
  no years or dates); several left → no figure from that sentence;
* different figures from equally good sentences → ask back (which year / which unit), never pick.

Otherwise the reply is the nearest passage with its source, without a figure.
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass

from data import numbers, store
from data.lemmas import fold, lemma_text
from nlp.parse import MONTH_WORDS, _stem_match

from . import format as fmt

GENERIC = {"paljon", "paljonko", "kuinka", "montako", "moni", "monta", "moniko", "vuosi", "olla", "mika", "mita",
           "heinola", "kaupunki", "tehda", "koko", "aika", "loppu", "alku", "kuukausi", "kuu", "raportti", "kertoa"}
MONTHS = tuple(fold(w) for w, _ in sorted(MONTH_WORDS.items(), key=lambda kv: kv[1]))
MONTH_RE = re.compile(r"(?<![a-z])(" + "|".join(MONTHS) + r")kuu")
WHOLE_YEAR_RE = re.compile(r"koko vuo|vuoden aikana|vuoden \d{4} aikana|koko toimintakau|vuositasolla|vuonna \d{4} yhteensa")
YEAR_END_RE = re.compile(r"vuoden(?: \d{4})? (?:lopussa|lopulla|loppuun)|vuodenvaihteessa")
DATE_RE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d{2})?(?:\s*[-–]\s*\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d{2})?)?")
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
CONTEXT_LINES = 20
CHANGE_RE = re.compile(r"\b(laski|laskenut|laskivat|nousi|noussut|kasvoi|kasvanut|lisaantyi|lisaantynyt|vahentyi|"
                       r"vahentynyt|parani|parantunut|heikkeni|muutos|muuttui|enemman|vahemman|suurempi|pienempi)\b")
DESCRIPTIVE_RE = re.compile(r"^(mita|miten|miksi|millainen|millaisia|kerro|kuvaile|mika on tilanne)\b|\b(tapahtui|tehtiin|kerrotaan)\b")
FIGURE_RE = re.compile(r"paljon|kuinka|montako|moni|maara|luku|summa|%|prosent|aste|osuus|euro|maksoi|maksaa|kustan")
VERBS = {"tapahtua", "tapahtui", "tehda", "tehtiin", "kertoa", "kerrotaan", "olla", "menna", "meni", "sujua", "sujui"}


def _reply(status, text, **kw):
    from .engine import _reply as r
    return r(status, text, **kw)


@dataclass
class Term:
    surface: str
    alts: list[tuple[str, ...]]      # any alternative; every word of it must occur


@dataclass
class Num:
    value: float
    printed: str
    start: int
    is_pct: bool
    label: str                       # the text between the previous number and this one
    after: str
    own: str = ""                    # the words that belong to this number alone (see _own_texts)


@dataclass
class Candidate:
    nums: list[Num]                  # one number: a figure; several: the sentence holds several
    sentence: str
    passage: dict
    year: int | None
    in_sentence: frozenset
    time: int = 0                    # 3 the date, 2 the month, 1 the year named by the sentence, 0 implied
    in_context: bool = True          # every question word in the sentence or its context

    @property
    def value(self):
        return self.nums[0].value if len(self.nums) == 1 else None


# --- words ---------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=20000)
def _words(text: str) -> frozenset:
    low = fold(text)
    out = set(re.findall(r"[a-z]+", low))
    out.update(fold(lemma_text(text)).split())
    return frozenset(w for w in out if len(w) > 1)


def _variant(a: str, b: str) -> bool:
    """Two forms of one compound: 'konsultaatiokaynti' / 'konsultointikaynti' (same start, same last part)."""
    if min(len(a), len(b)) < 12 or abs(len(a) - len(b)) > 3:
        return False
    pre = len(os.path.commonprefix([a, b]))
    suf = len(os.path.commonprefix([a[::-1], b[::-1]]))
    return pre >= 6 and suf >= 5 and pre + suf >= max(len(a), len(b)) - 5


def _has(word: str, words: frozenset) -> bool:
    if word in words:
        return True
    if len(word) < 4:
        return False
    return any(len(w) > 3 and (_stem_match(w, word) or _variant(w, word)) for w in words)


def _quality(word: str, words: frozenset) -> float:
    """1 the word itself, 0.9 an inflected form, 0.7 a variant, 0.5 inside another compound
    ('opiskelija' in 'aineopiskelija')."""
    if word in words:
        return 1.0
    best = 0.0
    for w in words:
        if len(w) > 3 and _stem_match(w, word):
            inflected = w[:max(4, len(word) - 2)] == word[:max(4, len(word) - 2)] and len(w) - len(word) <= 5
            best = max(best, 0.9 if inflected else 0.5)
        elif _variant(w, word):
            best = max(best, 0.7)
    return best


def _term_in(term: Term, words: frozenset) -> bool:
    return any(all(_has(w, words) for w in alt) for alt in term.alts)


def _is_temporal(surface: str, lem) -> bool:
    return bool(MONTH_RE.match(surface) or any(MONTH_RE.match(l) for l in lem)) or surface in ("lopussa", "alussa", "aikana")


def question_terms(engine, q) -> list[Term]:
    out = []
    for surface, lem in q.content:
        if surface in GENERIC or lem[0] in GENERIC or _is_temporal(surface, lem) or len(surface) < 3:
            continue
        if engine.pipeline.basis_words.get(surface) or engine.pipeline.basis_words.get(lem[0]):
            continue
        if "-" in surface:
            alts = [tuple(p for p in surface.split("-") if len(p) > 1), (surface.replace("-", ""),)]
        else:
            alts = [(surface,)] + [(l,) for l in lem]
        key = engine._synonym_key(surface, lem, engine.org_syn)
        if key:
            alts += [(key,), tuple(engine.org_syn[key])]
        out.append(Term(surface, alts))
    return out


# --- passages and their context -------------------------------------------------------------------

def _passages(engine) -> dict:
    cache = getattr(engine, "_passage_cache", None)
    if cache and cache[0] == engine._stamp:
        return cache[1]
    by_report: dict[str, list[dict]] = {}
    for row in engine.conn.execute("SELECT id, report, heading, text, line_start, line_end FROM passages ORDER BY report, line_start, id"):
        by_report.setdefault(row["report"], []).append(dict(row))
    engine._passage_cache = (engine._stamp, by_report)
    return by_report


def _context(engine, p: dict) -> list[dict]:
    """The same table row when the passage is a cell of one; else the passages just above it."""
    rows = _passages(engine).get(p["report"], [])
    same_line = [o for o in rows if o["line_start"] == p["line_start"] and o["id"] != p["id"]]
    if same_line:
        return same_line
    above = [o for o in rows if p["line_start"] - CONTEXT_LINES <= o["line_start"] < p["line_start"]]
    return above[::-1]


def _org_label(engine, texts: list[str]) -> str | None:
    """The unit a passage speaks of: 'VAKA:' or 'varhaiskasvatuksessa' in it or just before it."""
    for t in texts:
        low = fold(t)
        for key, name in engine.pipeline.synonyms.get("org", {}).items():
            key = fold(key)
            if len(key) >= 4 and re.search(r"(?<![a-z])" + re.escape(key) + r"(?![a-z])", low):
                return name.capitalize() + f" ({key.upper()})"
    names = sorted({fold(n.split()[0]): n for n, _ in engine.orgs.values() if len(n.split()[0]) >= 10}.items())
    for t in texts:
        low = fold(t)
        for first, name in names:
            if re.search(r"(?<![a-z])" + re.escape(first[:-2]), low):
                return name
    return None


# --- numbers in a sentence ---------------------------------------------------------------------------

def _numbers(sent: str) -> list[Num]:
    masked = DATE_RE.sub(lambda m: " " * len(m.group(0)), sent)
    masked = re.sub(r"(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)", lambda m: " " * len(m.group(0)), masked)
    out, prev = [], 0
    for value, printed, start, end in numbers.iter_numbers_in_text(masked):
        if start and (sent[start - 1].isalpha() or sent[start - 1] in "/-"):
            continue          # 'm2', 'CO2', '/2' – part of a word, not a figure
        if re.match(r"\.\s+[a-zåäö]", sent[end:end + 3]):
            continue          # '2. asteen': an ordinal
        if re.fullmatch(r"(?:19|20)\d{2}", printed.strip()):
            continue          # a year: not a figure, and part of the next number's label
        after = sent[end:end + 16]
        out.append(Num(value, printed, start, bool(re.match(r"\s*(%|prosent)", after)), fold(sent[prev:start]), fold(after)))
        out[-1].end = end
        prev = end
    _own_texts(sent, out)
    return out


SEPARATOR = re.compile(r",|;|\bja\b|\bsekä\b|\beli\b|\bkun\b")


def _own_texts(sent: str, nums: list[Num]) -> None:
    """Split the words between numbers at separators (',', 'ja', 'eli' …): the part before the
    separator belongs to the number before, the part after it to the number after.
    'oli vapaana 1,69 % kaikista varhaiskasvatuspaikoista ja 4,76 % kaikista esiopetuspaikoista' →
    'kaikista varhaiskasvatuspaikoista' / 'kaikista esiopetuspaikoista'. 'Hyvinvointi-indeksi: 142,3':
    the words before a colon label the number after it. The words before the first number are
    shared by all, unless a separator marks them as the first number's own."""
    for i, n in enumerate(nums):
        before = sent[nums[i - 1].end:n.start] if i else sent[:n.start]
        parts = SEPARATOR.split(before)
        head = parts[-1]
        if ":" in head:
            pre, post = head.rsplit(":", 1)
            head = post if re.search(r"[^\W\d]", post) else re.split(r"[:.]", pre)[-1]
        elif not i and len(parts) == 1:
            head = ""
        after = sent[n.end:nums[i + 1].start] if i + 1 < len(nums) else sent[n.end:]
        m = re.search(r",|;|:|\bja\b|\bsekä\b|\beli\b|\bkun\b|\.", after)
        tail = "" if m and after[m.start()] == ":" else (after[:m.start()] if m else after)
        n.own = head + " " + " ".join(tail.split()[:6])


def _sentence_years(sent: str) -> set[int]:
    return {int(y) for y in YEAR_RE.findall(sent)}


# --- the search --------------------------------------------------------------------------------------

def _query_shape(q) -> dict:
    low = fold(q.text)
    month = None
    for m in MONTH_RE.finditer(low):
        tail = low[m.end():m.end() + 12]
        if re.match(r"\w*\s*[-–]", tail) or re.match(r"n\s+(loppuun|lopussa)", tail) or low[max(0, m.start() - 2):m.start()].strip() in ("-", "–"):
            continue   # 'tammi–syyskuu', 'syyskuun loppuun' are periods, not a month's own figure
        month = MONTHS.index(m.group(1)) + 1
        break
    date = q.date
    if YEAR_END_RE.search(low) and q.years:
        date = (31, 12, q.years[0])
    count = re.search(r"\b(montako|kuinka monta|kuinka moni|moniko|lukumaara)\b(?!\s+(prosent|euro|%))", low)
    count_noun = None
    m = re.search(r"\b(?:montako|kuinka monta|moniko)\s+(\w+)", low)
    if m:
        count_noun = m.group(1)
    return {"change": bool(CHANGE_RE.search(low)), "month": month, "date": date, "whole_year": bool(WHOLE_YEAR_RE.search(low)), "count": bool(count),
            "count_noun": count_noun, "pct": bool(re.search(r"%|prosent|aste\b|asteen|asteet|osuus|osuu", low)),
            "years": list(q.years)}


def _pick_numbers(sent: str, nums: list[Num], shape: dict, report: dict, matched_words: list[str],
                  passage_text: str = "") -> tuple[list[Num], int]:
    """(the numbers that fit the question — one is a figure, several are not —, how exactly the time fits)."""
    low = fold(sent)
    if not shape["change"]:
        # 'laskenut vuoden takaisesta 3,4 prosenttia' is a change, not the level asked for
        nums = [n for n in nums if not CHANGE_RE.search(n.label[-40:] + " " + n.own)]
    if shape["count"]:
        nums = [n for n in nums if not n.is_pct]
    elif shape["pct"]:
        nums = [n for n in nums if n.is_pct]
    else:
        nums = [n for n in nums if not n.is_pct] or nums
    if not nums:
        return [], 0
    strong = 0
    month = shape["month"]
    labelled = [n for n in nums if MONTH_RE.search(n.label)]
    if month:
        word = MONTHS[month - 1] + "kuu"
        named = [n for n in nums if word in n.label]
        dated = {int(x) for x in re.findall(r"(?<![\d.])\d{1,2}\.(\d{1,2})\.", sent)}
        if named:
            nums, strong = named, 2
        elif month in dated and not labelled:
            strong = 2              # '20.12.2025 vapaana 4,76 %' for 'joulukuussa'
        elif labelled:
            return [], 0
        else:
            # no month for these numbers: fits when the report's period ends in that month and the
            # text around speaks of no other month ('helmikuussa 20,2 %' next door → not March's figure)
            others = {MONTHS.index(m) + 1 for m in MONTH_RE.findall(fold(passage_text))} - {month}
            if report.get("months") != month or others:
                return [], 0
    else:
        nums = [n for n in nums if n not in labelled]
    if shape["whole_year"]:
        whole = [n for n in nums if WHOLE_YEAR_RE.search(n.label)]
        if whole:
            nums, strong = whole, 2
    date = shape["date"]
    if date:
        d, m, _ = date
        dates = [tuple(map(int, x.split(".")[:2])) for x in re.findall(r"(?<![\d.])\d{1,2}\.\d{1,2}\.", sent)]
        if (d, m) in dates:
            strong = 3
        elif dates:
            return [], 0
    if len(nums) > 1:
        # the one number whose own words say most of the question; a tie leaves them all (no figure)
        scored = sorted(((sum(_quality(w, _words(n.own)) for w in matched_words), i) for i, n in enumerate(nums)), reverse=True)
        if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
            nums = [nums[scored[0][1]]]
    if len({round(n.value, 6) for n in nums}) == 1:
        nums = nums[:1]
    return nums, strong


def _search(engine, terms: list[Term], limit: int) -> list[dict]:
    """Passages holding any of the question's words (FTS5 prefix query on the lemmatised text)."""
    prefixes = sorted({re.sub(r"[^a-z0-9]", "", w)[:6] for t in terms for alt in t.alts for w in alt if len(w) >= 3} - {""})
    if not prefixes:
        return []
    return store.search_passages(engine.conn, " OR ".join(f'"{p}"*' for p in prefixes), limit=limit)


def find_candidates(engine, q, terms: list[Term], shape: dict) -> list[Candidate]:
    """Every sentence number that fits the question. `in_context` tells whether the words missing from
    the sentence stand in its context; the others only serve to spot the same figure in other years."""
    hits = _search(engine, terms, 300)
    need_in_sentence = max(1, (len(terms) + 1) // 2)
    out = []
    for h in hits:
        report = engine.reports_.get(h["report"], {})
        context_words = None
        for sent in SENTENCE_SPLIT.split(h["text"]):
            if not re.search(r"\d", sent):
                continue
            words = _words(sent)
            in_s = frozenset(i for i, t in enumerate(terms) if _term_in(t, words))
            if len(in_s) < need_in_sentence:
                continue
            in_context = True
            if len(in_s) < len(terms):
                if context_words is None:
                    context_words = _words(h["heading"] + " " + h["text"] + " " + " ".join(o["text"] for o in _context(engine, h)))
                in_context = all(_term_in(t, context_words) for i, t in enumerate(terms) if i not in in_s)
            nums = _numbers(sent)
            if not nums:
                continue
            matched = [a for i in in_s for alt in terms[i].alts for a in alt]
            nums, time = _pick_numbers(sent, nums, shape, report, matched, h["text"])
            if not nums:
                continue
            # the year a number belongs to: the nearest year named before it, else after it, else the report's
            before = YEAR_RE.findall(sent[:nums[0].start])
            after = YEAR_RE.findall(sent[nums[0].start:])
            named = int(before[-1]) if before else (int(after[0]) if after else None)
            year = named or report.get("year")
            if shape["years"] and year not in shape["years"]:
                continue
            if named and shape["years"]:
                time = max(time, 1)
            out.append(Candidate(nums, sent.strip(), h, year, in_s, time, in_context))
    return out


def answer_from_text(engine, q, toks) -> dict:
    if engine.conn is None:
        return _reply("not_found", "Tietokantaa ei ole.", _query=None)
    terms = question_terms(engine, q)
    if not terms:
        return _reply("not_found", "En tunnistanut kysymyksestä yksikköä, lukua enkä aihetta. "
                      "Kysy esimerkiksi: varhaiskasvatuksen toimintakate 2025.", _query=None)
    shape = _query_shape(q)
    if DESCRIPTIVE_RE.search(fold(q.text)) and not FIGURE_RE.search(fold(q.text)):
        return _passage_answer(engine, terms, q)
    found = find_candidates(engine, q, terms, shape)
    cands = [c for c in found if c.in_context]
    if not cands:
        return _nearest(engine, terms, q)
    # the sentence that says most of the question itself; then the one that names the time asked
    best_cov = max(len(c.in_sentence) for c in cands)
    cands = [c for c in cands if len(c.in_sentence) == best_cov]
    best_time = max(c.time for c in cands)
    cands = [c for c in cands if c.time == best_time]
    cands.sort(key=lambda c: -(engine.reports_.get(c.passage["report"], {}).get("rank") or 0))
    values = {round(c.value, 6) if c.value is not None else ("several", c.sentence) for c in cands}
    if not shape["years"]:
        # the same words and time in another year's report: which year?
        rivals = [r for r in found if r.in_sentence >= cands[0].in_sentence and r.year != cands[0].year]
        years = sorted({c.year for c in cands + rivals if c.year})
        if len(years) > 1:
            options = [{"label": str(y), "question": f"{q.text.rstrip('?')} {y}"} for y in years[-6:]]
            return _reply("clarify", "Luku on raporteissa useammalta vuodelta. Minkä vuoden? " +
                          "; ".join(o["label"] for o in options), options=options, _query=None)
    if len(values) > 1 or cands[0].value is None:
        return _clarify_between(engine, q, cands)
    c = cands[0]
    return _answer(engine, q, c, cands[1:])


def _clarify_between(engine, q, cands: list[Candidate]) -> dict:
    labels: dict[str, Candidate] = {}
    for c in cands:
        p = c.passage
        org = _org_label(engine, [c.sentence, p["text"]] + [o["text"] for o in _context(engine, p)])
        label = org or engine.reports_.get(p["report"], {}).get("period") or p["report"]
        labels.setdefault(label, c)
    if len(labels) > 1:
        options = [{"label": label, "question": f"{q.text.rstrip('?')} ({label})"} for label in list(labels)[:6]]
        return _reply("clarify", "Raporteissa on tästä useampi luku. Mitä niistä tarkoitat? " +
                      "; ".join(o["label"] for o in options), options=options, _query=None)
    lines = ["Raporteissa on tästä useampi eri luku, enkä osaa sanoa varmasti, mitä niistä tarkoitat:"]
    for c in cands[:3]:
        lines.append(f"«{c.sentence[:300]}» {_source(c.passage)}")
    return _reply("not_found", "\n".join(lines), _query=None)


def _passage_answer(engine, terms: list[Term], q) -> dict:
    """'mitä kirjastolle tapahtui 2025?': the paragraph that covers the question best, newest first."""
    terms = [t for t in terms if not any(a in VERBS for alt in t.alts for a in alt[:1]) and t.surface not in VERBS] or terms
    hits = _search(engine, terms, 200)
    best = None
    for h in hits:
        if len(h["text"]) < 60:
            continue
        n = sum(_term_in(t, _words(h["heading"] + " " + h["text"])) for t in terms)
        report = engine.reports_.get(h["report"], {})
        year_ok = not q.years or report.get("year") in q.years or any(str(y) in h["text"] for y in q.years)
        focus = sum(any(_term_in(t, _words(sent)) for t in terms) for sent in SENTENCE_SPLIT.split(h["text"]))
        key = (n, year_ok, focus, report.get("rank") or 0)
        if n == len(terms) and year_ok and (best is None or key > best[0]):
            best = (key, h)
    if best is None:
        return _nearest(engine, terms, q)
    h = best[1]
    text = h["text"] if len(h["text"]) <= 700 else h["text"][:700].rsplit(" ", 1)[0] + " …"
    passage = {"quote": text, "source": {"report": h["report"], "title": h["report_title"], "date": h["report_date"],
                                         "table": h["heading"], "line": h["line_start"]}}
    return _reply("answer", f"Raportista: «{text}»\n{_source(h)}", answers=[], passages=[passage],
                  interpretation={"line": "Tulkitsin: tekstihaku · " + " ".join(t.surface for t in terms), "operation": "text"},
                  _query=None)


def _source(p: dict) -> str:
    return f"Lähde: {p['report_title']}, rivi {p['line_start']} ({p['report']})"


def _answer(engine, q, c: Candidate, others: list[Candidate]) -> dict:
    p = c.passage
    num = c.nums[0]
    unit = "%" if num.is_pct else ""
    word = re.match(r"\s*([a-zåäö]+)", num.after)
    # a counted noun in the partitive right after the number ('193 opiskelijaa', '741 henkilöä')
    unit_word = "" if num.is_pct or not word or not re.fullmatch(r"[a-zåäö]{3,16}[aä]", word.group(1)) else word.group(1)
    display = f"{fmt.number(c.value)} {unit}".strip()
    quote = c.sentence[:400]
    ans = {"value": c.value, "unit": unit or unit_word or "kpl", "display": display, "label": quote[:80],
           "org": None, "measure": "luku tekstistä", "year": c.year, "basis": "actual", "months": None,
           "verified": False,
           "source": {"report": p["report"], "title": p["report_title"], "date": p["report_date"], "table": p["heading"],
                      "line": p["line_start"], "quote": quote}}
    lines = [f"{display}{' ' + unit_word if unit_word else ''} — raportin tekstistä: «{quote}»", _source(p)]
    also = [o for o in others if o.passage["report"] != p["report"]]
    for o in also[:2]:
        lines.append(f"Sama luku myös: {o.passage['report_title']}, rivi {o.passage['line_start']}")
    lines.append("Huom: luku on poimittu raportin tekstistä, ei taulukosta, joten sitä ei voitu ristiintarkistaa.")
    return _reply("answer", "\n".join(lines), answers=[ans], headline=display,
                  interpretation={"line": "Tulkitsin: luku raportin tekstistä · " +
                                  " ".join(t.surface for t in question_terms(engine, q)), "operation": "text"},
                  _query=None)


def _nearest(engine, terms: list[Term], q) -> dict:
    """No figure: the passage that best covers the question, so the person can read on."""
    hits = _search(engine, terms, 60)
    best = None
    for h in hits:
        for sent in SENTENCE_SPLIT.split(h["text"]):
            words = _words(sent)
            n = sum(_term_in(t, words) for t in terms)
            years = _sentence_years(sent)
            year_ok = not q.years or bool(years & set(q.years)) or \
                (not years and engine.reports_.get(h["report"], {}).get("year") in q.years)
            key = (n, year_ok)
            if n and (best is None or key > best[0]):
                best = (key, sent.strip(), h)
    if best is None or best[0][0] < max(1, len(terms) - 1):
        return _reply("not_found", "Raporteista ei löytynyt tätä. Kysy esimerkiksi: varhaiskasvatuksen toimintakate 2025.",
                      _query=None)
    _, sent, h = best
    return _reply("not_found", f"En löytänyt raporteista tätä lukua. Lähin kohta: «{sent[:300]}» {_source(h)}",
                  _query=None)
