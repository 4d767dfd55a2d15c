"""The coder's decision: level, HCPCS, necessity, mileage, modifiers and documentation flags.

Pure functions over :class:`~narrative_nlp.facts.Facts` and the structured record: no I/O, no
clock, no globals beyond the rule tables passed in. Same input, same output. When a rule is
unsettled the lower level wins and a review flag says why (rules reference section 0 and §9).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal, InvalidOperation
from typing import Any

from ..facts import Facts, Finding
from .ruletables import Tables

ZIP_RE = re.compile(r"^\d{5}(?:-\d{4})?$")
FACILITY_TYPES = {"nursing-facility", "hospital", "dialysis", "diagnostic-site", "hospice", "physician-office"}
CRITERIA = (
    ("unable_to_get_up_without_assistance", "unable to get up from bed without assistance",
     "Document whether the patient could get up from bed without help."),
    ("unable_to_ambulate", "unable to ambulate", "Document whether the patient could walk."),
    ("unable_to_sit_in_chair_or_wheelchair", "unable to sit in a chair or wheelchair",
     "Document whether the patient could sit in a chair or wheelchair."),
)
LEVEL_NAMES = {"NONE": "no billable level", "BLS": "BLS", "ALS1": "ALS1", "ALS2": "ALS2", "SCT": "SCT",
               "FW": "fixed-wing", "RW": "rotor-wing"}


@dataclass
class Flag:
    code: str
    severity: str
    message: str
    evidence: list[str] = field(default_factory=list)


@dataclass
class Decision:
    level: str
    hcpcs: str | None
    emergency: bool | None
    reasons: list[str]
    evidence: list[str]
    necessity: dict[str, Any]
    mileage: dict[str, Any]
    modifiers: list[str]
    flags: list[Flag]
    billing_check: dict[str, Any]


# ---------------------------------------------------------------------------- helpers
def _service(record: dict) -> dict:
    return record.get("service") or {}


def _has_structure(record: dict) -> bool:
    return any(k not in ("pcr_id", "narrative") for k in record)


def _cue(facts: Facts, concept: str) -> list[Finding]:
    return [f for f in facts.findings if f.concept == concept and f.affirmed]


def _ids(findings) -> list[str]:
    return [f.id for f in findings]


def _miles(value: Any) -> tuple[Decimal | None, bool]:
    """Loaded miles as a Decimal, and whether it was recorded to the tenth."""
    if value is None or value == "":
        return None, False
    text = str(value).strip()
    try:
        miles = Decimal(text)
    except InvalidOperation:
        return None, False
    if isinstance(value, int) and not isinstance(value, bool):
        return miles, False
    precise = "." in text
    return miles, precise


def mileage_units(miles: Decimal, whole_from: int) -> float:
    """A0425 units: up to the next tenth below 100 miles, up to the next whole mile from 100 (CR 7065)."""
    if miles >= whole_from:
        return float(miles.to_integral_value(rounding=ROUND_CEILING))
    return float((miles * 10).to_integral_value(rounding=ROUND_CEILING) / 10)


def decide_emergency(facts: Facts, record: dict) -> tuple[bool | None, str]:
    """Emergency is decided by the response (record first, then the narrative), not by the transport."""
    service = _service(record)
    mode = service.get("response_mode")
    if mode == "emergency" and service.get("service_type") == "scheduled":
        return False, ("The record gives an emergency response mode for a scheduled service; a scheduled transport is "
                       "not an emergency response (42 CFR 414.605).")
    if mode == "emergency":
        return True, "The record gives an emergency response."
    if mode == "non-emergency":
        return False, "The record gives a non-emergency response."
    stype = service.get("service_type")
    if stype in ("911-response", "intercept"):
        return True, "The record gives a 911 response."
    if stype in ("scheduled", "unscheduled-non-emergency"):
        return False, f"The record gives a {stype} service."
    emergency_cues = _cue(facts, "emergency_response")
    non_cues = _cue(facts, "non_emergency_response")
    if emergency_cues and not non_cues:
        return True, "The narrative describes an emergency response (e.g. '%s')." % emergency_cues[0].text
    if non_cues and not emergency_cues:
        return False, "The narrative describes a non-emergency response (e.g. '%s')." % non_cues[0].text
    return None, "Nothing says whether the response was an emergency."


# ---------------------------------------------------------------------------- necessity
def assess_necessity(facts: Facts, emergency: bool | None, tables: Tables) -> dict[str, Any]:
    indicators = [f for f in facts.findings if f.category == "emergency_indicator" and f.affirmed]
    other = [f for f in facts.findings if f.category == "necessity_other" and f.affirmed]
    crew_care = [f for f in facts.findings if f.category in ("als_intervention", "als2_procedure") and f.counts_for_crew]
    crew_care += [f for f in facts.findings if f.concept == "oxygen" and f.counts_for_crew]
    derived = []
    if emergency and crew_care and indicators:
        derived = ["emergency_treatment_en_route"]
    situation = []
    acute = [f for f in facts.findings if f.affirmed and f.category in ("condition", "bed_confinement")]
    if emergency and (acute or indicators or other):
        # transported in an emergency situation (accident, injury, acute illness): MBPM 10 §10.2.1 list
        situation = ["emergency_situation"]
    criteria = {}
    for concept, _label, _hint in CRITERIA:
        hits = [f for f in facts.findings if f.concept == concept and f.affirmed]
        criteria[concept] = hits[0] if hits else None
    met = all(criteria.values())
    # ongoing critical care, a drip or a ventilator the crew maintains: the patient needed care en route
    care_en_route = []
    if [f for f in facts.findings if f.concept == "critical_care_beyond_paramedic" and f.affirmed] or [
            m for m in facts.medications if m.infusion and m.counts_for_crew]:
        care_en_route = ["care_en_route"]
    documented = bool(indicators or other or met or derived or situation or care_en_route)
    return {
        "documented": documented,
        "emergency_indicators": sorted({f.concept for f in indicators} | set(derived)),
        "other": sorted({f.concept for f in other} | set(situation) | set(care_en_route)),
        "bed_confined": {
            "met": met,
            **{c: (f.id if f else None) for c, f in criteria.items()},
        },
        "_evidence": _ids(indicators) + _ids(other) + [f.id for f in criteria.values() if f],
        "_criteria": criteria,
    }


# ---------------------------------------------------------------------------- level
def resolve_level(facts: Facts, record: dict, tables: Tables) -> tuple[str, str | None, bool | None, list[str], list[str], list[Flag]]:
    """Supported level, HCPCS, emergency, reasons, evidence ids and level-related flags."""
    L = tables.levels
    service = _service(record)
    crew = list(service.get("crew_levels") or [])
    crew_known = bool(crew)
    als_crew = [c for c in crew if c in L["crew"]["als"]]
    specialty_crew = [c for c in crew if c in L["crew"]["specialty"]]
    unit = service.get("unit_type")
    transported = service.get("transported")
    emergency, em_reason = decide_emergency(facts, record)
    reasons: list[str] = [em_reason]
    evidence: list[str] = []
    flags: list[Flag] = []

    refused = _cue(facts, "refused_transport")
    cancelled = _cue(facts, "cancelled_before_contact")
    dead = _cue(facts, "pronounced_dead")
    patient_care = [f for f in facts.findings if f.category in ("als2_procedure", "als_intervention", "bls_skill", "medication") and f.affirmed]

    if transported is None:
        if cancelled and not patient_care:
            transported = False
        elif refused and not dead:
            transported = False

    # death before transport: BLS base rate with QL, no mileage (section 0)
    if transported is False and dead:
        code = tables.hcpcs("BLS", bool(emergency))
        reasons.append(
            f"The patient was pronounced dead after the call and before transport ('{dead[0].text}'): the BLS base rate "
            f"{code} with modifier QL and no mileage ({L['death_before_transport']['citation']})."
        )
        return "BLS", code, emergency, reasons, [dead[0].id], flags

    if transported is False:
        if not patient_care and (cancelled or (not facts.narrative.strip() and not refused)):
            why = f"Cancelled before patient contact ('{cancelled[0].text}')" if cancelled else (
                "No transport and no patient contact documented (empty narrative)")
            reasons.append(f"{why}: no code.")
            return "NONE", None, emergency, reasons, _ids(cancelled[:1]), flags
        reasons.append(
            "No transport: Medicare pays no ambulance benefit; A0998 (response and treatment, no transport) for other payers "
            f"({L['no_transport_with_contact']['citation']})."
        )
        return "NONE", L["no_transport_with_contact"]["hcpcs"], emergency, reasons, _ids(refused[:1]), flags

    if unit in ("rotor-wing", "fixed-wing"):
        level = "RW" if unit == "rotor-wing" else "FW"
        code = tables.hcpcs(level, False)
        reasons.append(f"Air transport by {unit} aircraft: {code}, whatever the crew's skill (42 CFR 414.605; MBPM 10 §10.4).")
        return level, code, emergency, reasons, [], flags

    narrative_concepts = {f.concept for f in facts.findings if f.source == "narrative" and f.counts_for_crew}
    # a structured ALS2 procedure counts only when the narrative documents it (never above the documentation)
    crew_findings = [f for f in facts.findings if f.counts_for_crew and not (
        f.source == "structured" and f.concept in L["als2_procedures"]["concepts"] and f.concept not in narrative_concepts)]
    als2_procs = [f for f in crew_findings if f.concept in L["als2_procedures"]["concepts"]]
    failed_als2 = [f for f in facts.findings if f.concept in L["als2_procedures"]["concepts"]
                   and f.attempted_unsuccessful and not f.performed_by_other
                   and not (f.negated or f.hypothetical or f.historical or f.family)]
    other_als2 = [f for f in facts.findings if f.concept in L["als2_procedures"]["concepts"] and f.affirmed and f.performed_by_other]
    interventions = [f for f in crew_findings if f.concept in L["als_interventions"]["concepts"]]
    qualifying_meds = [m for m in facts.medications if m.qualifying_administrations > 0]
    n_admin = sum(m.qualifying_administrations for m in qualifying_meds)
    als_meds = [m for m in facts.medications if m.als_scope and m.counts_for_crew]
    dextrose_iv = [m for m in facts.medications if m.drug == "dextrose" and m.counts_for_crew and m.route in ("IV", "IO", "infusion")]

    candidate = "BLS"
    why: list[str] = []
    if als2_procs:
        candidate = "ALS2"
        names = ", ".join(sorted({f.concept.replace("_", " ") for f in als2_procs}))
        why.append(f"ALS2 procedure performed by the crew: {names} ({L['als2_procedures']['citation']}).")
        evidence += _ids(als2_procs)
    elif n_admin >= L["als2_medications"]["minimum_administrations"]:
        candidate = "ALS2"
        desc = ", ".join(f"{m.drug} {m.route} x{m.administrations}" for m in qualifying_meds)
        why.append(f"{n_admin} separate IV/IO push or infusion administrations of non-crystalloid medications ({desc}) "
                   f"({L['als2_medications']['citation']}).")
        for m in qualifying_meds:
            evidence += list(m.evidence)
    if candidate != "ALS2":
        if n_admin:
            why.append(f"Only {n_admin} qualifying IV/IO medication administration(s); ALS2 needs 3.")
        if failed_als2:
            names = ", ".join(sorted({f.concept.replace('_', ' ') for f in failed_als2}))
            why.append(f"Attempted but unsuccessful ALS2 procedure ({names}) does not establish ALS2 (rules reference section 0, §9).")
            flags.append(_flag(tables, "ALS2_ATTEMPTED_PROCEDURE", _ids(failed_als2), procedure=names))
        if dextrose_iv and n_admin + sum(m.administrations for m in dextrose_iv) >= 3:
            flags.append(_flag(tables, "ALS2_DEXTROSE_NOT_COUNTED", [e for m in dextrose_iv for e in m.evidence]))
        if other_als2:
            names = ", ".join(sorted({f.concept.replace('_', ' ') for f in other_als2}))
            why.append(f"ALS2 procedure(s) done by others before the crew or at the sending facility ({names}) do not count for the crew (section 0).")
        if interventions or als_meds or failed_als2:
            candidate = "ALS1"
            parts = sorted({f.concept.replace("_", " ") for f in interventions} | {f"{m.drug} ({m.route or 'route not stated'})" for m in als_meds})
            if failed_als2 and not parts:
                parts = ["attempted ALS2 procedure"]
            why.append(f"ALS intervention by the crew: {', '.join(parts)} ({L['als_interventions']['citation']}).")
            evidence += _ids(interventions) + [e for m in als_meds for e in m.evidence] + _ids(failed_als2)

    assessment = _cue(facts, "als_assessment")
    bls_dispatch = _cue(facts, "bls_level_dispatch")
    # any documented patient assessment (the narrative itself) by an ALS crew member on an emergency response
    assessed = bool(assessment) or bool(facts.narrative.strip())
    if candidate == "BLS" and emergency and als_crew and not bls_dispatch and assessed:
        candidate = "ALS1"
        why.append(f"ALS assessment by an ALS crew member ({', '.join(als_crew)}) on an emergency response "
                   f"({L['als_assessment']['citation']}).")
        evidence += _ids(assessment[:1])
    elif candidate == "BLS" and emergency and als_crew and bls_dispatch:
        why.append(f"Dispatch was BLS-level ('{bls_dispatch[0].text}'): the ALS assessment does not qualify (MBPM 10 §30.1.1).")

    # SCT: interfacility, specialty professional, care beyond paramedic scope
    interfacility = service.get("service_type") == "interfacility" or bool(_cue(facts, "interfacility_transfer"))
    critical = _cue(facts, "critical_care_beyond_paramedic")
    specialty = specialty_crew or ([] if crew_known else [f.text for f in _cue(facts, "specialty_crew_on_board")])
    scene_call = service.get("service_type") == "911-response"
    if interfacility and not scene_call and specialty and critical:
        candidate = "SCT"
        why = [f"Interfacility transfer with care beyond paramedic scope ('{critical[0].text}') by a specialty professional "
               f"({', '.join(specialty)}) ({L['sct']['citation']})."]
        evidence = _ids(critical[:3])

    # crew cap
    if crew_known and not als_crew and not specialty_crew and candidate in ("ALS1", "ALS2", "SCT"):
        care = ", ".join(sorted({f.concept.replace('_', ' ') for f in als2_procs + interventions} | {m.drug for m in als_meds})) or candidate
        flags.append(_flag(tables, "CREW_LEVEL_MISMATCH", evidence[:], care=care, crew=", ".join(crew)))
        why.append(f"The crew ({', '.join(crew)}) has no ALS-certified member: the level is capped at BLS ({L['crew']['citation']}).")
        candidate = "BLS"
    if candidate == "BLS":
        why.append(f"BLS: ground transport with care within EMT-Basic scope ({tables.hcpcs('BLS', False)}/{tables.hcpcs('BLS', True)}; 42 CFR 414.605).")
    code = tables.hcpcs(candidate, bool(emergency))
    if service.get("response_mode") == "emergency" and service.get("service_type") == "scheduled":
        flags.append(_flag(tables, "EMERGENCY_RESPONSE_UNSUPPORTED", [], detail=(
            "The response is recorded as an emergency, but the service is a scheduled transport.")))
    if emergency is None and candidate in ("BLS", "ALS1"):
        flags.append(_flag(tables, "EMERGENCY_STATUS_UNKNOWN", []))
    reasons += why
    return candidate, code, emergency, reasons, list(dict.fromkeys(evidence)), flags


def _flag(tables: Tables, code: str, evidence: list[str], **fields: Any) -> Flag:
    spec = tables.flags[code]
    message = spec["message"].format(**fields) if fields else spec["message"]
    return Flag(code=code, severity=spec["severity"], message=message, evidence=list(dict.fromkeys(evidence)))


# ---------------------------------------------------------------------------- documentation checks
def _place_missing(place: dict | None) -> list[str]:
    place = place or {}
    missing = [name for name in ("address", "city", "state") if not (place.get(name) or "").strip()]
    zip_code = (place.get("zip") or "").strip()
    if not zip_code:
        missing.append("ZIP code")
    elif not ZIP_RE.match(zip_code):
        missing.append("a valid 5-digit ZIP code")
    return missing


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def check_documentation(facts: Facts, record: dict, level: str, hcpcs: str | None, emergency: bool | None,
                        necessity: dict, tables: Tables) -> tuple[list[Flag], dict, list[str], dict]:
    """Flags, mileage block, modifiers and billing check."""
    L = tables.levels
    flags: list[Flag] = []
    service = _service(record)
    structured = _has_structure(record)
    death = level == "BLS" and bool(_cue(facts, "pronounced_dead")) and service.get("transported") is False
    transported = level != "NONE" and not death

    if not facts.narrative.strip():
        flags.append(_flag(tables, "NARRATIVE_EMPTY", []))

    if transported and not necessity["documented"] and facts.narrative.strip():
        flags.append(_flag(tables, "NECESSITY_NOT_DOCUMENTED", []))

    criteria = necessity["_criteria"]
    bed_claim = [f for f in facts.findings if f.category == "bed_confinement"] + _cue(facts, "bed_bound_status")
    if transported and emergency is not True and bed_claim and not necessity["bed_confined"]["met"]:
        missing = [(label, hint) for concept, label, hint in CRITERIA if not criteria[concept]]
        flags.append(_flag(tables, "BED_CONFINEMENT_INCOMPLETE", _ids(bed_claim),
                           missing=_join([m[0] for m in missing]), hint=" ".join(m[1] for m in missing)))

    mileage_block: dict[str, Any] = {"loaded_miles": None, "hcpcs": None, "units": None}
    modifiers: list[str] = []
    if structured:
        pickup, dest = record.get("pickup"), record.get("destination")
        stype = service.get("service_type")
        if transported and emergency is False:
            from_facility = (pickup or {}).get("location_type") in FACILITY_TYPES
            pcs = record.get("pcs") or {}
            if (stype == "scheduled" or from_facility) and pcs.get("present") is not True:
                kind = "scheduled" if stype == "scheduled" else "facility"
                flags.append(_flag(tables, "PCS_MISSING", [], kind=kind))
        if transported or death:
            missing = _place_missing(pickup)
            if missing:
                flags.append(_flag(tables, "PICKUP_ADDRESS_INCOMPLETE", [], missing=_join(missing)))
        if transported:
            missing = _place_missing(dest)
            if missing:
                flags.append(_flag(tables, "DESTINATION_ADDRESS_INCOMPLETE", [], missing=_join(missing)))
        m = record.get("mileage") or {}
        miles, precise = _miles(m.get("loaded_miles"))
        if transported:
            if miles is None:
                flags.append(_flag(tables, "MILEAGE_MISSING", []))
            else:
                whole_from = L["mileage"]["whole_miles_from"]
                if not precise and miles < whole_from:
                    flags.append(_flag(tables, "MILEAGE_PRECISION", [], miles=str(m.get("loaded_miles")), example=f"{miles:.1f}"))
                unit = service.get("unit_type") or "ground"
                code = next((r["hcpcs"] for r in L["mileage_hcpcs"] if r["unit_type"] == unit), None)
                mileage_block = {"loaded_miles": float(miles), "hcpcs": code, "units": mileage_units(miles, whole_from)}
                scene, dest_odo = m.get("odometer_at_scene"), m.get("odometer_at_destination")
                if isinstance(scene, (int, float)) and isinstance(dest_odo, (int, float)):
                    driven = Decimal(str(dest_odo)) - Decimal(str(scene))
                    tol = Decimal(str(L["mileage"]["odometer_tolerance"]))
                    if abs(driven - miles) > tol:
                        flags.append(_flag(tables, "MILEAGE_INCONSISTENT", [], miles=f"{miles}", odometer=f"{driven}",
                                           tolerance=L["mileage"]["odometer_tolerance"]))
        if transported or death:
            letters = L["origin_destination"]["letters"]
            o = letters.get((pickup or {}).get("location_type"))
            d = letters.get((dest or {}).get("location_type"))
            if death:
                pass  # no transport: QL alone (MBPM 10 §10.2.6)
            elif o and d:
                modifiers.append(o + d)
        if death:
            modifiers.append(L["death_before_transport"]["modifier"])
        sig = record.get("signature") or {}
        signer = sig.get("signer")
        if transported or death:
            if signer in (None, "none"):
                flags.append(_flag(tables, "SIGNATURE_MISSING", []))
            elif signer in ("representative", "crew", "facility") and not (sig.get("patient_unable_reason") or "").strip():
                flags.append(_flag(tables, "SIGNATURE_REASON_MISSING", [], signer={"crew": "crew member", "facility": "facility representative"}.get(signer, "representative")))
    elif facts.narrative.strip():
        flags.append(_flag(tables, "STRUCTURED_DATA_ABSENT", []))

    flags += _contradictions(facts, record, tables)
    billing = _billing_check(record, level, hcpcs, emergency, tables, flags)
    return flags, mileage_block, modifiers, billing


def _contradictions(facts: Facts, record: dict, tables: Tables) -> list[Flag]:
    flags = []
    structured = [f for f in facts.findings if f.source == "structured"]
    narrative = [f for f in facts.findings if f.source == "narrative"]
    for s in structured:
        if s.attempted_unsuccessful or s.performed_by_other or s.category == "bls_skill":
            continue
        mentions = [f for f in narrative if f.concept == s.concept]
        if mentions and not any(f.affirmed for f in mentions):
            status = mentions[0].status.replace("_", " ")
            detail = f"The procedure list records {s.concept.replace('_', ' ')}, but the narrative says it was {status} ('{mentions[0].text}')."
            flags.append(_flag(tables, "NARRATIVE_CONTRADICTS_RECORD", [s.id, mentions[0].id], detail=detail))
    als2 = set(tables.levels["als2_procedures"]["concepts"])
    for s in structured:
        if s.concept in als2 and not s.attempted_unsuccessful and not s.performed_by_other and not any(
                f.concept == s.concept for f in narrative):
            detail = (f"The procedure list records {s.concept.replace('_', ' ')}, but the narrative does not describe it; "
                      "it was not counted toward the level.")
            flags.append(_flag(tables, "NARRATIVE_CONTRADICTS_RECORD", [s.id], detail=detail))
    if structured:
        listed = {s.concept for s in structured}
        for f in narrative:
            if f.category == "als2_procedure" and f.counts_for_crew and f.concept not in listed:
                detail = f"The narrative describes {f.concept.replace('_', ' ')} ('{f.text}'), which the procedure list does not record."
                flags.append(_flag(tables, "NARRATIVE_CONTRADICTS_RECORD", [f.id], detail=detail))
                break
    for med in record.get("medications") or []:
        name = str(med.get("name") or "").lower()
        negated = [m for m in facts.medications if m.drug in name and not m.affirmed and m.source == "narrative"]
        affirmed = [m for m in facts.medications if m.drug in name and m.affirmed]
        if negated and not [m for m in affirmed if m.source == "narrative"]:
            detail = f"The medication list records {negated[0].drug}, but the narrative says it was not given."
            flags.append(_flag(tables, "NARRATIVE_CONTRADICTS_RECORD", list(negated[0].evidence), detail=detail))
    return flags


def _billing_check(record: dict, level: str, hcpcs: str | None, emergency: bool | None, tables: Tables,
                   flags: list[Flag]) -> dict[str, Any]:
    billed_codes = ((record.get("billed") or {}).get("hcpcs")) or []
    billed = None
    billed_level = None
    billed_emergency = False
    for code in billed_codes:
        found = tables.level_of_hcpcs(str(code).strip().upper())
        if found:
            billed = str(code).strip().upper()
            billed_level, billed_emergency = found
            break
    if billed is None:
        return {"billed": None, "supported": hcpcs, "verdict": "unknown"}
    rank = tables.levels["rank"]
    verdict = "match"
    if billed_level in ("FW", "RW") or level in ("FW", "RW"):
        if billed_level != level:
            verdict = "over" if level not in ("FW", "RW") else "unknown"
    elif rank.index(billed_level) > rank.index(level):
        verdict = "over"
    elif rank.index(billed_level) < rank.index(level):
        verdict = "under"
    elif billed != hcpcs and billed_emergency and not emergency:
        verdict = "over"
    elif billed != hcpcs and not billed_emergency and emergency and billed_level in ("BLS", "ALS1"):
        verdict = "under"
    names = dict(billed=billed, billed_level=LEVEL_NAMES.get(billed_level, billed_level), supported=hcpcs or "no code",
                 supported_level=LEVEL_NAMES.get(level, level))
    if verdict == "over" and billed_level == level and not any(f.code == "EMERGENCY_RESPONSE_UNSUPPORTED" for f in flags):
        flags.append(_flag(tables, "EMERGENCY_RESPONSE_UNSUPPORTED", [],
                           detail=f"Billed the emergency code {billed} but no emergency response is documented."))
    if verdict == "over":
        flags.append(_flag(tables, "LEVEL_OVER_BILLED", [], **names))
    elif verdict == "under":
        flags.append(_flag(tables, "LEVEL_UNDER_BILLED", [], **names))
    return {"billed": billed, "supported": hcpcs, "verdict": verdict}


def _opportunities(facts: Facts, record: dict, level: str, necessity: dict, tables: Tables) -> list[Flag]:
    """Counterfactual feedback: what documentation would support the next step, if the care was truly given."""
    out = []
    n_admin = sum(m.qualifying_administrations for m in facts.medications)
    if level == "ALS1" and n_admin == 2:
        out.append(_flag(tables, "DOCUMENTATION_OPPORTUNITY", [], detail=(
            "Two qualifying IV/IO medication administrations are documented. If a third IV/IO push or infusion was given, "
            "documenting it with its time, dose and route would support ALS2; never document care that was not given.")))
    criteria = necessity["_criteria"]
    have = [c for c in criteria if criteria[c]]
    if len(have) == 2:
        hint = next(h for c, _l, h in CRITERIA if not criteria[c])
        out.append(_flag(tables, "DOCUMENTATION_OPPORTUNITY", [criteria[c].id for c in have], detail=(
            f"Two of three bed-confinement criteria are documented. {hint} If it is true, stating it completes bed-confinement.")))
    service = _service(record)
    if level == "BLS" and service.get("response_mode") == "emergency" and not service.get("crew_levels"):
        out.append(_flag(tables, "DOCUMENTATION_OPPORTUNITY", [], detail=(
            "The crew levels are not recorded. If an AEMT or paramedic assessed the patient on this emergency response, "
            "listing the crew and documenting the ALS assessment would support ALS1-emergency.")))
    return out


def decide(facts: Facts, record: dict, tables: Tables) -> Decision:
    level, hcpcs, emergency, reasons, evidence, level_flags = resolve_level(facts, record, tables)
    necessity = assess_necessity(facts, emergency, tables)
    flags, mileage, modifiers, billing = check_documentation(facts, record, level, hcpcs, emergency, necessity, tables)
    flags = level_flags + flags + _opportunities(facts, record, level, necessity, tables)
    nec = {k: v for k, v in necessity.items() if not k.startswith("_")}
    # show the text of the finding that meets each criterion
    by_id = {f.id: f for f in facts.findings}
    for concept, _label, _hint in CRITERIA:
        fid = nec["bed_confined"].get(concept)
        nec["bed_confined"][concept] = f"{fid}: {by_id[fid].text}" if fid else None
    return Decision(level=level, hcpcs=hcpcs, emergency=emergency, reasons=reasons, evidence=evidence, necessity=nec,
                    mileage=mileage, modifiers=modifiers, flags=flags, billing_check=billing)
