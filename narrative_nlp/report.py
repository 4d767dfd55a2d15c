"""Facts + decisions -> the contract's analysis record (analysis.schema.json), and a text summary."""

from __future__ import annotations

from typing import Any

from .facts import STATUS_FIELDS, Facts
from .rules import Decision


def finding_dict(f) -> dict[str, Any]:
    out = {
        "id": f.id, "concept": f.concept, "category": f.category, "text": f.text, "start": f.start, "end": f.end,
        **{name: getattr(f, name) for name in STATUS_FIELDS},
        "performed_by_other": f.performed_by_other, "source": f.source,
    }
    return out


def medication_dict(m) -> dict[str, Any]:
    return {
        "drug": m.drug, "route": m.route, "dose": m.dose, "administrations": m.administrations,
        "counts_toward_als2": bool(m.counts_toward_als2 and m.counts_for_crew), "als_scope": m.als_scope,
        "given_by_crew": m.counts_for_crew, "source": m.source, "evidence": list(m.evidence),
    }


def ok_record(pcr_id: str, versions: dict, facts: Facts, decision: Decision, icd10: list[dict], extra_flags=()) -> dict[str, Any]:
    flags = [{"code": f.code, "severity": f.severity, "message": f.message, "evidence": f.evidence}
             for f in list(decision.flags) + list(extra_flags)]
    return {
        "pcr_id": pcr_id,
        "status": "ok",
        "versions": versions,
        "findings": [finding_dict(f) for f in facts.findings],
        "medications": [medication_dict(m) for m in facts.medications],
        "level": {
            "supported": decision.level, "emergency": decision.emergency, "hcpcs": decision.hcpcs,
            "reasons": decision.reasons, "evidence": decision.evidence,
        },
        "mileage": decision.mileage,
        "modifiers": decision.modifiers,
        "necessity": decision.necessity,
        "icd10": icd10,
        "flags": flags,
        "billing_check": decision.billing_check,
    }


def error_record(pcr_id: str | None, versions: dict, code: str, message: str, source: str | None) -> dict[str, Any]:
    return {"pcr_id": pcr_id, "status": "error", "versions": versions,
            "error": {"code": code, "message": message, "source": source}}


def render_text(result: dict[str, Any]) -> str:
    """A summary a coder can scan: level and HCPCS with reasons, necessity, flags, findings."""
    lines = [f"PCR {result.get('pcr_id')}  [{result['status']}]"]
    if result["status"] != "ok":
        err = result["error"]
        lines.append(f"  error {err['code']}: {err['message']} ({err.get('source')})")
        return "\n".join(lines)
    lv = result["level"]
    em = {True: "emergency", False: "non-emergency", None: "response unknown"}[lv["emergency"]]
    lines.append(f"Level: {lv['supported']}  HCPCS {lv['hcpcs'] or '(none)'}  ({em})")
    for r in lv["reasons"]:
        lines.append(f"  - {r}")
    mi = result.get("mileage") or {}
    if mi.get("units") is not None:
        lines.append(f"Mileage: {mi['hcpcs']} x {mi['units']} (loaded {mi['loaded_miles']})")
    if result.get("modifiers"):
        lines.append(f"Modifiers: {' '.join(result['modifiers'])}")
    bc = result["billing_check"]
    lines.append(f"Billing check: billed {bc.get('billed') or '-'} vs supported {bc.get('supported') or '-'}: {bc['verdict']}")
    nec = result["necessity"]
    bed = nec["bed_confined"]
    lines.append(f"Necessity documented: {'yes' if nec['documented'] else 'NO'}")
    if nec.get("emergency_indicators"):
        lines.append(f"  emergency indicators: {', '.join(nec['emergency_indicators'])}")
    if nec.get("other"):
        lines.append(f"  other reasons: {', '.join(nec['other'])}")
    crit = [k for k in ("unable_to_get_up_without_assistance", "unable_to_ambulate", "unable_to_sit_in_chair_or_wheelchair")]
    lines.append(f"  bed-confined: {'met' if bed['met'] else 'not met'} (" + "; ".join(
        f"{k.replace('_', ' ')}: {'yes' if bed.get(k) else 'no'}" for k in crit) + ")")
    if result["medications"]:
        lines.append("Medications:")
        for m in result["medications"]:
            lines.append(f"  - {m['drug']} {m['route'] or '?'} {m['dose'] or ''} x{m['administrations']}"
                         f"{'  [counts toward ALS2]' if m['counts_toward_als2'] else ''}{'' if m['given_by_crew'] else '  [not given by crew]'}")
    if result["icd10"]:
        lines.append("ICD-10-CM suggestions:")
        for s in result["icd10"]:
            lines.append(f"  - {s['code']} {s.get('description', '')} ({s.get('source')}, {s['score']:.2f})")
    if result["flags"]:
        lines.append("Flags:")
        for f in result["flags"]:
            lines.append(f"  [{f['severity']}] {f['code']}: {f['message']}")
    if result["findings"]:
        lines.append("Findings:")
        for f in result["findings"]:
            status = next((k for k in STATUS_FIELDS if f.get(k)), "affirmed")
            who = " (by others)" if f.get("performed_by_other") else ""
            where = f"{f['start']}-{f['end']} '{f['text']}'" if f["source"] == "narrative" else "structured record"
            lines.append(f"  {f['id']:>4} {f['concept']:<38} {status}{who}  {where}")
    return "\n".join(lines)
