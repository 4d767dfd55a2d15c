"""Coded errors, in one place.

Codes are grouped by layer: E0xx ingest, E1xx rules and tables, E2xx nlp resources,
E3xx classifier, E4xx cli. A message names the thing, the cause and the fix, and never
quotes narrative text or identifiers from a record.
"""

from __future__ import annotations


class ErrorsWithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    # ingest: record-level (these codes appear in output records)
    E001 = "Line is not valid JSON ({detail}). Fix the JSON syntax of this record."
    E002 = "Record has no 'pcr_id' (a non-empty string). Add the PCR's identifier."
    E003 = "Bytes are not valid UTF-8 (first bad byte at offset {offset}). Re-export the file as UTF-8."
    E004 = "Record does not match the PCR schema: {detail}."
    E005 = "Narrative is {size} characters, above the {limit} character limit. Split or trim the narrative."
    E006 = "Record is not a JSON object (got {kind}). Each line or array item must be one PCR object."
    E007 = "Text file is empty; there is no narrative to analyze."
    E008 = "NEMSIS report could not be mapped: {detail}."
    E009 = "The analyzer failed on this record ({kind}). This is a bug; report the record id, never its text."
    # ingest: file-level
    E010 = "No such file or folder: {path}."
    E011 = "Unsupported input type '{suffix}' for {path}; use .txt, .json, .jsonl or .xml (NEMSIS v3.5)."
    E012 = "Could not read {path}: {detail}."
    # rules and tables
    E101 = "Rule table {path} has unknown key(s) {keys}; allowed: {allowed}."
    E102 = "Rule table {path} is missing key(s) {keys}."
    E103 = "Rule table {path} names unknown id '{value}' in '{field}'; it must be one of the contract vocabulary ids."
    E104 = "Rule table {path} row {row} has no citation; every rule needs its source."
    # nlp resources
    E201 = "Resource {path} has unknown key(s) {keys} in '{where}'; allowed: {allowed}."
    E202 = "Resource {path} uses concept '{concept}' not in the vocabulary or the resource's extra concepts."
    E203 = "Resource {path} has an invalid regular expression in '{where}': {detail}."
    E204 = "Resource {path} is missing key(s) {keys} in '{where}'."
    E205 = "Resource {path} lists the phrase '{phrase}' twice ({first} and {second}); overlapping matches keep only one, so the other rule would be dead. Keep it in one place."
    # classifier
    E301 = "Model file {path} has sha256 {digest}, which this package does not know. Retrain with 'narrative-nlp train' or reinstall; unknown model files are never loaded."
    E302 = "Model file {path} not found. Run 'narrative-nlp train' to build it."
    E303 = "ICD-10-CM category table {path} lists invalid code '{code}'."
    # cli
    E401 = "Cannot write output {path}: {detail}."


class NarrativeNLPError(Exception):
    """Base class of the package's exceptions."""


class InputError(NarrativeNLPError, ValueError):
    """A whole input (file or folder) cannot be read."""


class RecordError(NarrativeNLPError, ValueError):
    """One record cannot be analyzed; carries a stable code for the output record."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def __reduce__(self):  # picklable, so records can cross process boundaries (screen --workers)
        return (RecordError, (self.code, self.message))


class ResourceError(NarrativeNLPError, ValueError):
    """A rule table or term list is malformed."""


class ModelIntegrityError(NarrativeNLPError, RuntimeError):
    """A model file is missing or its hash is not one the package knows."""
