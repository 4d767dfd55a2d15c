"""Medication parsing: drug names (brands, slang), route, dose, administration counts, ALS2 counting."""

from __future__ import annotations

import pytest

from narrative_nlp.nlp.medications import parse_mention


def meds(extractor, text, record=None):
    return {(m.drug, m.route): m for m in extractor.extract(text, record).medications}


@pytest.mark.parametrize(
    "text,drug,route,n,counts",
    [
        ("Epi 1mg IVP x3 q4min", "epinephrine", "IV", 3, True),
        ("epi 1:10 1 mg IO, repeated x2", "epinephrine", "IO", 3, True),
        ("narcan 2mg IN", "naloxone", "IN", 1, False),
        ("versed 5 mg IM for seizure", "midazolam", "IM", 1, False),
        ("zofran 4 IV", "ondansetron", "IV", 1, True),
        ("D50 25g IV", "dextrose", "IV", 1, False),
        ("amio 150 mg IV over 10 min", "amiodarone", "IV", 1, True),
        ("bicarb 50 mEq IVP", "sodium bicarbonate", "IV", 1, True),
        ("NTG 0.4 SL x3", "nitroglycerin", "SL", 3, False),
        ("albuterol 2.5 mg neb x2", "albuterol", "NEB", 2, False),
        ("NS 500 mL bolus IV", "normal saline", "IV", 1, False),
        ("levophed drip at 8 mcg/min titrated", "norepinephrine", "infusion", 1, True),
        ("adenosine 6 mg IV, then a second dose of adenosine 12 mg IV", "adenosine", "IV", 2, True),
    ],
)
def test_medication_parsing(extractor, text, drug, route, n, counts):
    found = meds(extractor, text)
    assert (drug, route) in found, found
    m = found[(drug, route)]
    assert m.administrations == n
    assert m.counts_toward_als2 == counts


def test_three_iv_pushes_of_different_drugs(extractor):
    found = extractor.extract("Fentanyl 100 mcg IV, zofran 4 mg IV, toradol 15 mg IV.").medications
    assert sum(m.qualifying_administrations for m in found) == 3


def test_negated_and_others_doses_do_not_count(extractor):
    found = extractor.extract("Narcan 4 mg IN given by PD prior to arrival. Zofran not given. Pt refused versed.").medications
    assert sum(m.qualifying_administrations for m in found) == 0
    assert all(not m.counts_for_crew for m in found)


def test_running_drip_mentioned_twice_is_one_infusion(extractor):
    found = extractor.extract("Heparin infusion 18 units/kg/hr on pump. Heparin gtt maintained en route.").medications
    heparin = [m for m in found if m.drug == "heparin"]
    assert len(heparin) == 1 and heparin[0].administrations == 1 and heparin[0].infusion


def test_structured_medications_merge_without_double_counting(extractor):
    record = {"medications": [{"name": "Epinephrine", "route": "IV", "dose": "1 mg"} for _ in range(3)]}
    found = meds(extractor, "Epi 1mg IVP x3 during arrest.", record)
    assert found[("epinephrine", "IV")].administrations == 3


def test_structured_only_medication_is_added(extractor):
    record = {"medications": [{"name": "Amiodarone", "route": "IV", "dose": "300 mg"}]}
    found = meds(extractor, "Pt in VF, CPR in progress.", record)
    assert found[("amiodarone", "IV")].source == "structured"


def test_parse_mention_counts():
    assert parse_mention(" 1 mg IV x3", "", "epi").count == 3
    assert parse_mention(" 0.4 mg SL q5min x2", "", "ntg").count == 2
    assert parse_mention(" 1 mg IV, total of 4 doses", "", "epi").count == 4
    assert parse_mention(" 2 mg IV", "", "narcan").route == "IV"
    assert parse_mention(" via IO 1 mg", "", "epi").route == "IO"
    assert parse_mention(" 10 mg", "", "duoneb").route == "NEB"
