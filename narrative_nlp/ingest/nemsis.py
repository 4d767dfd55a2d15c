"""Reader for NEMSIS v3.5 EMSDataSet XML files.

``read_nemsis(path)`` streams the file with ``lxml.etree.iterparse`` and yields one item per
``PatientCareReport`` in document order:

* ``(index, record, None)``: ``record`` is a dict valid against ``contract/pcr.schema.json``;
* ``(index, None, message)``: that one report could not be mapped (the message names the file and
  the report, never narrative text).

Problems with the file as a whole (unreadable, not well-formed XML, not an EMSDataSet, a DOCTYPE
or entity declarations present) raise ``NemsisError``. Reports yielded before a late syntax error
stay valid; the error is raised when the parser reaches it.

Safety: the parser never resolves entities, never loads a DTD, never touches the network and keeps
libxml2's size limits (``huge_tree=False``). Any document with a DOCTYPE is refused. Each report is
cleared from the tree once mapped, so memory stays flat however many reports the file holds.

NEMSIS "not values" (``xsi:nil="true"`` with ``NV=``/``PN=``) count as absent. A procedure or
medication whose code carries a pertinent negative (``PN=``: refused, contraindicated, not done...)
was not performed and is left out of ``procedures`` / ``medications``.

Code tables for SNOMED CT procedures and RxNorm medications are in ``nemsis_data/`` (derived from
the NEMSIS Defined Lists); codes outside those lists keep their code and get a generic name.
"""

from __future__ import annotations

import json
import pathlib
import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Iterator

from lxml import etree

__all__ = ["NemsisError", "read_nemsis"]

NEMSIS_NS = "http://www.nemsis.org"
_XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
_DATA_DIR = pathlib.Path(__file__).resolve().parent / "nemsis_data"


class NemsisError(ValueError):
    """The file as a whole cannot be read as a NEMSIS EMSDataSet."""


# --------------------------------------------------------------------------------------------
# code tables (NEMSIS 7-digit enumerations -> contract values)
# --------------------------------------------------------------------------------------------

# eResponse.05 Type of Service Requested
_SERVICE_TYPE = {
    "2205001": "911-response",               # emergency response, primary area
    "2205003": "intercept",                  # emergency response, intercept
    "2205009": "911-response",               # emergency response, mutual aid
    "2205005": "interfacility",              # hospital to hospital
    "2205015": "interfacility",              # hospital to non-hospital facility
    "2205017": "interfacility",              # non-hospital facility to non-hospital facility
    "2205019": "interfacility",              # non-hospital facility to hospital
    "2205007": "scheduled",                  # other routine medical transport
    "2205011": "unscheduled-non-emergency",  # public assistance
    "2205013": "standby",
    "2205021": "standby",                    # support services
    "2205031": "scheduled",                  # mobile integrated health care encounter
    "2205033": "unscheduled-non-emergency",  # evaluation for special referral/intake
    # 2205023 rescue/extrication, 2205025 crew transport, 2205027 organs, 2205029 mortuary,
    # 2205035 administrative: no matching contract value -> None
}

# eResponse.23 Response Mode to Scene
_RESPONSE_MODE = {
    "2223001": "emergency",       # emergent (immediate response)
    "2223003": "emergency",       # emergent, downgraded on the way: still an emergency response
    "2223005": "non-emergency",
    "2223007": "emergency",       # non-emergent upgraded to emergent (lights and sirens)
}
# ePayment.40 Response Urgency (the CMS "immediate response" question)
_URGENCY = {"2640001": "emergency", "2640003": "non-emergency"}
# eResponse.24 Additional Response Mode Descriptors
_RESPONSE_DESCRIPTOR = {
    "2224015": "emergency",       # lights and sirens
    "2224021": "emergency",       # upgraded to lights and sirens
    "2224023": "emergency",       # initial lights and sirens
    "2224019": "non-emergency",   # no lights or sirens
    "2224007": "non-emergency",   # scheduled
}

# eDisposition.16 EMS Transport Method
_TRANSPORT_METHOD = {
    "4216001": "fixed-wing",
    "4216003": "rotor-wing",
    "4216005": "ground", "4216007": "ground", "4216009": "ground", "4216011": "ground",
    "4216013": "ground", "4216015": "ground",
    "4216017": None,              # water (boat)
}
# eResponse.07 Unit Transport and Equipment Capability (fallback when .16 is absent)
_UNIT_CAPABILITY = {
    "2207011": "rotor-wing", "2207013": "fixed-wing",
    "2207015": "ground", "2207017": "ground", "2207019": "ground", "2207021": "ground",
    "2207023": "ground", "2207025": "ground", "2207027": "ground",
}

# eCrew.02 Crew Member Level -> contract crew level
_CREW_LEVEL = {
    "9925001": "AEMT",
    "9925002": "EMT-I",
    "9925003": "EMR",
    "9925005": "EMT-B",
    "9925007": "Paramedic",
    "9925023": "Other",           # other healthcare professional
    "9925025": "Other",           # other non-healthcare professional
    "9925027": "Physician",
    "9925029": "RT",
    "9925031": "Other",           # student
    "9925033": "Paramedic",       # critical care paramedic
    "9925035": "Paramedic",       # community paramedicine
    "9925037": "RN",              # nurse practitioner (an advanced-practice RN)
    "9925039": "Other",           # physician assistant
    "9925041": "Other",           # LPN
    "9925043": "RN",
}
# eProcedures.10 / eMedications.10 Role/Type of Person (9905xxx)
_PERFORMER_ROLE = {
    "9905001": "AEMT",
    "9905002": "EMT-I",
    "9905003": "EMR",
    "9905005": "EMT-B",
    "9905007": "Paramedic",
    "9905019": "Other",
    "9905021": "Other",
    "9905025": "Physician",
    "9905027": "RT",
    "9905029": "Other",           # student
    "9905031": "Paramedic",       # critical care paramedic
    "9905033": "Paramedic",       # community paramedicine
    "9905035": "RN",              # nurse practitioner
    "9905037": "Other",           # physician assistant
    "9905039": "Other",           # LPN
    "9905041": "RN",
    "9905043": "Patient",
    "9905045": "Lay Person",
    "9905047": "Law Enforcement",
    "9905049": "Family Member",
    "9905051": "Fire Personnel",
}

# eDisposition.30 Transport Disposition -> did this unit transport the patient?
_TRANSPORTED = {
    "4230001": True, "4230003": True,
    "4230005": False, "4230007": False, "4230009": False, "4230011": False, "4230013": False,
}

# ePatient.25 Sex, ePatient.13 Gender (deprecated in 3.5.1, still used by 3.5.0 files)
_SEX = {
    "9919001": "female", "9919003": "male", "9919005": "unknown",
    "9906001": "female", "9906003": "male", "9906005": "unknown",
    "9906007": "male", "9906009": "female", "9906011": "other",
}
# ePatient.16 Age Units -> factor to years
_AGE_UNIT_YEARS = {
    "2516009": Decimal(1),
    "2516007": Decimal(1) / Decimal(12),
    "2516001": Decimal(1) / Decimal("365.25"),
    "2516003": Decimal(1) / Decimal("8766"),
    "2516005": Decimal(1) / Decimal("525960"),
}

# eDisposition.21 Type of Destination -> contract location type
_DESTINATION_TYPE = {
    "4221001": "residence",
    "4221003": "hospital",            # hospital ED
    "4221005": "hospital",            # hospital, non-ED bed
    "4221007": "physician-office",    # clinic
    "4221009": "other",               # morgue
    "4221013": "other",
    "4221015": "other",               # other EMS responder (air)
    "4221017": "other",               # other EMS responder (ground)
    "4221019": "other",               # police / jail
    "4221021": "physician-office",    # urgent care
    "4221023": "hospital",            # freestanding ED
    "4221025": "dialysis",
    "4221027": "diagnostic-site",
    "4221029": "nursing-facility",    # assisted living
    "4221031": "other",               # mental health facility
    "4221033": "nursing-facility",    # nursing home
    "4221035": "diagnostic-site",     # other recurring care center (therapeutic site)
    "4221037": "other",               # physical rehabilitation facility
    "4221039": "other",               # drug/alcohol rehabilitation facility
    "4221041": "nursing-facility",    # skilled nursing facility
}

# ePayment.02 Physician Certification Statement
_YES_NO_UNK = {"9922005": True, "9922001": False, "9922003": None}
# eProcedures.02/.06, eMedications.02 (9923xxx yes/no)
_YES_NO = {"9923003": True, "9923001": False}

# ePayment.50 CMS Service Level -> HCPCS base-rate code
_SERVICE_LEVEL_HCPCS = {
    "2650001": "A0426",   # ALS1
    "2650003": "A0427",   # ALS1 emergency
    "2650005": "A0433",   # ALS2
    "2650007": "A0428",   # BLS
    "2650009": "A0429",   # BLS emergency
    "2650011": "A0430",   # fixed wing
    "2650013": "A0432",   # paramedic intercept
    "2650015": "A0434",   # specialty care transport
    "2650017": "A0431",   # rotary wing
}

# ePayment.01 Primary Method of Payment
_PAYER = {
    "2601001": "insurance",
    "2601003": "medicaid",
    "2601005": "medicare",
    "2601007": "not-billed",
    "2601009": "other-government",
    "2601011": "self-pay",
    "2601013": "workers-compensation",
    "2601015": "facility",
    "2601017": "contracted",
    "2601019": "community-network",
    "2601021": "no-insurance",
    "2601023": "other",
}

# eOther.12 Type of Person Signing
_SIGNER_PATIENT = {"4512015"}
_SIGNER_REPRESENTATIVE = {"4512017"}
_SIGNER_CREW = {"4512001", "4512003"}
_SIGNER_FACILITY = {"4512005"}
# eOther.13 reasons that make a crew member's signature stand in for the patient's
# (HIPAA/release, permission to treat, release for billing, permission to transport); a crew
# signature for a controlled substance, airway check or "other" is not a claim signature
_CLAIM_REASONS = {"4513001", "4513003", "4513005", "4513019"}
# eOther.15 Signature Status: signed / not signed (with the reason)
_SIGNED = {"4515027", "4515031", "4515033"}
_NOT_SIGNED_REASON = {
    "4515001": "crew called to another call",
    "4515003": "deceased",
    "4515005": "distress level",
    "4515007": "equipment failure",
    "4515009": "in law enforcement custody",
    "4515011": "language barrier",
    "4515013": "mental status impaired",
    "4515015": "minor",
    "4515017": "physical impairment of extremities",
    "4515019": "refused",
    "4515021": "care transferred, no access to obtain signature",
    "4515023": "unconscious",
    "4515025": "visually impaired",
    "4515035": "illiterate",
    "4515037": "restrained",
    "4515039": "combative or uncooperative",
}
# eOther.14 Type of Patient Representative
_RELATIONSHIP = {
    "4514001": "aunt", "4514003": "brother", "4514005": "daughter", "4514007": "discharge planner",
    "4514009": "domestic partner", "4514011": "father", "4514013": "friend",
    "4514015": "grandfather", "4514017": "grandmother", "4514019": "guardian",
    "4514021": "husband", "4514023": "law enforcement", "4514025": "physician",
    "4514027": "mother", "4514029": "nurse", "4514031": "nurse practitioner",
    "4514033": "other care provider", "4514035": "other", "4514037": "physician assistant",
    "4514039": "power of attorney", "4514041": "other relative", "4514043": "self",
    "4514045": "sister", "4514047": "son", "4514049": "uncle", "4514051": "wife",
}

# eMedications.04 Medication Administered Route -> contract route
_ROUTE = {
    "9927001": "INH",       # blow-by
    "9927003": "PO",        # buccal
    "9927005": "ET",
    "9927007": "PO",        # gastrostomy tube (enteral)
    "9927009": "INH",
    "9927015": "IM",
    "9927017": "IN",
    "9927021": "IO",
    "9927023": "IV",
    "9927025": "INH",       # nasal cannula
    "9927027": "PO",        # nasogastric (enteral)
    "9927029": "ET",        # nasotracheal tube
    "9927031": "INH",       # non-rebreather mask
    "9927033": "TOPICAL",   # ophthalmic
    "9927035": "PO",
    "9927039": "TOPICAL",   # otic
    "9927041": "INH",       # rebreather mask
    "9927045": "SQ",
    "9927047": "SL",
    "9927049": "TOPICAL",
    "9927051": "INH",       # tracheostomy
    "9927053": "TOPICAL",   # transdermal
    "9927057": "INH",       # venturi mask
    "9927059": "TOPICAL",   # wound
    "9927061": "IV",        # port-a-cath (central venous port)
    "9927063": "IM",        # auto-injector
    "9927065": "INH",       # BVM
    "9927067": "INH",       # CPAP
    "9927069": "infusion",  # IV pump: a continuous infusion (FORMATS.md route "infusion")
    "9927071": "NEB",
    "9927075": "IV",        # umbilical venous catheter
    # 9927011 intra-arterial, 9927013 intradermal, 9927019 intraocular, 9927037 other,
    # 9927043 rectal, 9927055 urethral, 9927073 umbilical artery catheter -> None
}
# eMedications.06 Medication Dosage Units
_DOSE_UNIT = {
    "3706001": "g", "3706003": "in", "3706005": "IU", "3706007": "KVO", "3706009": "L",
    "3706013": "MDI", "3706015": "mcg", "3706017": "mcg/kg/min", "3706019": "mEq",
    "3706021": "mg", "3706023": "mg/kg/min", "3706025": "mL", "3706027": "mL/hr",
    "3706029": "", "3706031": "cm", "3706033": "gtts", "3706035": "LPM", "3706037": "mcg/min",
    "3706039": "mg/kg", "3706041": "mg/min", "3706043": "puffs", "3706045": "units/hr",
    "3706047": "mcg/kg", "3706049": "units", "3706051": "units/kg/hr", "3706053": "units/kg",
    "3706055": "mg/hr",
}
_CODETYPE_RXNORM = "9924003"
_CODETYPE_SNOMED = "9924005"

# ANSI (FIPS) state codes -> USPS abbreviations
_STATE = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT",
    "10": "DE", "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL",
    "18": "IN", "19": "IA", "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD",
    "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT", "31": "NE",
    "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND",
    "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD",
    "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA", "54": "WV",
    "55": "WI", "56": "WY", "60": "AS", "66": "GU", "69": "MP", "72": "PR", "78": "VI",
}

_Y92 = re.compile(r"^Y92\.?([0-9]{0,3})", re.IGNORECASE)


def _scene_location_type(code: str | None) -> str | None:
    """eScene.09 (ICD-10-CM Y92 place of occurrence) -> contract location type."""
    if not code:
        return None
    m = _Y92.match(code.strip())
    if not m:
        return None
    d = m.group(1)
    if d == "":
        return None
    if d == "9":                       # unspecified place
        return None
    if d.startswith("0"):              # private residence (house, apartment, ...)
        return "residence"
    if d.startswith("1"):              # residential institution
        if d.startswith("12"):         # nursing home
            return "nursing-facility"
        if d.startswith("11") or d.startswith("16"):   # children's home, dormitory
            return "residence"
        if d.startswith("13"):         # military base
            return "scene"
        return "other"                 # prison, reform school, other / unspecified institution
    if d.startswith("23"):             # hospital
        return "hospital"
    if d.startswith("53"):             # ambulatory health services establishment
        if d in ("531", "532"):        # physician office, urgent care
            return "physician-office"
        return "diagnostic-site"       # ambulatory surgery and other outpatient sites
    return "scene"                     # street, public building, school, store, farm, outdoors...


# --------------------------------------------------------------------------------------------
# data tables
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _tables() -> tuple[dict, dict, dict]:
    with open(_DATA_DIR / "procedures.json", encoding="utf-8") as f:
        procs = json.load(f)["snomed"]
    with open(_DATA_DIR / "medications.json", encoding="utf-8") as f:
        meds = json.load(f)
    return procs, meds["rxnorm"], meds["snomed"]


# --------------------------------------------------------------------------------------------
# element helpers
# --------------------------------------------------------------------------------------------

class _Doc:
    """Namespace-aware lookups inside one PatientCareReport."""

    def __init__(self, ns: str | None):
        self.prefix = "{%s}" % ns if ns else ""

    def tag(self, name: str) -> str:
        return self.prefix + name

    def first(self, root, name: str):
        """First descendant element called ``name`` (element names are unique in NEMSIS)."""
        for el in root.iter(self.prefix + name):
            return el
        return None

    def all(self, root, name: str) -> list:
        return list(root.iter(self.prefix + name))

    def value(self, root, name: str) -> str | None:
        return _text(self.first(root, name)) if root is not None else None

    def values(self, root, name: str) -> list[str]:
        if root is None:
            return []
        out = []
        for el in root.iter(self.prefix + name):
            v = _text(el)
            if v is not None:
                out.append(v)
        return out


def _is_nil(el) -> bool:
    return el.get(_XSI_NIL, "").strip() in ("true", "1")


def _text(el) -> str | None:
    """Element text, or None when absent, nil (NV/PN) or empty."""
    if el is None or _is_nil(el):
        return None
    t = el.text
    if t is None:
        return None
    t = t.strip()
    return t or None


def _decimal(s: str | None) -> Decimal | None:
    if s is None:
        return None
    try:
        d = Decimal(s.strip())
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def _number(d: Decimal | None) -> int | float | None:
    if d is None:
        return None
    return int(d) if d == d.to_integral_value() else float(d)


def _join(*parts: str | None) -> str | None:
    kept = [p.strip() for p in parts if p and p.strip()]
    return ", ".join(kept) if kept else None


def _parse_date(s: str | None) -> date | None:
    if not s:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------
# section mappers
# --------------------------------------------------------------------------------------------

def _service(q: _Doc, pcr) -> dict:
    response_mode = _URGENCY.get(q.value(pcr, "ePayment.40") or "")
    if response_mode is None:
        response_mode = _RESPONSE_MODE.get(q.value(pcr, "eResponse.23") or "")
    if response_mode is None:
        modes = {_RESPONSE_DESCRIPTOR.get(v) for v in q.values(pcr, "eResponse.24")} - {None}
        if "emergency" in modes:
            response_mode = "emergency"
        elif "non-emergency" in modes:
            response_mode = "non-emergency"

    service_type = _SERVICE_TYPE.get(q.value(pcr, "eResponse.05") or "")

    method = q.value(pcr, "eDisposition.16")
    if method is not None:
        unit_type = _TRANSPORT_METHOD.get(method)
    else:
        unit_type = _UNIT_CAPABILITY.get(q.value(pcr, "eResponse.07") or "")

    crew_levels = []
    for group in q.all(pcr, "eCrew.CrewGroup"):
        level = q.value(group, "eCrew.02")
        if level is not None:
            crew_levels.append(_CREW_LEVEL.get(level, "Other"))

    transported = _TRANSPORTED.get(q.value(pcr, "eDisposition.30") or "")
    return {
        "response_mode": response_mode,
        "service_type": service_type,
        "unit_type": unit_type,
        "crew_levels": crew_levels,
        "transported": transported,
    }


def _age_years(q: _Doc, pcr) -> int | float | None:
    age = _decimal(q.value(pcr, "ePatient.15"))
    factor = _AGE_UNIT_YEARS.get(q.value(pcr, "ePatient.16") or "")
    if age is not None and factor is not None and age >= 0:
        years = age * factor
        if factor == 1:
            return _number(years)
        return float(years.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))
    # fall back on date of birth and the date of service
    dob = _parse_date(q.value(pcr, "ePatient.17"))
    seen = None
    for name in ("eTimes.03", "eTimes.01", "eTimes.05", "eTimes.06", "eTimes.07"):
        seen = _parse_date(q.value(pcr, name))
        if seen:
            break
    if dob is None or seen is None or seen < dob:
        return None
    whole = seen.year - dob.year - ((seen.month, seen.day) < (dob.month, dob.day))
    if whole >= 1:
        return whole
    days = Decimal((seen - dob).days) / Decimal("365.25")
    return float(days.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def _patient(q: _Doc, pcr) -> dict:
    sex = _SEX.get(q.value(pcr, "ePatient.25") or "")
    if sex is None:
        sex = _SEX.get(q.value(pcr, "ePatient.13") or "")
    name_present = any(q.value(pcr, n) for n in ("ePatient.02", "ePatient.03"))
    return {
        "age": _age_years(q, pcr),
        "sex": sex,
        "name_present": bool(name_present),
        "dob_present": q.value(pcr, "ePatient.17") is not None,
    }


def _address(q: _Doc, pcr, street: str, unit: str | None = None) -> str | None:
    el = q.first(pcr, street)
    main = _text(el)
    second = el.get("StreetAddress2") if (el is not None and main) else None
    apt = q.value(pcr, unit) if (unit and main) else None
    return _join(main, second, apt)


def _state(code: str | None) -> str | None:
    if code is None:
        return None
    return _STATE.get(code, code)


def _pickup(q: _Doc, pcr) -> dict:
    return {
        "address": _address(q, pcr, "eScene.15", "eScene.16"),
        "city": q.value(pcr, "eScene.17"),
        "state": _state(q.value(pcr, "eScene.18")),
        "zip": q.value(pcr, "eScene.19"),
        "location_type": _scene_location_type(q.value(pcr, "eScene.09")),
    }


def _destination(q: _Doc, pcr) -> dict:
    return {
        "address": _address(q, pcr, "eDisposition.03"),
        "city": q.value(pcr, "eDisposition.04"),
        "state": _state(q.value(pcr, "eDisposition.05")),
        "zip": q.value(pcr, "eDisposition.07"),
        "location_type": _DESTINATION_TYPE.get(q.value(pcr, "eDisposition.21") or ""),
    }


def _mileage(q: _Doc, pcr, unit_type: str | None) -> dict:
    at_scene = _decimal(q.value(pcr, "eResponse.20"))
    at_dest = _decimal(q.value(pcr, "eResponse.21"))
    loaded = None
    # aircraft and boats record engine hours in these elements, not miles
    water = q.value(pcr, "eDisposition.16") == "4216017"
    if (at_scene is not None and at_dest is not None and at_dest >= at_scene
            and unit_type not in ("rotor-wing", "fixed-wing") and not water):
        loaded = str((at_dest - at_scene).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return {
        "loaded_miles": loaded,
        "odometer_at_scene": _number(at_scene),
        "odometer_at_destination": _number(at_dest),
    }


def _signature(q: _Doc, pcr) -> dict:
    groups = q.all(pcr, "eOther.SignatureGroup")
    if not groups:
        return {"signer": None, "patient_unable_reason": None, "representative_relationship": None}
    rank = {"patient": 4, "representative": 3, "crew": 2, "facility": 1}
    best = None
    relationship = None
    unable_patient = None
    unable_any = None
    for g in groups:
        who = q.value(g, "eOther.12")
        reasons = set(q.values(g, "eOther.13"))
        status = q.value(g, "eOther.15")
        rel = _RELATIONSHIP.get(q.value(g, "eOther.14") or "")
        if status in _NOT_SIGNED_REASON:
            reason = _NOT_SIGNED_REASON[status]
            if who in _SIGNER_PATIENT or who is None:
                unable_patient = unable_patient or reason
            unable_any = unable_any or reason
            continue
        signed = status in _SIGNED or (
            status is None and any(q.value(g, n) for n in ("eOther.16", "eOther.18", "eOther.20")))
        if not signed:
            continue
        if who in _SIGNER_PATIENT:
            kind = "patient"
        elif who in _SIGNER_REPRESENTATIVE:
            kind = "representative"
        elif who in _SIGNER_CREW and (not reasons or reasons & _CLAIM_REASONS):
            kind = "crew"
        elif who in _SIGNER_FACILITY:
            kind = "facility"
        else:
            continue
        if best is None or rank[kind] > rank[best]:
            best = kind
        if kind == "representative" and relationship is None:
            relationship = rel
    return {
        "signer": best or "none",
        "patient_unable_reason": unable_patient or (unable_any if best != "patient" else None),
        "representative_relationship": relationship,
    }


def _payer(q: _Doc, pcr) -> dict:
    if q.first(pcr, "ePayment") is None:
        return {"primary": None, "member_id_present": None}
    return {
        "primary": _PAYER.get(q.value(pcr, "ePayment.01") or ""),
        "member_id_present": bool(q.values(pcr, "ePayment.18")),
    }


def _pcs(q: _Doc, pcr) -> dict:
    answer = q.value(pcr, "ePayment.02")
    signed_on = q.value(pcr, "ePayment.03")
    present = _YES_NO_UNK.get(answer or "")
    if present is None and signed_on is not None:
        present = True
    return {"present": present, "date": signed_on}


def _procedures(q: _Doc, pcr) -> list[dict]:
    table, _, _ = _tables()
    out = []
    for g in q.all(pcr, "eProcedures.ProcedureGroup"):
        code_el = q.first(g, "eProcedures.03")
        code = _text(code_el)
        if code is None or code_el.get("PN"):
            continue           # no procedure, or a pertinent negative: not performed
        entry = table.get(code)
        out.append({
            "name": entry["name"] if entry else f"SNOMED CT {code}",
            "code": code,
            "successful": _YES_NO.get(q.value(g, "eProcedures.06") or ""),
            "prior_to_crew": _YES_NO.get(q.value(g, "eProcedures.02") or ""),
            "performer_role": _PERFORMER_ROLE.get(q.value(g, "eProcedures.10") or ""),
        })
    return out


def _medications(q: _Doc, pcr) -> list[dict]:
    _, rxnorm, snomed = _tables()
    out = []
    for g in q.all(pcr, "eMedications.MedicationGroup"):
        code_el = q.first(g, "eMedications.03")
        code = _text(code_el)
        if code is None or code_el.get("PN"):
            continue           # no medication, or a pertinent negative: not given
        code_type = code_el.get("CodeType")
        if code_type == _CODETYPE_SNOMED:
            entry, fallback = snomed.get(code), f"SNOMED CT {code}"
        elif code_type == _CODETYPE_RXNORM:
            entry, fallback = rxnorm.get(code), f"RxNorm {code}"
        else:
            entry, fallback = rxnorm.get(code) or snomed.get(code), f"medication code {code}"
        amount = q.value(g, "eMedications.05")
        unit = _DOSE_UNIT.get(q.value(g, "eMedications.06") or "", "")
        dose = (f"{amount} {unit}".strip()) if amount is not None else None
        out.append({
            "name": entry["name"] if entry else fallback,
            "code": code,
            "route": _ROUTE.get(q.value(g, "eMedications.04") or ""),
            "dose": dose,
            "prior_to_crew": _YES_NO.get(q.value(g, "eMedications.02") or ""),
            "performer_role": _PERFORMER_ROLE.get(q.value(g, "eMedications.10") or ""),
        })
    return out


def _billed(q: _Doc, pcr) -> dict:
    hcpcs = _SERVICE_LEVEL_HCPCS.get(q.value(pcr, "ePayment.50") or "")
    return {
        "hcpcs": [hcpcs] if hcpcs else [],
        "modifiers": [],
        "icd10": q.values(pcr, "ePayment.51"),
    }


class _ReportError(Exception):
    """One report cannot be mapped; the message is safe to show (no narrative text)."""


def _map_pcr(q: _Doc, pcr) -> dict:
    pcr_id = q.value(pcr, "eRecord.01")
    if pcr_id is None:
        raise _ReportError("no eRecord.01 (Patient Care Report Number)")
    narrative_el = q.first(pcr, "eNarrative.01")
    narrative = "" if narrative_el is None or _is_nil(narrative_el) else "".join(narrative_el.itertext())
    service = _service(q, pcr)
    impressions = list(dict.fromkeys(q.values(pcr, "eSituation.11") + q.values(pcr, "eSituation.12")))
    return {
        "pcr_id": pcr_id,
        "narrative": narrative,
        "service": service,
        "patient": _patient(q, pcr),
        "pickup": _pickup(q, pcr),
        "destination": _destination(q, pcr),
        "mileage": _mileage(q, pcr, service["unit_type"]),
        "signature": _signature(q, pcr),
        "payer": _payer(q, pcr),
        "pcs": _pcs(q, pcr),
        "procedures": _procedures(q, pcr),
        "medications": _medications(q, pcr),
        "provider_impressions": impressions,
        "billed": _billed(q, pcr),
    }


# --------------------------------------------------------------------------------------------
# streaming
# --------------------------------------------------------------------------------------------

def _syntax_message(path: pathlib.Path, exc: etree.XMLSyntaxError) -> str:
    # libxml2 messages can quote document content; report only its error type and position
    kind = "syntax error"
    try:
        err = exc.error_log.last_error if exc.error_log else None
        if err is not None and err.type_name:
            kind = err.type_name
    except Exception:  # pragma: no cover - defensive
        pass
    line = getattr(exc, "lineno", None) or (exc.position[0] if getattr(exc, "position", None) else None)
    where = f" at line {line}" if line else ""
    return f"{path}: not well-formed XML ({kind}){where}"


def _local(tag) -> tuple[str | None, str]:
    if not isinstance(tag, str):
        return None, ""
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return None, tag


def _iter_pcr_elements(path: pathlib.Path) -> Iterator[tuple[_Doc, object]]:
    """Yield (lookup helper, PatientCareReport element); the element is cleared afterwards."""
    path = pathlib.Path(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise NemsisError(f"{path}: cannot open file ({exc.strerror or type(exc).__name__})") from None
    with fh:
        try:
            empty = fh.peek(1)[:1] == b"" if hasattr(fh, "peek") else False
        except OSError:
            empty = False
        if empty:
            raise NemsisError(f"{path}: empty file, not a NEMSIS EMSDataSet document")
        context = etree.iterparse(
            fh,
            events=("start", "end"),
            tag=("{*}EMSDataSet", "{*}Header", "{*}PatientCareReport"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        q = None
        ns = None
        try:
            for event, el in context:
                if q is None:
                    docinfo = el.getroottree().docinfo
                    if (docinfo.doctype or docinfo.internalDTD is not None
                            or docinfo.system_url or docinfo.public_id):
                        raise NemsisError(f"{path}: refused: the document has a DOCTYPE "
                                          "(DTDs and entity declarations are not allowed)")
                    ns, name = _local(el.tag)
                    if el.getparent() is not None or name != "EMSDataSet" or ns not in (NEMSIS_NS, None):
                        raise NemsisError(f"{path}: not a NEMSIS EMSDataSet document "
                                          "(the root element must be EMSDataSet)")
                    q = _Doc(ns)
                    continue
                if event != "end":
                    continue
                el_ns, name = _local(el.tag)
                if el_ns != ns:
                    continue
                if name == "PatientCareReport":
                    yield q, el
                if name in ("PatientCareReport", "Header"):
                    el.clear(keep_tail=False)
                    parent = el.getparent()
                    if parent is not None:
                        while el.getprevious() is not None:
                            del parent[0]
        except etree.XMLSyntaxError as exc:
            raise NemsisError(_syntax_message(path, exc)) from None
        except etree.LxmlError as exc:
            raise NemsisError(f"{path}: cannot be parsed ({type(exc).__name__})") from None
        except OSError as exc:
            raise NemsisError(f"{path}: read error ({exc.strerror or type(exc).__name__})") from None
        if q is None:
            root = getattr(context, "root", None)
            docinfo = root.getroottree().docinfo if root is not None else None
            if docinfo is not None and (docinfo.doctype or docinfo.internalDTD is not None):
                raise NemsisError(f"{path}: refused: the document has a DOCTYPE "
                                  "(DTDs and entity declarations are not allowed)")
            raise NemsisError(f"{path}: not a NEMSIS EMSDataSet document (no EMSDataSet root element)")


def read_nemsis(path: pathlib.Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """Yield ``(index, record, None)`` or ``(index, None, error)`` for each PatientCareReport.

    ``index`` counts reports from 1 in document order. Raises ``NemsisError`` for file-level
    problems (see the module docstring).
    """
    path = pathlib.Path(path)
    index = 0
    for q, pcr in _iter_pcr_elements(path):
        index += 1
        try:
            record = _map_pcr(q, pcr)
        except _ReportError as exc:
            yield index, None, f"{path}: PatientCareReport {index}: {exc}"
            continue
        except Exception as exc:  # a malformed report must not stop the file
            yield index, None, (f"{path}: PatientCareReport {index}: cannot be mapped "
                                f"({type(exc).__name__})")
            continue
        yield index, record, None
