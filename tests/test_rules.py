"""Rule tables and the resolver's pieces: mileage units, billing verdicts, table validation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from narrative_nlp.errors import ResourceError
from narrative_nlp.facts import Facts, Finding, Medication
from narrative_nlp.rules import decide, load_tables, mileage_units
from narrative_nlp.rules.ruletables import validate_flags, validate_levels


@pytest.mark.parametrize("miles,units", [("1.43", 1.5), ("0.9", 0.9), ("12", 12.0), ("99.91", 100.0),
                                         ("100.3", 101.0), ("7.0", 7.0)])
def test_mileage_units_round_up(miles, units):
    # CR 7065: up to the next tenth below 100 miles, up to the next whole mile from 100
    assert mileage_units(Decimal(miles), 100) == units


def f(concept, category, **kw):
    return Finding(id=kw.pop("id", f"f_{concept}"), concept=concept, category=category, text="", start=0, end=0, **kw)


ALS_CREW = {"pcr_id": "R", "narrative": "x", "service": {"response_mode": "emergency", "crew_levels": ["Paramedic", "EMT-B"],
                                                         "transported": True}}


def test_resolver_on_hand_built_facts():
    tables = load_tables()
    facts = Facts("x", (f("endotracheal_intubation", "als2_procedure"),))
    assert decide(facts, ALS_CREW, tables).level == "ALS2"
    facts = Facts("x", (f("endotracheal_intubation", "als2_procedure", attempted_unsuccessful=True),
                        f("supraglottic_airway", "als_intervention")))
    d = decide(facts, ALS_CREW, tables)
    assert (d.level, d.hcpcs) == ("ALS1", "A0427")
    assert "ALS2_ATTEMPTED_PROCEDURE" in {fl.code for fl in d.flags}


def test_two_iv_pushes_plus_dextrose_stay_als1_with_review_flag():
    tables = load_tables()
    meds = (Medication("naloxone", "IV", "0.4 mg", 1, True, True, ("a",)),
            Medication("midazolam", "IV", "5 mg", 1, True, True, ("b",)),
            Medication("dextrose", "IV", "25 g", 1, False, True, ("c",)))
    d = decide(Facts("x", (), meds), ALS_CREW, tables)
    assert d.level == "ALS1"
    codes = {fl.code for fl in d.flags}
    assert "ALS2_DEXTROSE_NOT_COUNTED" in codes and "DOCUMENTATION_OPPORTUNITY" in codes


def test_emt_basic_crew_caps_at_bls():
    tables = load_tables()
    record = {**ALS_CREW, "service": {**ALS_CREW["service"], "crew_levels": ["EMT-B", "EMT-B"]}}
    d = decide(Facts("x", (f("iv_access", "als_intervention"),)), record, tables)
    assert d.level == "BLS" and d.hcpcs == "A0429"
    assert "CREW_LEVEL_MISMATCH" in {fl.code for fl in d.flags}


@pytest.mark.parametrize("billed,verdict,flag", [
    ("A0433", "over", "LEVEL_OVER_BILLED"), ("A0427", "match", None), ("A0429", "under", "LEVEL_UNDER_BILLED"),
])
def test_billing_verdicts(billed, verdict, flag):
    tables = load_tables()
    record = {**ALS_CREW, "billed": {"hcpcs": [billed, "A0425"]}}
    d = decide(Facts("x", (f("iv_access", "als_intervention"),)), record, tables)
    assert d.billing_check["verdict"] == verdict
    codes = {fl.code for fl in d.flags}
    if flag:
        assert flag in codes
    assert not ({"LEVEL_OVER_BILLED", "LEVEL_UNDER_BILLED"} - {flag}) & codes


def test_tables_reject_unknown_keys_and_ids():
    tables = load_tables()
    bad = dict(tables.levels, extra_key=1)
    with pytest.raises(ResourceError, match="E101"):
        validate_levels(bad)
    bad = dict(tables.levels)
    bad["als2_procedures"] = {"citation": "x", "concepts": ["tubing"]}
    with pytest.raises(ResourceError, match="E103"):
        validate_levels(bad)
    flags = {"flags": dict(tables.flags)}
    flags["flags"]["NARRATIVE_EMPTY"] = {"severity": "error", "message": "m"}
    with pytest.raises(ResourceError, match="E104"):
        validate_flags(flags)


def test_every_table_row_has_a_citation():
    tables = load_tables()
    assert all(row["citation"] for row in tables.levels["hcpcs"])
    assert all(spec["citation"] and spec["message"] for spec in tables.flags.values())
