"""Sentence segmentation for EMS narratives, as a spaCy component.

medspaCy's default splitter (PyRuSH) is slow and merges clauses such as
"Pt denies chest pain. 18g IV established L AC." (so the IV inherits the negation). This
component sets ``Token.is_sent_start`` with a few rules that fit how crews write:

- a period, "!" or "?" ends a sentence, except after a known abbreviation ("pt.", "approx.")
  when the next token continues in lower case or with a number;
- a line break ends a sentence (lists, vitals lines and headings are written one per line);
- a heading such as "S:", "A:", "CC:", "C:" / "H:" / "A:" / "R:" / "T:" starts one;
- a clock time ("14:32", "1432 -") that opens an entry starts one;
- in run-on ALL-CAPS text, tokens that open a new clause ("PT", "PATIENT", "CREW", "UPON"...)
  start one, since such narratives often have no periods at all.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

ABBREVIATIONS = frozenset(
    "pt pts approx appx dr st mr mrs ms vs etc eg ie e.g i.e min mins hr hrs sec secs no ca est resp temp wt ht "
    "yo y.o lt rt bilat ext med meds sx hx tx dx fx w l r b am pm a.m p.m prn q inc dept co ave blvd rd cont pos "
    "neg sys dias mg mcg ml cc kg lbs lb oz gm sr jr apt".split()
)
HEADINGS = frozenset(
    "s o a p c h r t e d i cc hpi pmh ros pe tx rx hx assessment assessments plan treatment treatments transport "
    "impression impressions chief history exam subjective objective dispatch disposition narrative meds medications "
    "allergies vitals interventions procedures scene findings call response complaint note notes comments summary "
    "physical medical social pertinent secondary primary neuro cardiac respiratory skin abd abdomen chest head neck "
    "extremities back pelvis psych".split()
)
CLAUSE_STARTERS = frozenset(
    "PT PATIENT PT'S CREW WE MEDIC UPON ENROUTE TRANSPORTED ARRIVED FOUND PER LOADED ON_ARRIVAL UPON_ARRIVAL "
    "DISPATCHED RESPONDED".split()
)
NO_BREAK_BEFORE_STARTER = frozenset(
    "the to of with and a an for by assisted moved placed loaded lifted the our my his her their helped "
    "carried transferred rolled at from".split()
)
NUMERIC_ABBREVIATIONS = frozenset("approx appx apx no ca est vs wt ht temp".split())
TIME_PREPOSITIONS = frozenset("at @ by around approximately approx ~ until from to since till before after about".split())
TIME_RE = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$|^(?:[01]\d|2[0-3])[0-5]\d$")  # "14:32", "1432"; not "1:10" (epi 1:10)
SENTENCE_END = frozenset({".", "!", "?", "...", ".."})
PUNCT = re.compile(r"^[^\w\s]+$")
NUMBER = re.compile(r"^[+-]?\d+(?:[.,:/]\d+)*$")


def _is_caps_runon(doc: Doc) -> bool:
    letters = [c for c in doc.text if c.isalpha()]
    if len(letters) < 40:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.85


@Language.component(
    "narrative_nlp_segmenter",
    assigns=["token.is_sent_start"],
)
def segment_ems(doc: Doc) -> Doc:
    """Set sentence starts on an EMS narrative (see the module docstring for the rules)."""
    n = len(doc)
    if n == 0:
        return doc
    caps = _is_caps_runon(doc)
    texts = [t.text for t in doc]
    lowers = [t.lower() for t in texts]
    spaces = [t.whitespace_ for t in doc]
    is_space = [not t.strip() for t in texts]
    starts = [False] * n
    starts[0] = True
    for i in range(1, n):
        if is_space[i]:
            continue
        text = texts[i]
        if (is_space[i - 1] and "\n" in texts[i - 1]) or "\n" in spaces[i - 1]:
            starts[i] = True
            continue
        j = i - 1
        while j > 0 and is_space[j]:
            j -= 1
        prev = texts[j]
        prev_punct = bool(PUNCT.match(prev))
        if prev in SENTENCE_END or (prev.endswith(".") and len(prev) > 1 and prev[:-1].isdigit()):
            before = lowers[j - 1] if j > 0 else ""
            like_num = bool(NUMBER.match(text))
            continues = text[:1].islower() or (like_num and before in NUMERIC_ABBREVIATIONS)
            if before in ABBREVIATIONS and continues:
                continue
            if len(before) == 1 and before.isalpha() and continues:
                continue
            starts[i] = True
            continue
        if prev == ";":
            continue
        low = lowers[i]
        if low in HEADINGS and i + 1 < n and texts[i + 1] == ":" and len(text) <= 12:
            starts[i] = True
            continue
        if TIME_RE.match(text) and not prev_punct and lowers[j] not in TIME_PREPOSITIONS:
            starts[i] = True
            continue
        if caps and text in CLAUSE_STARTERS and not prev_punct and lowers[j] not in NO_BREAK_BEFORE_STARTER:
            starts[i] = True
    # only starts are written: tokens left unset read as "not a sentence start" (much faster than
    # writing every token from Python); one explicit "not a start" marks the doc as segmented
    doc[0].is_sent_start = True
    for i in range(1, n):
        if starts[i]:
            doc[i].is_sent_start = True
    if n > 1 and not any(starts[1:]):
        doc[1].is_sent_start = False
    return doc
