"""The package's copy of the contract equals ../shared/contract, and real outputs validate against it."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, SHARED_CONTRACT, read_jsonl

CONTRACT_FILES = ["pcr.schema.json", "analysis.schema.json", "vocabulary.yaml"]


@pytest.mark.parametrize("name", CONTRACT_FILES)
def test_contract_copy_matches_shared(name):
    if not SHARED_CONTRACT.is_dir():
        pytest.skip("../shared/contract is not present on this machine")
    ours = (ROOT / "narrative_nlp" / "contract" / name).read_bytes()
    theirs = (SHARED_CONTRACT / name).read_bytes()
    assert ours == theirs, f"narrative_nlp/contract/{name} differs from ../shared/contract/{name}"


def test_every_sample_output_is_contract_valid(analyzer, check_output):
    records = read_jsonl(ROOT / "corpora" / "samples" / "pcrs.jsonl")
    assert len(records) >= 20
    from narrative_nlp.ingest import Item, validate_record

    items = [Item("samples", record=validate_record(r), pcr_id=r["pcr_id"]) for r in records]
    results = list(analyzer.analyze_items(items))
    assert [r["pcr_id"] for r in results] == [r["pcr_id"] for r in records]
    for record, result in zip(records, results):
        assert result["status"] == "ok"
        check_output(result, record["narrative"])


def test_output_uses_vocabulary_ids(analyzer):
    import yaml

    vocab = yaml.safe_load((ROOT / "narrative_nlp" / "contract" / "vocabulary.yaml").read_text())
    contract_concepts = {c for cs in vocab["concepts"].values() for c in cs}
    record = {"pcr_id": "V1", "narrative": "Pt intubated with 7.5 ETT, 18g IV L AC, NRB 15 lpm. Pt c/o chest pain.",
              "service": {"response_mode": "emergency", "crew_levels": ["Paramedic", "EMT-B"], "transported": True}}
    result = analyzer.analyze_record(record)
    assert result["level"]["supported"] in vocab["levels"]
    by_concept = {f["concept"]: f for f in result["findings"]}
    for concept in ("endotracheal_intubation", "iv_access", "oxygen", "acute_cardiac_distress"):
        assert concept in by_concept and concept in contract_concepts
        assert by_concept[concept]["category"] in vocab["categories"]
    # flags of our own are UPPER_SNAKE like the contract's
    for flag in result["flags"]:
        assert flag["code"] == flag["code"].upper()


def test_versions_block_is_filled(analyzer):
    result = analyzer.analyze_record({"pcr_id": "V2", "narrative": "Pt denies complaints."})
    assert result["versions"]["package"]
    assert "tables" in result["versions"]["rules"]
    assert json.dumps(result)  # serialisable
