"""The only package that imports spaCy and medspaCy: text in, :class:`~narrative_nlp.facts.Facts` out."""

from .pipeline import Extractor, load_extractor

__all__ = ["Extractor", "load_extractor"]
