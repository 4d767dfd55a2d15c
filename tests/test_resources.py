"""Term lists and modifier rules are data validated at load; spaCy stays inside narrative_nlp.nlp."""

from __future__ import annotations

import ast

import pytest

from conftest import ROOT
from narrative_nlp.errors import ResourceError
from narrative_nlp.nlp import rulefiles


def test_resources_load():
    version, specs = rulefiles.target_rules()
    assert version and len(specs) > 40
    _, groups, terminating = rulefiles.context_rules()
    assert groups and terminating
    _, drugs = rulefiles.drugs()
    assert len(drugs) >= 80
    assert sum(len(d.synonyms) for d in drugs) > 300


def test_every_contract_concept_has_rules():
    from narrative_nlp.vocabulary import concept_categories

    _, specs = rulefiles.target_rules()
    covered = {s.concept for s in specs}
    missing = set(concept_categories()) - covered - {"medication_als", "emergency_treatment_en_route"}
    assert not missing, missing


def test_unknown_key_in_target_rules_is_an_error():
    data = {"version": "t", "concepts": {"oxygen": {"category": "bls_skill", "phrase": ["o2"]}}}
    with pytest.raises(ResourceError, match="E201"):
        rulefiles.parse_target_rules(data)


def test_unknown_concept_is_an_error():
    data = {"version": "t", "concepts": {"oxygenation": {"category": "bls_skill", "phrases": ["o2"]}}}
    with pytest.raises(ResourceError, match="E202"):
        rulefiles.parse_target_rules(data)


def test_bad_regex_and_duplicate_phrase_are_errors():
    data = {"version": "t", "concepts": {"oxygen": {"category": "bls_skill", "regex": ["(unclosed"]}}}
    with pytest.raises(ResourceError, match="E203"):
        rulefiles.parse_target_rules(data)
    data = {"version": "t", "concepts": {"oxygen": {"category": "bls_skill", "phrases": ["o2"]},
                                         "cpap": {"category": "als_intervention", "phrases": ["O2"]}}}
    with pytest.raises(ResourceError, match="E205"):
        rulefiles.parse_target_rules(data)


def test_context_rules_reject_unknown_category():
    data = {"version": "t", "groups": [{"category": "NEGATION", "direction": "FORWARD", "phrases": ["no"]}]}
    with pytest.raises(ResourceError, match="E201"):
        rulefiles.parse_context_rules(data)


def _imports(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("package", ["rules", "classifier", "facts.py", "report.py", "ingest", "evaluation.py"])
def test_only_nlp_imports_spacy(package):
    target = ROOT / "narrative_nlp" / package
    files = [target] if target.is_file() else list(target.rglob("*.py"))
    for path in files:
        heavy = [m for m in _imports(path) if m.split(".")[0] in ("spacy", "medspacy")]
        assert not heavy, f"{path} imports {heavy}; only narrative_nlp.nlp may"
