"""Medication mentions -> drug, route, dose and number of administrations.

Works on plain strings around a drug mention that the target matcher found; no spaCy here,
so it is easy to test on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (route, pattern) in priority order; the earliest match after the drug wins.
ROUTE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("infusion", re.compile(r"\b(?:drip|gtt|gtts|infusion|infusing|infused|titrat\w*|mcg/kg/min|mcg/kg/hr|mcg/min|mcg/hr|mg/min|mg/hr|mg/h|units?/hr|units?/kg/hr|ml/hr|ml/h|cc/hr)\b", re.I)),
    ("IO", re.compile(r"\b(?:io|intraosseous(?:ly)?|via\s+io)\b", re.I)),
    ("IV", re.compile(r"\b(?:ivp|iv\s*push|slow\s*iv|ivpb|iv|intravenous(?:ly)?|i\.v\.?)\b", re.I)),
    ("IM", re.compile(r"\b(?:im|intramuscular(?:ly)?|deltoid|vastus|lateral\s+thigh|in\s+the\s+thigh)\b", re.I)),
    ("IN", re.compile(r"\b(?:IN|intranasal(?:ly)?|nasal(?:ly)?|MAD|atomizer|nares|nare|per\s+nose)\b")),
    ("IN", re.compile(r"\b(?:intranasal(?:ly)?|nasal(?:ly)?|atomizer|nares|mucosal atomi\w+)\b", re.I)),
    ("SL", re.compile(r"\b(?:sl|sublingual(?:ly)?|under\s+(?:the\s+)?tongue|spray)\b", re.I)),
    ("PO", re.compile(r"\b(?:po|p\.o\.|by\s+mouth|orally|oral|chewed|chew|chewable|swallowed|odt|buccal)\b", re.I)),
    ("NEB", re.compile(r"\b(?:neb|nebs|nebulized|nebulizer|nebulised|nebulization|svn|hhn|inhaled|inh|mdi|inhaler|puffs?)\b", re.I)),
    ("SQ", re.compile(r"\b(?:sq|subq|sub-q|subcut|subcutaneous(?:ly)?)\b", re.I)),
    ("ET", re.compile(r"\b(?:via\s+ett|down\s+the\s+tube|endotracheal(?:ly)?)\b", re.I)),
    ("TOPICAL", re.compile(r"\b(?:topical(?:ly)?|transdermal|paste|patch|ointment)\b", re.I)),
]
SYNONYM_ROUTE = {
    "duoneb": "NEB", "duo-neb": "NEB", "duo neb": "NEB", "combivent": "NEB", "nitro paste": "TOPICAL",
    "nitropaste": "TOPICAL", "ntg paste": "TOPICAL", "nitro-bid": "TOPICAL", "nitrobid": "TOPICAL",
    "epipen": "IM", "epi-pen": "IM", "epi pen": "IM", "auto-injector": "IM", "autoinjector": "IM", "auvi-q": "IM",
    "narcan nasal": "IN", "glucose gel": "PO", "oral glucose": "PO", "insta-glucose": "PO", "instaglucose": "PO",
    "glutose": "PO", "glucose paste": "PO", "glucose tabs": "PO", "glucose tablets": "PO", "oral glucose gel": "PO",
    "nitro spray": "SL", "ntg spray": "SL", "nitroglycerin spray": "SL", "racemic epi": "NEB",
    "racemic epinephrine": "NEB", "zofran odt": "PO", "ondansetron odt": "PO", "nitrous oxide": "INH",
    "nitronox": "INH", "n2o": "INH", "heparin drip": "infusion", "heparin gtt": "infusion", "insulin drip": "infusion",
    "activated charcoal": "PO", "charcoal": "PO", "actidose": "PO",
}
DOSE_RE = re.compile(
    r"(\d+(?:\.\d+)?|\.\d+)\s*(mcg/kg/min|mcg/kg|mg/kg|mcg/min|mg/min|mg/hr|units?/hr|ml/hr|mcg|μg|ug|mg|meq|mEq|grams?|gm|g|ml|mL|cc|units?|u|l)\b",
    re.I,
)
COUNT_RE = re.compile(
    r"\bx\s*(\d{1,2})\b(?!\s*(?:min|mins|minutes|sec|secs|seconds|hrs|hours|lpm|l\b|liters|days|weeks|yrs|years)\b)"
    r"(?!\s*hr\b(?!\s*(?:up|down|\d|increas|decreas|improv|now|to\b|of\b|=|:)))"
    r"|\b(\d{1,2})\s*(?:doses|times|rounds|administrations|pushes|boluses|total\s+doses)\b",
    re.I,
)
TOTAL_RE = re.compile(r"\b(?:total\s+of|total|in\s+total|totaling|totalling)\s*(\d{1,2})\b"
                      r"|\bx\s*(\d{1,2})\s+(?:total|in\s+total)\b|\b(\d{1,2})\s+(?:doses\s+)?total\b", re.I)
MORE_BEFORE = [(re.compile(r"\b(?:two|2)\s+(?:more|additional|further)\s*$", re.I), 2),
               (re.compile(r"\b(?:three|3)\s+(?:more|additional|further)\s*$", re.I), 3)]
WORD_COUNTS = [
    (re.compile(r"\b(?:three|3)\s+(?:separate\s+)?(?:doses|times|rounds)\b|\bthrice\b", re.I), 3),
    (re.compile(r"\b(?:two|2)\s+(?:separate\s+)?(?:doses|times|rounds)\b|\btwice\b", re.I), 2),
    (re.compile(r"\b(?:four|4)\s+(?:separate\s+)?(?:doses|times|rounds)\b", re.I), 4),
]
ORDINAL_RE = re.compile(r"\b(second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?:dose|round|administration|push|bolus|epi|amp)\b", re.I)
ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
REPEATED_TIMES = re.compile(r"\b(?:repeat(?:ed)?|re-?dosed?)\s*x\s*\d", re.I)
REPEAT_RE = re.compile(r"\b(?:repeat(?:ed)?|again|another|additional|re-?dosed?|re-?administered)\b", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    """What one drug mention says: route, dose, how many administrations it states."""

    route: str | None
    dose: str | None
    count: int
    total: bool
    ordinal: int
    repeat: bool
    explicit: bool = True  # says something of its own (dose, route, count, ordinal or repeat)


SEQUENCE_JOIN = re.compile(r",|;|\b(?:then|repeat\w*|additional|another|followed|again|more|and)\b", re.I)


def _is_gauge(match: re.Match) -> bool:
    """'18g', '20 g' next to an IV are catheter gauges, not grams."""
    return match.group(2).lower() in ("g", "gm") and match.group(1) in {"14", "16", "18", "20", "22", "24"}


def _dose_sequence(after: str) -> int:
    """Number of doses written in a row after one drug name, each joined by a route or "then"."""
    doses = [m for m in DOSE_RE.finditer(after)
             if not after[max(0, m.start() - 1) : m.start()].endswith("(") and not _is_gauge(m)]
    n = 1 if doses else 0
    for a, b in zip(doses, doses[1:]):
        if "/kg" in a.group(2).lower():
            continue  # "4 mg/kg IM, 300 mg": the weight-based dose and the dose given are one administration
        if SEQUENCE_JOIN.search(after[a.end() : b.start()]):
            n += 1
    return max(n, 1)


def find_route(after: str, before: str, synonym: str) -> str | None:
    if synonym.lower() in SYNONYM_ROUTE:
        return SYNONYM_ROUTE[synonym.lower()]
    best: tuple[int, str] | None = None
    for route, pattern in ROUTE_PATTERNS:
        m = pattern.search(after)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), route)
    if best:
        return best[1]
    for route, pattern in ROUTE_PATTERNS:
        if pattern.search(before):
            return route
    return None


def parse_mention(after: str, before: str, synonym: str) -> Mention:
    """Read route, dose and count from the text after (and just before) a drug mention."""
    route = find_route(after, before, synonym)
    own_route = route is not None and find_route(after, "", synonym) is not None
    dose_match = next((m for m in DOSE_RE.finditer(after) if not _is_gauge(m)), None) or DOSE_RE.search(before)
    dose = f"{dose_match.group(1)} {dose_match.group(2)}" if dose_match else None
    count, total = 1, False
    m = TOTAL_RE.search(after)
    if m:
        count, total = int(next(g for g in m.groups() if g)), True
    elif any(p.search(before) for p, _n in MORE_BEFORE):
        count = next(n for p, n in MORE_BEFORE if p.search(before))  # "then two more albuterol nebs"
    else:
        m = COUNT_RE.search(after)
        if m:
            count = int(m.group(1) or m.group(2))
            if REPEATED_TIMES.search(after[: m.end()]):
                count += 1  # "1 mg IO, repeated x2": the first dose and two repeats
        else:
            for pattern, n in WORD_COUNTS:
                if pattern.search(after):
                    count = n
                    break
            else:
                if route != "infusion":  # a titrated drip lists several rates, still one infusion
                    count = max(count, _dose_sequence(after))
    ordinal = 0
    om = ORDINAL_RE.search(before + " " + after)
    if om:
        ordinal = ORDINALS[om.group(1).lower()]
    repeat = bool(REPEAT_RE.search(before) or REPEAT_RE.search(after[:25]))
    count = max(0, min(count, 20))
    explicit = bool(dose_match or own_route or count != 1 or total or ordinal or repeat)
    return Mention(route=route, dose=dose, count=count, total=total, ordinal=ordinal, repeat=repeat, explicit=explicit)
