"""Question text → a structured query. Pure: no network, no writes.

Steps: periods are read first with rules (years, ranges 2021–2025, 1–9/2024, 3 kk, Q1, tammi–syyskuu,
31.3.); the rest goes through the spaCy pipeline (blank Finnish tokenizer + a Voikko component that
keeps every reading); words are matched against the vocabulary built from the store, exactly,
through synonyms, by inflection prefix, and only last by rapidfuzz for typos.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from data.lemmas import baseforms, fold, known, last_part_start, part_starts

SYNONYMS_FILE = Path(__file__).resolve().parent.parent / "data" / "synonyms.toml"
STOP = {fold(w) for w in (
    "mikä mitä mitkä paljonko kuinka montako moni monta paljon oli olivat olla ovat on vuonna vuosi vuoden "
    "vuodelle vuoteen ja sekä tai kanssa mennessä kohden kohti per hinta "
    "mikä minkä kaupungin kaupunki heinola heinolan euroa euro eur € luku luvut summa yhteensä määrä "
    "tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu kuu kuussa loppu lopussa loppuun "
    "kvartaali neljännes ensimmäinen eka aikana ajalla koko vain sen se ne niiden näyttää kertoa kerro "
    "entä entäs".split())}

NUMBER_WORDS = {"yhden": 1, "kahden": 2, "kolmen": 3, "neljan": 4, "viiden": 5, "kuuden": 6, "seitseman": 7,
                "kahdeksan": 8, "yhdeksan": 9, "kymmenen": 10, "yhdentoista": 11}
MONTH_WORDS = {"tammi": 1, "helmi": 2, "maalis": 3, "huhti": 4, "touko": 5, "kesä": 6, "heinä": 7, "elo": 8,
               "syys": 9, "loka": 10, "marras": 11, "joulu": 12}


@dataclass
class Query:
    text: str
    years: list[int] = field(default_factory=list)
    year_range: tuple[int, int] | None = None
    months: int | None = None
    basis: str | None = None
    tokens: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)   # (folded surface, folded lemmas)
    read_from: dict = field(default_factory=dict)
    wants_percent: bool = False
    direction: str | None = None
    report_kind: str | None = None
    date: tuple[int, int, int | None] | None = None    # 31.12.2024 → (31, 12, 2024)

    @property
    def content(self) -> list[tuple[str, tuple[str, ...]]]:
        # a stop word by its surface or its first reading ('kerroin' has the reading 'kertoa' too)
        return [t for t in self.tokens if t[0] not in STOP and t[1][:1][0] not in STOP and len(t[0]) > 1]


class Pipeline:
    """spaCy blank('fi') + a Voikko lemmatizer component; loaded once per process."""

    def __init__(self) -> None:
        import spacy
        from spacy.language import Language
        from spacy.tokens import Token

        if not Token.has_extension("lemmas"):
            Token.set_extension("lemmas", default=())

        if "voikko_lemmas" not in Language.factories:
            @Language.component("voikko_lemmas")
            def voikko_lemmas(doc):
                for tok in doc:
                    if tok.is_alpha or "-" in tok.text:
                        parts = [p for p in tok.text.split("-") if p]
                        forms: list[str] = []
                        for p in parts or [tok.text]:
                            forms += [fold(b) for b in baseforms(p)]
                        if len(parts) > 1:
                            forms += [fold(b) for b in baseforms(tok.text.replace("-", ""))]
                        tok._.lemmas = tuple(dict.fromkeys(forms))
                    else:
                        tok._.lemmas = (fold(tok.text),)
                return doc

        self.nlp = spacy.blank("fi")
        self.nlp.add_pipe("voikko_lemmas")
        with open(SYNONYMS_FILE, "rb") as fh:
            self.synonyms = tomllib.load(fh)
        self.basis_words = {fold(w): b for b, ws in self.synonyms.get("basis", {}).items() for w in ws}
        self.direction_words = {fold(w): d for d, ws in self.synonyms.get("direction", {}).items() for w in ws}

    def parse(self, text: str) -> Query:
        q = Query(text=text)
        rest = read_periods(text, q)
        doc = self.nlp(rest[:1000])
        for tok in doc:
            if tok.is_space or tok.is_punct and tok.text not in ("%",):
                continue
            surface = fold(tok.text)
            lem = tok._.lemmas or (surface,)
            q.tokens.append((surface, tuple(lem)))
        self._basis(q)
        return q

    def _basis(self, q: Query) -> None:
        priority = ["realization_pct", "remaining", "deviation", "forecast", "target", "budget", "actual"]
        found: dict[str, str] = {}
        low = fold(q.text)
        if re.search(r"%|prosent|toteutumis-?%|tot-?%", low):
            found["realization_pct"] = "%"
        for surface, lem in q.tokens:
            for w in (surface, *lem):
                b = self.basis_words.get(w)
                if b is None:
                    for key, bb in self.basis_words.items():
                        if len(key) >= 6 and (w.startswith(key) or (len(w) > 8 and w.endswith(key))
                                              or (len(w) >= 6 and fuzz.ratio(w[: len(key) + 1], key) >= 86)):
                            b = bb
                            break
                if b:
                    found.setdefault(b, surface)
                d = self.direction_words.get(w)
                if d is None:
                    for key, dd in self.direction_words.items():
                        # 'maksamat' (Voikko: 'maksama') carries 'maksaa' without its last vowel
                        if len(key) >= 5 and key[:-1] in w:
                            d = dd
                            break
                if d and q.direction is None:
                    q.direction = d
        q.wants_percent = "realization_pct" in found
        for b in priority:
            if b in found:
                q.basis = b
                q.read_from["basis"] = found[b]
                break
        if q.basis == "actual" and re.search(r"tilinpaatos", low) and q.months is None:
            q.months = 12
        if re.search(r"tilinpaatos", low):
            q.report_kind = "tilinpäätös"


def read_periods(text: str, q: Query) -> str:
    """Take years, ranges and to-date periods out of the text; return what is left."""
    t = " " + text.replace("\u2013", "-").replace("\u2014", "-") + " "
    low = fold(t)

    def cut(m):
        nonlocal t, low
        t = t[: m.start()] + " " + t[m.end():]
        low = fold(t)

    m = re.search(r"(?<!\d)1\s*-\s*(\d{1,2})\s*[/.]\s*((?:19|20)\d{2})(?!\d)", low)
    if m:
        q.months, q.years = int(m.group(1)), [int(m.group(2))]
        q.read_from["period"] = m.group(0).strip()
        cut(m)
    m = re.search(r"(?<!\d)((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})(?!\d)", low)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a < b:
            q.year_range = (a, b)
            q.read_from["years"] = m.group(0).strip()
            cut(m)
    m = re.search(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})?", low)
    if m and 1 <= int(m.group(2)) <= 12:
        q.months = q.months or int(m.group(2))
        q.date = (int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
        if m.group(3):
            q.years = q.years or [int(m.group(3))]
        cut(m)
    for m in list(re.finditer(r"(?<![\d/])((?:19|20)\d{2})(?![\d])", low)):
        y = int(m.group(1))
        if y not in q.years:
            q.years.append(y)
    t = re.sub(r"(?<![\d/])(?:19|20)\d{2}(?::\w+)?(?![\d])", " ", t)
    low = fold(t)
    m = re.search(r"(?<!\d)(\d{1,2})\s*kk", low)
    if m:
        q.months = q.months or int(m.group(1))
        cut(m)
    m = re.search(r"\bq([1-4])\b", low)
    if m:
        q.months = q.months or 3 * int(m.group(1))
        cut(m)
    m = re.search(r"\b(" + "|".join(NUMBER_WORDS) + r")\s+(?:ensimmaise\w*\s+)?kuukau", low)
    if m:   # 'kolmen ensimmäisen kuukauden aikana' = 1–3
        q.months = q.months or NUMBER_WORDS[m.group(1)]
        cut(m)
    if re.search(r"(ensimmai|eka)\w*\s+(neljannek|kvartaal|vuosineljannek)", low):
        q.months = q.months or 3
    m = re.search(r"tammi\w*\s*-\s*(\w+?)kuu", low) or re.search(r"(\w+?)kuun\s+(?:loppuun|lopussa|loppu)", low)
    if m:
        for word, num in MONTH_WORDS.items():
            if fold(m.group(1)).startswith(fold(word)):
                q.months = q.months or num
    if q.months:
        q.read_from.setdefault("period", f"1–{q.months}")
    return t.strip()


# --- vocabulary matching -----------------------------------------------------------------------

def _stem_match(qword: str, vword: str) -> bool:
    """Inflected / compound question word vs a vocabulary word (both folded)."""
    if qword == vword:
        return True
    if len(vword) < 4 or len(qword) < 4:
        return False
    n = 0
    for a, b in zip(qword, vword):
        if a != b:
            break
        n += 1
    # most of the word, and well into its last part: 'toimintakuluja' shares 'toimintak' with
    # 'toimintakate' but only one letter of 'kate', so it is another word
    if n >= max(4, int(0.8 * len(vword))) and n - last_part_start(vword) >= 3:
        return True
    # compound: 'avustusmäärärahasta' contains 'avustus'; 'kirjastokaynnit' contains 'kirjasto'
    if len(vword) >= 5 and len(qword) > len(vword) and vword[: max(5, len(vword) - 2)] in qword:
        return True
    return False


ENDINGS = ("n", "a", "ä", "lla", "llä", "lle", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä", "han", "hen",
           "hin", "iin", "t")


def suffix_stems(surface: str) -> list[str]:
    """The word without a case ending, for abbreviations Voikko does not know ('vakan' → 'vaka',
    'opkoun' → 'opkou', 'vire:n' → 'vire'). Candidates only: callers look them up in a vocabulary."""
    w = surface.split(":")[0]
    out = [w] if w != surface else []
    for e in ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 3:
            out.append(w[: -len(e)])
    return out


def word_matches(token: tuple[str, tuple[str, ...]], vword: str, fuzzy: bool = True, heads: bool = False,
                 parts: bool = False) -> float:
    """How well a question word stands for a vocabulary word. `heads`: the question word may name the
    last part of a vocabulary compound ('lainaus' for 'kokonaislainaus') — for indicators only."""
    surface, lem = token
    if vword in lem or vword == surface:
        return 1.0
    for w in (surface, *lem):
        if _stem_match(w, vword):
            return 0.95
    if heads and len(vword) > 8:
        # the word is the tail of the compound from some part on: 'lautakunta' in 'opetuslautakunta'
        if any(b >= 3 and len(w) >= 5 and vword[b:] == w for b in part_starts(vword) for w in lem):
            return 0.85
    if parts and len(vword) > 8:
        # the first part of a compound: 'vuokrat' for 'vuokratuotot' and 'vuokrakulut' (the caller asks back)
        start = last_part_start(vword)
        if start >= 4 and any(vword[:start] == w for w in lem):
            return 0.85
    # rapidfuzz only for typos: a word Voikko knows ('toimintakaudella') is not a misspelt other word
    if fuzzy and len(vword) >= 5 and len(surface) >= 5 and not known(surface):
        score = fuzz.ratio(surface[: len(vword) + 2], vword)
        if score >= (84 if len(vword) >= 10 else 86):
            return 0.8
        if len(surface) > len(vword) + 3 and fuzz.partial_ratio(vword, surface) >= 83:
            return 0.7
    return 0.0


def entry_words(name: str) -> list[str]:
    """Content words of a vocabulary entry, folded base forms (first reading)."""
    out = []
    for w in re.findall(r"[A-Za-zÅÄÖåäö]+", name):
        f = fold(w)
        if f in STOP or f in ("ja", "sekä", "tai", "ka") or len(f) < 2:
            continue
        forms = baseforms(w)
        out.append(fold(forms[0]) if forms else f)
    return out


def match_entry(tokens, words: list[str], heads: bool = False, parts: bool = False) -> tuple[int, float, set[int]]:
    """(matched word count, coverage, indices of the question tokens used)."""
    used: set[int] = set()
    matched = 0
    for w in words:
        best, best_i = 0.0, None
        for i, tok in enumerate(tokens):
            s = word_matches(tok, w, heads=heads, parts=parts)
            if s > best:
                best, best_i = s, i
        if best >= 0.7:
            matched += best
            used.add(best_i)
    return matched, (matched / len(words) if words else 0.0), used
