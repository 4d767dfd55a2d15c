"""Load the versioned rule tables and check them against the contract vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import Errors, ResourceError
from ..vocabulary import concept_categories, flag_ids, level_ids

LEVEL_KEYS = {
    "table", "version", "rank", "hcpcs", "no_transport_with_contact", "mileage_hcpcs", "crew", "als2_procedures",
    "als2_medications", "als_interventions", "als_assessment", "sct", "death_before_transport", "origin_destination",
    "mileage",
}
FLAG_KEYS = {"severity", "citation", "message"}
SEVERITIES = {"error", "warning", "info"}


@dataclass(frozen=True)
class Tables:
    version: str
    levels: dict[str, Any]
    flags: dict[str, dict[str, str]]

    def hcpcs(self, level: str, emergency: bool) -> str:
        for row in self.levels["hcpcs"]:
            if row["level"] == level:
                return row["emergency"] if emergency else row["non_emergency"]
        raise KeyError(level)

    def level_of_hcpcs(self, code: str) -> tuple[str, bool] | None:
        for row in self.levels["hcpcs"]:
            if code == row["emergency"]:
                return row["level"], row["emergency"] != row["non_emergency"]
            if code == row["non_emergency"]:
                return row["level"], False
        if code == self.levels["no_transport_with_contact"]["hcpcs"]:
            return "NONE", False
        return None


def _read(name: str) -> dict[str, Any]:
    text = resources.files("narrative_nlp.rules.tables").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def validate_levels(data: dict[str, Any], path: str = "levels.yaml") -> None:
    unknown = set(data) - LEVEL_KEYS
    if unknown:
        raise ResourceError(Errors.E101.format(path=path, keys=sorted(unknown), allowed=sorted(LEVEL_KEYS)))
    missing = LEVEL_KEYS - set(data)
    if missing:
        raise ResourceError(Errors.E102.format(path=path, keys=sorted(missing)))
    levels = level_ids()
    concepts = concept_categories()
    for i, row in enumerate(data["hcpcs"]):
        if row["level"] not in levels:
            raise ResourceError(Errors.E103.format(path=path, value=row["level"], field="hcpcs.level"))
        if not row.get("citation"):
            raise ResourceError(Errors.E104.format(path=path, row=f"hcpcs[{i}]"))
    for name in ("als2_procedures", "als_interventions"):
        for concept in data[name]["concepts"]:
            if concept not in concepts:
                raise ResourceError(Errors.E103.format(path=path, value=concept, field=name))
    for name in ("als2_procedures", "als2_medications", "als_interventions", "als_assessment", "sct",
                 "death_before_transport", "origin_destination", "mileage", "crew", "no_transport_with_contact"):
        if not data[name].get("citation"):
            raise ResourceError(Errors.E104.format(path=path, row=name))
    for level in data["rank"]:
        if level not in levels:
            raise ResourceError(Errors.E103.format(path=path, value=level, field="rank"))


def validate_flags(data: dict[str, Any], path: str = "flags.yaml") -> None:
    contract = flag_ids()
    missing = contract - set(data["flags"])
    if missing:
        raise ResourceError(Errors.E102.format(path=path, keys=sorted(missing)))
    for code, body in data["flags"].items():
        unknown = set(body) - FLAG_KEYS
        if unknown:
            raise ResourceError(Errors.E101.format(path=path, keys=sorted(unknown), allowed=sorted(FLAG_KEYS)))
        if not body.get("citation"):
            raise ResourceError(Errors.E104.format(path=path, row=code))
        if body.get("severity") not in SEVERITIES:
            raise ResourceError(Errors.E103.format(path=path, value=body.get("severity"), field=f"{code}.severity"))


@lru_cache(maxsize=1)
def load_tables() -> Tables:
    levels = _read("levels.yaml")
    flags = _read("flags.yaml")
    validate_levels(levels)
    validate_flags(flags)
    return Tables(version=f"{levels['version']}", levels=levels, flags=flags["flags"])
