"""ICD-10-CM suggestions: real codes only, impressions validated, unknown model files refused."""

from __future__ import annotations

import shutil

import pytest
import simple_icd_10_cm as cm

from conftest import ROOT, read_jsonl
from narrative_nlp.classifier.model import categories, load_model
from narrative_nlp.errors import ModelIntegrityError

MODEL_DIR = ROOT / "models"
needs_model = pytest.mark.skipif(not (MODEL_DIR / "icd_model.joblib").exists(), reason="no trained model in models/")


def test_category_table_is_valid_and_billable():
    cats = categories()
    assert len(cats) >= 60
    for code, description in cats.values():
        assert cm.is_valid_item(code) and cm.is_leaf(code)
        assert description == cm.get_description(code)


def test_model_file_with_unknown_hash_is_refused(tmp_path):
    fake = tmp_path / "icd_model.joblib"
    fake.write_bytes(b"not the model we trained")
    with pytest.raises(ModelIntegrityError, match="E301"):
        load_model(tmp_path)


def test_missing_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(ModelIntegrityError, match="E302"):
        load_model(tmp_path)


@needs_model
def test_tampered_model_is_refused(tmp_path):
    shutil.copy(MODEL_DIR / "icd_model.joblib", tmp_path / "icd_model.joblib")
    with (tmp_path / "icd_model.joblib").open("ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelIntegrityError, match="E301"):
        load_model(tmp_path)


@needs_model
def test_every_suggested_code_exists_on_the_corpora(analyzer):
    from narrative_nlp.ingest import Item, validate_record

    records = read_jsonl(ROOT / "corpora" / "samples" / "pcrs.jsonl") + [
        {"pcr_id": r["id"], "narrative": r["narrative"]} for r in read_jsonl(ROOT / "corpora" / "icd" / "heldout.jsonl")
    ]
    items = [Item("t", record=validate_record(r), pcr_id=r["pcr_id"]) for r in records]
    seen = 0
    for result in analyzer.analyze_items(items):
        for s in result["icd10"]:
            assert cm.is_valid_item(s["code"]), s
            assert s["description"] == cm.get_description(s["code"])
            assert s["source"] in ("model", "impression", "rule")
            assert 0 <= s["score"] <= 1
            seen += 1
    assert seen >= len(records)


@needs_model
def test_negated_chest_pain_does_not_vote_for_chest_pain(analyzer):
    affirmed = analyzer.analyze_record({"pcr_id": "c1", "narrative": "58 y/o M c/o substernal chest pain radiating to L arm, "
                                        "diaphoretic. 12 lead NSR. ASA 324 PO, NTG 0.4 SL."})
    negated = analyzer.analyze_record({"pcr_id": "c2", "narrative": "58 y/o M fell from ladder, L wrist deformity. "
                                       "Denies chest pain. Splinted, ice pack."})
    assert affirmed["icd10"][0]["code"].startswith(("R07", "I21", "I20"))
    assert not any(s["code"].startswith("R07") for s in negated["icd10"])


def test_impressions_are_validated(analyzer):
    result = analyzer.analyze_record({"pcr_id": "i1", "narrative": "Pt found down, BGL 32.",
                                      "provider_impressions": ["E16.2", "X99.999", "I21"]})
    codes = {s["code"]: s for s in result["icd10"]}
    assert codes["E16.2"]["source"] == "impression"
    flags = {f["code"] for f in result["flags"]}
    assert "ICD_IMPRESSION_INVALID" in flags and "ICD_IMPRESSION_NOT_BILLABLE" in flags
    assert "X99.999" not in codes


@needs_model
@pytest.mark.slow
def test_train_reproduces_the_shipped_model(tmp_path):
    """`narrative-nlp train` on corpora/icd gives the shipped model: same vocabulary, weights and temperature.

    (In a fresh process the file is byte-for-byte the same, sha256 included; inside a long test session
    pickle may share string objects differently, so the content is compared here.)
    """
    import json

    import joblib
    import numpy as np

    from narrative_nlp import evaluation

    meta = evaluation.train_icd(ROOT / "corpora" / "icd", tmp_path, register=False)
    ours, shipped = joblib.load(tmp_path / "icd_model.joblib"), joblib.load(MODEL_DIR / "icd_model.joblib")
    assert ours.named_steps["tfidf"].vocabulary_ == shipped.named_steps["tfidf"].vocabulary_
    assert np.array_equal(ours.named_steps["tfidf"].idf_, shipped.named_steps["tfidf"].idf_)
    a, b = ours.named_steps["clf"], shipped.named_steps["clf"]
    assert np.array_equal(a.coef_, b.coef_) and np.array_equal(a.intercept_, b.intercept_)
    assert a.temperature_ == b.temperature_ and list(a.classes_) == list(b.classes_)
    info = json.loads((MODEL_DIR / "icd_model.json").read_text())
    assert info["sha256"] in json.loads((ROOT / "narrative_nlp" / "classifier" / "known_models.json").read_text())["sha256"]
    assert info["training_data_sha256"] == meta["training_data_sha256"]
    for key in ("sklearn", "categories", "metrics_heldout", "seed"):
        assert info[key]
