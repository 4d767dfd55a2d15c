"""Property tests (hypothesis): negation never affirms, spans are exact, the resolver is monotone and deterministic."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrative_nlp.facts import Facts, Finding, Medication
from narrative_nlp.rules import decide, load_tables

PHRASES = {
    "acute_cardiac_distress": ["chest pain", "CP", "palpitations", "chest pressure"],
    "acute_respiratory_distress": ["SOB", "shortness of breath", "difficulty breathing", "respiratory distress"],
    "seizure": ["seizure activity", "seizures"],
    "stroke_symptoms": ["facial droop", "slurred speech"],
    "iv_access": ["IV access", "PIV", "saline lock"],
    "endotracheal_intubation": ["intubation", "ETT"],
    "oxygen": ["oxygen", "O2"],
    "cpap": ["CPAP"],
    "twelve_lead_ecg": ["12 lead"],
    "spinal_motion_restriction": ["c-collar"],
    "intraosseous_line": ["IO access"],
    "unsecured_fracture": ["deformity", "fracture"],
}
PAIRS = [(c, p) for c, ps in PHRASES.items() for p in ps]
FILLER = st.sampled_from(["", "Pt is a 54 y/o M. ", "On arrival pt sitting up. ", "A&Ox4, GCS 15. ", "BP 130/80 HR 88. ",
                          "PT FOUND IN BED ", "- ", "S: "])
PREFIX = st.sampled_from(["Pt denies ", "denies ", "No ", "no ", "DENIES ", "NO ", "Negative for "])
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(pair=st.sampled_from(PAIRS), prefix=PREFIX, before=FILLER, after=FILLER)
def test_negating_a_concept_never_affirms_it(extractor, pair, prefix, before, after):
    concept, phrase = pair
    text = f"{before}{prefix}{phrase}. {after}"
    start = text.index(prefix) + len(prefix)
    end = start + len(phrase)
    facts = extractor.extract(text)
    hits = [f for f in facts.findings if f.concept == concept and f.start < end and start < f.end]
    assert not [f for f in hits if f.affirmed], (text, hits)


@SETTINGS
@given(parts=st.lists(st.one_of(st.sampled_from([p for _, p in PAIRS] + ["Epi 1mg IVP x3", "narcan 2mg IN", "\n", ". ",
                                                                           "ÄÖ ü ", "😀", "  ", "\t", "FD "]),
                                st.text(max_size=12)), max_size=14))
def test_every_span_is_exact(extractor, parts):
    text = " ".join(parts)
    facts = extractor.extract(text)
    for f in facts.findings:
        if f.source == "narrative":
            assert text[f.start : f.end] == f.text


@SETTINGS
@given(text=st.text(max_size=300))
def test_analyze_never_raises_on_arbitrary_text(analyzer, check_output, text):
    result = analyzer.analyze_record({"pcr_id": "H", "narrative": text})
    check_output(result, text)


# ---------------------------------------------------------------- resolver properties on hand-built facts
RANK = {"NONE": 0, "BLS": 1, "ALS1": 2, "ALS2": 3, "SCT": 4}
CONCEPTS = [
    ("endotracheal_intubation", "als2_procedure"), ("intraosseous_line", "als2_procedure"),
    ("manual_defibrillation", "als2_procedure"), ("iv_access", "als_intervention"),
    ("cardiac_monitoring", "als_intervention"), ("twelve_lead_ecg", "als_intervention"), ("oxygen", "bls_skill"),
    ("cpr", "bls_skill"), ("acute_cardiac_distress", "emergency_indicator"), ("unable_to_ambulate", "bed_confinement"),
    ("critical_care_beyond_paramedic", "context_cue"), ("emergency_response", "context_cue"),
]
finding_st = st.builds(
    lambda i, c, neg, other: Finding(id=f"f{i}", concept=c[0], category=c[1], text="", start=0, end=0, negated=neg,
                                     performed_by_other=other),
    st.integers(0, 10_000), st.sampled_from(CONCEPTS), st.booleans(), st.booleans(),
)
med_st = st.builds(
    lambda drug, route, n, other: Medication(drug, route, None, n, route in ("IV", "IO", "infusion"), True, (),
                                             performed_by_other=other, infusion=route == "infusion"),
    st.sampled_from(["epinephrine", "amiodarone", "fentanyl"]), st.sampled_from(["IV", "IO", "IM", "infusion"]),
    st.integers(1, 3), st.booleans(),
)
record_st = st.fixed_dictionaries({
    "pcr_id": st.just("P"), "narrative": st.just("x"),
    "service": st.fixed_dictionaries({
        "response_mode": st.sampled_from(["emergency", "non-emergency", None]),
        "service_type": st.sampled_from(["911-response", "interfacility", "scheduled", None]),
        "crew_levels": st.sampled_from([["Paramedic", "EMT-B"], ["EMT-B", "EMT-B"], ["RN", "Paramedic"], []]),
        "transported": st.sampled_from([True, None]),
    }),
})


def level_of(findings, meds, record):
    findings = [dataclasses.replace(f, id=f"f{i}") for i, f in enumerate(findings)]
    return decide(Facts("x", tuple(findings), tuple(meds)), record, load_tables())


@settings(max_examples=200, deadline=None)
@given(findings=st.lists(finding_st, max_size=6), meds=st.lists(med_st, max_size=3), record=record_st,
       data=st.data())
def test_removing_or_negating_a_finding_never_raises_the_level(findings, meds, record, data):
    base = RANK[level_of(findings, meds, record).level]
    if findings:
        i = data.draw(st.integers(0, len(findings) - 1))
        removed = findings[:i] + findings[i + 1 :]
        negated = findings[:i] + [dataclasses.replace(findings[i], negated=True)] + findings[i + 1 :]
        assert RANK[level_of(removed, meds, record).level] <= base
        assert RANK[level_of(negated, meds, record).level] <= base
    if meds:
        j = data.draw(st.integers(0, len(meds) - 1))
        assert RANK[level_of(findings, meds[:j] + meds[j + 1 :], record).level] <= base


@settings(max_examples=200, deadline=None)
@given(findings=st.lists(finding_st, max_size=6), meds=st.lists(med_st, max_size=3), record=record_st)
def test_adding_an_als2_procedure_to_an_als_crew_never_lowers_the_level(findings, meds, record):
    record = {**record, "service": {**record["service"], "crew_levels": ["Paramedic", "EMT-B"]}}
    base = RANK[level_of(findings, meds, record).level]
    more = findings + [Finding(id="new", concept="endotracheal_intubation", category="als2_procedure", text="",
                               start=0, end=0)]
    after = level_of(more, meds, record).level
    assert RANK[after] >= base
    assert RANK[after] >= RANK["ALS2"] or after == "SCT"


@settings(max_examples=60, deadline=None)
@given(findings=st.lists(finding_st, max_size=6), meds=st.lists(med_st, max_size=3), record=record_st)
def test_resolver_is_deterministic(findings, meds, record):
    a = level_of(findings, meds, record)
    b = level_of(findings, meds, record)
    assert a == b
