"""Shared fixtures: the analyzer and extractor are built once per test session (about 5 s)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SHARED_CONTRACT = ROOT.parent / "shared" / "contract"


@pytest.fixture(scope="session")
def analyzer():
    from narrative_nlp import load_analyzer

    return load_analyzer()


@pytest.fixture(scope="session")
def extractor(analyzer):
    return analyzer.extractor


@pytest.fixture(scope="session")
def output_validator():
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "narrative_nlp" / "contract" / "analysis.schema.json").read_text())
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def check_output(output_validator):
    """Validate one analysis record against the contract and check span exactness."""

    def check(result: dict, narrative: str | None = None) -> dict:
        errors = [e.message for e in output_validator.iter_errors(result)]
        assert not errors, errors[:3]
        if result["status"] == "ok" and narrative is not None:
            for f in result["findings"]:
                assert narrative[f["start"] : f["end"]] == f["text"], f
        return result

    return check


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
