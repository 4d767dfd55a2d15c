"""Build the spaCy/medspaCy pipeline and turn its Doc into plain facts.

Pipeline: spaCy's English tokenizer (plus a suffix rule for "200J." style tokens) ->
``narrative_nlp_segmenter`` -> medspaCy ``medspacy_target_matcher`` (rules from
``resources/target_rules.yaml`` and ``resources/drugs.yaml``) -> medspaCy ``medspacy_context``
(modifiers from ``resources/context_rules.yaml``). :meth:`Extractor.extract` is the last
place a Span exists; it returns :class:`~narrative_nlp.facts.Facts`.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import warnings
from collections import defaultdict
from functools import lru_cache
from typing import Any

from ..facts import Facts, Finding, Medication
from . import rulefiles
from .medications import Mention, parse_mention

logger = logging.getLogger(__name__)

STATUS_OF_CATEGORY = {
    "NEGATED_EXISTENCE": "nn_negated",
    "NEGATED_PROCEDURE": "nn_negated",
    "POSSIBLE_EXISTENCE": "nn_uncertain",
    "HISTORICAL": "nn_historical",
    "HISTORICAL_SHORT": "nn_historical",
    "HYPOTHETICAL": "nn_hypothetical",
    "FAMILY": "nn_family",
    "ATTEMPTED_UNSUCCESSFUL": "nn_failed",
    "ATTEMPT": "nn_attempt",
    "PERFORMED_BY_OTHER": "nn_other",
    "PATIENT_OWN": "nn_own",
}
SPAN_EXTENSIONS = (*STATUS_OF_CATEGORY.values(), "nn_opposite")
MEDICATION = "medication"
SINGLE_LETTER_DOT = re.compile(r"^[A-Za-z]\.$")
CUE_CATEGORIES = ("context_cue", "assessment")
PROCEDURE_CATEGORIES = ("als2_procedure", "als_intervention", "bls_skill")
ROUTE_WORD = re.compile(r"^(?:iv|io|ivp|i/o)(?:\s*x\s*\d)?$", re.I)
DOSE_BEFORE = re.compile(r"(?:\d\s*(?:mg|mcg|ml|cc|units?|u|meq|mg/kg|mcg/kg)\.?|\bvia|\bper|\bby|\bgiven|\bpush(?:ed)?|\bslow)\s*$", re.I)
ROUTE_AFTER = re.compile(r"^\s*(?:push|bolus|piggyback|pb|drip|fluids?|ns\b|lr\b|normal saline|saline|nacl|d5|d10|d50|\d+\s*(?:mg|mcg|ml|cc)\b)", re.I)
SELF_NEGATIVE = re.compile(r"^(?:unable|cannot|can't|cant|can not|not\b|non|does not|doesn't|incapable|no longer|dependent|requires|needs|total|max|2|two)", re.I)
SUCCESS_AFTER = re.compile(
    r"^(?:[^.;\n]|\.(?=\d)){0,30}?(?<!without )(?<!w/o )(?<!no )(?<!not )\b(?:success\w*|established|secured|confirmed|placed|obtained|in\s+place|patent|flush\w*|"
    r"good\s+(?:placement|flash|waveform|capture|flow)|color\s+change|(?:first|1st)\s+(?:pass|attempt|try)|"
    r"on\s+(?:the\s+)?(?:second|2nd|third|3rd)\s+(?:attempt|try|pass))\b", re.I)
SUCCESS_BEFORE = re.compile(r"\b(?:success\w*|on\s+(?:the\s+)?(?:second|2nd|third|3rd|first|1st)\s+(?:attempt|try|pass))\b(?:[^.;\n]|\.(?=\d)){0,30}$", re.I)
OTHER_ROUTE = re.compile(r"\b(?:po|sl|im|in|neb|sq|ivp|io|iv|pr|odt)\b|[,;]|\.(?!\d)", re.I)
CUE_NEGATION = re.compile(r"\b(?:no|not|without|w/o|denies|denied|never|nor|non)\b[^.;,\n]{0,12}$", re.I)
PASSIVE_BY = re.compile(r"\b(?:placed|started|given|done|performed|inserted|initiated|administered|applied|intubated)(?:\s+by)?\s*$", re.I)
ANOTHER_ATTEMPT = re.compile(r"\b(?:2nd|second|3rd|third|another|other|additional|subsequent)\b", re.I)
CREW_ACTOR = re.compile(
    r"(?<!fd )(?<!fire )(?<!ground )(?<!bls )(?<!transferring )(?<!county )(?<!engine )(?<!their )"
    r"\b(?:we|our(?:\s+crew)?|this\s+crew|crew|medic(?:\s*\d+)?|partner|paramedic|myself|i)\b"
    r"(?!\s+(?:arrival|arrived|unit\s+arrived))", re.I)
OTHER_ACTOR = re.compile(
    r"\b(?:fd|fire(?:\s+dept)?|pd|police|officers?|bystanders?|family|staff|sending|referring|ed|er|nurse|rn|md|"
    r"physician|dr|ground\s+crew|ground\s+ems|first\s+responders?|lifeguard|daughter|son|wife|husband|mother|father|"
    r"caller|dispatch(?:er)?|snf|nh|facility|school\s+nurse|urgent\s+care|clinic)\b", re.I)
SUCCESS_INSIDE = re.compile(r"\b(?:established|secured|confirmed|placed|obtained|in\s+place)\b", re.I)
DECOMPRESSION = re.compile(r"decompress|thoracostomy|pneumothorax|\bicS\b", re.I)
MANUAL_CUE = re.compile(r"\b(?:\d{2,3}\s*j(?:oules)?|manual\w*|sync\w*|cardiover\w*|biphasic|monophasic|lifepak|lp\s?1[25]|zoll|defib\w*)\b", re.I)
AED_WORD = re.compile(r"\b(?:aed|automated external)\b", re.I)
SNOMED_PROCEDURES = {
    "392230005": "iv_access", "430824005": "intraosseous_line", "232674004": "endotracheal_intubation",
    "450601000124103": "endotracheal_intubation", "241689008": "endotracheal_intubation",
    "450611000124100": "supraglottic_airway", "427753009": "supraglottic_airway", "424979004": "supraglottic_airway",
    "426220008": "manual_defibrillation", "450661000124102": "aed_defibrillation", "250980009": "manual_defibrillation",
    "18590009": "cardiac_pacing", "182705007": "chest_decompression", "47545007": "cpap", "243142003": "cpap",
    "268400002": "twelve_lead_ecg", "46825001": "cardiac_monitoring", "428803005": "cardiac_monitoring",
    "89666000": "cpr", "429283006": "cpr", "425447009": "bvm_ventilation", "284029005": "capnography",
    "425543005": "capnography", "33747003": "glucose_check", "20655006": "bleeding_control",
    "49689007": "spinal_motion_restriction", "426498007": "spinal_motion_restriction",
}


def _register_extensions() -> None:
    from spacy.tokens import Span

    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=False)


def _quiet_libraries() -> None:
    """PyRuSH logs at DEBUG through loguru on import; medspaCy warns on overlapping entities."""
    try:
        from loguru import logger as loguru_logger

        loguru_logger.disable("PyRuSH")
        loguru_logger.disable("medspacy")
    except ImportError:  # pragma: no cover - loguru comes with medspaCy
        pass
    warnings.filterwarnings("ignore", module="medspacy")
    warnings.filterwarnings("ignore", message=r"\[W036\]")


class Extractor:
    """Narrative (plus structured procedures/medications) -> :class:`Facts`."""

    def __init__(self) -> None:
        _quiet_libraries()
        import spacy
        from medspacy.context import ConTextRule
        from medspacy.target_matcher import TargetRule

        from . import regex_targets, segmenter  # noqa: F401  (register the components)

        _register_extensions()
        self.rules_version, specs = rulefiles.target_rules()
        self.context_version, groups, terminating = rulefiles.context_rules()
        self.drugs_version, drug_specs = rulefiles.drugs()
        self.category_of = {s.concept: s.category for s in specs}
        self.category_of[MEDICATION] = MEDICATION
        self.drug_of_synonym: dict[str, Any] = {}
        self.drug_by_key = {d.key: d for d in drug_specs}
        self.drug_by_name = {}
        for d in drug_specs:
            for syn in (d.key.replace("_", " "), d.name, *d.synonyms):
                self.drug_by_name[syn.lower()] = d

        nlp = spacy.blank("en")
        suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[0-9A-Za-z])\."]
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
        # single letters with a period ("g.", "L.") are abbreviations in general English, but in EMS text
        # "25 g." or "L AC." end a sentence
        nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if not SINGLE_LETTER_DOT.match(k)}
        nlp.add_pipe("narrative_nlp_segmenter")
        matcher = nlp.add_pipe(
            "medspacy_target_matcher",
            config={"result_type": "group", "span_group_name": "nn_targets"},
        )
        # dispatch / disposition cues get their own matcher and span group, so they never hide a clinical
        # target ("levophed" is a drug and a critical-care cue) nor a ConText modifier ("sending facility")
        cue_matcher = nlp.add_pipe(
            "medspacy_target_matcher",
            name="nn_cue_matcher",
            config={"result_type": "group", "span_group_name": "nn_cues"},
        )
        cue_rules = []
        for spec in specs:
            if spec.category not in CUE_CATEGORIES:
                continue
            for phrase in spec.phrases:
                cue_rules.append(TargetRule(phrase, spec.concept))
            for i, pattern in enumerate(spec.regex):
                cue_rules.append(TargetRule(f"{spec.concept}#re{i}", spec.concept, pattern=pattern))
        cue_matcher.add(cue_rules)
        regexes = nlp.add_pipe("narrative_nlp_regex_targets", config={"span_group": "nn_targets"})
        target_rules = []
        for spec in specs:
            if spec.category in CUE_CATEGORIES:
                continue
            for phrase in spec.phrases:
                target_rules.append(TargetRule(phrase, spec.concept))
            for pattern in spec.regex:
                regexes.add(spec.concept, pattern)
            for phrase in spec.negative_phrases:
                target_rules.append(TargetRule(phrase, spec.concept, attributes={"nn_opposite": True}))
            for pattern in spec.negative_regex:
                regexes.add(spec.concept, pattern, opposite=True)
        for drug in drug_specs:
            for syn in drug.synonyms:
                target_rules.append(TargetRule(syn, MEDICATION, metadata={"drug": drug.key}))
        matcher.add(target_rules)

        concepts_by_category: dict[str, set[str]] = defaultdict(set)
        for concept, category in self.category_of.items():
            concepts_by_category[category].add(concept)
        context = nlp.add_pipe(
            "medspacy_context",
            config={
                "rules": None,
                "span_attrs": {cat: {attr: True} for cat, attr in STATUS_OF_CATEGORY.items()},
                "input_span_type": "group",
                "span_group_name": "nn_targets",
                "prune_on_target_overlap": True,
                "terminating_types": terminating,
            },
        )
        context_rules = []
        def expand(categories):
            if not categories:
                return None
            out = set()
            for cat in categories:
                out |= concepts_by_category.get(cat, {cat} if cat in self.category_of else set())
            return out

        for group in groups:
            allowed = expand(group.get("allowed_types"))
            excluded = expand(group.get("excluded_types"))
            for phrase in group["phrases"]:
                context_rules.append(
                    ConTextRule(
                        str(phrase),
                        group["category"],
                        direction=group["direction"],
                        max_scope=group.get("max_scope"),
                        allowed_types=allowed,
                        excluded_types=excluded,
                    )
                )
        context.add(context_rules)
        self.drug_by_tokens = {}
        for d in drug_specs:
            for syn in d.synonyms:
                self.drug_by_tokens[" ".join(t.lower_ for t in nlp.make_doc(syn))] = d
        self.nlp = nlp
        self.version = f"targets {self.rules_version}; context {self.context_version}; drugs {self.drugs_version}"
        logger.debug("pipeline built: %d target rules, %d context rules", len(target_rules), len(context_rules))

    # ------------------------------------------------------------------ public API
    def extract(self, narrative: str, record: dict | None = None) -> Facts:
        doc = self.nlp(narrative)
        return self._doc_to_facts(doc, record or {})

    def pipe(self, items: list[tuple[str, dict]], batch_size: int = 64):
        texts = (n for n, _ in items)
        for doc, (_, rec) in zip(self.nlp.pipe(texts, batch_size=batch_size), items):
            yield self._doc_to_facts(doc, rec)

    def concepts_in(self, text: str) -> list[str]:
        """Concept ids the target rules find in a short label (structured procedure names)."""
        doc = self.nlp(text)
        return [s.label_ for s in doc.spans.get("nn_targets", [])]  # clinical targets only

    # ------------------------------------------------------------------ conversion
    def _doc_to_facts(self, doc, record: dict) -> Facts:
        text = doc.text
        spans = sorted(list(doc.spans.get("nn_targets", [])) + list(doc.spans.get("nn_cues", [])),
                       key=lambda s: (s.start_char, -s.end_char))
        sentences = tuple((s.start_char, s.end_char) for s in doc.sents) if len(doc) else ()
        drug_spans = [s for s in spans if s.label_ == MEDICATION]
        findings: list[Finding] = []
        raw_meds: list[tuple[Any, Finding, Mention, Any]] = []
        counter = 0

        def next_id() -> str:
            nonlocal counter
            counter += 1
            return f"f{counter}"

        drug_ends = [s.end_char for s in drug_spans]
        drug_starts = [s.start_char for s in drug_spans]
        for span in spans:
            concept = span.label_
            if concept == MEDICATION:
                continue
            if concept in ("iv_access", "intraosseous_line") and self._is_route(span, text, drug_ends, drug_starts):
                continue
            if concept == "iv_access" and span.text[:1].isdigit() and DECOMPRESSION.search(span.sent.text):
                continue  # a 14g needle for chest decompression is not IV access
            if concept == "manual_defibrillation" and self._is_aed_shock(span, text):
                concept = "aed_defibrillation"
            if self.category_of.get(concept) in CUE_CATEGORIES:
                findings.append(self._cue_finding(span, concept, next_id(), text))
                continue
            findings.append(self._finding(span, concept, next_id(), text))

        for k, span in enumerate(drug_spans):
            drug = self._drug_of(span)
            if drug is None:
                continue
            sent = span.sent
            nxt = drug_spans[k + 1].start_char if k + 1 < len(drug_spans) else len(text)
            prv = drug_spans[k - 1].end_char if k > 0 else 0
            after = text[span.end_char : min(nxt, sent.end_char, span.end_char + 140)]
            before = text[max(prv, sent.start_char, span.start_char - 30) : span.start_char]
            mention = parse_mention(after, before, span.text)
            if mention.route is None and k + 1 < len(drug_spans) and COMBINATION_GAP.match(text[span.end_char : nxt]):
                nxt_span = drug_spans[k + 1]
                nxt_after = text[nxt_span.end_char : min(nxt_span.end_char + 40, nxt_span.sent.end_char)]
                inherited = parse_mention(nxt_after, "", nxt_span.text).route
                mention = dataclasses.replace(mention, route=inherited)
            if drug.kind == "gas":
                continue
            # the crew assisting with the patient's own inhaler / nitroglycerin is EMT-Basic scope (section 0)
            als = self._als_scope(drug, mention.route, span.text) and not span._.nn_own
            concept = "medication_als" if als else "medication_bls"
            finding = self._finding(span, concept, next_id(), text, category=MEDICATION)
            findings.append(finding)
            raw_meds.append((drug, finding, mention, als))

        medications = self._aggregate(raw_meds)
        findings = _merge_adjacent(findings, text)
        structured_findings, structured_meds = self._structured(record, counter)
        medications = self._merge_structured_meds(medications, structured_meds)
        return Facts(
            narrative=text,
            findings=tuple(findings) + tuple(structured_findings),
            medications=tuple(medications),
            sentences=sentences,
        )

    def _drug_of(self, span):
        """The drug a medication span names (by its words; extension values can be shared between
        spans with the same offsets, so the matched rule is only a fallback)."""
        key = " ".join(t.lower_ for t in span)
        drug = self.drug_by_tokens.get(key)
        if drug is None and span._.target_rule is not None and span._.target_rule.metadata:
            drug = self.drug_by_key.get(span._.target_rule.metadata.get("drug"))
        return drug

    def _finding(self, span, concept: str, fid: str, text: str, category: str | None = None) -> Finding:
        """Status of one target from its ConText modifiers, with the EMS scope rules ConText cannot express.

        - a modifier written after the target does not reach back across a comma ("NRB, absent breath sounds");
        - procedures and medications are negated only by a close negation (see :meth:`_close_negation`);
        - "s/p" / "prior" (short history) and "attempt" stop at commas;
        - a failure before the target does not cross a comma, and one after it belongs to a "2nd IV attempt"
          written in between, not to the first IV;
        - the last actor named before the target in its sentence decides who did it ("our crew performed RSI at
          sending"); central lines are the sending facility's unless the crew is named as placing them.
        """
        ext = span._
        category = category or self.category_of[concept]
        procedure = category in PROCEDURE_CATEGORIES or category == MEDICATION
        mods = list(ext.modifiers)

        def applies(mod, *, before_comma: bool = False, after_comma: bool = True) -> bool:
            m_start, m_end = mod.modifier_span
            after = m_start >= span.end
            between = span.doc[span.end : m_start] if after else span.doc[m_end : span.start]
            comma = any(t.text in {",", ";"} for t in between)
            return not comma or (after and not after_comma) or (not after and not before_comma)

        def any_of(*cats: str, **kw) -> bool:
            return any(m.category in cats and applies(m, **kw) for m in mods)

        if procedure:
            negated_by_context = any(m.category == "NEGATED_EXISTENCE" for m in mods) and self._close_negation(span)
        else:
            # a statement of the opposite ("ambulating", "sits in w/c") is not negated across a comma
            negated_by_context = any_of("NEGATED_EXISTENCE", before_comma=bool(ext.nn_opposite))
        negated = negated_by_context != bool(ext.nn_opposite)
        if category == "bed_confinement" and SELF_NEGATIVE.match(span.text):
            # "unable to walk", "cannot sit": the phrase states the deficit itself; a negation word earlier
            # in a list ("w/o 2 person assist, unable to walk") does not reverse it
            negated = bool(ext.nn_opposite)
        historical = any_of("HISTORICAL") or any_of("HISTORICAL_SHORT", before_comma=True)
        failed = False
        for m in mods:
            if m.category != "ATTEMPTED_UNSUCCESSFUL":
                continue
            m_start, m_end = m.modifier_span
            if m_start >= span.end:
                if not ANOTHER_ATTEMPT.search(span.doc[span.end : m_start].text):
                    failed = True
            elif applies(m, before_comma=True):
                failed = True
        attempt = any_of("ATTEMPT", before_comma=True)
        attempted = failed or attempt
        failure_after = any(m.category == "ATTEMPTED_UNSUCCESSFUL" and m.modifier_span[0] >= span.end for m in mods)
        if SUCCESS_INSIDE.search(span.text):
            attempted = False
        elif attempted and not failure_after and (SUCCESS_AFTER.match(text[span.end_char : span.end_char + 60])
                                                   or SUCCESS_BEFORE.search(text[max(0, span.start_char - 50) : span.start_char])):
            attempted = False  # "2nd attempt 7.5 ETT placed", "IO L humeral head placed" after failed IVs
        # "8.0 ETT 24 at teeth, placed by ED MD": a passive "placed by X" still names who did the item before it
        other = any_of("PERFORMED_BY_OTHER") or any(
            m.category == "PERFORMED_BY_OTHER" and m.modifier_span[0] >= span.end
            and PASSIVE_BY.search(span.doc[span.end : m.modifier_span[0]].text) for m in mods)
        actor = self._last_actor(span, text)
        if other and actor == "crew":
            other = False
        if concept == "central_venous_line" and actor != "crew":
            other = True
        return Finding(
            id=fid,
            concept=concept,
            category=category,
            text=text[span.start_char : span.end_char],
            start=span.start_char,
            end=span.end_char,
            negated=negated,
            historical=historical,
            hypothetical=any_of("HYPOTHETICAL"),
            family=any_of("FAMILY"),
            uncertain=any_of("POSSIBLE_EXISTENCE"),
            attempted_unsuccessful=attempted,
            performed_by_other=other,
        )

    def _cue_finding(self, span, concept: str, fid: str, text: str) -> Finding:
        """Dispatch/disposition cues skip ConText; a negation just before them still counts ("no vent", "not
        transported", "without lights and sirens")."""
        before = text[max(span.sent.start_char, span.start_char - 30) : span.start_char]
        return Finding(id=fid, concept=concept, category=self.category_of[concept],
                       text=text[span.start_char : span.end_char], start=span.start_char, end=span.end_char,
                       negated=bool(CUE_NEGATION.search(before)))

    @staticmethod
    def _last_actor(span, text: str) -> str | None:
        """'crew' or 'other': who is named last before the target in its sentence (None when nobody is)."""
        window = text[span.sent.start_char : span.start_char].rsplit(";", 1)[-1]
        last_crew = max((m.end() for m in CREW_ACTOR.finditer(window)), default=-1)
        last_other = max((m.end() for m in OTHER_ACTOR.finditer(window)), default=-1)
        if last_crew < 0 and last_other < 0:
            return None
        return "crew" if last_crew > last_other else "other"

    @staticmethod
    def _is_aed_shock(span, text: str) -> bool:
        """A shock is an AED shock when its sentence names the AED, or when a plain "shock" follows an AED
        mention closely with no manual cue (joules, manual, synchronized, cardioversion) in its sentence."""
        sentence = span.sent.text
        if AED_WORD.search(sentence):
            return True
        if "shock" not in span.text.lower() or MANUAL_CUE.search(sentence):
            return False
        return bool(AED_WORD.search(text[max(0, span.start_char - 200) : span.start_char]))

    @staticmethod
    def _close_negation(span) -> bool:
        """A procedure is negated only by a negation close before it (4 tokens, no comma between) or after it.

        "NO VISIBLE VEINS, IO R PROX TIBIA PLACED" places the IO; "no IV access obtained" does not.
        """
        doc = span.doc
        for mod in span._.modifiers:
            if mod.category != "NEGATED_EXISTENCE":
                continue
            m_start, m_end = mod.modifier_span
            between = doc[span.end : m_start] if m_start >= span.end else doc[m_end : span.start]
            limit = 3 if m_start >= span.end else 4
            if len(between) <= limit and not any(t.text in {",", ";"} for t in between):
                return True
        return False

    @staticmethod
    def _is_route(span, text: str, drug_ends: list[int], drug_starts: list[int]) -> bool:
        """'IV' / 'IO' written as a medication route ("4 mg IV", "zofran 4 IV", "IV push", "IV NS"), not an access."""
        if not ROUTE_WORD.match(span.text):
            return False
        before = text[max(0, span.start_char - 25) : span.start_char]
        after = text[span.end_char : span.end_char + 25]
        if DOSE_BEFORE.search(before) or ROUTE_AFTER.match(after):
            return True
        for end in drug_ends:
            if not 0 <= span.start_char - end <= 12:
                continue
            gap = text[end : span.start_char]
            if not OTHER_ROUTE.search(gap):
                return True
        return any(0 <= start - span.end_char <= 8 and not re.search(r"[.,;]", text[span.end_char : start])
                   for start in drug_starts)

    @staticmethod
    def _als_scope(drug, route: str | None, surface: str) -> bool:
        if drug.kind == "gas":
            return False
        if surface.lower() in drug.bls_synonyms:
            return False
        if "any" in drug.bls_routes:
            return False
        if route is not None and route in drug.bls_routes:
            return False
        if drug.kind == "crystalloid":
            return route in ("IV", "IO", "infusion", None)
        return True

    @staticmethod
    def _aggregate(raw_meds) -> list[Medication]:
        """Group mentions by drug, route and status; sum administrations without double counting."""
        groups: dict[tuple, dict] = {}
        known_route: dict[str, str] = {}
        for drug, finding, mention, _als in raw_meds:
            if mention.route and finding.counts_for_crew:
                known_route.setdefault(drug.key, mention.route)
        explicit_drugs = {drug.key for drug, finding, mention, _ in raw_meds if mention.explicit and finding.counts_for_crew}
        for drug, finding, mention, als in raw_meds:
            if not mention.explicit and drug.key in explicit_drugs and finding.counts_for_crew:
                # "seizure stopped 2 min after versed": a reference to a dose already written down
                mention = dataclasses.replace(mention, count=0, total=False, ordinal=0, repeat=False, explicit=False)
            route = mention.route or (known_route.get(drug.key) if finding.counts_for_crew else None)
            if route is None and drug.kind == "crystalloid" and finding.counts_for_crew:
                route = "IV"  # fluids are given IV unless the narrative says IO
            # an infusion the crew maintains en route is the crew's, whoever started it (section 0)
            other = finding.performed_by_other and route != "infusion"
            key = (drug.key, route, finding.affirmed, other)
            g = groups.setdefault(
                key,
                {"drug": drug, "route": route, "dose": None, "sum": 0, "max": 0, "floor": 0, "evidence": [], "finding": finding,
                 "als": als},
            )
            g["dose"] = g["dose"] or mention.dose
            g["evidence"].append(finding.id)
            g["als"] = g["als"] or als
            if mention.total:
                g["floor"] = max(g["floor"], mention.count)
            else:
                g["sum"] += mention.count
                g["max"] = max(g["max"], mention.count)
            g["floor"] = max(g["floor"], mention.ordinal)
        meds = []
        for (_key, route, affirmed, other), g in groups.items():
            drug = g["drug"]
            # every mention of a running drip is the same infusion: one administration unless a count says more
            n = max(g["max"], g["floor"]) if route == "infusion" else max(g["sum"], g["floor"])
            infusion = route == "infusion"
            counts = _counts_toward_als2(drug, route)
            meds.append(
                Medication(
                    drug=drug.name,
                    route=route,
                    dose=g["dose"],
                    administrations=n,
                    counts_toward_als2=counts,
                    als_scope=bool(g["als"]),
                    evidence=tuple(g["evidence"]),
                    affirmed=affirmed,
                    performed_by_other=other,
                    infusion=infusion,
                )
            )
        return meds

    # ------------------------------------------------------------------ structured data
    def _structured(self, record: dict, counter: int) -> tuple[list[Finding], list[dict]]:
        findings = []
        for proc in record.get("procedures") or []:
            name = str(proc.get("name") or "")
            concept = SNOMED_PROCEDURES.get(str(proc.get("code") or ""))
            if concept is None:
                found = [c for c in self.concepts_in(name) if self.category_of.get(c) in PROCEDURE_CATEGORIES]
                concept = found[0] if found else None
            if concept is None:
                continue
            counter += 1
            findings.append(
                Finding(
                    id=f"s{counter}",
                    concept=concept,
                    category=self.category_of[concept],
                    text="",
                    start=0,
                    end=0,
                    attempted_unsuccessful=proc.get("successful") is False,
                    performed_by_other=bool(proc.get("prior_to_crew")),
                    source="structured",
                )
            )
        meds = []
        for med in record.get("medications") or []:
            name = str(med.get("name") or "").strip().lower()
            drug = self.drug_by_name.get(name)
            if drug is None:
                for token in re.split(r"[\s,()/]+", name):
                    drug = self.drug_by_name.get(token)
                    if drug:
                        break
            if drug is None or drug.kind == "gas":
                continue
            route = _normalise_route(med.get("route"))
            meds.append({"drug": drug, "route": route, "dose": med.get("dose"), "other": bool(med.get("prior_to_crew"))})
        return findings, meds

    def _merge_structured_meds(self, meds: list[Medication], structured: list[dict]) -> list[Medication]:
        """Each structured row is one administration; the narrative's count wins when it is higher."""
        if not structured:
            return meds
        rows: dict[tuple, dict] = {}
        for s in structured:
            key = (s["drug"].key, s["route"], s["other"])
            r = rows.setdefault(key, {"n": 0, "dose": s["dose"], "drug": s["drug"]})
            r["n"] += 1
        out = list(meds)
        for (key, route, other), r in rows.items():
            drug = r["drug"]
            match = [
                i for i, m in enumerate(out)
                if m.drug == drug.name and m.affirmed and m.performed_by_other == other and (m.route == route or m.route is None or route is None)
            ]
            if not match and any(m.drug == drug.name and m.source == "narrative" for m in out):
                continue  # the narrative says who gave it, or that it was not given; it decides
            if match:
                i = match[0]
                m = out[i]
                n = max(m.administrations, r["n"])
                new_route = m.route or route
                out[i] = dataclasses.replace(
                    m, route=new_route, dose=m.dose or r["dose"], administrations=n,
                    counts_toward_als2=_counts_toward_als2(drug, new_route),
                    als_scope=m.als_scope if m.source == "narrative" else self._als_scope(drug, new_route, drug.name),
                    affirmed=True, performed_by_other=other, infusion=new_route == "infusion",
                )
            else:
                out.append(
                    Medication(
                        drug=drug.name, route=route, dose=r["dose"], administrations=r["n"],
                        counts_toward_als2=_counts_toward_als2(drug, route),
                        als_scope=self._als_scope(drug, route, drug.name), evidence=(), affirmed=True,
                        performed_by_other=other, source="structured", infusion=route == "infusion",
                    )
                )
        return out


COMBINATION_GAP = re.compile(r"^\s*(?:[\d.]+\s*(?:mg|mcg|ml)?\s*)?(?:/|\+|&|and|w/|with|,)\s*$", re.I)
MERGE_GAP = re.compile(r"^[ \t\-/@:#]{0,3}(?:(?:with|via|and|w/|on|at|of|in)[ \t]{1,2})?$", re.I)


def _counts_toward_als2(drug, route: str | None) -> bool:
    """An IV/IO push or infusion of a non-crystalloid, non-dextrose drug (42 CFR 414.605; rules reference section 0)."""
    return drug.kind == "drug" and route in ("IV", "IO", "infusion")


def _merge_adjacent(findings: list[Finding], text: str) -> list[Finding]:
    """One mention written in pieces ("PIV 18g", "NRB 15 lpm", "applied AED and shocked x1") becomes one finding.

    Pieces merge when they name the same concept with the same status and only a few joining characters
    (spaces, "-", "/", "with", "via", "and") stand between them on the same line.
    """
    findings = sorted(findings, key=lambda f: (f.start, f.end))
    out: list[Finding] = []
    for f in findings:
        prev = out[-1] if out else None
        if (prev is not None and f.category != "medication" and prev.concept == f.concept and prev.status == f.status
                and prev.performed_by_other == f.performed_by_other and 0 <= f.start - prev.end <= 8
                and MERGE_GAP.match(text[prev.end : f.start])):
            end = max(prev.end, f.end)
            out[-1] = dataclasses.replace(prev, text=text[prev.start : end], end=end)
            continue
        out.append(f)
    return out


ROUTE_NAMES = {
    "iv": "IV", "intravenous": "IV", "ivp": "IV", "iv push": "IV", "io": "IO", "intraosseous": "IO", "im": "IM",
    "intramuscular": "IM", "in": "IN", "intranasal": "IN", "nasal": "IN", "sl": "SL", "sublingual": "SL", "po": "PO",
    "oral": "PO", "neb": "NEB", "nebulized": "NEB", "nebulizer": "NEB", "inhalation": "NEB", "sq": "SQ", "sc": "SQ",
    "subcutaneous": "SQ", "et": "ET", "endotracheal": "ET", "topical": "TOPICAL", "transdermal": "TOPICAL",
    "infusion": "infusion", "iv infusion": "infusion", "drip": "infusion", "iv drip": "infusion", "iv pump": "infusion",
    "inh": "NEB",
}


def _normalise_route(route: Any) -> str | None:
    if route is None:
        return None
    r = str(route).strip().lower()
    return ROUTE_NAMES.get(r, str(route).upper() if r else None)


@lru_cache(maxsize=1)
def load_extractor() -> Extractor:
    """The shared extractor (building it takes about a second)."""
    return Extractor()
