"""The contract vocabulary (levels, concept ids by category, flag ids), loaded once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    text = resources.files("narrative_nlp.contract").joinpath("vocabulary.yaml").read_text()
    return yaml.safe_load(text)


def concept_categories() -> dict[str, str]:
    """concept id -> category id, for the contract's concepts."""
    out: dict[str, str] = {}
    for category, concepts in vocabulary()["concepts"].items():
        for concept in concepts:
            out[concept] = category
    return out


def flag_ids() -> set[str]:
    return set(vocabulary()["flags"])


def level_ids() -> set[str]:
    return set(vocabulary()["levels"])
