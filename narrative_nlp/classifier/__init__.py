"""ICD-10-CM suggestions from facts: a calibrated scikit-learn pipeline plus impressions and rules."""

from .model import IcdSuggester, load_suggester

__all__ = ["IcdSuggester", "load_suggester"]
