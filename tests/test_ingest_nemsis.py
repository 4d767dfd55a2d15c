"""Tests for narrative_nlp/ingest/nemsis.py (NEMSIS v3.5 EMSDataSet reader).

Sample files are copies of the official NEMSIS v3.5 compliance test cases (tests/data/nemsis/,
see SOURCE.txt there), so the tests do not need ../shared. Expected values in the spot checks
were read by hand from those XML files.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import pathlib
import subprocess
import sys
import textwrap
import time

import jsonschema
import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "nemsis"
MODULE_PATH = REPO / "narrative_nlp" / "ingest" / "nemsis.py"


def _load_module():
    try:
        return importlib.import_module("narrative_nlp.ingest.nemsis")
    except Exception:
        spec = importlib.util.spec_from_file_location("_nemsis_under_test", MODULE_PATH)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module


nemsis = _load_module()
read_nemsis = nemsis.read_nemsis
NemsisError = nemsis.NemsisError


def _schema():
    for candidate in (REPO / "narrative_nlp" / "contract" / "pcr.schema.json",):
        if candidate.exists():
            return json.loads(candidate.read_text(encoding="utf-8"))
    raise AssertionError("pcr.schema.json not found")


VALIDATOR = jsonschema.Draft202012Validator(_schema())


def assert_valid(record: dict) -> None:
    errors = sorted(VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def only_record(path: pathlib.Path) -> dict:
    items = list(read_nemsis(path))
    assert len(items) == 1, items
    index, record, error = items[0]
    assert (index, error) == (1, None)
    return record


# ---------------------------------------------------------------------------------------------
# every official sample (top level) -> one schema-valid record
# ---------------------------------------------------------------------------------------------

# file -> (eRecord.01, first words of eNarrative.01), read from the XML
SAMPLES = {
    "2021-EMS-2-Ped-MVC-Tx_v350.xml": ("2021-EMS-2-Ped-MVC-Tx_v350", "Car was T-boned from the right"),
    "2021-EMS-3-Ped-Interfacility_v350.xml": ("2021-EMS-3-Ped-Interfacility_v350", "Pt was in car crash."),
    "2021-EMS-4-Newborn-Tx_v350.xml": ("2021-EMS-4-Newborn-Tx_v350", "Dispatched for childbirth."),
    "2021-EMS-5-Diabetic-Release_v350.xml": ("EMS-5-Diabetic-Release_v350", "Pt has trouble managing her diabetes."),
    "2022-EMS-1-Cardiac-Transport_v350.xml": ("2022-EMS-1-CardiacTransport_v350", "Pt passed out while at church."),
    "2022-EMS-2-Stroke-Transfer_v350.xml": ("2022-EMS-2-Stroke-Transfer_v350", "Pt's wife called 911"),
    "2022-EMS-3-Trauma-Refusal_v350.xml": ("2022-EMS-3-Trauma-Refusal_v350", "Patient fell in a small ditch"),
    "2023-EMS-1-Opioid-Release_v350.xml": ("2023-EMS-1-OpioidRelease_v350", "Responded to overdose call"),
    "2023-EMS-2-Crash-Death_v350.xml": ("2023-EMS-2-CrashDeath_v350", "Patient was exiting freeway"),
    "2023-EMS-3-Fall-Transport_v350.xml": ("2023-EMS-3-FallTransport_v350", "Patient fell from bottom step"),
    "2023-EMS-4-Medical-Transport_v350.xml": ("2023-EMS-4-MedicalTransport_v350", "Non-emergency transport of patient"),
    "2024-EMS-1-ILI-Release_v350.xml": ("2024-EMS-1-ILIRelease_v350", "Patient has had a fever since yesterday."),
    "2024-EMS-4-COVID-Transfer_v350.xml": ("2024-EMS-4-CovidTransfer_v350", "<Transfer of COVID-19 patient"),
    "2024-EMS-5-Pediatric-Anxiety_v350.xml": ("2024-EMS-5-PediatricAnxiety_v350", "Dispatched to patient having panic attack."),
    "2025-EMS-1-Overdose_v351.xml": ("2025-EMS-1-Overdose_v351", "Overdose patient transported"),
    "2025-EMS-2-Suicide_v351.xml": ("2025-EMS-2-Suicide_v351", "Wife found pt unconscious"),
    "2025-EMS-4-eBike_v351.xml": ("2025-EMS-4-eBike_v351", "Patient was crossing highway on eBike"),
}


def test_sample_table_covers_every_copied_sample():
    assert sorted(p.name for p in DATA.glob("*.xml")) == sorted(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_maps_to_valid_record(name):
    pcr_id, narrative_start = SAMPLES[name]
    record = only_record(DATA / name)
    assert_valid(record)
    assert record["pcr_id"] == pcr_id
    assert record["narrative"].strip()
    assert record["narrative"].startswith(narrative_start)
    for key in ("service", "patient", "pickup", "destination", "mileage", "signature", "pcs",
                "procedures", "medications", "provider_impressions", "billed"):
        assert key in record
    for proc in record["procedures"]:
        assert set(proc) >= {"name", "code", "successful", "prior_to_crew", "performer_role"}
    for med in record["medications"]:
        assert set(med) >= {"name", "code", "route", "dose", "prior_to_crew"}
        assert med["route"] in {None, "IV", "IO", "IM", "IN", "SL", "PO", "NEB", "SQ", "ET", "INH",
                                "TOPICAL", "infusion"}


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "generated").glob("*.xml")))
def test_generated_robustness_files(name):
    record = only_record(DATA / "generated" / name)
    assert_valid(record)


# ---------------------------------------------------------------------------------------------
# spot checks against values read by hand from the XML
# ---------------------------------------------------------------------------------------------

def test_spot_check_cardiac_transport():
    r = only_record(DATA / "2022-EMS-1-Cardiac-Transport_v350.xml")
    # eResponse.05 2205001, eResponse.23 2223001, ePayment.40 2640001, eDisposition.16 4216005
    assert r["service"]["service_type"] == "911-response"
    assert r["service"]["response_mode"] == "emergency"
    assert r["service"]["unit_type"] == "ground"
    # eCrew.02: 9925007, 9925007, 9925005
    assert r["service"]["crew_levels"] == ["Paramedic", "Paramedic", "EMT-B"]
    assert r["service"]["transported"] is True                  # eDisposition.30 4230001
    # ePatient.15 65 / .16 years; ePatient.13 9906001
    assert r["patient"] == {"age": 65, "sex": "female", "name_present": True, "dob_present": True}
    # eScene.15 + eScene.16, .17 GNIS, .18 "04" (Arizona), .19, .09 Y92.22 (religious institution)
    assert r["pickup"] == {"address": "1815 S 8th Ave, Room 114", "city": "2412328", "state": "AZ",
                           "zip": "85364", "location_type": "scene"}
    assert r["destination"] == {"address": "2400 South Avenue A", "city": "2412328", "state": "AZ",
                                "zip": "85364", "location_type": "hospital"}      # 4221003
    # eResponse.20 89524.7, eResponse.21 89525.3
    assert r["mileage"] == {"loaded_miles": "0.6", "odometer_at_scene": 89524.7,
                            "odometer_at_destination": 89525.3}
    # signature groups: healthcare provider (transfer of care) and the husband (4512017/4514021)
    assert r["signature"]["signer"] == "representative"
    assert r["signature"]["representative_relationship"] == "husband"
    assert r["provider_impressions"] == ["I46.9"]                # eSituation.12 is NV
    assert r["billed"]["hcpcs"] == ["A0427"]                     # ePayment.50 2650003
    assert r["billed"]["icd10"] == ["I46.9"]                     # ePayment.51
    # first defibrillation 9923001 (not successful), the second one 9923003
    defib = [p for p in r["procedures"] if p["code"] == "426220008"]
    assert [p["successful"] for p in defib] == [False, True]
    assert all(p["prior_to_crew"] is False and p["performer_role"] == "Paramedic" for p in defib)
    assert [p["name"] for p in r["procedures"]][:3] == ["CPR", "12-lead ECG", "bag-valve-mask ventilation"]
    meds = [(m["name"], m["code"], m["route"], m["dose"]) for m in r["medications"]]
    assert meds == [
        ("oxygen", "7806", "INH", "12 LPM"),                     # route 9927065 BVM
        ("epinephrine", "317361", "IV", "1 mg"),
        ("amiodarone", "703", "IV", "5 mg/kg"),
    ]


def test_spot_check_opioid_release():
    r = only_record(DATA / "2023-EMS-1-Opioid-Release_v350.xml")
    assert r["service"]["transported"] is False                  # 4230009 refused transport
    assert r["service"]["crew_levels"] == ["AEMT", "Paramedic"]
    naloxone = [m for m in r["medications"] if m["code"] == "7242"]
    assert [(m["name"], m["route"], m["dose"], m["prior_to_crew"]) for m in naloxone] == [
        ("naloxone", "IN", "4 mg", False), ("naloxone", "IN", "4 mg", False)]
    assert [m["performer_role"] for m in naloxone] == ["AEMT", "Paramedic"]
    assert r["signature"]["signer"] == "representative"
    assert r["signature"]["representative_relationship"] == "friend"
    assert r["billed"]["hcpcs"] == ["A0426"]                     # 2650001
    assert r["mileage"]["loaded_miles"] is None                  # no eResponse.21
    assert r["payer"]["primary"] == "not-billed"                 # 2601007


def test_spot_check_interfacility_and_pertinent_negative():
    r = only_record(DATA / "2021-EMS-3-Ped-Interfacility_v350.xml")
    assert r["service"]["service_type"] == "interfacility"       # 2205005
    assert r["pickup"]["location_type"] == "hospital"            # Y92.23
    # morphine carries PN="8801001" (contraindicated): not given, so not listed
    assert [m["name"] for m in r["medications"]] == ["fentanyl", "propofol"]
    assert r["medications"][0]["dose"] == "1.2 mcg/kg"
    # the intubation was done at the sending hospital by an RN (eProcedures.02 = yes)
    tube = [p for p in r["procedures"] if p["code"] == "232674004"]
    assert tube and tube[0]["prior_to_crew"] is True and tube[0]["performer_role"] == "RN"
    assert r["mileage"]["loaded_miles"] == "84.5"                # 121.2 - 36.7
    assert r["provider_impressions"] == []                       # eSituation.11/.12 are NV


def test_spot_check_air_transfer_with_pcs():
    r = only_record(DATA / "2024-EMS-4-COVID-Transfer_v350.xml")
    assert r["service"]["unit_type"] == "rotor-wing"             # 4216003
    assert r["service"]["response_mode"] == "non-emergency"      # 2223005 / 2640003
    assert r["pcs"] == {"present": True, "date": "2023-10-09T20:22:17-06:00"}
    assert r["billed"]["hcpcs"] == ["A0431"]                     # 2650017 rotary wing
    # aircraft record hours in the odometer elements: readings kept, no loaded miles derived
    assert r["mileage"] == {"loaded_miles": None, "odometer_at_scene": 14512.1,
                            "odometer_at_destination": 14514.3}
    assert r["pickup"]["state"] == "WY" and r["destination"]["state"] == "CO"
    assert r["narrative"] == "<Transfer of COVID-19 patient on ventilator for higher level of care.>"


def test_spot_check_scheduled_transport_and_newborn_age():
    r = only_record(DATA / "2023-EMS-4-Medical-Transport_v350.xml")
    assert r["service"]["service_type"] == "scheduled"           # 2205007
    assert r["destination"]["address"] == "921 Texas Boulevard, PO Box 98"   # StreetAddress2
    assert r["destination"]["location_type"] == "diagnostic-site"            # 4221027
    assert r["mileage"]["loaded_miles"] == "3.6"                 # 190066.7 - 190063.1
    assert r["pcs"]["present"] is True
    newborn = only_record(DATA / "2021-EMS-4-Newborn-Tx_v350.xml")
    assert newborn["patient"]["age"] == 0.0                      # 1 minute old
    assert newborn["pickup"]["address"] == "128 Robin Rd, Unit 302"


def test_generated_pns_and_nils():
    pns = only_record(DATA / "generated" / "EMSDataset-PNs-1.xml")
    assert pns["procedures"] == [] and pns["medications"] == []    # both carry PN="8801023"
    assert pns["mileage"]["loaded_miles"] is None                  # 12.0 < 639.0
    nils = only_record(DATA / "generated" / "EMSDataset-Nils-1.xml")
    assert nils["narrative"] == ""                                 # eNarrative.01 NV
    assert nils["patient"]["age"] is None and nils["patient"]["sex"] is None
    assert nils["service"]["crew_levels"] == []
    assert nils["billed"]["hcpcs"] == []


# ---------------------------------------------------------------------------------------------
# invalid files: no traceback escapes
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "invalid").glob("*.xml")))
def test_invalid_files_do_not_raise_unexpected_errors(name):
    try:
        items = list(read_nemsis(DATA / "invalid" / name))
    except NemsisError as exc:
        assert name in str(exc)
        return
    assert items
    for index, record, error in items:
        assert (record is None) != (error is None)
        if record is not None:
            assert_valid(record)
        else:
            assert isinstance(error, str) and error


# ---------------------------------------------------------------------------------------------
# synthetic documents
# ---------------------------------------------------------------------------------------------

NS_OPEN = ('<EMSDataSet xmlns="http://www.nemsis.org" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">')


def pcr_xml(pcr_id: str | None = "T-1", narrative: str | None = "Pt found sitting up, A&amp;Ox4.",
            extra: str = "") -> str:
    record = (f"<eRecord><eRecord.01>{pcr_id}</eRecord.01></eRecord>" if pcr_id is not None
              else "<eRecord><eRecord.SoftwareApplicationGroup/></eRecord>")
    narr = (f"<eNarrative><eNarrative.01>{narrative}</eNarrative.01></eNarrative>"
            if narrative is not None else "")
    return f'<PatientCareReport UUID="u-{pcr_id}">{record}{extra}{narr}</PatientCareReport>'


def write_doc(tmp_path, body: str, name: str = "doc.xml") -> pathlib.Path:
    path = tmp_path / name
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + NS_OPEN + "<Header>" + body
                    + "</Header></EMSDataSet>", encoding="utf-8")
    return path


def test_minimal_report_defaults(tmp_path):
    path = write_doc(tmp_path, pcr_xml())
    record = only_record(path)
    assert_valid(record)
    assert record["pcr_id"] == "T-1"
    assert record["narrative"] == "Pt found sitting up, A&Ox4."
    assert record["service"]["crew_levels"] == [] and record["procedures"] == []
    assert record["signature"]["signer"] is None


def test_missing_narrative_is_empty_string(tmp_path):
    record = only_record(write_doc(tmp_path, pcr_xml(narrative=None)))
    assert record["narrative"] == ""
    assert_valid(record)


def test_report_level_error_does_not_stop_the_file(tmp_path):
    secret = "ZZ-PRIVATE-NARRATIVE-ZZ"
    body = pcr_xml("A-1") + pcr_xml(None, narrative=secret) + pcr_xml("A-3")
    items = list(read_nemsis(write_doc(tmp_path, body)))
    assert [i for i, _, _ in items] == [1, 2, 3]
    assert items[0][1]["pcr_id"] == "A-1" and items[0][2] is None
    assert items[1][1] is None and "eRecord.01" in items[1][2]
    assert secret not in items[1][2] and "doc.xml" in items[1][2]
    assert items[2][1]["pcr_id"] == "A-3"


def test_reports_in_several_headers_keep_document_order(tmp_path):
    path = tmp_path / "multi.xml"
    path.write_text(NS_OPEN + "<Header>" + pcr_xml("H1-1") + pcr_xml("H1-2") + "</Header><Header>"
                    + pcr_xml("H2-1") + "</Header></EMSDataSet>", encoding="utf-8")
    assert [(i, r["pcr_id"]) for i, r, _ in read_nemsis(path)] == [(1, "H1-1"), (2, "H1-2"), (3, "H2-1")]


def test_mapping_rules_on_a_synthetic_report(tmp_path):
    extra = textwrap.dedent("""
        <eResponse>
          <eResponse.ServiceGroup><eResponse.05>2205015</eResponse.05></eResponse.ServiceGroup>
          <eResponse.07>2207017</eResponse.07>
          <eResponse.20>100.04</eResponse.20>
          <eResponse.21>112.46</eResponse.21>
          <eResponse.23>2223001</eResponse.23>
          <eResponse.24>2224015</eResponse.24>
        </eResponse>
        <eCrew>
          <eCrew.CrewGroup><eCrew.01>1</eCrew.01><eCrew.02>9925033</eCrew.02></eCrew.CrewGroup>
          <eCrew.CrewGroup><eCrew.01>2</eCrew.01><eCrew.02>9925043</eCrew.02></eCrew.CrewGroup>
          <eCrew.CrewGroup><eCrew.01>3</eCrew.01><eCrew.02 xsi:nil="true" NV="7701003"/></eCrew.CrewGroup>
        </eCrew>
        <eTimes><eTimes.03>2024-03-10T08:00:00-05:00</eTimes.03></eTimes>
        <ePatient>
          <ePatient.PatientNameGroup><ePatient.02 xsi:nil="true" PN="8801019"/></ePatient.PatientNameGroup>
          <ePatient.AgeGroup><ePatient.15 xsi:nil="true" NV="7701003"/><ePatient.16 xsi:nil="true" NV="7701003"/></ePatient.AgeGroup>
          <ePatient.17>1940-03-11</ePatient.17>
          <ePatient.25>9919003</ePatient.25>
        </ePatient>
        <ePayment>
          <ePayment.01>2601005</ePayment.01>
          <ePayment.CertificateGroup><ePayment.02>9922001</ePayment.02></ePayment.CertificateGroup>
          <ePayment.40>2640003</ePayment.40>
          <ePayment.50>2650015</ePayment.50>
        </ePayment>
        <eScene>
          <eScene.09>Y92.129</eScene.09>
          <eScene.15 StreetAddress2="Wing B">77 Elm Court</eScene.15>
          <eScene.18>39</eScene.18>
          <eScene.19 xsi:nil="true" NV="7701003"/>
        </eScene>
        <eSituation>
          <eSituation.11>I21.9</eSituation.11>
          <eSituation.12>I50.9</eSituation.12>
          <eSituation.12>I21.9</eSituation.12>
        </eSituation>
        <eMedications>
          <eMedications.MedicationGroup>
            <eMedications.02>9923001</eMedications.02>
            <eMedications.03 CodeType="9924003">7512</eMedications.03>
            <eMedications.04>9927069</eMedications.04>
            <eMedications.DosageGroup><eMedications.05>8</eMedications.05><eMedications.06>3706037</eMedications.06></eMedications.DosageGroup>
            <eMedications.10>9905041</eMedications.10>
          </eMedications.MedicationGroup>
          <eMedications.MedicationGroup>
            <eMedications.02>9923003</eMedications.02>
            <eMedications.03 CodeType="9924005">71493000</eMedications.03>
            <eMedications.04>9927023</eMedications.04>
          </eMedications.MedicationGroup>
          <eMedications.MedicationGroup>
            <eMedications.03 PN="8801019" CodeType="9924003">4337</eMedications.03>
            <eMedications.04 xsi:nil="true" NV="7701001"/>
          </eMedications.MedicationGroup>
          <eMedications.MedicationGroup>
            <eMedications.03 CodeType="9924003">999999999</eMedications.03>
          </eMedications.MedicationGroup>
        </eMedications>
        <eProcedures>
          <eProcedures.ProcedureGroup>
            <eProcedures.02>9923001</eProcedures.02>
            <eProcedures.03>430824005</eProcedures.03>
            <eProcedures.06>9923003</eProcedures.06>
            <eProcedures.10>9905031</eProcedures.10>
          </eProcedures.ProcedureGroup>
          <eProcedures.ProcedureGroup>
            <eProcedures.03 PN="8801023">232674004</eProcedures.03>
          </eProcedures.ProcedureGroup>
          <eProcedures.ProcedureGroup>
            <eProcedures.03>12345678</eProcedures.03>
            <eProcedures.06 xsi:nil="true" NV="7701003"/>
            <eProcedures.10>9905045</eProcedures.10>
          </eProcedures.ProcedureGroup>
        </eProcedures>
        <eDisposition>
          <eDisposition.DestinationGroup>
            <eDisposition.03>1 Hospital Way</eDisposition.03>
            <eDisposition.05>39</eDisposition.05>
            <eDisposition.07>43215</eDisposition.07>
          </eDisposition.DestinationGroup>
          <eDisposition.IncidentDispositionGroup><eDisposition.30>4230003</eDisposition.30></eDisposition.IncidentDispositionGroup>
          <eDisposition.21>4221025</eDisposition.21>
        </eDisposition>
        <eOther>
          <eOther.SignatureGroup>
            <eOther.12>4512015</eOther.12><eOther.13>4513005</eOther.13><eOther.15>4515013</eOther.15>
          </eOther.SignatureGroup>
          <eOther.SignatureGroup>
            <eOther.12>4512003</eOther.12><eOther.13>4513005</eOther.13><eOther.15>4515031</eOther.15>
          </eOther.SignatureGroup>
        </eOther>
    """)
    r = only_record(write_doc(tmp_path, pcr_xml("SYN-1", extra=extra)))
    assert_valid(r)
    s = r["service"]
    # ePayment.40 (the CMS response-urgency answer) decides over eResponse.23/.24
    assert s["response_mode"] == "non-emergency"
    assert s["service_type"] == "interfacility"
    assert s["unit_type"] == "ground"                   # no eDisposition.16: eResponse.07
    assert s["crew_levels"] == ["Paramedic", "RN"]      # critical care paramedic, RN; NV skipped
    assert s["transported"] is True
    # age from date of birth when ePatient.15 is NV: 83 years (birthday one day later)
    assert r["patient"] == {"age": 83, "sex": "male", "name_present": False, "dob_present": True}
    assert r["pickup"] == {"address": "77 Elm Court, Wing B", "city": None, "state": "OH",
                           "zip": None, "location_type": "nursing-facility"}
    assert r["destination"]["location_type"] == "dialysis"
    assert r["mileage"]["loaded_miles"] == "12.4"       # 112.46 - 100.04 = 12.42
    assert r["pcs"] == {"present": False, "date": None}
    assert r["payer"]["primary"] == "medicare"
    assert r["billed"]["hcpcs"] == ["A0434"]
    assert r["provider_impressions"] == ["I21.9", "I50.9"]
    assert r["signature"] == {"signer": "crew", "patient_unable_reason": "mental status impaired",
                              "representative_relationship": None}
    meds = r["medications"]
    assert [(m["name"], m["route"], m["dose"], m["prior_to_crew"]) for m in meds] == [
        ("norepinephrine", "infusion", "8 mcg/min", False),
        ("packed red blood cells", "IV", None, True),
        ("RxNorm 999999999", None, None, None),
    ]
    assert meds[0]["performer_role"] == "RN"
    procs = r["procedures"]
    assert [(p["name"], p["code"], p["successful"], p["prior_to_crew"], p["performer_role"]) for p in procs] == [
        ("intraosseous (IO) access", "430824005", True, False, "Paramedic"),
        ("SNOMED CT 12345678", "12345678", None, None, "Lay Person"),
    ]


def test_namespace_free_emsdataset_is_accepted(tmp_path):
    path = tmp_path / "nons.xml"
    path.write_text("<EMSDataSet><Header>" + pcr_xml("NN-1") + "</Header></EMSDataSet>", encoding="utf-8")
    assert only_record(path)["pcr_id"] == "NN-1"


# ---------------------------------------------------------------------------------------------
# file-level errors
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    b"",
    b"this is not xml at all",
    b"\x00\x01\x02\xff\xfe garbage",
    b'<?xml version="1.0"?><html><body>hello</body></html>',
    b'<?xml version="1.0"?><DEMDataSet xmlns="http://www.nemsis.org"><DemographicReport/></DEMDataSet>',
    b'<?xml version="1.0"?><EMSDataSet xmlns="http://example.org/other"><Header/></EMSDataSet>',
    b'<?xml version="1.0"?><wrapper><EMSDataSet xmlns="http://www.nemsis.org"/></wrapper>',
])
def test_not_an_emsdataset(tmp_path, content):
    path = tmp_path / "bad.xml"
    path.write_bytes(content)
    with pytest.raises(NemsisError) as info:
        list(read_nemsis(path))
    assert "bad.xml" in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(NemsisError) as info:
        list(read_nemsis(tmp_path / "nope.xml"))
    assert "nope.xml" in str(info.value)


def test_truncated_file_yields_earlier_reports_then_raises(tmp_path):
    secret = "QQ-SECRET-TEXT-QQ"
    path = tmp_path / "cut.xml"
    path.write_text(NS_OPEN + "<Header>" + pcr_xml("OK-1") + pcr_xml("OK-2", narrative=secret + " <b>bold")
                    + "</Header></EMSDataSet>", encoding="utf-8")
    seen = []
    with pytest.raises(NemsisError) as info:
        for index, record, error in read_nemsis(path):
            seen.append(record["pcr_id"])
    assert seen == ["OK-1"]
    assert "cut.xml" in str(info.value) and secret not in str(info.value)


def test_bad_encoding_message_does_not_quote_text(tmp_path):
    path = tmp_path / "enc.xml"
    raw = (NS_OPEN + "<Header>" + pcr_xml("E-1", narrative="PRIVATEWORD \udcff") + "</Header></EMSDataSet>")
    path.write_bytes(raw.encode("utf-8", "surrogateescape"))
    with pytest.raises(NemsisError) as info:
        list(read_nemsis(path))
    assert "PRIVATEWORD" not in str(info.value)


# ---------------------------------------------------------------------------------------------
# hostile documents: DOCTYPE, entities
# ---------------------------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE {root} [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


@pytest.mark.parametrize("root", ["EMSDataSet", "lolz"])
def test_billion_laughs_is_refused(tmp_path, root):
    if root == "EMSDataSet":
        body = (NS_OPEN + "<Header>" + pcr_xml("BL-1", narrative="&lol9;") + "</Header></EMSDataSet>")
    else:
        body = "<lolz>&lol9;</lolz>"
    path = tmp_path / "laughs.xml"
    path.write_text(BILLION_LAUGHS.format(root=root) + body, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(NemsisError) as info:
        list(read_nemsis(path))
    assert time.monotonic() - started < 5
    assert "laughs.xml" in str(info.value)
    if root == "EMSDataSet":
        assert "DOCTYPE" in str(info.value)


def test_external_entity_is_refused_and_not_read(tmp_path):
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    path = tmp_path / "xxe.xml"
    path.write_text(
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE EMSDataSet [ <!ENTITY xxe SYSTEM "{secret_file.as_uri()}"> ]>\n'
        + NS_OPEN + "<Header>" + pcr_xml("XXE-1", narrative="&xxe;") + "</Header></EMSDataSet>",
        encoding="utf-8")
    with pytest.raises(NemsisError) as info:
        list(read_nemsis(path))
    assert "DOCTYPE" in str(info.value) and "TOP-SECRET" not in str(info.value)


def test_external_dtd_and_parameter_entity_are_refused(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "LEAKED">', encoding="utf-8")
    for i, doctype in enumerate([
        f'<!DOCTYPE EMSDataSet SYSTEM "{dtd.as_uri()}">',
        f'<!DOCTYPE EMSDataSet [ <!ENTITY % pe SYSTEM "{dtd.as_uri()}"> %pe; ]>',
        '<!DOCTYPE EMSDataSet SYSTEM "http://127.0.0.1:9/evil.dtd">',
        '<!DOCTYPE EMSDataSet>',
    ]):
        path = tmp_path / f"dtd{i}.xml"
        path.write_text('<?xml version="1.0"?>\n' + doctype + "\n" + NS_OPEN + "<Header>"
                        + pcr_xml("D-1", narrative="&leak;") + "</Header></EMSDataSet>", encoding="utf-8")
        with pytest.raises(NemsisError) as info:
            list(read_nemsis(path))
        assert "DOCTYPE" in str(info.value), doctype


def test_undeclared_entity_is_a_file_error(tmp_path):
    path = write_doc(tmp_path, pcr_xml("U-1", narrative="&undeclared;"))
    with pytest.raises(NemsisError):
        list(read_nemsis(path))


# ---------------------------------------------------------------------------------------------
# streaming
# ---------------------------------------------------------------------------------------------

def test_reports_are_cleared_while_streaming(tmp_path):
    n = 300
    path = tmp_path / "many.xml"
    path.write_text(NS_OPEN + "<Header><DemographicGroup/>" + "".join(pcr_xml(f"S-{i}") for i in range(n))
                    + "</Header><Header>" + "".join(pcr_xml(f"T-{i}") for i in range(n))
                    + "</Header></EMSDataSet>", encoding="utf-8")
    count = 0
    for _, el in nemsis._iter_pcr_elements(path):
        count += 1
        # earlier reports are gone from the tree (at most the DemographicGroup precedes)
        assert sum(1 for _ in el.itersiblings(preceding=True)) <= 1
        assert len(el.getroottree().getroot()) <= 2
    assert count == 2 * n


def test_memory_stays_flat_on_a_large_file(tmp_path):
    sample = (DATA / "2022-EMS-1-Cardiac-Transport_v350.xml").read_text(encoding="utf-8")
    start = sample.index("<PatientCareReport")
    end = sample.index("</PatientCareReport>") + len("</PatientCareReport>")
    body = sample[start:end]
    path = tmp_path / "large.xml"
    copies = 600
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n' + NS_OPEN + "<Header>")
        for _ in range(copies):
            f.write(body)
        f.write("</Header></EMSDataSet>")
    size_mb = path.stat().st_size / 1e6
    script = textwrap.dedent(f"""
        import importlib.util, resource, sys
        spec = importlib.util.spec_from_file_location("m", {str(MODULE_PATH)!r})
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        import lxml.etree
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        n = sum(1 for _, rec, err in m.read_nemsis({str(path)!r}) if rec is not None)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(n, (after - before) / 1024)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    n, growth_mb = out.stdout.split()
    assert int(n) == copies
    # a full in-memory tree would need several times the file size
    assert float(growth_mb) < size_mb / 4, (growth_mb, size_mb)
