"""Negation-aware text for the ICD model, built from facts only (no spaCy).

A finding that is not affirmed (negated, historical, hypothetical, family, uncertain) has its
words removed from the text and is replaced by a ``neg_<concept>`` token, so "denies chest
pain" does not vote for chest pain; affirmed findings add an ``aff_<concept>`` token.
Provider impressions add ``imp_<code>`` tokens.
"""

from __future__ import annotations

from ..facts import Facts


def model_text(facts: Facts, impressions: list[str] | tuple[str, ...] = ()) -> str:
    text = facts.narrative
    pieces: list[str] = []
    last = 0
    extra: list[str] = []
    for f in sorted((f for f in facts.findings if f.source == "narrative"), key=lambda f: f.start):
        if f.start < last:
            continue
        if f.affirmed:
            extra.append(f"aff_{f.concept}")
            continue
        pieces.append(text[last:f.start])
        pieces.append(f" neg_{f.concept} ")
        last = f.end
    pieces.append(text[last:])
    extra += [f"imp_{code.replace('.', '').upper()}" for code in impressions]
    extra += [f"imp3_{code.replace('.', '').upper()[:3]}" for code in impressions]
    return "".join(pieces).lower() + " " + " ".join(extra)
