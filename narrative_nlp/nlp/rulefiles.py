"""Load and validate the term lists and modifier rules under ``nlp/resources``.

Unknown keys, concept ids outside the vocabulary and invalid regular expressions raise
:class:`~narrative_nlp.errors.ResourceError` when the file loads, not at record 10,000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import Errors, ResourceError
from ..vocabulary import concept_categories

RESOURCE_PACKAGE = "narrative_nlp.nlp.resources"
CONCEPT_KEYS = {"category", "phrases", "regex", "negative_phrases", "negative_regex"}
CONTEXT_GROUP_KEYS = {"category", "direction", "max_scope", "allowed_types", "excluded_types", "phrases"}
CONTEXT_CATEGORIES = {
    "NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HISTORICAL", "HYPOTHETICAL", "FAMILY",
    "ATTEMPTED_UNSUCCESSFUL", "ATTEMPT", "PERFORMED_BY_OTHER", "PATIENT_OWN", "TERMINATE", "PSEUDO",
    "HISTORICAL_SHORT", "CREW_MARKER", "ACTION",
}
DIRECTIONS = {"FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"}
DRUG_KEYS = {"kind", "name", "synonyms", "bls_routes", "bls_synonyms"}
DRUG_KINDS = {"drug", "crystalloid", "dextrose", "gas"}


@dataclass(frozen=True)
class ConceptSpec:
    concept: str
    category: str
    phrases: tuple[str, ...]
    regex: tuple[str, ...]
    negative_phrases: tuple[str, ...]
    negative_regex: tuple[str, ...]


@dataclass(frozen=True)
class DrugSpec:
    key: str
    name: str
    kind: str
    synonyms: tuple[str, ...]
    bls_routes: tuple[str, ...]
    bls_synonyms: tuple[str, ...]


def _load_yaml(name: str) -> dict[str, Any]:
    text = resources.files(RESOURCE_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _check_keys(path: str, where: str, obj: dict, allowed: set[str], required: set[str] = frozenset()) -> None:
    unknown = set(obj) - allowed
    if unknown:
        raise ResourceError(Errors.E201.format(path=path, keys=sorted(unknown), where=where, allowed=sorted(allowed)))
    missing = set(required) - set(obj)
    if missing:
        raise ResourceError(Errors.E204.format(path=path, keys=sorted(missing), where=where))


def _check_regex(path: str, where: str, pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ResourceError(Errors.E203.format(path=path, where=where, detail=exc)) from None


def parse_target_rules(data: dict[str, Any], path: str = "target_rules.yaml") -> tuple[str, list[ConceptSpec]]:
    _check_keys(path, "(top level)", data, {"version", "extra_concepts", "concepts"}, {"version", "concepts"})
    known = dict(concept_categories())
    for category, concepts in (data.get("extra_concepts") or {}).items():
        for concept in concepts:
            known[concept] = category
    specs = []
    seen: dict[str, str] = {}
    for concept, body in data["concepts"].items():
        for phrase in (*(body.get("phrases") or ()), *(body.get("negative_phrases") or ())):
            key = str(phrase).lower()
            if key in seen:
                raise ResourceError(Errors.E205.format(path=path, phrase=key, first=seen[key], second=concept))
            seen[key] = concept
        _check_keys(path, concept, body, CONCEPT_KEYS, {"category"})
        if concept not in known or known[concept] != body["category"]:
            raise ResourceError(Errors.E202.format(path=path, concept=concept))
        for key in ("regex", "negative_regex"):
            for pattern in body.get(key) or ():
                _check_regex(path, f"{concept}.{key}", pattern)
        specs.append(
            ConceptSpec(
                concept=concept,
                category=body["category"],
                phrases=tuple(str(p) for p in body.get("phrases") or ()),
                regex=tuple(body.get("regex") or ()),
                negative_phrases=tuple(str(p) for p in body.get("negative_phrases") or ()),
                negative_regex=tuple(body.get("negative_regex") or ()),
            )
        )
    return str(data["version"]), specs


def parse_context_rules(data: dict[str, Any], path: str = "context_rules.yaml") -> tuple[str, list[dict], dict]:
    _check_keys(path, "(top level)", data, {"version", "groups", "terminating_types"}, {"version", "groups"})
    terminating = data.get("terminating_types") or {}
    for category, stoppers in terminating.items():
        for name in (category, *stoppers):
            if name not in CONTEXT_CATEGORIES:
                raise ResourceError(Errors.E201.format(path=path, keys=[name], where="terminating_types", allowed=sorted(CONTEXT_CATEGORIES)))
    groups = []
    seen: dict[str, str] = {}
    for i, group in enumerate(data["groups"]):
        for phrase in group.get("phrases") or ():
            key = str(phrase).lower()
            if key in seen:
                raise ResourceError(Errors.E205.format(path=path, phrase=key, first=seen[key], second=f"groups[{i}]"))
            seen[key] = f"groups[{i}]"
        where = f"groups[{i}]"
        _check_keys(path, where, group, CONTEXT_GROUP_KEYS, {"category", "direction", "phrases"})
        if group["category"] not in CONTEXT_CATEGORIES:
            raise ResourceError(Errors.E201.format(path=path, keys=[group["category"]], where=where, allowed=sorted(CONTEXT_CATEGORIES)))
        if group["direction"] not in DIRECTIONS:
            raise ResourceError(Errors.E201.format(path=path, keys=[group["direction"]], where=where, allowed=sorted(DIRECTIONS)))
        groups.append(group)
    return str(data["version"]), groups, terminating


def parse_drugs(data: dict[str, Any], path: str = "drugs.yaml") -> tuple[str, list[DrugSpec]]:
    _check_keys(path, "(top level)", data, {"version", "drugs"}, {"version", "drugs"})
    out = []
    for key, body in data["drugs"].items():
        _check_keys(path, key, body, DRUG_KEYS, {"kind", "synonyms"})
        if body["kind"] not in DRUG_KINDS:
            raise ResourceError(Errors.E201.format(path=path, keys=[body["kind"]], where=key, allowed=sorted(DRUG_KINDS)))
        out.append(
            DrugSpec(
                key=key,
                name=body.get("name") or key.replace("_", " "),
                kind=body["kind"],
                synonyms=tuple(str(s) for s in body["synonyms"]),
                bls_routes=tuple(str(r) for r in body.get("bls_routes") or ()),
                bls_synonyms=tuple(str(s) for s in body.get("bls_synonyms") or ()),
            )
        )
    return str(data["version"]), out


@lru_cache(maxsize=1)
def target_rules() -> tuple[str, list[ConceptSpec]]:
    return parse_target_rules(_load_yaml("target_rules.yaml"))


@lru_cache(maxsize=1)
def context_rules() -> tuple[str, list[dict], dict]:
    return parse_context_rules(_load_yaml("context_rules.yaml"))


@lru_cache(maxsize=1)
def drugs() -> tuple[str, list[DrugSpec]]:
    return parse_drugs(_load_yaml("drugs.yaml"))
