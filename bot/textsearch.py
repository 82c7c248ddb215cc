"""Full-text fallback: questions that are not about a table figure ("mitä kirjastolle tapahtui 2025?",
"montako oppilasta perusopetuksessa oli vuoden 2025 lopussa?"). SQLite FTS5 over lemmatised
passages; a number is given only when one sentence holds most of the question's words and the
number stands right by them — otherwise the passage itself, without a figure."""
from __future__ import annotations

import re

from data import numbers, store
from data.lemmas import fold, lemma_text
from nlp.parse import _stem_match

from . import format as fmt

GENERIC = {"paljon", "paljonko", "kuinka", "montako", "moni", "monta", "vuosi", "olla", "mikä", "mitä", "heinola", "kaupunki"}


def _reply(status, text, **kw):
    from .engine import _reply as r
    return r(status, text, **kw)


def answer_from_text(engine, q, toks) -> dict:
    words = [t for t in toks if t[0] not in GENERIC and not set(t[1]) & GENERIC]
    if not words or engine.conn is None:
        return _reply("not_found", "En tunnistanut kysymyksestä yksikköä, lukua enkä aihetta. "
                      "Kysy esimerkiksi: varhaiskasvatuksen toimintakate 2025.", _query=None)
    terms = sorted({l for _, lem in words for l in lem if len(l) > 2} | {s for s, _ in words if len(s) > 2})
    match = " OR ".join('"' + re.sub(r'"', "", t) + '"*' for t in terms[:12])
    hits = store.search_passages(engine.conn, match, limit=40)
    if not hits:
        return _reply("not_found", "Raporteista ei löytynyt aiheesta mitään. Kysy esimerkiksi: varhaiskasvatuksen toimintakate 2025.", _query=None)
    scored = []
    for h in hits:
        for sent in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", h["text"]):
            lem_sent = set(lemma_text(sent).split()) | {fold(w) for w in re.findall(r"\w+", sent.lower())}
            hit = 0
            for t in words:
                # the sentence's word must carry the question's word (not the other way round)
                if t[0] in lem_sent or any(l in lem_sent for l in t[1]) or any(
                        _stem_match(w, l) for w in lem_sent if len(w) > 3 for l in (t[0], *t[1]) if len(l) > 3):
                    hit += 1
            scored.append((hit / len(words), hit, sent, h))
    scored.sort(key=lambda x: (-x[0], -x[1]))
    best_cov, best_hit, sent, h = scored[0]
    years = set(q.years)
    if years:
        with_year = [s for s in scored if any(str(y) in s[2] or str(y) in (s[3]["report"] or "") for y in years)]
        if with_year and with_year[0][0] >= best_cov - 0.2:
            best_cov, best_hit, sent, h = with_year[0]
    quote = sent.strip()[:400]
    src = f"Lähde: {h['report_title']}, rivi {h['line_start']} ({h['report']})"
    year_ok = not years or any(str(y) in sent for y in years)
    if best_cov < 0.99 or best_hit < 2 or not year_ok:
        return _reply("not_found", f"En löytänyt raporteista tätä lukua. Lähin kohta: «{quote[:200]}» {src}", _query=None)
    wants_pct = q.wants_percent or "%" in q.text
    nums = []
    for value, printed, start, end in numbers.iter_numbers_in_text(sent):
        after = sent[end:end + 12]
        if re.fullmatch(r"(19|20)\d{2}", printed.replace(" ", "")):
            continue
        is_pct = bool(re.match(r"\s*(%|prosent)", after))
        if is_pct and not wants_pct and not re.search(r"aste|osuus", fold(q.text)):
            continue
        nums.append((value, printed, start, is_pct))
    if not nums:
        return _reply("not_found", f"Raporteissa ei ole tästä lukua. Aiheesta: «{quote[:300]}» {src}", _query=None)
    # competing sentences from other passages with as good a match but other numbers → ask back
    rivals = [s for s in scored[1:8] if s[0] >= best_cov and s[3]["id"] != h["id"] and s[3]["report"] != h["report"]
              and s[2] != sent]
    if rivals and not years:
        opts = []
        for s in [scored[0]] + rivals[:3]:
            rep = engine.reports_.get(s[3]["report"], {})
            label = f"{rep.get('period') or s[3]['report']}"
            if label not in [o["label"] for o in opts]:
                opts.append({"label": label, "question": f"{q.text} {rep.get('year') or ''}".strip()})
        if len(opts) > 1:
            return _reply("clarify", "Löysin tämän useammasta raportista: " + "; ".join(o["label"] for o in opts),
                          options=opts, _query=None)
    # the number nearest after the most specific matched word
    pos = 0
    low = sent.lower()
    for t in sorted(words, key=lambda t: -len(t[0])):
        i = low.find(t[0][:5])
        if i >= 0:
            pos = i
            break
    after = [n for n in nums if n[2] >= pos]
    value, printed, _, is_pct = (after or nums)[0]
    unit = "%" if is_pct else ""
    ans = {"value": value, "unit": unit or "kpl", "display": f"{fmt.number(value)} {unit}".strip(), "label": quote[:80],
           "org": None, "measure": "luku tekstistä", "year": q.years[0] if q.years else None, "basis": "actual",
           "months": None, "verified": False,
           "source": {"report": h["report"], "title": h["report_title"], "date": h["report_date"], "table": h["heading"],
                      "line": h["line_start"], "quote": quote}}
    text = f"{ans['display']} — raportin tekstistä: «{quote}»\n{src}"
    return _reply("answer", text, answers=[ans], headline=ans["display"],
                  interpretation={"line": "Tulkitsin: luku raportin tekstistä", "operation": "text"}, _query=None)
