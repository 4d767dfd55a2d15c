"""Pure rules over facts: the level resolver, necessity and documentation checks."""

from .decide import Decision, Flag, decide, mileage_units, resolve_level
from .ruletables import Tables, load_tables

__all__ = ["Decision", "Flag", "Tables", "decide", "load_tables", "mileage_units", "resolve_level"]
