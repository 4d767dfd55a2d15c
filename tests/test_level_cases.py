"""Worked examples (rules reference §7) and our own cases: level, HCPCS, flags, mileage, modifiers.

Each case in data/level_cases.jsonl names the rule it tests; a new case is one more line.
"""

from __future__ import annotations

import pytest

from conftest import DATA, ROOT, read_jsonl
from narrative_nlp.ingest import validate_record

CASES = read_jsonl(DATA / "level_cases.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[f"{c['id']}" for c in CASES])
def test_level_case(analyzer, check_output, case):
    record = validate_record(case["record"])
    result = check_output(analyzer.analyze_record(record), record["narrative"])
    exp = case["expected"]
    rule = case["rule"]
    assert result["level"]["supported"] == exp["level"], rule
    assert result["level"]["hcpcs"] == exp["hcpcs"], rule
    if "emergency" in exp:
        assert result["level"]["emergency"] == exp["emergency"], rule
    if "necessity_documented" in exp:
        assert result["necessity"]["documented"] == exp["necessity_documented"], rule
    if "bed_confined" in exp:
        assert result["necessity"]["bed_confined"]["met"] == exp["bed_confined"], rule
    if "mileage_units" in exp:
        assert result["mileage"]["units"] == exp["mileage_units"], rule
    if "modifiers" in exp:
        assert result["modifiers"] == exp["modifiers"], rule
    if "billing_verdict" in exp:
        assert result["billing_check"]["verdict"] == exp["billing_verdict"], rule
    codes = {f["code"] for f in result["flags"]}
    for flag in exp.get("flags", []):
        assert flag in codes, f"{flag} not raised: {rule}"
    for flag in exp.get("flags_absent", []):
        assert flag not in codes, f"{flag} raised: {rule}"
    assert result["level"]["reasons"], "every decision carries its reasons"


def test_worked_examples_are_all_there():
    ids = {c["id"] for c in CASES}
    assert {f"wx{i:02d}" for i in range(1, 23)} <= ids
    assert len([c for c in CASES if c["source"] == "own"]) >= 60


def test_every_flag_is_raised_somewhere_and_withheld_elsewhere():
    import yaml

    vocab = yaml.safe_load((ROOT / "narrative_nlp" / "contract" / "vocabulary.yaml").read_text())
    for flag in vocab["flags"]:
        raised = [c["id"] for c in CASES if flag in c["expected"].get("flags", [])]
        withheld = [c["id"] for c in CASES if flag in c["expected"].get("flags_absent", [])]
        assert raised, f"no case raises {flag}"
        assert withheld, f"no case withholds {flag}"
