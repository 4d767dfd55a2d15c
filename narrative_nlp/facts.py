"""Plain data extracted from a narrative: the only thing rules and the classifier see.

No spaCy object crosses this boundary. Offsets are character offsets into the original
narrative, so ``narrative[f.start:f.end] == f.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STATUS_FIELDS = (
    "negated",
    "historical",
    "hypothetical",
    "family",
    "uncertain",
    "attempted_unsuccessful",
)


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    concept: str
    category: str
    text: str
    start: int
    end: int
    negated: bool = False
    historical: bool = False
    hypothetical: bool = False
    family: bool = False
    uncertain: bool = False
    attempted_unsuccessful: bool = False
    performed_by_other: bool = False
    source: str = "narrative"

    @property
    def affirmed(self) -> bool:
        """Present or done: not negated, historical, hypothetical, family, uncertain or failed."""
        return not any(getattr(self, name) for name in STATUS_FIELDS)

    @property
    def counts_for_crew(self) -> bool:
        return self.affirmed and not self.performed_by_other

    @property
    def status(self) -> str:
        for name in STATUS_FIELDS:
            if getattr(self, name):
                return name
        return "affirmed"


@dataclass(frozen=True, slots=True)
class Medication:
    drug: str
    route: str | None
    dose: str | None
    administrations: int
    counts_toward_als2: bool
    als_scope: bool
    evidence: tuple[str, ...] = ()
    affirmed: bool = True
    performed_by_other: bool = False
    source: str = "narrative"
    infusion: bool = False

    @property
    def counts_for_crew(self) -> bool:
        return self.affirmed and not self.performed_by_other

    @property
    def qualifying_administrations(self) -> int:
        return self.administrations if (self.counts_toward_als2 and self.counts_for_crew) else 0


@dataclass(frozen=True, slots=True)
class Facts:
    narrative: str
    findings: tuple[Finding, ...] = ()
    medications: tuple[Medication, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    def crew(self, concept: str) -> list[Finding]:
        """Findings of a concept that count for the billing crew."""
        return [f for f in self.findings if f.concept == concept and f.counts_for_crew]

    def affirmed(self, concept: str) -> list[Finding]:
        return [f for f in self.findings if f.concept == concept and f.affirmed]

    def by_category(self, category: str, *, crew_only: bool = True) -> list[Finding]:
        return [
            f
            for f in self.findings
            if f.category == category and (f.counts_for_crew if crew_only else f.affirmed)
        ]
