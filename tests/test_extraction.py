"""Findings and their status on the EMS phrasings that over-coded an untuned pipeline (DEVELOPERS.md)."""

from __future__ import annotations

import pytest


def find(facts, concept):
    return [f for f in facts.findings if f.concept == concept]


CASES = [
    # (narrative, concept, expected status of every mention, performed_by_other)
    ("PT DENIES CP SOB N/V NO LOC", "acute_cardiac_distress", "negated", False),
    ("PT DENIES CP SOB N/V NO LOC", "unconscious_or_shock", "negated", False),
    ("NO IV ACCESS OBTAINED PT PLACED ON NRB", "iv_access", "negated", False),
    ("NO IV ACCESS OBTAINED PT PLACED ON NRB", "oxygen", "affirmed", False),
    ("No distress but placed on NC 2 lpm", "oxygen", "affirmed", False),
    ("IV attempted x2 without success.", "iv_access", "attempted_unsuccessful", False),
    ("Unable to obtain IO access, 2 attempts.", "intraosseous_line", "attempted_unsuccessful", False),
    ("ETI attempted, missed, esophageal placement, tube pulled.", "endotracheal_intubation", "attempted_unsuccessful", False),
    ("Second attempt 7.5 ETT placed, +EtCO2.", "endotracheal_intubation", "affirmed", False),
    ("Will consider CPAP if work of breathing increases.", "cpap", "hypothetical", False),
    ("Prepared to pace if HR drops.", "cardiac_pacing", None, False),  # no cardiac_pacing found at all
    ("Hx of intubation for asthma.", "endotracheal_intubation", "historical", False),
    ("s/p cardioversion 2019 for afib.", "manual_defibrillation", "historical", False),
    ("Possible hip fx.", "unsecured_fracture", "uncertain", False),
    ("Mother has hx of stroke.", "stroke_symptoms", None, False),  # family or historical, never affirmed
    ("FD applied AED and shocked x1 prior to our arrival.", "aed_defibrillation", "affirmed", True),
    ("Bystander CPR in progress on arrival.", "cpr", "affirmed", True),
    ("PIV 20g R FA placed by sending facility.", "iv_access", "affirmed", True),
    ("Intubated at sending facility yesterday, 7.5 ETT.", "endotracheal_intubation", "affirmed", True),
    ("FD medic had intubated pt prior to our arrival.", "endotracheal_intubation", "affirmed", True),
    ("We took over CPR and defibrillated at 200J.", "manual_defibrillation", "affirmed", False),
    ("Pt pacing back and forth in the hallway, agitated.", "cardiac_pacing", None, False),
    ("TCP initiated at 70 bpm, 80 mA, capture confirmed.", "cardiac_pacing", "affirmed", False),
    ("Pt is unable to ambulate and cannot sit upright in a wheelchair.", "unable_to_sit_in_chair_or_wheelchair", "affirmed", False),
    ("Pt ambulated to the stretcher.", "unable_to_ambulate", "negated", False),
    ("Pt sitting in wheelchair on arrival.", "unable_to_sit_in_chair_or_wheelchair", "negated", False),
    ("Unable to get out of bed w/o 2 person assist, unable to walk.", "unable_to_ambulate", "affirmed", False),
    ("Restrained driver, airbag deployed.", "restraint_required", None, False),
    ("Soft restraints applied for combative pt.", "restraint_required", "affirmed", False),
    ("No change in mental status since the fall, pt confused.", "altered_mental_status", "affirmed", False),
    ("c-collar not indicated per protocol.", "spinal_motion_restriction", "negated", False),
]


@pytest.mark.parametrize("text,concept,status,other", CASES, ids=[f"{c[1]}:{c[0][:30]}" for c in CASES])
def test_status_on_ems_phrasing(extractor, text, concept, status, other):
    facts = extractor.extract(text)
    found = find(facts, concept)
    if status is None:
        assert not [f for f in found if f.counts_for_crew], found
        return
    assert found, f"{concept} not found"
    assert {f.status for f in found} == {status}, [(f.text, f.status) for f in found]
    assert {f.performed_by_other for f in found} == {other}, [(f.text, f.performed_by_other) for f in found]


@pytest.mark.parametrize(
    "text,concept",
    [
        ("tubed pt with 7.5", "endotracheal_intubation"),
        ("ETT 7.5 @ 23 cm at the teeth", "endotracheal_intubation"),
        ("shocked x2 @ 200J", "manual_defibrillation"),
        ("synchronized cardioversion at 100J", "manual_defibrillation"),
        ("NRB 15 lpm", "oxygen"),
        ("18g L AC", "iv_access"),
        ("12 lead shows STE in II, III, aVF", "twelve_lead_ecg"),
        ("PIV established", "iv_access"),
        ("IO L tibia", "intraosseous_line"),
        ("needle decompression L chest 2nd ICS", "chest_decompression"),
        ("pt is bed bound", "unable_to_get_up_without_assistance"),
        ("unable to bear weight on L leg", "unable_to_ambulate"),
        ("cannot sit upright", "unable_to_sit_in_chair_or_wheelchair"),
        ("i-gel #4 placed", "supraglottic_airway"),
        ("King LT-D inserted", "supraglottic_airway"),
        ("EtCO2 38 with good waveform", "capnography"),
        ("placed on 4-lead", "cardiac_monitoring"),
        ("CPAP 10 cmH2O", "cpap"),
        ("KED and c-collar applied", "spinal_motion_restriction"),
        ("BGL 45", "glucose_check"),
        ("tourniquet applied to R thigh", "bleeding_control"),
        ("surgical cric performed", "surgical_airway"),
        ("central line R IJ", "central_venous_line"),
        ("BVM ventilations at 10/min", "bvm_ventilation"),
    ],
)
def test_crew_phrasing_is_recognised(extractor, text, concept):
    found = find(extractor.extract(text), concept)
    assert found and all(f.affirmed for f in found), [(f.text, f.status) for f in found]


def test_iv_route_is_not_iv_access(extractor):
    facts = extractor.extract("Zofran 4 mg IV. Narcan 0.4 IV x2. Fentanyl 50 mcg IV.")
    assert not find(facts, "iv_access")


def test_structured_procedures_are_mapped(extractor):
    record = {"procedures": [{"name": "Intubation, orotracheal", "code": None, "successful": True},
                             {"name": "Defibrillation, AED", "code": "450661000124102", "successful": True},
                             {"name": "IO access", "code": None, "successful": False, "prior_to_crew": False}]}
    facts = extractor.extract("", record)
    by = {f.concept: f for f in facts.findings}
    assert by["endotracheal_intubation"].source == "structured" and by["endotracheal_intubation"].affirmed
    assert "aed_defibrillation" in by
    assert by["intraosseous_line"].attempted_unsuccessful
