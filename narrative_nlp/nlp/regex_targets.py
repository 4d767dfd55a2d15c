"""Regular-expression target rules as a spaCy component.

medspaCy's regex rules rebuild ``doc.text_with_ws`` once per pattern, which made them the
slowest part of the pipeline. This component reads the text once, runs each concept's patterns,
adds the matches to the same span group as medspaCy's phrase rules, and keeps the longest of
overlapping targets (as medspaCy's matcher does for its own matches).
"""



import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


class RegexTargets:
    def __init__(self, nlp: Language, name: str, span_group: str) -> None:
        self.name = name
        self.span_group = span_group
        self.rules = []  # (concept, compiled pattern, states the opposite)

    def add(self, concept: str, pattern: str, opposite: bool = False) -> None:
        self.rules.append((concept, re.compile(pattern, re.IGNORECASE), opposite))

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        found: list[Span] = []
        opposite: set[tuple[int, int, str]] = set()
        for concept, pattern, is_opposite in self.rules:
            for m in pattern.finditer(text):
                if m.end() <= m.start():
                    continue
                span = doc.char_span(m.start(), m.end(), label=concept, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                found.append(span)
                if is_opposite:
                    opposite.add((span.start, span.end, concept))
        existing = list(doc.spans.get(self.span_group, []))
        kept = filter_spans(existing + found) if found else existing
        for span in kept:
            if (span.start, span.end, span.label_) in opposite:
                span._.nn_opposite = True
        doc.spans[self.span_group] = kept
        return doc


@Language.factory(
    "narrative_nlp_regex_targets",
    default_config={"span_group": "nn_targets"},
    assigns=["doc.spans"],
)
def make_regex_targets(nlp: Language, name: str, span_group: str) -> RegexTargets:
    """Regex target rules; fill with :meth:`RegexTargets.add` (the extractor does, from target_rules.yaml)."""
    return RegexTargets(nlp, name, span_group)
