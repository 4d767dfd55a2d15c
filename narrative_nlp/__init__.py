"""narrative_nlp: screen ambulance PCR narratives for Medicare level of service, necessity and documentation gaps.

Nothing heavy is imported here; ``load_analyzer()`` builds the pipeline on first use.
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def load_analyzer(*, icd: bool = True):
    """The analyzer with the pipeline, rule tables and (when present) the ICD-10-CM model loaded."""
    from .analyzer import Analyzer

    return Analyzer(icd=icd)


def analyze(record: dict):
    """Analyze one PCR record (a dict per pcr.schema.json) and return the contract output."""
    from .ingest import validate_record

    return _default().analyze_record(validate_record(record))


_ANALYZER = None


def _default():
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = load_analyzer()
    return _ANALYZER
