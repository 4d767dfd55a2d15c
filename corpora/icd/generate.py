#!/usr/bin/env python3
"""Generate corpora/icd/train.jsonl: synthetic EMS narratives labelled with ICD-10-CM codes.

How the data is made
--------------------
Everything here is invented; no real patient care report, person or address is used.

* The label set and each label's billable ICD-10-CM code come from ``categories.tsv`` next to
  this file (read at run time; this script never changes it).
* Every label has hand-written pools of phrasings for the slots of a run report: chief complaint
  (``cc``), history of present illness (``hpi``), exam findings (``exam``), treatment (``tx``),
  disposition (``dispo``) and the crew's working impression in words (``imp``), plus vital-sign
  ranges (BP, HR, RR, SpO2, GCS, optionally glucose and temperature), an age range, likely past
  history, the dispatch natures that tend to send a crew to it, and the kinds of scene.
* Shared pools supply the filler every report has: dispatch lines, scene descriptions, past
  medical history and home medications, allergies, moving/transport lines, hand-off lines,
  refusal lines, vital-sign layouts and hospital / facility names (all fictional).
* Confounders are added on purpose so a bag-of-words model cannot key on single words:
  pertinent negatives that name OTHER conditions ("denies CP", "no SOB", "neg BE-FAST"),
  past history of other conditions ("hx CHF, COPD"), misleading dispatch natures ("fall",
  "sick person"), and symptoms shared between labels (weakness, SOB, confusion, dizziness).
  Each label lists the symptom keys it may actually have (``sx``) so a negative never
  contradicts the label, and past-history keys it must not carry (``excl``; e.g. no diabetes in
  the plain hypoglycemia label, no seizure disorder in new-onset seizure).
* A record picks one of eight writing styles (free prose, SOAP, CHART, DCHARTE, terse ALL-CAPS
  run-on, bullet list, one-liner, time-stamped log) and a detail level, so narratives run from
  one line to about fifteen lines. Some records get common crew misspellings.
* Phrases may carry tags. An outcome tag such as ``[refuse]`` or ``[rosc]``: a record picks one
  outcome per label and only uses phrases that fit it (no "ROSC" line next to a field
  termination). Age tags ``[peds]``, ``[adult]``, ``[young]``, ``[grown]``, ``[old]`` keep a
  toddler's story out of an 80-year-old's chart. Scenario tags ``[s_*]``: the history line is drawn
  first and fixes the scenario, so the chief complaint, exam, treatment and disposition stay with it
  (bee sting vs food, snorted vs injected heroin, field call vs interfacility transfer). The scene
  kind (home, facility, public place, roadway, water...) follows hints in the history line.
* Within a record, exam findings and treatments that would describe the same thing twice in
  different words (two GCS values, two 12-lead reads) are not drawn together.
* About 30% of records carry the crew's ePCR impression in ``impressions``: the label's code, or
  occasionally a related valid code (listed per label in ``alt``) instead of it or after it;
  external-cause codes (V-Y) and Z37.0 only ever follow the label's code. The rest carry ``[]``.
  All codes were checked with simple_icd_10_cm (outside this script, which uses only the
  standard library).
* ``random.Random(seed)`` drives every choice and no set is iterated, so the output is the same
  for the same ``--seed`` / ``--per-label``. Records are shuffled and numbered T00001, T00002...

Usage: python generate.py [--seed 20261125] [--per-label 25] [--out train.jsonl]
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 20261125
DEFAULT_PER_LABEL = 25


def _lines(text):
    """One phrase per non-empty line."""
    return [ln.strip() for ln in text.strip().splitlines() if ln.strip()]


def _rng_pair(text):
    lo, hi = text.split("-") if "-" in text else (text, text)
    return (float(lo), float(hi))


# ---------------------------------------------------------------------------
# Pertinent negatives, keyed by the symptom / finding they deny.
# "report" phrases need a patient who can talk; "exam" phrases are observations.
# ---------------------------------------------------------------------------
NEG = {
    "chest_pain": ("""
        denies CP
        denies chest pain
        no chest pain
        neg CP
        denies chest pain or pressure
        denies any CP/discomfort
        no c/o chest pain
    """, ""),
    "sob": ("""
        denies SOB
        no SOB
        denies shortness of breath
        denies difficulty breathing
        no DOE
    """, """
        no resp distress
        breathing even and unlabored
        resps non labored
    """),
    "lungs": ("", """
        lung sounds clear bilat
        LS CTA bilat
        lungs clear and equal
        breath sounds clear x4 fields
    """),
    "numb": ("""
        denies numbness/tingling
        denies focal weakness
        no numbness or tingling
    """, ""),
    "stroke": ("", """
        neg BE-FAST
        Cincinnati neg
        no facial droop, no arm drift, speech clear
        no focal neuro deficits
        neg stroke scale
        neg for stroke sx
        LAMS 0
    """),
    "vision": ("""
        denies vision changes
        no blurred vision
    """, ""),
    "headache": ("""
        denies HA
        no headache
        denies headache
    """, ""),
    "nv": ("""
        denies N/V
        no nausea/vomiting
        denies n/v/d
        denies nausea
    """, ""),
    "abd": ("""
        denies abd pain
        no abdominal pain
    """, """
        abd soft NT/ND
        abd soft non tender
    """),
    "fever": ("""
        denies fever/chills
        no recent fevers
        denies fever
    """, ""),
    "loc": ("""
        denies LOC
        no LOC
        no syncope
    """, ""),
    "dizzy": ("""
        denies dizziness
        denies lightheadedness
        no dizziness
    """, ""),
    "palp": ("""
        denies palpitations
        no palps
    """, ""),
    "trauma": ("""
        denies trauma
        denies any falls
        no recent injuries
    """, """
        no s/s of trauma
        no obvious trauma
        DCAP-BTLS neg
    """),
    "head": ("""
        denies hitting head
        no head strike
    """, """
        no head trauma
        head atraumatic
    """),
    "spine": ("""
        denies neck or back pain
    """, """
        no midline spinal tenderness
    """),
    "si": ("""
        denies SI/HI
        denies thoughts of self harm
        denies suicidal ideation
    """, ""),
    "etoh": ("""
        denies ETOH today
        denies drinking
        denies drug or ETOH use
    """, """
        no odor of ETOH
    """),
    "drugs": ("""
        denies drug use
        denies any ingestion
    """, """
        no drug paraphernalia found
        no pill bottles on scene
        no track marks
    """),
    "bleed": ("""
        denies blood in stool
        denies melena
        no hematemesis
        denies bleeding
    """, ""),
    "urinary": ("""
        denies dysuria
        no urinary sx
        denies urinary complaints
    """, ""),
    "sz": ("""
        denies seizure hx
    """, """
        no seizure activity
        no incontinence or tongue biting
    """),
    "cough": ("""
        denies cough
        no cough/congestion
    """, ""),
    "allergy": ("""
        denies new foods or meds
        no known allergen exposure
    """, """
        no hives
        no rash
        no angioedema
    """),
    "edema": ("", """
        no JVD
        no pedal edema
        no JVD or pedal edema
    """),
    "weak": ("""
        denies weakness
        denies gen weakness
    """, ""),
    "pain": ("""
        denies pain
        denies any other pain
        pain 0/10
    """, ""),
}
NEG = {k: (_lines(r), _lines(e)) for k, (r, e) in NEG.items()}
NEG_KEYS = list(NEG)  # insertion order, never a set
# how often crews write each kind of negative (SI, drugs, allergy only now and then)
NEG_WEIGHT = {
    "chest_pain": 3, "sob": 3, "lungs": 2, "numb": 1.5, "stroke": 2, "vision": 0.6, "headache": 2, "nv": 2.5,
    "abd": 1.5, "fever": 2, "loc": 2, "dizzy": 2, "palp": 1, "trauma": 1.5, "head": 1.2, "spine": 1,
    "si": 0.35, "etoh": 0.8, "drugs": 0.5, "bleed": 0.6, "urinary": 0.8, "sz": 0.6, "cough": 1.2,
    "allergy": 0.5, "edema": 1, "weak": 1.2, "pain": 0.8,
}

# ---------------------------------------------------------------------------
# Past medical history (key -> phrasings) and the home meds that go with it.
# ---------------------------------------------------------------------------
PMH = {
    "htn": "HTN|hypertension|high BP|htn|HTN (controlled)",
    "hld": "HLD|high cholesterol|hyperlipidemia",
    "dm2": "DM2|type 2 diabetes|T2DM|NIDDM|DM II|DM type II",
    "dm1": "type 1 DM|T1DM|IDDM|juvenile diabetes|type 1 diabetic",
    "chf": "CHF|heart failure|HFrEF|CHF (EF 25%)|congestive heart failure",
    "copd": "COPD|emphysema|COPD on 2L home O2|chronic bronchitis",
    "asthma": "asthma|asthma since childhood|reactive airway dz",
    "cad": "CAD|CAD s/p stents|MI x2|s/p CABG|prior MI",
    "afib": "a-fib|afib on eliquis|A-fib|paroxysmal afib|afib on coumadin",
    "ckd": "CKD|CKD stage 3|chronic kidney disease|renal insufficiency",
    "esrd": "ESRD on HD MWF|ESRD|dialysis (T/Th/Sat)",
    "cva": "CVA|prior stroke|old CVA w/ R sided weakness|hx stroke",
    "sz": "seizure d/o|epilepsy|seizures",
    "dementia": "dementia|alzheimers|ALZ dementia|vascular dementia",
    "depression": "depression|MDD",
    "anxiety": "anxiety|GAD|panic attacks",
    "bipolar": "bipolar d/o|bipolar",
    "schizo": "schizophrenia|schizoaffective d/o",
    "etoh": "ETOH abuse|alcoholism|EtOH use d/o",
    "ivdu": "IVDU|polysubstance abuse|opioid use d/o|heroin use, on suboxone",
    "hypothyroid": "hypothyroidism|hypothyroid",
    "cancer": "breast CA|prostate CA|lung CA|colon CA on chemo|lymphoma",
    "gerd": "GERD|acid reflux",
    "bph": "BPH",
    "oa": "arthritis|OA|osteoarthritis|DJD",
    "osteo": "osteoporosis|osteopenia",
    "obesity": "obesity|morbid obesity",
    "osa": "OSA on CPAP|sleep apnea",
    "dvt": "hx DVT|prior PE|DVT on xarelto",
    "pacer": "pacemaker|AICD|PPM",
    "gout": "gout",
    "anemia": "anemia",
    "uti": "recurrent UTIs|neurogenic bladder",
    "liver": "cirrhosis|liver dz|hep C",
    "tob": "smoker|1 ppd smoker|tobacco use|former smoker",
    "chronic_pain": "chronic back pain|chronic pain|fibromyalgia",
    "svt": "SVT|hx SVT s/p ablation|PSVT",
    "ms": "MS|multiple sclerosis",
    "parkinson": "parkinsons dz|parkinsons",
    "ptsd": "PTSD",
    "migraine": "migraines",
    "insomnia": "insomnia",
}
PMH = {k: v.split("|") for k, v in PMH.items()}

MEDS = {
    "htn": "lisinopril|amlodipine|losartan|HCTZ|metoprolol",
    "hld": "atorvastatin|simvastatin|lipitor",
    "dm2": "metformin|glipizide|januvia|lantus|jardiance",
    "dm1": "insulin pump|humalog|lantus",
    "chf": "lasix|furosemide|carvedilol|entresto|spironolactone",
    "copd": "spiriva|albuterol|symbicort|advair|home O2",
    "asthma": "albuterol inhaler|singulair|flovent",
    "cad": "ASA|plavix|NTG PRN|metoprolol",
    "afib": "eliquis|xarelto|diltiazem|coumadin|metoprolol",
    "esrd": "sevelamer|renvela|calcium acetate",
    "cva": "plavix|ASA 81",
    "sz": "keppra|lamotrigine|depakote|dilantin",
    "dementia": "donepezil|aricept|namenda",
    "depression": "zoloft|sertraline|lexapro|wellbutrin",
    "anxiety": "buspirone|hydroxyzine|xanax PRN",
    "bipolar": "lithium|seroquel|lamictal",
    "schizo": "haldol|risperdal|invega",
    "hypothyroid": "levothyroxine|synthroid",
    "gerd": "omeprazole|protonix|pepcid",
    "bph": "flomax|tamsulosin",
    "oa": "tylenol|meloxicam",
    "osteo": "fosamax",
    "dvt": "xarelto|eliquis",
    "gout": "allopurinol",
    "chronic_pain": "gabapentin|norco|cyclobenzaprine",
    "liver": "lactulose|spironolactone",
    "parkinson": "sinemet",
    "migraine": "imitrex",
    "ivdu": "suboxone",
    "osa": "CPAP at night",
    "insomnia": "trazodone|melatonin",
}
MEDS = {k: v.split("|") for k, v in MEDS.items()}

# background prevalence used for random (confounding) history
PMH_WEIGHT = {
    "htn": 10, "hld": 6, "dm2": 6, "chf": 3, "copd": 3, "asthma": 2.5, "cad": 4, "afib": 3,
    "ckd": 2, "cva": 2, "depression": 3, "anxiety": 3, "hypothyroid": 3, "gerd": 3, "oa": 3,
    "obesity": 2, "osa": 2, "cancer": 1.5, "bph": 1, "tob": 2, "gout": 1, "anemia": 1,
    "chronic_pain": 1, "sz": 0.6, "dementia": 1.2, "dm1": 0.3, "esrd": 0.6, "dvt": 1,
    "liver": 0.5, "etoh": 0.7, "ivdu": 0.3, "bipolar": 0.6, "schizo": 0.3, "migraine": 1,
    "osteo": 1, "pacer": 0.8, "parkinson": 0.5, "ptsd": 0.5, "uti": 0.6,
}
YOUNG_PMH = ["asthma", "anxiety", "depression", "migraine", "obesity", "tob", "adhd"]
PMH["adhd"] = ["ADHD"]
MEDS["adhd"] = ["adderall"]

ALLERGIES = _lines("""
NKDA
NKDA
NKA
no known allergies
Allergies: PCN
allergic to sulfa
All: codeine
Allergies: PCN, latex
allergy to morphine
NKDA per pt
allergic to shellfish
All: ASA (GI upset)
""")

# ---------------------------------------------------------------------------
# Dispatch natures, places and scenes.
# ---------------------------------------------------------------------------
DISPATCH_NATURE = {
    "breathing": "breathing problems|difficulty breathing|resp distress|SOB|trouble breathing",
    "chest": "chest pain|CP|chest pain/discomfort|possible heart problem",
    "cardiac": "heart problems|cardiac problem|irregular heartbeat|palpitations",
    "arrest": "cardiac arrest|CPR in progress|unresponsive not breathing|possible code",
    "sick": "sick person|sick person/unknown|general illness|ill person",
    "unk": "unknown problem|person down|unknown medical",
    "fall": "fall|fall victim|fall w/ injury|elderly fall",
    "lift": "lift assist|fall/lift assist",
    "uncon": "unconscious person|unresponsive person|fainting|syncope|passed out",
    "seizure": "seizure|convulsions|seizures",
    "stroke": "possible stroke|stroke/CVA|stroke alert",
    "diabetic": "diabetic problem|diabetic emergency|low blood sugar",
    "od": "overdose|poisoning/ingestion|OD|possible overdose",
    "psych": "psychiatric problem|behavioral emergency|suicidal person|mental health crisis|welfare check",
    "mvc": "MVC|motor vehicle accident|MVC w/ injuries|traffic collision",
    "trauma": "traumatic injury|injured person|assault|accident",
    "abd": "abdominal pain|abd pain",
    "back": "back pain|back pain (non-traumatic)",
    "headache": "headache|HA",
    "allergy": "allergic reaction|allergic reaction/stings|anaphylaxis",
    "heat": "heat exposure|heat/cold exposure|person down in heat",
    "cold": "cold exposure|hypothermia|heat/cold exposure|person down outside",
    "drown": "drowning|water rescue|near drowning",
    "ob": "pregnancy/childbirth|OB emergency|imminent delivery|woman in labor",
    "bleed": "hemorrhage|bleeding|bleeding (non-traumatic)",
    "gibleed": "GI bleed|vomiting blood|hemorrhage|bleeding",
    "vagbleed": "vaginal bleeding|OB bleeding|hemorrhage",
    "burn": "burns|burn injury|burns/explosion",
    "ift": "interfacility transfer|routine transfer|scheduled transport|non-emergency transport|discharge transport",
    "etoh": "intoxicated person|public intox|man down",
    "fever": "sick person/fever|fever",
}
DISPATCH_NATURE = {k: v.split("|") for k, v in DISPATCH_NATURE.items()}

PLACES = {
    "home": "private residence|single family home|apartment|mobile home|townhouse|duplex",
    "facility": "SNF|assisted living facility|nursing home|group home|memory care unit|rehab facility",
    "public": "grocery store|restaurant|gas station|office bldg|church|shopping mall|bus stop|gym|school|library|hotel lobby",
    "mvc": "intersection|interstate|highway|parking lot|county road|on ramp",
    "ift": "{hosp} ED|{hosp} ICU|{hosp} med surg floor|dialysis center|urgent care|imaging center|{hosp}",
    "water": "community pool|lake|apartment complex pool|public beach|backyard pool|river access",
    "outdoor": "park|construction site|backyard|athletic field|trail head|sidewalk|alley",
}
PLACES = {k: v.split("|") for k, v in PLACES.items()}

SCENES = {
    "home": """
        found pt sitting on couch in living room
        pt found lying in bed
        pt met at front door by family
        pt sitting at kitchen table
        found pt on bathroom floor, family at side
        pt in recliner in living room
        upon arrival pt sitting on edge of bed
        pt located in upstairs bedroom, narrow stairwell
        pt found lying on floor of bedroom
        pt sitting on front porch steps
        pt in bed, spouse at bedside
    """,
    "facility": """
        pt found in room {room} at SNF, staff at bedside
        met by nursing staff at ALF, pt in bed
        pt in wheelchair in common area at facility
        staff met crew at door and led to pt's room, facesheet and MAR provided
        pt in bed at facility, CNA at bedside
        pt in room {room}, staff report pt is FULL CODE
    """,
    "public": """
        pt found seated on bench
        pt sitting on curb w/ bystanders
        pt lying on floor of store, employees present
        pt seated in office chair at workplace, coworkers on scene
        pt in parking lot sitting in vehicle
        FD on scene PTA, pt sitting on sidewalk
        pt found sitting in booth, manager on scene
    """,
    "mvc": """
        2 vehicle MVC, moderate front end damage to pt's vehicle
        pt found in driver seat, restrained, airbags deployed
        single vehicle vs pole, moderate damage, no intrusion
        pt ambulatory on scene on arrival
        PD and FD on scene, traffic controlled
        rear end collision, moderate damage to rear of pt's vehicle
        pt sitting in back of PD cruiser to stay warm
    """,
    "ift": """
        pt received in ED room {room} from sending RN
        report received from sending RN, pt in bed
        pt in ICU bed {room}, transfer paperwork and PCS obtained
        pt found in hospital room, staff assisted w/ transfer
        pt ready for transfer on arrival, paperwork at bedside
        facesheet, MAR and transfer orders obtained from unit clerk
    """,
    "water": """
        pt on pool deck, lifeguard on scene
        pt on shore wrapped in towels, bystanders present
        pt lying on dock, FD water rescue on scene
        pt on pool deck, family and bystanders around
    """,
    "outdoor": """
        pt found lying in yard
        pt found on sidewalk
        pt found at worksite, coworkers on scene
        pt lying in grass at park
        pt sitting in shade, bystanders on scene
    """,
}
SCENES = {k: _lines(v) for k, v in SCENES.items()}

SCENE_EXTRA = _lines("""
scene safe
FD on scene PTA
PD on scene, scene secure
family on scene
BSI, scene safe
no hazards noted
bystanders on scene
spouse on scene
""")

HOSPITALS = _lines("""
Mercy General
St. Brendan's
County General
Riverside Regional
University Medical Center
Valley Memorial
Lakeside Medical Center
Elmwood Regional
Cedar Grove Hospital
Summit Regional
""")
FACILITIES = _lines("""
Pine Ridge Care Center
Willow Creek Rehab
Meadowbrook Nursing & Rehab
Oak Terrace Assisted Living
Sunrise Manor
Brookhaven Health & Rehab
""")
ALLERGIES_FAMILY = _lines("""
NKDA per family
allergies unknown
NKDA per facesheet
Allergies: PCN (per family)
allergies unk
allergic to sulfa per MAR
""")
STREETS = "Maple Oak Cedar Birch Willow Elm Pine Hickory Juniper Sycamore Aspen Chestnut Laurel Magnolia Poplar Spruce Walnut Dogwood Hawthorn Sassafras".split()
SUFFIXES = "St Ave Dr Ln Ct Rd Blvd Way Pl".split()

DISPATCH_TPL = _lines("""
Dispatched {pri} to {place} for {nature}
{unit} responded {pri} to {addr} for {nature}
Resp to {place} for {nature}, {pri}
Called to {addr} ({place}) for report of {nature}
Disp to {place} for {as} {nature}
911 call for {nature}
Dispatched for {nature}, upgraded to priority 1 by FD
Responded to {place} for {nature}
{unit} dispatched for {nature} at {addr}
Dispatched {pri} to {addr} for {nature}
""")
IFT_DISPATCH_TPL = _lines("""
Called for interfacility transfer from {hosp2}
Scheduled transport from {place}
Transfer request from {place}, {nature}
{unit} dispatched for {nature} from {place}
Requested for transfer from {hosp2}
{nature} from {place}, stretcher
""")
PRIORITIES = "emergent|L&S|priority 1|priority 2|non-emergent|Code 3|hot|cold".split("|")

TRANSPORT = _lines("""
Pt secured to stretcher x5 straps, rails up
Pt moved to stretcher via stair chair
Pt assisted to stretcher, secured
pt moved to cot via sheet draw w/ FD assist
Pt loaded into unit w/o incident
Pt monitored enroute, VS reassessed q5-10min
No changes in pt condition enroute
Pt remained stable during transport
Transport uneventful
Pt tolerated transport well
Reassessed enroute, no change
Enroute pt resting quietly
Pt ambulated to stretcher w/ assist
Pt placed on stretcher in position of comfort
""")
HANDOFF = _lines("""
Report given to {rn} at bedside
Care transferred to {rn}, verbal report given
Pt moved to ED bed {room} via sheet draw, report to RN
Transferred care to ED staff w/o incident
Verbal and written report given, signature obtained
Care and report given to receiving RN
Pt turned over to ED staff, belongings w/ pt
Report given to triage RN, pt placed in room {room}
All care transferred, unit returned to service
""")
REFUSAL = _lines("""
Pt advised of risks incl death, verbalized understanding, signed refusal
Pt A&Ox4 w/ decision making capacity, refusal signed
instructed to call 911 if sx return
refusal form signed by pt, witnessed by family
pt advised to f/u w/ PCP, call back anytime
RMA signed, pt left in care of family
""")
RN = "ED RN|receiving RN|charge RN|triage RN|ED physician|RN".split("|")

MISSPELL = {
    "patient": ["pateint", "patiant"], "received": ["recieved"], "breathing": ["breathng", "breating"],
    "pressure": ["presure"], "unresponsive": ["unresponsve", "unresponive"], "diarrhea": ["diarhea"],
    "nausea": ["nausia", "nasuea"], "abdominal": ["abdominel"], "seizure": ["siezure"],
    "conscious": ["concious"], "transported": ["transproted", "trasnported"], "assessment": ["assesment"],
    "ambulatory": ["ambulitory"], "hemorrhage": ["hemmorhage"], "denies": ["denys"],
    "stretcher": ["strecher"], "positioned": ["postioned"], "approx": ["aprox"],
    "oriented": ["orientated"], "symptoms": ["symtoms"], "weakness": ["weekness"],
    "vomiting": ["vomitting"], "pupils": ["pupills"], "difficulty": ["dificulty"],
    "extremities": ["extremeties"], "lethargic": ["letargic"], "unknown": ["unkown"],
    "history": ["histroy"], "family": ["famliy"], "arrival": ["arival"], "secured": ["secrued"],
    "bilateral": ["bilatteral"], "tachycardic": ["tachycardiac"], "sentences": ["sentances"],
    "ecchymosis": ["echymosis"], "diaphoretic": ["diaphretic", "diaphoeretic"],
    "palpitations": ["palpatations"], "medications": ["medicaitons"], "resuscitation": ["resusitation"],
    "confused": ["confussed"], "swelling": ["sweling"], "hypoglycemic": ["hypoglycemia"],
}


# ---------------------------------------------------------------------------
# Per-label pools.
# sx: symptom keys the condition may have (never negated); excl: history keys never drawn;
# pmh: history keys typical for the label; alert=False: only observational negatives;
# vit: ranges; where: scene kinds; variants: outcome tags with weights.
# Placeholders: {he} {his} {him} {He} {His} {side} {dur} {days} {time} {bgl} {temp} {dest}
# {snf} {room} {age}
# ---------------------------------------------------------------------------
LABELS = {}


def L(name, *, age, vit, disp, cc, hpi, exam, tx, dispo, imp, sex="MF", sx="", alert=True,
      pmh="", excl="", where="home", alt="", variants="", ift=False):
    v = {}
    for part in vit.split():
        k, r = part.split("=")
        v[k] = _rng_pair(r)
    var = []
    for part in variants.split():
        k, w = part.split(":")
        var.append((k, float(w)))
    LABELS[name] = {
        "age": tuple(int(x) for x in age.split("-")), "sex": sex, "sx": sx.split(),
        "alert": alert, "pmh": pmh.split(), "excl": excl.split(), "disp": disp.split(),
        "where": where.split(), "vit": v, "alt": alt.split(), "variants": var, "ift": ift,
        "cc": _lines(cc), "hpi": _lines(hpi), "exam": _lines(exam), "tx": _lines(tx),
        "dispo": _lines(dispo), "imp": _lines(imp),
    }


# ============================== cardiac =====================================
L("cardiac_arrest", age="42-92", alert=False, variants="rosc:40 cpr:30 term:30",
  sx="chest_pain sob lungs numb stroke vision loc dizzy palp weak pain headache nv abd fever cough urinary si edema head spine",
  pmh="cad chf htn dm2", disp="arrest uncon unk", where="home public facility",
  vit="sbp=70-128 hr=48-132 rr=10-12 spo2=82-97 gcs=3-3", alt="I46.2 I46.8 I49.01",
  cc="""
    cardiac arrest
    unresponsive, pulseless and apneic
    found down, not breathing
    [s_wit] witnessed arrest w/ bystander CPR
    [s_unwit] unwitnessed arrest, down time unknown
    pulseless, apneic, agonal resps only
    collapse, pulseless on arrival
    "not breathing" per caller
  """,
  hpi="""
    [s_wit] per spouse pt c/o feeling "funny" then collapsed at approx {time}, spouse started CPR per dispatcher instructions
    [s_unwit] Family found pt unresponsive in bed this AM, LKW last night around 2300, no bystander CPR
    [s_wit] Bystander CPR in progress on arrival, AED applied by PD w/ 1 shock advised prior to our arrival
    [s_unwit] Staff found pt pulseless on rounds, CPR initiated by nursing, pt is FULL CODE per paperwork
    [s_wit] Pt was mowing the lawn and collapsed, neighbor did compressions until FD arrived
    [s_wit] pt c/o CP and SOB x {dur} per family then became unresponsive walking to the car
    down time est 10-15 min prior to CPR, no DNR on scene
    [s_wit] pt collapsed at dinner table, family lowered pt to floor, no CPR until FD arrival
    [s_unwit] son heard a thud and found pt on bathroom floor not breathing, started compressions
  """,
  exam="""
    pulseless, apneic, pupils fixed and dilated, skin cool and mottled
    initial rhythm VF on monitor
    initial rhythm asystole confirmed in 2 leads
    PEA at rate of 40 on monitor, no palpable carotid pulse
    agonal resps noted, no pulse, cyanotic to face and upper chest
    skin warm to touch, no rigor or lividity
    unresponsive to pain, GCS 3, no gag
    [rosc] ETCO2 14 w/ CPR, rose to 38 after ROSC
    [rosc] palpable carotid and femoral pulses after 3rd rhythm check
  """,
  tx="""
    high quality CPR 30:2 then continuous w/ BVM, LUCAS applied
    defibrillated 200J biphasic x3, amiodarone 300mg IVP
    IO placed R proximal tibia, epinephrine 1mg IO q3-5 min x4
    i-gel placed, confirmed w/ waveform capnography
    ETT 7.5 placed by medic, +ETCO2, BS equal bilat, tube secured 23 at teeth
    pads placed, rhythm checks q2min, epi 1mg IV x3, NS bolus wide open
    [rosc] ROSC achieved after 3rd round of epi, 12 lead obtained
    [rosc] post ROSC: norepi not available, push dose epi 10mcg x2 for MAP 58
    [term] pt remained in asystole after 20 min of ACLS, medical control contacted
    [term] ETCO2 remained <10 throughout, no shockable rhythm at any check
    [cpr] mechanical CPR device applied for transport, epi q4min continued
  """,
  dispo="""
    [rosc] ROSC obtained, transported emergent to {dest} w/ ongoing ventilation via BVM
    [rosc] post-ROSC care enroute, pt transferred to ED team in resus bay 1
    [rosc] transported L&S to {dest}, pt maintained pulses, no re-arrest
    [cpr] CPR continued enroute to {dest} w/ mechanical CPR device
    [cpr] transported L&S w/ CPR in progress, care transferred to ED physician
    [term] after consult w/ online medical direction, resuscitation terminated at {time}, PD notified, family on scene
    [term] field termination of resuscitation, pt left on scene w/ PD, ME notified
    [term] efforts ceased per OLMC at {time}, family consoled, chaplain requested
  """,
  imp="""
    cardiac arrest
    V-fib arrest
    asystolic arrest
    PEA arrest
    OHCA
    cardiopulmonary arrest
  """)

L("chest_pain", age="30-88", sx="chest_pain sob nv palp dizzy pain", pmh="htn hld cad gerd",
  disp="chest cardiac sick", where="home public facility",
  vit="sbp=112-176 hr=62-108 rr=14-22 spo2=94-99 gcs=15-15", alt="R07.89 R07.2",
  cc="""
    chest pain
    CP x {dur}
    "pressure" in chest
    chest discomfort since this AM
    L sided chest pain
    sharp CP that comes and goes
    chest tightness
    "my chest hurts"
    CP radiating to L arm
  """,
  hpi="""
    pt states CP began at rest approx {dur} PTA, describes it as pressure 6/10, non radiating, no relief w/ rest
    onset while watching TV, pain is sharp, worse w/ deep breath and palpation, 5/10
    pt reports intermittent CP over past 2 days, worse today, took 1 of {his} spouse's nitro w/ minimal relief
    OPQRST: O- sudden while walking dog, P- worse w/ exertion, Q- squeezing, R- radiates to jaw, S- 7/10, T- {dur}
    pt woke up w/ burning substernal chest pain, hx GERD but states this feels different
    pt c/o CP after argument w/ family member, pain is dull, 4/10, constant
    pt states cp started after lifting boxes at work, reproducible on palp L chest wall
    pt had similar episode last yr and was told it was "nothing", pain 8/10 now
    pt describes CP as an ache behind the sternum, came on gradually, mild nausea
  """,
  exam="""
    12 lead: NSR, no ST elevation or depression noted
    12 lead shows sinus rhythm w/o acute ST changes, no ectopy
    skin pink warm dry, lungs clear bilat, no JVD
    chest wall non tender, no crepitus, equal chest rise
    pt anxious, holding chest, skin slightly pale
    12-lead ST w/ 1st degree AVB, no STEMI criteria
    A&Ox4, GCS 15, speaking full sentences
    pain reproducible w/ palpation to L pectoral area
  """,
  tx="""
    ASA 324mg PO chewed
    NTG 0.4mg SL x2 w/ pain decrease from 7/10 to 3/10
    PIV 20g L AC, saline lock
    cardiac monitor, 12 lead x2, O2 not indicated
    ASA 324 PO, NTG 0.4 SL x3 q5min, BP monitored between doses
    fentanyl 50mcg IVP for pain after NTG x3 w/o relief
    serial 12 leads obtained q10min, no changes
    pt took ASA 81mg x4 PTA, NTG withheld d/t recent ED med use
  """,
  dispo="""
    transported non-emergent to {dest} w/o incident
    transported to {dest} ED, pt pain 2/10 on arrival
    pt transported emergent to {dest}, 12 leads transmitted to receiving
    care transferred to ED RN, 12 lead copies given
    transported to {dest} chest pain center
    pt transported in position of comfort to {dest}
  """,
  imp="""
    chest pain
    CP, non cardiac vs ACS
    atypical chest pain
    chest pain unspecified
    r/o ACS
    chest wall pain
  """)

L("stemi", age="42-90", sx="chest_pain sob nv palp dizzy pain weak abd", pmh="htn hld cad dm2 tob",
  disp="chest cardiac uncon sick", where="home public facility",
  vit="sbp=88-172 hr=48-118 rr=16-26 spo2=90-98 gcs=15-15", alt="I21.09 I21.19",
  cc="""
    crushing chest pain
    CP w/ diaphoresis
    chest pressure radiating to jaw
    chest pain and SOB
    "elephant on my chest"
    epigastric pain and nausea, diaphoretic
    severe substernal chest pain
    chest pain, STEMI on 12 lead
  """,
  hpi="""
    pt reports sudden onset substernal pressure at {time} while mowing lawn, radiates to L arm, 9/10, assoc w/ nausea and diaphoresis
    pt woke from sleep w/ crushing CP, spouse states pt is "gray" and sweaty
    pt c/o indigestion x {dur} not improved w/ tums, now w/ SOB and diaphoresis
    pt states pain feels like {his} previous MI, took 3 NTG at home w/o relief
    pt had 2 stents placed 3 yrs ago, CP started abruptly 40 min PTA, 10/10
    c/o heaviness in chest and jaw pain, nauseated, vomited x1
    pt sent from urgent care w/ 12 lead showing ST elevation, c/o CP x {dur}
    pt c/o CP while shoveling, sat down and it did not go away, now weak and clammy
  """,
  exam="""
    12 lead: ST elevation II, III, aVF w/ reciprocal depression in I and aVL
    12 lead shows STE V1-V4, 3mm, STEMI criteria met
    inferior STEMI on 12 lead, R sided 12 lead w/ STE V4R
    skin pale, cool, diaphoretic
    12-lead: anterolateral STE V2-V6 and I, aVL
    monitor: sinus brady w/ frequent PVCs, 12 lead w/ inferior STE
    lung sounds clear, no JVD, pt anxious and restless
    pt pale and clammy, 12 lead transmitted, machine read ***ACUTE MI***
  """,
  tx="""
    ASA 324mg chewed, NTG 0.4mg SL x1
    NTG withheld d/t inferior MI and RV involvement, NS 250ml bolus
    bilat PIVs 18g L AC and 20g R FA
    STEMI alert called to {dest} at {time}, 12 lead transmitted
    fentanyl 50mcg IV for pain, zofran 4mg IV for nausea
    pads placed prophylactically, O2 2 lpm NC for SpO2 91%
    heparin deferred to cath lab, ASA given, serial 12 leads
    ASA 324 PO, NTG SL x2, pain 9/10 to 6/10
  """,
  dispo="""
    transported emergent direct to cath lab at {dest}, met by cath team
    transported L&S to {dest}, STEMI activation prior to arrival
    pt bypassed ED to cath lab, report given to interventional cardiologist
    transported emergent to PCI center, door to balloon clock started
    care transferred to cath lab RN, pt on table at {time}
    transported Code 3 to {dest}, pt remained in sinus rhythm
  """,
  imp="""
    STEMI
    inferior STEMI
    anterior wall MI
    acute MI w/ ST elevation
    STEMI - cath lab activated
  """)

L("nstemi", age="45-92", sx="chest_pain sob nv pain edema lungs", pmh="htn hld cad dm2 ckd",
  disp="ift chest", where="ift", ift=True,
  vit="sbp=104-168 hr=58-104 rr=14-22 spo2=93-99 gcs=15-15", alt="I24.9 I20.0",
  cc="""
    NSTEMI, transfer for cardiac cath
    chest pain w/ elevated troponin
    IFT for NSTEMI
    chest pressure, now resolved
    intermittent CP, trop positive at sending
    transfer to higher level of care for NSTEMI
    non-ST elevation MI on heparin drip
  """,
  hpi="""
    pt presented to sending ED this AM w/ CP, troponin 0.48 and trending up, 12 lead w/o STE, being transferred for cardiology eval and cath
    pt admitted overnight w/ CP, repeat troponin elevated, accepting cardiologist requests transfer
    per sending RN pt had CP 8/10 on arrival, now 0/10 after NTG and heparin, trop 2.1
    pt c/o CP x 2 days, went to urgent care, 12 lead showed ST depression V4-V6, sent to ED and troponin elevated
    pt currently on heparin gtt at 12 units/kg/hr and NTG gtt 10mcg/min, chest pain free
    hx CAD s/p stents, new onset exertional CP, hs-troponin 190, dx NSTEMI at sending facility
    pt states chest pain resolved, some mild SOB, anxious about procedure
  """,
  exam="""
    12 lead: ST depression V4-V6, no STE
    12 lead shows T wave inversions in lateral leads, no STEMI criteria
    sinus rhythm on monitor w/o ectopy
    A&Ox4, skin warm dry, lungs clear
    12 lead NSR w/ nonspecific ST-T changes
    pt resting comfortably on stretcher, no distress
    faint crackles bilat bases, trace pedal edema
  """,
  tx="""
    heparin gtt maintained at 1000 units/hr via pump
    NTG gtt continued at 10mcg/min, titrated per sending orders
    cardiac monitoring, 12 lead prior to departure and on arrival
    PIV x2 patent, no new meds given enroute
    ASA given at sending facility, no additional
    monitored infusions, pump checked q15min
    NTG 0.4mg SL x1 enroute for recurrent CP 3/10 w/ relief
  """,
  dispo="""
    transported non-emergent to {dest} cardiac unit
    transferred to {dest} cath lab holding per accepting physician
    care transferred to CVICU RN, report given, pump and lines checked
    transported to {dest} for cath in AM
    pt delivered to CCU bed {room}, report to RN
    transported ALS w/ drips to {dest}
  """,
  imp="""
    NSTEMI
    non-STEMI
    ACS - NSTEMI
    acute MI (non ST elevation)
    NSTEMI on heparin
  """)

L("atrial_fibrillation", age="50-92", sx="palp sob dizzy weak chest_pain", pmh="htn chf afib hypothyroid",
  disp="cardiac sick breathing fall", where="home facility public",
  vit="sbp=96-168 hr=112-168 rr=16-24 spo2=92-98 gcs=15-15", alt="I48.0",
  cc="""
    palpitations
    "heart racing"
    heart fluttering
    racing heart and SOB
    rapid irregular HR
    weakness w/ irregular HR
    [s_watch] a-fib RVR per home monitor
    chest fluttering since this AM
  """,
  hpi="""
    pt states {he} felt {his} heart "fluttering" since waking up, assoc w/ mild SOB and fatigue
    pt w/ hx afib, ran out of metoprolol 3 days ago, now w/ palpitations x {dur}
    [s_watch] pt's smart watch alerted to irregular HR of 150, denies syncope
    sudden onset palps while at church, felt lightheaded but did not pass out
    pt w/ no known cardiac hx, c/o palpitations and DOE x {days}
    pt states {he} missed Eliquis and diltiazem doses x2 days
    home health nurse found pt w/ HR 140s irregular, pt c/o feeling "off"
  """,
  exam="""
    monitor: a-fib w/ RVR at 150, irregularly irregular
    12 lead: atrial fibrillation, rate 138, no ST changes
    radial pulse irregularly irregular and rapid
    afib 120s-160s on monitor, narrow complex
    skin warm dry, lungs clear, no pedal edema
    irregularly irregular narrow complex tachycardia, no P waves
    pt anxious, speaking full sentences, A&Ox4
  """,
  tx="""
    cardiac monitor, 12 lead, PIV 20g R AC
    diltiazem 15mg slow IVP over 2 min, HR decreased to 110s
    diltiazem 0.25mg/kg IV, 2nd dose 0.35mg/kg after 15 min
    NS 250ml bolus prior to cardizem for soft BP
    O2 2lpm NC for comfort
    no rate control given d/t BP, monitored enroute
    metoprolol 5mg slow IVP per protocol
    vagal maneuvers not attempted d/t irregular rhythm
  """,
  dispo="""
    transported non emergent to {dest} w/o incident
    transported to {dest}, HR 104 on arrival
    care transferred to ED RN, pt rate controlled at 98
    transported emergent to {dest}, report given to ED doc
    pt transported in semi-fowlers to {dest}
    transported ALS to {dest}, no changes enroute
  """,
  imp="""
    afib RVR
    atrial fibrillation w/ rapid ventricular response
    A-fib
    new onset afib
    AF w/ RVR
  """)

L("svt", age="18-72", sx="palp dizzy sob chest_pain", pmh="svt anxiety",
  disp="cardiac sick chest", where="home public",
  vit="sbp=92-150 hr=160-232 rr=16-26 spo2=95-100 gcs=15-15", alt="I47.19 R00.0",
  cc="""
    palpitations
    heart racing
    "my heart is beating out of my chest"
    rapid HR
    fast heartbeat and lightheaded
    racing heart x {dur}
    SVT per pt
    tachycardia
  """,
  hpi="""
    pt states sudden onset of rapid HR while sitting at desk, hx SVT w/ similar episodes in past, attempted bearing down w/o relief
    pt c/o palpitations that started suddenly while exercising, assoc w/ lightheadedness and chest tightness
    pt w/ hx PSVT states this episode started {dur} ago and will not stop like usual
    pt drank 3 energy drinks this AM and developed racing heart
    pt reports heart "flip flopped" then started racing, feels short of breath
    pt had similar episode last yr requiring adenosine at ED
    pt felt heart start pounding while bending over to tie shoes, abrupt onset
  """,
  exam="""
    monitor: narrow complex regular tachycardia at 210, no visible P waves
    12 lead: SVT rate 188, no ST elevation
    regular narrow complex tachy 220s, unchanged w/ position
    skin pale, warm, slightly diaphoretic
    pt anxious, A&Ox4, lungs clear
    after adenosine converted to NSR 90s
    radial pulses rapid and thready
  """,
  tx="""
    vagal maneuvers (modified valsalva) attempted x2 w/o conversion
    adenosine 6mg rapid IVP w/ flush, no change, adenosine 12mg IVP w/ conversion to NSR
    PIV 18g R AC for adenosine
    modified valsalva w/ leg raise converted pt to sinus rhythm
    adenosine 6mg RIVP, brief asystole then NSR at 88
    12 lead pre and post conversion, printed for ED
    pads placed, prepared for synchronized cardioversion, not needed
  """,
  dispo="""
    transported non-emergent to {dest}, pt remained in NSR
    transported to {dest} for eval
    care transferred to ED RN w/ rhythm strips
    transported emergent to {dest}, pt converted enroute
    pt transported, HR 90s NSR on arrival
    pt transported to {dest} per pt request
  """,
  imp="""
    SVT
    PSVT
    supraventricular tachycardia
    narrow complex tachycardia
    SVT, converted w/ adenosine
  """)

L("bradycardia", age="55-95", sx="dizzy weak loc sob palp", pmh="htn cad afib pacer chf",
  disp="sick fall uncon cardiac", where="home facility",
  vit="sbp=72-128 hr=28-50 rr=12-20 spo2=92-99 gcs=13-15", alt="I49.5 I44.2",
  cc="""
    weakness and dizziness
    slow HR
    "feel like I'm going to pass out"
    near syncope
    HR in 30s
    fatigue and lightheadedness
    bradycardia per home health
    dizziness, HR 40
  """,
  hpi="""
    pt reports feeling weak and lightheaded x {days}, worse on standing, home BP cuff read HR 38
    home health RN found pt w/ HR 36, pt c/o fatigue
    pt recently started on metoprolol 50mg BID by PCP, now w/ dizziness and HR 40s
    pt had near syncopal episode in kitchen, caught self on counter
    pt w/ pacemaker placed 2015, feels "like before I got my pacer"
    pt's family states pt more tired than usual, not eating, HR low on pulse ox
    pt c/o SOB w/ minimal exertion and feeling weak x 1 wk
  """,
  exam="""
    monitor: sinus brady at 38
    12 lead: 3rd degree AV block w/ ventricular escape 32
    monitor shows junctional rhythm at 42
    2nd degree type II AVB, rate 40s
    skin pale cool, cap refill delayed
    pt A&Ox4, slow to respond, no focal deficits
    radial pulse slow but regular, 36 bpm
  """,
  tx="""
    atropine 1mg IVP x1, HR increased to 52 briefly
    TCP initiated at rate 70 mA 80 w/ electrical and mechanical capture
    pads applied, PIV 20g L hand
    push dose epi 10mcg x2 for hypotension
    atropine 1mg x2 w/o effect, pacing initiated
    fentanyl 25mcg IV for pacing discomfort
    O2 NC 2 lpm, monitored, no intervention needed as pt asymptomatic at rest
    dopamine infusion 5mcg/kg/min started via pump
  """,
  dispo="""
    transported emergent to {dest} w/ pacing ongoing
    transported non-emergent to {dest}
    care transferred to ED staff, pads left in place
    transported to {dest} ED w/o incident
    pt transported to {dest}, cardiology notified by ED
    transported emergent, report called ahead
  """,
  imp="""
    symptomatic bradycardia
    bradycardia
    brady
    heart block
    sinus bradycardia
  """)

L("arrhythmia_other", age="35-90", sx="palp dizzy sob chest_pain", pmh="cad chf pacer htn",
  disp="cardiac sick chest", where="home public facility",
  vit="sbp=100-160 hr=58-130 rr=14-22 spo2=94-99 gcs=15-15", alt="R00.2 I49.3",
  cc="""
    irregular heartbeat
    palpitations
    "skipping beats"
    AICD fired x2
    heart fluttering and pounding
    irregular pulse
    heart "doing flip flops"
  """,
  hpi="""
    pt reports intermittent palpitations x {days}, "skipping" feeling, worse at night
    pt felt AICD shock twice while sitting in recliner, no LOC, now feels ok
    pt's pulse ox showed irregular HR, pt anxious
    pt w/ hx arrhythmia on flecainide c/o palps since this AM
    pt reports fluttering in chest after drinking coffee, recurring over last week
    pt w/ cardiomyopathy and AICD c/o feeling "jolted"
    pt noted heart racing then slowing intermittently
  """,
  exam="""
    monitor: sinus w/ frequent multifocal PVCs and runs of bigeminy
    12 lead: sinus rhythm w/ frequent PACs
    monitor shows sinus w/ couplets, short run of NSVT x6 beats
    irregular rhythm on monitor, unable to classify, rate 70-110
    pulse irregular, skin pink warm dry
    paced rhythm w/ intermittent failure to capture
    trigeminy noted on monitor
  """,
  tx="""
    cardiac monitor, 12 lead, PIV 20g
    magnesium 2g IV over 10 min for frequent PVCs/NSVT
    O2 per NC 2lpm
    pads placed prophylactically
    monitored, no antiarrhythmics given
    magnet placed over AICD per med control
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest}, rhythm strips given to ED RN
    transported emergent to {dest} d/t runs of VT
    care transferred at {dest}, device interrogation requested
    pt transported to {dest} for eval
    pt transported w/ monitor in place
  """,
  imp="""
    cardiac arrhythmia
    dysrhythmia
    frequent PVCs
    irregular heart rhythm
    arrhythmia unspecified
    ectopy/palpitations
  """)

L("heart_failure", age="55-95", sx="sob edema lungs cough weak abd", pmh="chf htn afib cad dm2 ckd",
  disp="breathing sick", where="home facility",
  vit="sbp=110-188 hr=78-118 rr=20-30 spo2=86-94 gcs=15-15", alt="I50.23 I50.33",
  cc="""
    SOB worse lying flat
    increasing SOB and leg swelling
    DOE x {days}
    "can't breathe when I lay down"
    difficulty breathing, wt gain
    SOB, swelling in legs
    worsening SOB, hx CHF
    orthopnea and fatigue
  """,
  hpi="""
    pt w/ hx CHF reports gradual increase in SOB over past 3 days, now sleeping in recliner, gained 8 lbs this wk
    pt c/o worsening leg swelling and DOE, has not been taking lasix because "it makes me pee too much"
    pt ate a lot of salty food over the holiday, now w/ SOB and swelling
    pt states SOB w/ minimal exertion, walking to bathroom, +PND
    family states pt more SOB x1 week, ankles swollen, cough w/ frothy sputum at night
    pt missed last cardiology appt, ran out of meds x 5 days
    pt c/o SOB and fatigue, 3 pillow orthopnea
  """,
  exam="""
    bilat crackles to bases, +JVD, 2+ pitting edema bilat LE
    rales in lower lobes bilat, pedal edema to mid shin
    lung sounds: coarse crackles bilat lower, diminished bases
    pt in tripod position, speaking 4-5 word sentences
    3+ pitting edema bilat ankles, abdomen distended
    skin warm, diaphoretic, JVD present at 45 degrees
    bibasilar rales, no wheezing
  """,
  tx="""
    O2 4lpm NC, SpO2 89% to 95%
    NTG 0.4mg SL x2, CPAP 5cmH2O
    CPAP 7.5 cmH2O w/ improvement in WOB
    PIV 20g, 12 lead, pt placed high fowlers
    lasix 40mg IV per med control
    O2 via NRB 15lpm, positioned upright, legs dependent
    NTG 0.4 SL x1 w/ BP 176/94
  """,
  dispo="""
    transported non emergent to {dest} in high fowlers
    transported emergent on CPAP to {dest}
    care transferred to ED RN, CPAP left in place
    pt transported to {dest}, resp status improved enroute
    transported to {dest} at pt's request, {his} cardiologist is there
    report given, pt moved to ED bed w/o incident
  """,
  imp="""
    CHF exacerbation
    acute on chronic CHF
    CHF
    decompensated heart failure
    CHF exac w/ fluid overload
    heart failure
  """)

L("pulmonary_edema", age="55-95", sx="sob lungs cough edema", pmh="chf htn cad ckd",
  disp="breathing uncon", where="home facility",
  vit="sbp=168-236 hr=100-138 rr=28-40 spo2=72-88 gcs=13-15", alt="I50.1",
  cc="""
    severe resp distress
    "drowning" feeling, can't breathe
    pink frothy sputum, severe SOB
    acute SOB, woke from sleep gasping
    can't catch breath, sweating
    extreme SOB
    flash pulm edema
  """,
  hpi="""
    pt woke at 0300 gasping for air, coughing pink frothy sputum, unable to lie back
    pt became acutely SOB over 30 min, family states pt is "gurgling"
    pt sitting bolt upright, speaking 1-2 word sentences, hx CHF and HTN, missed meds
    pt missed dialysis yesterday, now severe SOB and anxiety
    sudden onset dyspnea while eating dinner, rapidly worsening
    pt states {he} feels like {he} is drowning, diaphoretic
  """,
  exam="""
    rales throughout all fields bilat to apices
    wet crackles audible w/o stethoscope, frothy pink sputum at mouth
    tripod, accessory muscle use, diaphoretic, cool skin
    crackles bilat up to mid lung fields, +JVD
    pt cyanotic around lips, tachypneic at 36
    SpO2 78% RA, severe WOB, ETCO2 waveform normal shape
    pale diaphoretic, speaking 1 word at a time
  """,
  tx="""
    CPAP 10cmH2O, FiO2 100%, SpO2 improved to 93%
    NTG 0.8mg SL x2 then NTG 0.4 q5min
    high dose NTG 1.2mg SL (3 tabs) per protocol w/ SBP 210
    CPAP applied immediately, PIV 20g R FA
    O2 NRB 15 lpm until CPAP set up
    NTG paste 1 inch applied to chest
    BVM assist w/ PEEP for fatigue
  """,
  dispo="""
    transported emergent to {dest} on CPAP
    care transferred to ED team, pt improved on CPAP, SpO2 94%
    transported L&S, called ahead for resp therapy
    transported emergent, pt speaking full sentences on arrival
    pt transported emergent in high fowlers w/ CPAP, RT met at bedside
    transported Code 3, WOB improved enroute
  """,
  imp="""
    acute pulmonary edema
    flash pulmonary edema
    SCAPE
    pulmonary edema / CHF
    APE w/ hypertension
  """)

L("hypertensive_emergency", age="40-90", sx="headache nv dizzy vision chest_pain pain", pmh="htn ckd dm2",
  disp="sick headache", where="home public",
  vit="sbp=198-252 dbp=112-140 hr=70-110 rr=16-22 spo2=94-99 gcs=14-15", alt="I16.9 I16.0",
  cc="""
    severe headache, BP 240/130
    HA and blurry vision
    high blood pressure
    "my BP is through the roof"
    headache and nausea, BP 220s
    HA w/ confusion, BP elevated at home
    blurred vision, high BP
  """,
  hpi="""
    pt checked BP at home and it read 238/134, c/o severe HA 9/10 and blurry vision
    pt ran out of clonidine 4 days ago, now w/ pounding headache and nausea
    pt c/o HA, vomited x2, family states pt has been "confused" today
    pt sent from PCP office w/ BP 226/128 and chest tightness
    pt c/o occipital HA, feels "foggy", not taking BP meds d/t cost
    pt c/o HA, BP 240/140 on arrival, hx noncompliance w/ meds
    pt states vision "blurry and spotty", HA since awaking
  """,
  exam="""
    BP 236/132 L arm, 232/128 R arm
    A&Ox3, slightly confused to time, no facial droop, grips equal
    pupils PERRL, no focal deficits, speech clear
    skin warm, flushed, lungs clear
    12 lead: LVH w/ strain pattern, NSR
    pt photophobic, eyes closed
    pt lethargic but answers questions appropriately
  """,
  tx="""
    PIV 20g, 12 lead, cardiac monitor
    NTG 0.4 SL per med control, BP recheck 218/120
    labetalol 10mg slow IVP per OLMC, BP 198/110
    O2 not indicated, dim lights, position of comfort
    zofran 4mg IV for nausea
    BGL {bgl}, stroke scale neg, monitored
    med control contacted, advised no BP tx in field, transport
  """,
  dispo="""
    transported emergent to {dest}
    transported non-emergent to {dest} ED
    care transferred to ED RN, BP 210/118 on arrival
    pt transported to {dest} in position of comfort
    transported to {dest}, report given to ED physician
    transported ALS to {dest} w/o incident
  """,
  imp="""
    hypertensive emergency
    hypertensive crisis
    HTN emergency w/ HA
    malignant HTN
    hypertensive urgency vs emergency
    severe HTN
  """)

# ============================== respiratory =================================
L("pulmonary_embolism", age="25-85", sx="sob chest_pain palp dizzy cough pain edema loc bleed", pmh="dvt cancer obesity tob",
  disp="breathing chest", where="home public",
  vit="sbp=88-138 hr=108-138 rr=24-34 spo2=84-93 gcs=15-15", alt="I26.09",
  cc="""
    sudden SOB
    SOB and pleuritic CP
    SOB and CP w/ deep breath
    [s_calf] acute SOB w/ calf swelling
    "can't get a deep breath"
    [s_calf] SOB after long flight
    sudden dyspnea, lightheaded
  """,
  hpi="""
    pt states sudden onset SOB and sharp R sided CP worse on inspiration that began {dur} PTA
    [s_calf] pt 10 days s/p knee replacement, c/o sudden SOB and near syncope
    [s_calf] pt returned from 14 hr flight yesterday, noticed calf pain, now SOB
    pt on birth control, smoker, c/o SOB and pleuritic CP x {dur}
    [s_calf] pt w/ hx DVT, stopped taking xarelto 2 wks ago, now SOB
    pt w/ lung CA on chemo, acute onset SOB and coughed up small amount of blood
    [s_ct] pt sent from imaging center after CT showed bilat PE, c/o SOB
  """,
  exam="""
    lungs clear bilat despite tachypnea and hypoxia
    [s_calf] calf swollen, warm and tender to palp
    12 lead: sinus tach 124, S1Q3T3 pattern
    sinus tach on monitor, new RBBB per pt's old EKG
    pt anxious, tachypneic, speaking short sentences
    SpO2 88% RA not improving much w/ O2
    skin pale diaphoretic, JVD present
  """,
  tx="""
    O2 NRB 15 lpm, SpO2 improved to 93%
    PIV 18g L AC, NS TKO
    12 lead, cardiac monitor, position of comfort
    NS 500ml bolus for SBP 88
    O2 4lpm NC, pt placed semi fowlers
    fentanyl 25mcg for pleuritic pain
  """,
  dispo="""
    transported emergent to {dest}, called ahead for possible PE
    transported to {dest} ED, care transferred to RN
    transported L&S, pt remained tachycardic
    pt transported in semi fowlers to {dest}
    transported emergent, report to ED physician
    transported ALS to {dest}, no changes enroute
  """,
  imp="""
    possible PE
    suspected pulmonary embolism
    PE
    r/o PE
    pulm embolus
    [s_ct] PE, confirmed on CT at imaging center
  """)

L("copd_exacerbation", age="50-90", sx="sob lungs cough fever", pmh="copd tob htn",
  disp="breathing sick", where="home facility",
  vit="sbp=118-168 hr=92-124 rr=22-32 spo2=80-90 gcs=15-15", alt="J44.0 J44.9",
  cc="""
    SOB
    worsening SOB, hx COPD
    "can't breathe"
    SOB and wheezing
    increased cough and SOB
    difficulty breathing x {days}
    COPD flare
  """,
  hpi="""
    pt w/ COPD on home O2 2lpm reports increased SOB x {days}, using albuterol inhaler q1h w/o relief
    pt c/o worsening cough w/ yellow/green sputum and SOB x 3 days
    pt states this is {his} "emphysema acting up", ran out of spiriva
    pt usually on 2L NC, turned up to 4L w/o relief, spouse called 911
    pt c/o SOB after exposure to smoke from neighbor's fire pit
    pt w/ 50 pk-yr smoking hx, still smoking 1 ppd, c/o SOB worse over past week
    pt has been admitted twice this yr for COPD, states "this feels the same"
  """,
  exam="""
    diffuse exp wheezes bilat w/ prolonged expiratory phase
    diminished breath sounds throughout, faint wheezes
    pursed lip breathing, accessory muscle use, tripod position
    barrel chest, speaking 3-4 word sentences
    LS: wheezing all fields, rhonchi RLL
    ETCO2 52 w/ shark fin waveform
    skin pink warm, clubbing to fingers
  """,
  tx="""
    albuterol 2.5mg/ipratropium 0.5mg via neb x1 (DuoNeb)
    DuoNeb x2, solumedrol 125mg IV
    O2 titrated to SpO2 88-92%
    CPAP 5 cmH2O w/ inline neb
    albuterol 5mg neb continuous x2
    magnesium sulfate 2g IV over 10 min
    PIV 20g R hand, methylprednisolone 125mg IVP
  """,
  dispo="""
    transported non emergent, pt improved after 2nd neb
    transported emergent to {dest} on CPAP
    care transferred to ED RN, RT at bedside
    transported to {dest} in high fowlers
    pt transported to {dest}, speaking full sentences on arrival
    transported ALS to {dest}
  """,
  imp="""
    COPD exacerbation
    COPD exac
    AECOPD
    COPD w/ exacerbation
    emphysema exac
    resp distress - COPD
  """)

L("asthma_exacerbation", age="6-62", sx="sob lungs cough chest_pain", pmh="asthma anxiety",
  disp="breathing", where="home public outdoor",
  vit="sbp=108-148 hr=100-140 rr=24-36 spo2=86-95 gcs=15-15", alt="J45.902 J45.41",
  cc="""
    asthma attack
    SOB and wheezing
    difficulty breathing, hx asthma
    "my chest is tight"
    can't catch breath, inhaler not working
    wheezing
    [s_ex] SOB after running
  """,
  hpi="""
    pt w/ asthma since childhood, c/o SOB and wheezing since this AM, used albuterol inhaler 6x w/o relief
    pt developed SOB and chest tightness after cleaning w/ bleach
    pt c/o cough and wheezing x {days} w/ cold symptoms, ran out of inhaler
    [peds] parent states pt has been wheezing since last night, using nebulizer at home q2h
    [adult] pt was at the park, pollen count high, c/o chest tightness and SOB
    [adult] pt has been intubated once in past for asthma, c/o severe SOB
    [s_ex] pt out of rescue inhaler, SOB worsening since playing basketball
  """,
  exam="""
    diffuse insp/exp wheezes all fields
    tight air movement, faint wheezes, prolonged exp phase
    accessory muscle use, intercostal retractions
    speaking 3-4 word sentences, tripod
    diminished to absent breath sounds R side, minimal air movement
    wheezes clearing after neb, good air movement
    skin pink, warm, mildly diaphoretic
  """,
  tx="""
    albuterol 5mg + atrovent 0.5mg neb
    albuterol 2.5 mg neb x3 back to back
    solu-medrol 125mg IV
    dexamethasone 10mg PO
    epinephrine 0.3mg IM 1:1000 for severe exacerbation
    mag sulfate 2g IV over 15 min
    O2 via neb mask 8lpm, PIV 20g L AC, cardiac monitor
  """,
  dispo="""
    transported to {dest}, wheezing improved
    transported emergent to {dest}
    care transferred to ED RN, pt speaking full sentences
    [peds] pt transported w/ parent to {dest}
    transported non emergent after 2 nebs
    transported ALS to {dest}, no changes
  """,
  imp="""
    asthma exacerbation
    acute asthma attack
    asthma exac
    reactive airway dz exac
    status asthmaticus
    bronchospasm / asthma
  """)

L("pneumonia", age="40-98", sx="sob cough fever lungs weak chest_pain pain", pmh="copd dm2 dementia htn cva",
  disp="sick breathing fever", where="home facility",
  vit="sbp=96-148 hr=96-124 rr=22-30 spo2=86-93 gcs=14-15 temp=100.6-103.4", alt="J18.1 J69.0",
  cc="""
    fever and cough
    SOB w/ productive cough
    cough x {days} w/ fever
    "feel terrible", cough, chills
    weakness, SOB and fever
    cough w/ green sputum
    PNA dx at urgent care, now worse
  """,
  hpi="""
    pt c/o productive cough w/ yellow sputum, fever and chills x {days}, now SOB w/ exertion
    pt seen at urgent care 2 days ago dx w/ PNA, started on antibiotics, feeling worse
    facility staff report pt w/ fever 102.4, cough and decreased PO intake
    pt c/o R sided CP w/ coughing, fever at home 101.8
    pt w/ dementia, staff noted coughing during meals and now fever, possible aspiration
    pt reports chills and night sweats, rusty colored sputum
    pt c/o SOB and cough, spouse states pt has been "not {himself}" x 2 days
  """,
  exam="""
    coarse rhonchi RLL, diminished R base
    crackles L lower lobe, no wheezing
    LS: rhonchi bilat bases, productive cough w/ green sputum
    skin hot to touch, flushed, dry
    diminished RML/RLL w/ crackles
    temp {temp}F, tachypneic
    mucous membranes dry, pt fatigued
  """,
  tx="""
    O2 4lpm NC, SpO2 90% to 95%
    albuterol neb x1 for mild wheezing
    PIV 20g, NS 500ml bolus
    tylenol 1000mg PO for fever
    O2 NRB then titrated to NC
    BGL {bgl}, 12 lead sinus tach
    cardiac monitor, position of comfort
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest} ED, report to RN
    transported emergent d/t hypoxia
    care transferred at {dest} w/o incident
    pt transported to {dest} per family request
    transported ALS to {dest}
  """,
  imp="""
    pneumonia
    PNA
    community acquired PNA
    possible aspiration PNA
    LRI / pneumonia
    resp infection - pneumonia
  """)

L("respiratory_failure", age="40-95", alert=False, sx="sob lungs cough weak loc", pmh="copd chf cva dementia",
  disp="breathing uncon ift", where="home facility ift",
  vit="sbp=88-178 hr=104-144 rr=6-40 spo2=62-84 gcs=6-12", alt="J96.01 J96.02",
  cc="""
    [s_field] severe resp distress, altered
    [s_field] hypoxia, poorly responsive
    [s_ift] resp failure, intubated at sending facility
    [s_field] agonal/shallow breathing
    [s_field] SpO2 70s, lethargic
    [s_field] inability to maintain airway
    respiratory failure
  """,
  hpi="""
    [s_field] pt found by family w/ labored breathing and difficult to arouse, hx COPD on 3L home O2
    [s_ift] pt intubated at sending ED for acute hypoxic resp failure, transfer to ICU at higher level of care
    [s_field] pt w/ progressive SOB x {days}, now tiring out, unable to speak, SpO2 68%
    [s_field] staff report pt breathing rapidly and shallow, then became somnolent
    [s_ift] pt on BiPAP at sending facility w/o improvement, intubated prior to our arrival, ABG pH 7.18 pCO2 88
    [s_field] pt tiring w/ decreasing RR and increasing ETCO2 despite CPAP
  """,
  exam="""
    [s_field] ETCO2 78 mmHg, shallow resps 8/min
    [s_field] SpO2 72% RA, cyanotic lips and nail beds
    diminished breath sounds bilat, minimal air movement
    [s_field] GCS 8 (E2V2M4), poor resp effort
    [s_ift] vent: AC mode, TV 450, RR 18, PEEP 8, FiO2 60%
    [s_field] accessory muscle use, paradoxical breathing, pt exhausted
    [s_ift] ETT 7.5 at 23 lip, BS equal, ETCO2 48
  """,
  tx="""
    [s_field] BVM w/ 15lpm O2 + PEEP 10, SpO2 improved to 90%
    [s_field] RSI: etomidate 20mg, roc 100mg, ETT 8.0 placed 1st attempt, +ETCO2
    [s_field] CPAP trialed, pt not tolerating, assisted ventilations via BVM
    [s_ift] transport ventilator managed, settings per sending RT
    [s_field] NPA x2, BVM ventilation q6 sec
    [s_ift] propofol gtt 30mcg/kg/min maintained, fentanyl 50mcg for sedation
    [s_field] i-gel placed after failed ETT attempt x1
  """,
  dispo="""
    [s_field] transported emergent to {dest}, assisting ventilations
    [s_ift] pt delivered to ICU bed {room}, report to RN and RT
    [s_ift] transported to {dest} ICU w/o incident
    [s_field] transported emergent, RT met at ED door
    care transferred to ED team, pt remains intubated
    [s_field] transported L&S w/ BVM ventilations ongoing
  """,
  imp="""
    acute respiratory failure
    resp failure
    hypercapnic resp failure
    hypoxic respiratory failure
    respiratory failure w/ hypoxia
    [s_ift] acute resp failure - intubated
  """)

L("shortness_of_breath", age="20-90", sx="sob lungs", pmh="anxiety obesity htn",
  disp="breathing sick", where="home public facility",
  vit="sbp=108-162 hr=80-112 rr=18-26 spo2=91-98 gcs=15-15", alt="R06.00 R06.09",
  cc="""
    SOB
    difficulty breathing
    "I can't catch my breath"
    SOB x {dur}
    breathing difficulty
    trouble breathing
    SOB on exertion
  """,
  hpi="""
    pt c/o SOB that started gradually today, unable to identify trigger
    pt states {he} gets SOB walking up stairs, worse over past few days
    pt c/o feeling "winded" w/ minimal activity, no hx lung disease
    pt called for SOB, states it is better now that EMS is here
    pt c/o SOB since waking, mild, no other complaints
    pt reports intermittent SOB x 1 week, no recent travel
    pt c/o SOB, unclear etiology, cannot identify any trigger
  """,
  exam="""
    lungs clear and equal bilat
    LS clear, diminished at bases d/t body habitus
    speaking full sentences, mild tachypnea
    no accessory muscle use, skin pink warm dry
    equal chest rise and fall, no wheezes or crackles
    12 lead NSR, no ectopy
    pt resting comfortably in position of comfort
  """,
  tx="""
    O2 2lpm NC for comfort
    position of comfort, reassurance
    cardiac monitor, 12 lead, PIV 20g
    albuterol neb x1 trial w/ minimal change
    O2 via NC, SpO2 95% to 98%
    no interventions required, monitored
  """,
  dispo="""
    transported non-emergent to {dest}
    pt requested transport to {dest}
    care transferred to ED RN w/o incident
    transported BLS to {dest}
    pt transported in position of comfort
    transported to {dest}, report given
  """,
  imp="""
    SOB
    dyspnea
    shortness of breath
    SOB, unknown etiology
    difficulty breathing
    mild resp distress
  """)

L("upper_respiratory_infection", age="3-80", sx="cough fever headache pain", pmh="asthma",
  disp="sick fever", where="home public", variants="tx:85 refuse:15",
  vit="sbp=108-144 hr=76-110 rr=16-22 spo2=95-99 gcs=15-15 temp=99.0-101.4", alt="J02.9 J00",
  cc="""
    cold symptoms
    sore throat and cough
    congestion x {days}
    cough and runny nose
    "flu like symptoms"
    cough, sore throat, fever
    sinus congestion and HA
  """,
  hpi="""
    pt c/o nasal congestion, sore throat and nonproductive cough x {days}
    pt states "I think I have a cold", body aches, low grade fever
    [peds] mother states pt has had runny nose and cough x 3 days, low grade temp
    pt c/o sore throat, painful swallowing, no SOB
    pt has had cough and congestion, took dayquil w/o relief, wants to be seen
    pt reports sinus pressure, postnasal drip, mild cough
    [adult] pt c/o chills and runny nose, coworkers have been sick
  """,
  exam="""
    lungs clear bilat, no resp distress
    posterior pharynx erythematous, no drooling
    nasal congestion, clear rhinorrhea
    dry cough noted during assessment
    skin warm, slightly flushed, temp {temp}
    speaking full sentences, no stridor
    mild cervical lymph node tenderness
  """,
  tx="""
    assessment, VS, position of comfort
    no interventions needed
    tylenol 650mg PO per protocol
    mask placed on pt for infection control
    supportive care, monitored
    encouraged oral fluids, tylenol offered
  """,
  dispo="""
    [tx] transported BLS non-emergent to {dest}
    [tx] transported to {dest} ED per pt request
    [tx] pt transported in position of comfort, no changes
    [tx] BLS transport, uneventful
    [refuse] pt declined transport after assessment, advised to f/u w/ PCP or urgent care
    [refuse] pt does not wish to go to hospital, refusal signed, advised to call back
  """,
  imp="""
    URI
    upper respiratory infection
    viral URI
    cold sx
    pharyngitis / URI
    flu like illness
  """)

L("covid19", age="25-92", sx="cough fever sob headache nv weak lungs pain", pmh="htn dm2 obesity copd",
  disp="sick breathing fever", where="home facility",
  vit="sbp=100-150 hr=90-122 rr=20-30 spo2=84-94 gcs=15-15 temp=99.8-102.8", alt="J12.82",
  cc="""
    COVID positive w/ SOB
    positive for COVID, worsening SOB
    fever, cough, loss of taste
    SOB and cough, COVID+ home test
    "covid is getting worse"
    body aches, fever, SOB, covid pos
    COVID-19 w/ low O2
  """,
  hpi="""
    pt tested positive on home antigen test 4 days ago, now w/ increasing SOB and fever
    pt reports loss of taste and smell, cough, fatigue x {days}, household contacts COVID positive
    pt's pulse ox at home reading 86%, COVID+ 1 week ago
    facility has COVID outbreak, pt tested pos yesterday, now w/ fever 102 and hypoxia
    pt c/o body aches, HA, cough, diarrhea, COVID+ PCR at urgent care
    pt unvaccinated, COVID+ x 5 days, SOB worse today
    pt states "I can't shake this covid", increased weakness and SOB
  """,
  exam="""
    crackles bilat bases, diminished
    SpO2 88% RA, tachypneic, speaking short sentences
    skin hot and dry, temp {temp}
    LS: scattered rhonchi, dry cough
    pt fatigued, A&Ox4
    coarse breath sounds bilat, no wheezing
    mucous membranes dry
  """,
  tx="""
    O2 NC 4lpm, titrated to 94%
    crew in full PPE (N95, gown, gloves, eye pro), surgical mask on pt
    O2 NRB 15lpm, SpO2 86% to 93%
    PIV 20g, NS 500ml
    tylenol 1g PO
    albuterol MDI 4 puffs via spacer, neb avoided per protocol
    monitored, position of comfort
  """,
  dispo="""
    transported non-emergent to {dest}
    ED notified of COVID+ pt prior to arrival, taken to isolation room
    care transferred to ED RN in negative pressure room
    transported emergent d/t hypoxia
    transported to {dest}, unit decontaminated after call
    transported ALS to {dest}
  """,
  imp="""
    COVID-19
    COVID 19 w/ hypoxia
    covid+
    COVID PNA
    covid
  """)

# ============================== infection / shock ===========================
L("sepsis", age="45-98", sx="fever weak urinary cough sob dizzy nv abd loc lungs", pmh="dm2 dementia cancer uti",
  disp="sick uncon fever", where="home facility",
  vit="sbp=74-104 hr=108-140 rr=22-32 spo2=88-96 gcs=12-15 temp=100.8-104.0", alt="R65.20 R65.21",
  cc="""
    fever and AMS
    weakness, fever, low BP
    "sepsis alert" from facility
    fever and lethargy
    confusion, hot to touch
    rigors
    hypotension and fever
  """,
  hpi="""
    facility staff report fever 103.1 and new confusion, pt has indwelling foley
    pt w/ UTI on antibiotics x2 days, now lethargic w/ fever and rigors
    family states pt "not acting right", febrile and weak since yesterday
    pt on chemo, febrile 102.6, weak, decreased PO intake
    pt w/ sacral wound, foul odor, fever and tachycardia
    pt had cough x 1 week, now febrile, hypotensive and confused
    pt w/ PICC line, rigors and fever after infusion
  """,
  exam="""
    skin hot, flushed, mottled to knees
    temp {temp}, tachycardic, hypotensive
    ETCO2 24, tachypneic
    lethargic but arousable, oriented to self only
    cap refill >3 sec, skin warm and dry
    stage 4 sacral decub w/ purulent drainage
    foley w/ cloudy, dark, foul smelling urine
  """,
  tx="""
    sepsis alert called to {dest}, ETCO2 22
    NS 30ml/kg bolus initiated, 1L infused enroute
    bilat PIVs 18g, NS wide open
    O2 NC 4lpm, cardiac monitor
    BGL {bgl}, 12 lead sinus tach
    POC lactate 4.8
    push dose epi 10mcg for MAP < 65 per OLMC
  """,
  dispo="""
    transported emergent to {dest} w/ sepsis alert
    care transferred to ED team, fluids continued
    transported L&S to {dest}
    transported emergent, BP 96/58 after 1L NS
    pt transported to {dest}, report given to RN
    transported ALS emergent to {dest}
  """,
  imp="""
    sepsis
    suspected sepsis
    sepsis, possible urosepsis
    septic
    sepsis w/ hypotension
    SIRS/sepsis
  """)

L("shock", age="40-92", sx="weak dizzy loc sob", alert=False, pmh="chf cad",
  disp="sick uncon unk", where="home facility public",
  vit="sbp=56-84 hr=118-150 rr=24-34 spo2=86-96 gcs=9-14", alt="R57.1 R57.8",
  cc="""
    hypotension, poor perfusion
    pale, clammy, BP 70s
    weakness, poorly responsive
    "BP low" per home health
    shock, cause unknown
    lethargy, cool extremities
    near syncope w/ low BP
  """,
  hpi="""
    pt found by family slumped in chair, pale and diaphoretic, unknown cause
    home health RN reports BP 68/40, pt lethargic
    pt c/o feeling weak and faint, BP 70/40 at PCP office, sent by ambulance
    pt w/ multiple medical problems found poorly responsive, source unclear
    pt became weak, diaphoretic and mottled over past hour
    unclear etiology, no fever, no obvious bleeding, no trauma per family
    staff report pt "crashing", BP 70/40
  """,
  exam="""
    skin pale cool mottled, cap refill 5 sec
    weak thready radial pulse, then absent radials, carotid present
    ETCO2 18, tachypneic
    altered, GCS 11
    no obvious source of bleeding or trauma
    12 lead sinus tach 136
    mottling to knees and elbows
  """,
  tx="""
    bilat 18g PIVs, NS 1L wide open
    push dose epi 10mcg q2min x3
    trendelenburg, O2 NRB 15lpm
    IO R humerus after failed PIV x2
    NS 2L total infused enroute
    epi infusion 2-10 mcg/min titrated to MAP > 65
    cardiac monitor, BGL {bgl}, 12 lead
  """,
  dispo="""
    transported emergent to {dest}
    transported L&S, called ahead
    care transferred to ED resus team
    transported emergent, BP 88/50 on arrival
    transported Code 3 to {dest}, pt remained hypotensive
    transported ALS emergent, report to ED physician
  """,
  imp="""
    shock
    undifferentiated shock
    shock, unknown etiology
    hypotension / shock
    circulatory shock
    hypoperfusion
  """)

# ============================== neuro ======================================
L("stroke", age="50-95", sx="stroke numb weak dizzy vision headache", pmh="htn afib cva dm2 hld",
  disp="stroke fall sick uncon", where="home facility public",
  vit="sbp=158-224 hr=62-108 rr=14-22 spo2=93-99 gcs=12-15", alt="I63.50 R29.810",
  cc="""
    {side} sided weakness
    slurred speech and facial droop
    stroke sx
    "can't move my arm"
    facial droop and garbled speech
    sudden onset {side} arm and leg weakness
    aphasia, unable to speak
    {side} sided deficits
  """,
  hpi="""
    spouse states pt was at dinner when {he} suddenly began slurring words and dropped {his} fork, LKW {time}
    pt woke up w/ {side} sided weakness, LKW 2200 last night
    pt's daughter noticed facial droop and confusion on video call, LKW approx {dur} PTA
    staff found pt in bed unable to move {side} arm, last seen normal at 0600 rounds
    pt c/o sudden numbness {side} face and arm while driving, pulled over
    pt w/ hx afib, not taking eliquis, sudden onset aphasia at {time}
    pt found on floor w/ {side} hemiplegia, unknown LKW
  """,
  exam="""
    BE-FAST positive: facial droop {side}, {side} arm drift, slurred speech
    Cincinnati stroke scale positive x3
    LAMS 4, {side} gaze deviation
    expressive aphasia, follows commands
    {side} sided hemiparesis, grip weak {side}
    NIHSS 14 per crew
    pupils PERRL, {side} facial droop, dysarthria
  """,
  tx="""
    stroke alert called to {dest} at {time}, LKW {time}
    BGL {bgl}, 18g PIV L AC
    O2 only if SpO2 <94, HOB elevated 30 degrees
    NPO maintained, swallow screen failed
    cardiac monitor, stroke scale repeated enroute
    PIV 20g R AC, no meds given
    BP not treated per protocol
  """,
  dispo="""
    transported emergent to {dest} comprehensive stroke center
    transported L&S, stroke team met at door, direct to CT
    care transferred to stroke team in CT
    transported emergent to {dest}, LKW given to stroke RN
    bypassed closest ED for thrombectomy capable center per LAMS
    transported to {dest}, pt moved to CT table
  """,
  imp="""
    CVA
    acute stroke
    stroke
    suspected CVA
    stroke, LVO positive
    cerebrovascular accident
    stroke alert
  """)

L("tia", age="50-92", sx="numb weak vision dizzy trauma", pmh="htn afib hld dm2 cva",
  disp="stroke sick", where="home public facility",
  vit="sbp=142-196 hr=60-100 rr=14-20 spo2=94-99 gcs=15-15", alt="G45.8",
  cc="""
    transient {side} arm weakness, now resolved
    episode of slurred speech, resolved
    "my face went numb for a few minutes"
    TIA sx, resolved
    brief episode of confusion and word finding difficulty
    [s_vision] temporary vision loss {side} eye
    weakness that resolved PTA
  """,
  hpi="""
    pt had approx 15 min episode of {side} arm numbness and weakness, resolved prior to EMS arrival
    spouse noted pt had slurred speech for 10 min at dinner, now back to baseline
    [s_vision] pt states {he} lost vision in one eye "like a curtain" x 5 min, now resolved
    pt had similar episode last month but did not seek care
    pt c/o {side} facial numbness that lasted 20 min, resolved spontaneously
    daughter states pt could not find words for several minutes, now talking normally
    pt had episode of {side} leg weakness and fell into wall, sx resolved w/in 30 min
  """,
  exam="""
    BE-FAST neg on arrival, sx resolved
    neuro intact, A&Ox4, no drift, speech clear
    Cincinnati neg, grips equal and strong
    no deficits noted on exam, NIHSS 0
    pupils PERRL, EOMI, no facial asymmetry
    gait steady, finger to nose intact
    12 lead: afib rate controlled
  """,
  tx="""
    BGL {bgl}, PIV 20g, 12 lead
    cardiac monitor, serial neuro checks q5min
    stroke scale repeated enroute, remained neg
    no meds administered
    O2 not indicated
    position of comfort, HOB 30
  """,
  dispo="""
    transported to {dest} stroke center for eval
    transported non-emergent to {dest}
    care transferred to ED RN, LKW and sx timeline given
    transported emergent to {dest}, sx did not recur
    pt transported to {dest} at family's request
    transported ALS to {dest} w/o incident
  """,
  imp="""
    TIA
    transient ischemic attack
    possible TIA
    TIA, sx resolved
    r/o TIA vs CVA
  """)

L("seizure", age="15-85", sx="sz loc head trauma weak pain urinary", excl="sz", pmh="etoh",
  disp="seizure uncon", where="home public",
  vit="sbp=118-168 hr=88-128 rr=16-24 spo2=92-99 gcs=10-15", alt="R56.00",
  cc="""
    seizure
    witnessed seizure
    convulsions
    [s_work] seizure at work
    first time seizure
    tonic clonic activity witnessed by family
    postictal after seizure PTA
    shaking episode
  """,
  hpi="""
    [s_work] coworkers witnessed pt fall to ground and have generalized shaking for approx 2 min, no known sz hx
    family states pt had full body convulsion lasting 1-2 min then was confused, no hx seizures
    pt had seizure in grocery store, bystanders placed {him} on side, lasted about 3 min
    pt has no seizure hx, states {he} was up all night and skipped meals, awoke on floor
    [grown] spouse woke to pt shaking in bed, incontinent of urine, lasting approx 1 min
    pt had witnessed generalized seizure, now postictal, hx unknown
    pt's friend states pt "started jerking" then went limp
  """,
  exam="""
    postictal, A&Ox2, slowly improving
    tongue laceration L lateral tongue, incontinent of urine
    GCS 12 improving to 15 enroute
    pupils PERRL 4mm, no nystagmus
    small abrasion to forehead, no other trauma
    no focal deficits once alert
    pt drowsy, answering questions slowly
  """,
  tx="""
    BGL {bgl}, PIV 20g, O2 NC 2 lpm
    pt placed in recovery position, suction ready
    versed 5mg IN for recurrent seizure activity x2 min
    seizure precautions, padded rails
    cardiac monitor, 12 lead
    no active seizure on arrival, monitored
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest} for first time seizure workup
    care transferred to ED RN, pt A&Ox4 on arrival
    transported emergent d/t 2nd seizure enroute
    pt transported in recovery position to {dest}
    transported ALS to {dest}
  """,
  imp="""
    seizure
    new onset seizure
    convulsions
    witnessed seizure, postictal
    sz
    first time seizure
  """)

L("epilepsy", age="8-75", sx="sz loc weak nv urinary", pmh="sz sz", variants="tx:80 refuse:20",
  disp="seizure", where="home public facility",
  vit="sbp=112-160 hr=84-124 rr=16-22 spo2=93-99 gcs=11-15", alt="G40.901 R56.9",
  cc="""
    breakthrough seizure
    seizure, hx epilepsy
    "had one of my seizures"
    2 seizures today, known seizure d/o
    epilepsy w/ seizure activity
    known seizure pt, postictal
  """,
  hpi="""
    pt w/ known epilepsy on keppra 1000mg BID, missed doses x2 days, had generalized seizure approx 3 min
    [young] mother states pt has hx epilepsy since childhood, had typical seizure lasting 2 min, usually 1/month
    pt w/ seizure d/o had 2 breakthrough seizures today, recently switched from dilantin to lamotrigine
    [adult] group home staff report pt w/ epilepsy had sz in dining room, VNS swiped per seizure plan
    pt w/ known seizure hx has been sick and vomiting {his} meds
    [adult] pt's neurologist recently lowered depakote dose, now w/ more frequent seizures
    [adult] spouse states this is pt's typical seizure, more frequent lately, lasted 90 sec
  """,
  exam="""
    postictal, A&Ox3, improving
    tongue bite noted, incontinent of urine
    GCS 13 improving to 15
    no trauma noted, pupils PERRL
    pt drowsy, oriented to person and place
    medic alert bracelet: epilepsy
    no focal deficits
  """,
  tx="""
    BGL {bgl}, O2 NC
    midazolam 5mg IN for ongoing seizure > 5 min
    versed 2.5mg IV, seizure activity stopped
    recovery position, suction PRN
    PIV 20g, cardiac monitor
    pt's home rescue med (nasal diazepam) given by family PTA
    seizure precautions
  """,
  dispo="""
    [tx] transported non-emergent to {dest}
    [tx] transported to {dest}, pt's neurologist is there
    [tx] care transferred to ED RN, seizure log given
    [tx] transported emergent after 2nd seizure
    [refuse] pt returned to baseline, per family this is normal for pt, refused transport
    [refuse] pt A&Ox4 at baseline, declined transport, will call neurologist in AM
  """,
  imp="""
    seizure d/o
    epilepsy
    breakthrough seizure
    seizure, known epileptic
    sz - epilepsy
  """)

L("syncope", age="18-92", sx="loc dizzy nv weak trauma sz vision", pmh="htn",
  disp="uncon fall sick", where="home public",
  vit="sbp=96-146 hr=58-100 rr=14-20 spo2=95-99 gcs=15-15", alt="I95.1",
  cc="""
    syncopal episode
    passed out
    "fainted"
    syncope
    LOC while standing in line
    fainting spell
    near syncope then LOC
    collapse
  """,
  hpi="""
    pt states {he} stood up quickly and felt lightheaded then passed out, bystander caught {him}, LOC < 1 min
    pt had syncopal episode while standing for long period at graduation, hot environment
    pt passed out after having blood drawn, woke immediately
    pt was straining on toilet and passed out, spouse found pt on bathroom floor, now A&Ox4
    pt had LOC approx 30 sec while at restaurant, no seizure activity, regained consciousness spontaneously
    pt reports prodrome of nausea and tunnel vision before passing out
    pt w/ 2 syncopal episodes today, no injuries
  """,
  exam="""
    A&Ox4, GCS 15, neuro intact
    skin pale, slightly diaphoretic, improving
    orthostatic VS positive: HR 72 supine to 104 standing
    12 lead NSR, no ectopy, QTc normal
    no tongue biting, no incontinence
    BGL {bgl}, pupils PERRL
    small abrasion to elbow from fall, no deformity
  """,
  tx="""
    PIV 20g, NS 250ml bolus
    12 lead, cardiac monitor
    pt placed supine w/ legs elevated
    O2 not needed, monitored
    orthostatics performed
    BGL checked, no meds given
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest} for syncope workup
    care transferred to ED RN, 12 lead given
    pt transported to {dest} w/o incident
    transported BLS to {dest}
    pt transported at family's insistence
  """,
  imp="""
    syncope
    syncopal episode
    vasovagal syncope
    syncope and collapse
    near syncope/syncope
    LOC, brief
  """)

L("dizziness", age="25-90", sx="dizzy nv", pmh="htn migraine",
  disp="sick fall", where="home public", variants="tx:88 refuse:12",
  vit="sbp=108-170 hr=62-104 rr=14-20 spo2=95-99 gcs=15-15", alt="H81.10",
  cc="""
    dizziness
    "room is spinning"
    lightheadedness
    vertigo
    dizzy x {dur}
    dizziness and unsteadiness
    dizziness w/ position changes
  """,
  hpi="""
    pt c/o room spinning sensation when turning head to the R, began this AM, nauseated
    pt states {he} has felt lightheaded x 2 days, worse when standing
    pt c/o dizziness that started while at work, no LOC
    pt w/ hx vertigo, states this feels the same as before
    pt c/o dizziness after starting new BP med
    pt reports "woozy" feeling and unsteady gait
    pt states dizziness comes and goes, worse w/ head movement
  """,
  exam="""
    neuro intact, BE-FAST neg, horizontal nystagmus noted
    A&Ox4, gait steady w/ assist
    pupils PERRL, EOMI, no drift
    skin pink warm dry
    12 lead NSR
    orthostatics neg
    pt sitting still w/ eyes closed, sx worse w/ movement
  """,
  tx="""
    zofran 4mg ODT for nausea
    PIV 20g, NS TKO
    position of comfort, lights dimmed
    BGL {bgl}
    cardiac monitor, 12 lead
    no interventions, monitored
  """,
  dispo="""
    [tx] transported non-emergent to {dest}
    [tx] transported BLS to {dest}, pt kept still enroute
    [tx] care transferred to ED RN
    [tx] pt transported to {dest} w/o incident
    [refuse] sx improving, pt declined transport, will have spouse drive to PCP
    [refuse] pt refused transport after assessment, advised to return if worse
  """,
  imp="""
    dizziness
    vertigo
    dizziness/vertigo
    lightheadedness
    dizzy, r/o central cause
  """)

# ============================== endocrine ==================================
L("hypoglycemia", age="18-90", sx="loc weak dizzy etoh nv", excl="dm1 dm2", pmh="etoh",
  disp="uncon sick diabetic", where="home public facility",
  vit="sbp=102-150 hr=80-118 rr=14-20 spo2=95-99 gcs=9-14 bgl=22-58", alt="E16.1",
  cc="""
    AMS w/ low BGL
    low blood sugar
    confusion, BGL 38
    unresponsive, hypoglycemic
    shaky and sweaty
    "sugar low"
    altered, diaphoretic
  """,
  hpi="""
    pt found by roommate confused and sweaty, no known hx diabetes, has not eaten in 2 days
    pt w/ hx ETOH abuse, found lethargic, BGL 32, no hx DM per family
    pt had gastric bypass 2 yrs ago, shaky and sweaty after eating, BGL 44
    pt not diabetic, poor PO intake x days d/t illness, now confused
    pt found altered at bus stop, BGL LO, no medic alert, no meds on person
    pt's family states pt is not diabetic but has been vomiting and not eating
    pt in nursing home w/ poor intake, found minimally responsive, not on any diabetic meds
  """,
  exam="""
    BGL {bgl} mg/dL
    skin pale, cool, diaphoretic
    GCS 11 (E3V3M5), confused, moves all extremities
    pupils PERRL, no focal deficits
    after D10 A&Ox4, GCS 15
    pt tremulous, anxious
    no medic alert bracelet, no glucometer or insulin in home
  """,
  tx="""
    D10 250ml IV, recheck BGL 112
    D50 25g IVP, pt became alert w/in 3 min
    glucagon 1mg IM d/t no IV access
    oral glucose 15g PO once able to protect airway
    PIV 20g, D10 100ml then additional 100ml
    pt given juice and sandwich after mental status improved
    BGL rechecked after 10 min: 96
  """,
  dispo="""
    transported non-emergent to {dest}
    pt transported for eval since not diabetic
    transported to {dest}, BGL 118 on arrival
    care transferred to ED RN, pt A&Ox4
    transported to {dest} w/o incident
    transported BLS after D10, pt eating crackers
  """,
  imp="""
    hypoglycemia
    low blood sugar
    hypoglycemic episode
    hypoglycemia, non diabetic
    AMS d/t hypoglycemia
  """)

L("diabetes_t2_hypoglycemia", age="40-92", sx="loc weak dizzy nv abd", excl="dm1", pmh="dm2 dm2 htn",
  disp="diabetic uncon sick fall", where="home facility public", variants="tx:75 refuse:25",
  vit="sbp=104-158 hr=78-116 rr=14-20 spo2=94-99 gcs=8-14 bgl=20-62", alt="E11.641 E16.2",
  cc="""
    diabetic w/ low BGL
    hypoglycemia, type 2 diabetic
    AMS, BGL 41, hx DM2
    "my sugar dropped"
    diabetic emergency
    confusion, pt on glipizide
    shaky, sweaty diabetic
  """,
  hpi="""
    pt w/ type 2 DM on glipizide, skipped lunch, found confused by spouse, BGL 38
    pt w/ NIDDM took insulin this AM but did not eat breakfast, family found pt diaphoretic and slurring words
    pt's home glucometer read 45, pt on metformin and glyburide, feeling shaky
    pt w/ T2DM recently started on insulin by PCP, 3rd episode of low sugar this week
    pt has type 2 diabetes, poor PO d/t stomach bug but still took meds
    daughter states pt is a type 2 diabetic, has been eating less, found slumped in chair
    facility staff gave pt scheduled lantus, pt refused dinner, now unresponsive
  """,
  exam="""
    BGL {bgl}
    skin cool, pale, diaphoretic
    GCS 10, confused
    pupils PERRL, moves all ext, no focal deficits
    post dextrose A&Ox4
    glucometer in home reads 41
    pt combative initially, calmed after D10
  """,
  tx="""
    D10 250ml IV wide open, BGL recheck 124
    D50 25g IVP w/ rapid improvement
    glucagon 1mg IM, no IV access
    oral glucose 1 tube once alert
    PIV 20g L hand, D10 titrated to effect
    pt ate peanut butter sandwich and OJ
  """,
  dispo="""
    [tx] transported non-emergent to {dest}
    [tx] transported to {dest} d/t long acting sulfonylurea
    [tx] care transferred to ED RN, BGL 131 on arrival
    [tx] transported BLS to {dest}, pt eating enroute
    [refuse] pt returned to baseline, ate meal, refused transport after discussion of risks, spouse present
    [refuse] BGL 142 after tx, pt A&Ox4 w/ capacity, treat and release per protocol, refusal signed
  """,
  imp="""
    hypoglycemia - DM2
    diabetic hypoglycemia
    type 2 DM w/ hypoglycemia
    low BGL, diabetic
    hypoglycemic diabetic
  """)

L("diabetes_t2_hyperglycemia", age="35-90", sx="weak nv dizzy urinary vision pain spine", excl="dm1", pmh="dm2 dm2 htn obesity",
  disp="diabetic sick", where="home facility",
  vit="sbp=110-160 hr=80-112 rr=16-22 spo2=95-99 gcs=14-15 bgl=320-590", alt="R73.9",
  cc="""
    high blood sugar
    BGL "HI" on home meter
    hyperglycemia
    weakness and frequent urination
    "sugar over 500"
    thirst, urinating a lot
    diabetic w/ high BGL
  """,
  hpi="""
    pt w/ type 2 DM c/o polyuria, polydipsia and fatigue x {days}, home meter reading 480s
    pt ran out of metformin 2 wks ago, BGL reading "HI" at home
    pt w/ DM2 on insulin, has not been taking it consistently, blurred vision and weakness
    pt recently started on prednisone for back pain, BGL elevated to 500s
    home health nurse found BGL 522, pt w/ type 2 diabetes
    pt c/o dry mouth, urinating frequently, BGL 390
    pt states {his} sugars have been high all week, feels weak
  """,
  exam="""
    BGL {bgl}
    mucous membranes dry, skin warm
    A&Ox4, no ketone odor on breath
    lungs clear, resps even and unlabored
    no kussmaul resps
    tachycardic, otherwise unremarkable
    pt appears fatigued
  """,
  tx="""
    PIV 20g, NS 1L bolus
    NS 500ml bolus
    BGL rechecked enroute, 388
    12 lead, cardiac monitor
    no insulin carried, fluids only
    position of comfort
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest}, BGL 401 on arrival
    care transferred to ED RN w/o incident
    transported BLS to {dest}
    pt transported to {dest} per PCP instructions
    transported ALS to {dest}
  """,
  imp="""
    hyperglycemia
    hyperglycemia - DM2
    high BGL
    type 2 DM uncontrolled
    hyperglycemia w/o DKA
  """)

L("diabetic_ketoacidosis", age="10-45", sx="nv abd weak sob urinary pain", excl="dm2", pmh="dm1 dm1",
  disp="diabetic sick abd", where="home",
  vit="sbp=92-128 hr=112-140 rr=26-36 spo2=96-100 gcs=13-15 bgl=380-600", alt="E10.65",
  cc="""
    vomiting w/ high BGL
    DKA
    abd pain and vomiting, type 1 diabetic
    "sugar is high and I can't stop throwing up"
    weakness, vomiting, fruity breath
    BGL HI w/ rapid breathing
    type 1 DM, feeling sick
  """,
  hpi="""
    pt w/ T1DM on insulin pump, pump malfunctioned yesterday, now N/V and abd pain
    pt w/ type 1 diabetes c/o vomiting x 12 hrs, unable to keep anything down, BGL HI, ketones large on home strips
    [peds] parent states pt has been vomiting and breathing fast, hx type 1 DM
    [adult] pt ran out of insulin 3 days ago, can't afford it, now weak and vomiting
    pt w/ IDDM has had flu x 2 days, stopped taking insulin because not eating
    [adult] pt w/ T1DM found lethargic by roommate w/ rapid deep breathing
    [adult] pt c/o abd pain, N/V, polyuria, BGL 520, hx DKA admissions
  """,
  exam="""
    kussmaul respirations, fruity odor on breath
    BGL {bgl}, ETCO2 18
    mucous membranes very dry, poor skin turgor
    abd diffusely tender, no guarding
    tachycardic, skin warm dry
    lethargic but oriented
    insulin pump site to abd, pump alarming
  """,
  tx="""
    NS 1L wide open, 2nd line established
    PIV 18g bilat, NS 20ml/kg
    zofran 4mg IV
    ETCO2 monitoring, 12 lead: sinus tach, peaked T waves
    BGL rechecked, still HI
    insulin pump suspended per pt
  """,
  dispo="""
    transported emergent to {dest}
    transported to {dest}, care transferred to ED RN
    transported ALS w/ fluids running
    pt transported emergent, report to ED physician
    transported to {dest}, ED to notify endocrinology
    transported L&S to {dest}
  """,
  imp="""
    DKA
    diabetic ketoacidosis
    possible DKA
    DKA, T1DM
    hyperglycemia w/ ketosis (DKA)
  """)

# ============================== toxicology =================================
L("opioid_poisoning", age="30-92", alert=False, sx="loc sob drugs lungs", pmh="chronic_pain cancer oa",
  disp="od uncon unk", where="home facility",
  vit="sbp=92-140 hr=52-96 rr=4-10 spo2=70-90 gcs=5-11", alt="T40.601A T40.2X4A",
  cc="""
    unresponsive w/ pinpoint pupils
    possible accidental OD on pain meds
    decreased resp rate, lethargic
    [s_oxy] too many oxycodone
    AMS, pt on prescription opioids
    sleepy, "snoring" resps
  """,
  hpi="""
    [s_oxy] family found pt difficult to arouse, pt recently prescribed oxycodone after surgery and may have taken extra doses
    pt w/ chronic back pain on hydrocodone, took "a couple extra" for pain, now lethargic
    pt w/ cancer pain on morphine ER, spouse thinks pt took evening dose twice
    staff found 3 hydromorphone tabs missing from med card, pt lethargic w/ RR 6
    [s_oxy] pt's pill organizer shows AM and PM percocet doses both taken, family states no intent
    [s_oxy] pt on percocet, confused about doses, found unresponsive by son
    [s_oxy] pt recently had oxycodone dose increased, daughter found {him} barely breathing
  """,
  exam="""
    pupils pinpoint 1mm bilat
    RR 6 shallow, snoring resps, SpO2 82%
    GCS 7, responds to painful stimuli only
    skin pale, cyanotic lips
    [s_oxy] pill bottle of oxycodone 10mg found, count short by 8
    no trauma, no track marks
    after narcan pt awake, A&Ox4, RR 16
  """,
  tx="""
    naloxone 0.4mg IV, repeated 0.4mg, RR improved to 14
    narcan 2mg IN w/ good effect
    BVM ventilations w/ OPA until narcan effective
    naloxone 0.5mg IVP titrated to resp effort
    O2 NRB, cardiac monitor, BGL {bgl}
    narcan 4mg IN by family PTA, additional 0.4mg IV by crew
    pt monitored closely for re-sedation enroute
  """,
  dispo="""
    transported to {dest} d/t long acting opioid
    pt transported for observation, report given
    transported emergent, pt alert on arrival
    care transferred to ED RN w/ pill bottles
    transported w/o incident, pt A&Ox4
    transported to {dest}, poison control contacted
  """,
  imp="""
    accidental opioid OD
    opioid overdose
    opioid toxicity
    [s_oxy] accidental OD on oxycodone
    narcotic overdose
    opioid induced resp depression
  """)

L("heroin_poisoning", age="18-62", alert=False, sx="loc sob drugs lungs etoh nv", pmh="ivdu ivdu liver",
  disp="od uncon unk", where="home public", variants="tx:80 refuse:20",
  vit="sbp=88-136 hr=50-100 rr=2-8 spo2=58-88 gcs=3-9", alt="T40.1X4A T40.411A",
  cc="""
    heroin OD
    unresponsive, suspected heroin overdose
    [s_inject] needle in arm, unresponsive
    apnea, pinpoint pupils
    OD, cyanotic
    [s_snort] heroin snorted, now unresponsive
    "he shot up and stopped breathing"
  """,
  hpi="""
    friend states pt used heroin approx 15 min PTA and "went out", friend gave narcan 4mg IN w/o response
    [s_inject] pt found in gas station bathroom w/ syringe and spoon nearby, apneic
    [s_inject] bystander states pt injected heroin, then became unresponsive
    [s_snort] pt admits to snorting heroin, states {he} "didn't know it was that strong"
    partner reports pt recently released from jail, used heroin tonight
    [s_inject] pt found slumped in car w/ tourniquet on arm, PD gave narcan x2
    pt w/ hx IVDU, roommate found {him} blue and not breathing
  """,
  exam="""
    pinpoint pupils, RR 4
    cyanotic, GCS 3
    fresh track marks to bilat AC
    [s_inject] needle still in L AC, removed and disposed in sharps
    SpO2 64% on arrival, HR 58
    after naloxone pt vomited, combative briefly
    pt awake and agitated post narcan, A&Ox3
  """,
  tx="""
    BVM w/ OPA and 15lpm O2
    naloxone 2mg IN, then 0.4mg IV w/ return of spontaneous resps
    narcan 4mg IN, 2nd dose 2mg IM
    PIV 20g L hand, BGL {bgl}
    suctioned emesis after narcan
    naloxone 1mg IV titrated
    ETCO2 62 to 40 after ventilation
  """,
  dispo="""
    [tx] pt transported to {dest}, PD followed
    [tx] transported to {dest} ED, pt agitated but cooperative
    [tx] transported BLS after naloxone, pt alert
    [tx] pt transported, report given, belongings bagged
    [refuse] pt refused transport after narcan, A&Ox4, advised of risks of re-sedation, refusal signed w/ witness
    [refuse] pt declined transport, leave behind narcan kit given to friend
  """,
  imp="""
    heroin OD
    opioid OD - heroin
    heroin overdose
    [s_inject] IVDU OD
    accidental heroin OD
  """)

L("benzodiazepine_poisoning", age="2-90", sx="loc drugs weak dizzy stroke etoh", pmh="anxiety insomnia dementia",
  disp="od uncon sick", where="home facility",
  vit="sbp=96-132 hr=60-96 rr=10-16 spo2=91-98 gcs=8-13", alt="T42.4X2A T42.4X4A",
  cc="""
    [s_xanax] [adult] lethargy after extra xanax
    [s_klon] ingestion of clonazepam
    drowsiness, slurred speech after taking pills
    AMS, possible benzo OD
    [s_ativan] accidental ingestion of lorazepam
    [adult] "too many of my anxiety pills"
    [s_klon] [peds] child ingestion of grandmother's klonopin
  """,
  hpi="""
    [s_xanax] pt w/ anxiety took 4 of {his} 1mg xanax instead of 1, confused about dosing, now very drowsy
    [s_ativan] [grown] family states pt accidentally took spouse's ativan thinking it was {his} BP pill
    [s_klon] [peds] toddler found w/ open bottle of clonazepam, unknown number missing, drowsy and ataxic
    [s_ativan] pt w/ dementia, staff found evening lorazepam given twice by mistake (med error)
    [s_valium] pt states {he} took extra valium for back spasms, "didn't mean to", no intent of harm
    [s_xanax] pt found sleeping, difficult to arouse, pill count shows 10 alprazolam missing, pt denies intentional OD
    [s_klon] pt had few drinks and took klonopin, states it was accidental
  """,
  exam="""
    GCS 12 (E3V4M5), slurred speech
    pupils midsize, reactive
    resps adequate at 12, SpO2 95% RA
    ataxic, unable to stand w/o assistance
    no track marks, no signs of trauma
    [s_xanax] [adult] pill bottle alprazolam found, count short
    pt arousable to voice, falls back asleep
  """,
  tx="""
    airway monitored, O2 NC 2lpm
    BGL {bgl}, 12 lead, cardiac monitor
    poison control contacted, advised ED eval
    PIV 20g, NS TKO
    naloxone 0.4mg IV trial w/o effect
    positioned lateral recumbent, suction ready
    pill bottles brought w/ pt
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest} w/ pill bottles, poison control case # given
    care transferred to ED RN, pt sleeping but arousable
    transported BLS to {dest}
    [peds] transported w/ parent to {dest} pediatric ED
    transported ALS to {dest} for airway monitoring
  """,
  imp="""
    benzodiazepine overdose (accidental)
    benzo ingestion
    accidental benzodiazepine OD
    [s_xanax] xanax overdose
    sedative ingestion
  """)

L("acetaminophen_poisoning", age="2-75", sx="abd nv pain drugs headache spine etoh", pmh="chronic_pain etoh migraine",
  disp="od sick abd", where="home",
  vit="sbp=110-150 hr=70-110 rr=14-20 spo2=96-99 gcs=15-15", alt="T39.1X2A",
  cc="""
    too much tylenol
    accidental acetaminophen ingestion
    [peds] child into the tylenol
    [adult] nausea after taking tylenol for days
    [adult] "I think I took too much Tylenol"
    accidental overdose on acetaminophen
    [adult] RUQ pain after taking lots of tylenol
  """,
  hpi="""
    pt w/ dental pain taking extra strength tylenol 1000mg q3h x 3 days plus nyquil, now nauseated
    [peds] mother found 3yo w/ open bottle of children's tylenol, approx 4 oz missing
    pt took tylenol and norco together for back pain, unaware both have acetaminophen, est 6g/day
    pt states {he} took 12 tabs of tylenol over the day for migraine, no intent of self harm
    pt drinks heavily and has been taking tylenol for hangover headaches, c/o RUQ pain
    [peds] grandparent gave child adult dose of tylenol by mistake x3
    poison control called by pt, advised ED eval for acetaminophen level
  """,
  exam="""
    A&Ox4, GCS 15, no acute distress
    abd soft, mild RUQ tenderness
    skin pink warm dry, no jaundice
    pt nauseated, vomited x1 on scene
    pupils PERRL, neuro intact
    [adult] pill bottle acetaminophen 500mg, approx 30 tabs missing
    [peds] child playful, acting appropriately
  """,
  tx="""
    poison control contacted, ref # given to ED
    PIV 20g, zofran 4mg IV
    BGL {bgl}, cardiac monitor
    no activated charcoal given (time > 1hr)
    activated charcoal 50g PO per poison control
    pill bottles brought to ED
    position of comfort, monitored
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest} for APAP level
    care transferred to ED RN w/ pill bottle and poison control #
    [peds] transported BLS w/ parent to {dest}
    pt transported to {dest} w/o incident
    transported ALS to {dest}
  """,
  imp="""
    acetaminophen overdose, accidental
    APAP ingestion
    tylenol OD (unintentional)
    accidental acetaminophen poisoning
    APAP toxicity
  """)

L("intentional_overdose_unspecified", age="14-80", sx="si drugs loc nv weak", pmh="depression anxiety bipolar",
  disp="od psych", where="home",
  vit="sbp=98-148 hr=84-124 rr=12-22 spo2=92-99 gcs=11-15", alt="T14.91XA",
  cc="""
    intentional OD
    "took a bunch of pills to kill myself"
    suicide attempt by ingestion
    OD w/ SI
    "I took everything in the cabinet"
    intentional ingestion of unknown pills
    [s_fight] OD after fight w/ partner
  """,
  hpi="""
    [young] pt states {he} took "a handful" of unknown pills from parent's cabinet w/ intent to die approx 1 hr PTA
    pt texted friend goodbye, friend called 911, pt admits taking pills, will not say what
    pt w/ hx depression states {he} swallowed all {his} prescriptions at once, multiple empty bottles on scene
    [s_fight] pt took unknown quantity of unknown meds after argument, states "I wanted it to stop"
    PD found pt w/ note and empty pill bottles, pt lethargic
    pt called 911 after taking pills, states {he} changed {his} mind
    pt w/ prior suicide attempts, roommate found pt drowsy w/ empty bottles
  """,
  exam="""
    GCS 13, drowsy but answers questions
    multiple empty bottles found, various meds
    pupils dilated 6mm, reactive
    skin warm dry, HR 118
    pt tearful, flat affect
    12 lead sinus tach, QRS 96, QTc 480
    no self inflicted injuries noted
  """,
  tx="""
    poison control contacted, all bottles brought to ED
    PIV 20g, NS TKO
    BGL {bgl}, 12 lead, cardiac monitor
    pt placed on suicide precautions, PD accompanied
    narcan 0.4mg IV w/o change
    activated charcoal withheld d/t decreased LOC
    O2 NC, monitored closely
  """,
  dispo="""
    transported emergent to {dest} w/ PD escort
    transported, pt placed on involuntary hold by PD
    care transferred to ED, pt placed in safe room
    transported to {dest}, sitter at bedside
    transported ALS to {dest}
    transported w/ pill bottles, poison center case #
  """,
  imp="""
    intentional overdose
    intentional OD, unknown substance
    suicide attempt - ingestion
    OD w/ SI
    polypharmacy intentional OD
  """)

L("alcohol_intoxication", age="18-70", sx="etoh nv dizzy loc stroke", pmh="etoh",
  disp="etoh uncon sick fall", where="public home outdoor",
  vit="sbp=102-152 hr=84-120 rr=14-20 spo2=94-99 gcs=12-15", alt="F10.120 T51.0X1A",
  cc="""
    intoxication
    ETOH intox
    drunk, unable to care for self
    "had too much to drink"
    found down, smells of ETOH
    public intox
    heavy drinking w/ vomiting
  """,
  hpi="""
    PD called for pt passed out on sidewalk, strong odor of ETOH, pt admits to drinking "a fifth"
    friends state pt drank heavily at party, now vomiting and unable to walk
    pt states {he} has been drinking beer all day, c/o nausea
    bar staff called for pt who was unable to stand, admits to 10 drinks
    pt found sleeping on bench, arousable to voice, multiple empty bottles nearby
    pt admits to ETOH, no drugs, friends unable to take care of {him}
    [young] college student found vomiting in dorm bathroom after drinking games
  """,
  exam="""
    strong odor of ETOH on breath
    slurred speech, nystagmus, ataxic gait
    GCS 14 (V4), A&Ox3
    pupils PERRL, no head trauma noted
    skin flushed, warm
    vomit on clothing, airway patent
    pt uncooperative at times but redirectable
  """,
  tx="""
    BGL {bgl}
    pt positioned on side, suction ready
    PIV 20g, NS 1L bolus
    zofran 4mg ODT
    monitored, no interventions
    c-spine cleared, no trauma
  """,
  dispo="""
    transported to {dest} for ETOH intox, PD declined custody
    transported BLS to {dest}, pt slept enroute
    care transferred to ED, pt placed on ETOH watch
    transported to sobering center per protocol
    transported to {dest} w/o incident
    pt transported in lateral position to {dest}
  """,
  imp="""
    ETOH intoxication
    acute alcohol intox
    ETOH
    alcohol intoxication
    intox
  """)

# ============================== behavioral =================================
L("depression", age="18-85", sx="weak", pmh="depression depression anxiety",
  disp="psych sick", where="home",
  vit="sbp=108-148 hr=64-100 rr=14-18 spo2=97-100 gcs=15-15", alt="F32.9",
  cc="""
    depression
    feeling depressed
    "I just feel hopeless"
    worsening depression
    crying, not eating, depressed
    depression, requesting eval
    feeling down x weeks
  """,
  hpi="""
    pt states {he} has been feeling depressed x 3 weeks since losing {his} job, not sleeping, not eating, crying frequently
    pt w/ hx depression stopped zoloft 1 month ago, feels worse
    family concerned pt has not left bed in days, not showering
    pt called crisis line and they requested EMS for eval, pt has no plan to harm self
    pt states "I'm just so tired of everything", states no intent to hurt self
    [grown] pt recently lost spouse, tearful, poor appetite
    pt states depression getting worse, wants to speak w/ someone
  """,
  exam="""
    flat affect, tearful, poor eye contact
    A&Ox4, calm, cooperative
    disheveled appearance
    no signs of self harm noted
    speech slow, soft
    no acute medical complaints
    pt answering questions appropriately
  """,
  tx="""
    emotional support, active listening
    no medical interventions required
    safety assessment completed
    VS assessed, pt cooperative
    mobile crisis contacted
    BGL {bgl}
  """,
  dispo="""
    transported BLS to {dest} for psych eval
    transported voluntarily, pt sat on stretcher
    care transferred to ED RN, pt placed in behavioral health area
    transported to {dest} crisis center
    pt agreed to voluntary transport
    transported w/o incident
  """,
  imp="""
    depression
    major depression
    depressive episode
    behavioral - depression
    depressed mood
  """)

L("anxiety", age="16-75", sx="sob palp dizzy numb chest_pain", pmh="anxiety anxiety depression",
  disp="breathing psych chest sick", where="home public", variants="tx:80 refuse:20",
  vit="sbp=120-158 hr=96-128 rr=22-30 spo2=98-100 gcs=15-15", alt="F41.0",
  cc="""
    anxiety attack
    panic attack
    "I feel like I'm dying"
    anxiety w/ hyperventilation
    SOB and tingling in hands, anxious
    chest tightness w/ anxiety
    nervous, can't calm down
  """,
  hpi="""
    pt states {he} began feeling anxious after receiving bad news, now hyperventilating w/ tingling in fingers
    pt w/ hx panic attacks states this feels like previous ones but worse
    pt c/o racing heart and feeling of impending doom after argument w/ partner
    pt at work, became anxious, c/o chest tightness and SOB
    pt states anxiety worse since running out of buspirone
    pt had panic attack while driving, pulled over and called 911
    pt c/o carpopedal spasms and numbness around mouth, crying
  """,
  exam="""
    tachypneic, carpopedal spasm bilat hands
    lungs clear bilat, SpO2 100%
    12 lead: sinus tach 112, no ST changes
    pt anxious, tearful, A&Ox4
    skin warm, slightly diaphoretic
    pt able to speak full sentences, calming w/ coaching
  """,
  tx="""
    coached breathing, reassurance
    removed from stressful environment, calming measures
    12 lead, monitor, VS
    O2 not indicated
    no meds given
    PIV not indicated
  """,
  dispo="""
    [tx] transported BLS to {dest}
    [tx] transported non-emergent, pt calmer enroute
    [tx] care transferred to ED RN w/o incident
    [tx] pt transported to {dest} at pt request
    [refuse] sx resolved w/ coaching, pt declined transport, refusal signed
    [refuse] pt feels better, does not want to go to hospital, advised to call PCP
  """,
  imp="""
    anxiety
    panic attack
    anxiety attack
    hyperventilation d/t anxiety
    acute anxiety
  """)

L("suicidal_ideation", age="14-80", sx="si", pmh="depression anxiety bipolar ptsd",
  disp="psych", where="home public",
  vit="sbp=112-150 hr=70-108 rr=14-20 spo2=97-100 gcs=15-15", alt="F32.9",
  cc="""
    SI
    suicidal ideation
    "I want to kill myself"
    suicidal thoughts
    suicidal statements
    SI w/ plan
    welfare check for suicidal pt
  """,
  hpi="""
    pt told family {he} wants to die, has plan to overdose on pills, no ingestion per pt and family
    PD called for welfare check after pt posted suicidal statements online
    pt states {he} has been thinking about shooting {himself}, has access to firearm, PD secured weapon
    pt w/ hx depression reports worsening SI x 1 week, no attempt
    pt called 911 stating {he} is suicidal and needs help
    pt's therapist called for SI during telehealth appt
    pt states "everyone would be better off without me", denies ingestion or injury
  """,
  exam="""
    pt calm, cooperative, flat affect
    no signs of ingestion or self harm
    A&Ox4, GCS 15
    tearful, poor eye contact
    no injuries noted, skin intact
    pt guarded, answers in short responses
    no weapons on person after PD search
  """,
  tx="""
    safety assessment, pt searched by PD
    emotional support
    no medical interventions needed
    pt seated on stretcher, seatbelts, constant observation
    VS assessed
    BGL {bgl}
  """,
  dispo="""
    transported BLS to {dest} w/ PD, pt under emergency custody order
    transported voluntarily to {dest} for psych eval
    care transferred to ED behavioral health, sitter assigned
    pt transported, PD followed unit
    transported to psych receiving facility
    transported w/o incident, pt remained calm
  """,
  imp="""
    suicidal ideation
    SI
    SI w/ plan
    psych - SI
    suicidal
  """)

L("psychosis", age="18-70", sx="si", pmh="schizo bipolar",
  disp="psych", where="home public outdoor",
  vit="sbp=118-160 hr=88-122 rr=16-22 spo2=96-100 gcs=14-15", alt="F20.9 R44.3",
  cc="""
    hallucinations
    bizarre behavior
    "hearing voices"
    paranoia, agitation
    psych eval, delusional
    behavioral emergency
    talking to people who are not there
  """,
  hpi="""
    family states pt has been hearing voices telling {him} people are watching {him}, not sleeping x 4 days
    PD called for pt yelling in street, states aliens are tracking {him} through {his} phone
    pt w/ hx schizophrenia stopped taking meds 2 weeks ago, increasingly paranoid
    pt believes neighbors are poisoning {his} water, barricaded in apartment
    pt reports visual hallucinations, appears to be responding to internal stimuli
    roommate states pt has been talking to {himself}, not eating, accusing roommate of spying
    pt found walking in traffic, disorganized speech, unable to give history
  """,
  exam="""
    disorganized thought process, tangential speech
    paranoid, guarded, poor eye contact
    responding to internal stimuli
    A&Ox2, pressured speech
    no signs of trauma, no odor of ETOH
    skin warm dry, pupils PERRL
    agitated but redirectable
  """,
  tx="""
    verbal de-escalation
    BGL {bgl}
    midazolam 5mg IM for agitation per protocol
    haldol 5mg IM + benadryl 50mg IM
    soft restraints x4 for pt and crew safety, CMS checked q15min
    PD assisted w/ restraint
    calm environment, minimal stimuli
  """,
  dispo="""
    transported to {dest} w/ PD escort under involuntary hold
    transported to psych ED
    care transferred to ED security and RN
    transported BLS to {dest}
    pt transported, restraints maintained, CMS intact
    transported w/o incident
  """,
  imp="""
    psychosis
    acute psychosis
    psychotic episode
    behavioral - psychosis
    hallucinations/paranoia
  """)

L("altered_mental_status", age="50-98", alert=False, sx="loc weak", pmh="dementia htn",
  disp="sick uncon unk", where="home facility",
  vit="sbp=104-168 hr=70-110 rr=14-22 spo2=92-99 gcs=10-14", alt="R41.0 R40.4",
  cc="""
    AMS
    altered mental status
    confusion
    "not acting right"
    more confused than baseline
    lethargy and confusion
    confused at home
  """,
  hpi="""
    family states pt has been increasingly confused since yesterday, unknown cause
    facility staff report pt more lethargic than baseline, usually A&Ox3, now A&Ox1
    neighbor found pt wandering outside confused, unable to state address
    pt's spouse states pt "talking nonsense" since this afternoon
    pt found by son sitting in dark house, confused, not making sense
    pt w/ acute change in mental status, no known ingestion, no trauma per family
    pt w/ recent med change, now confused and sleepy
  """,
  exam="""
    A&Ox1 (person only), GCS 13 (E4V3M6)
    moves all ext equally, no facial droop
    pupils PERRL 3mm
    confused, answers questions inappropriately
    skin warm dry
    BGL {bgl}, neuro exam nonfocal
    disoriented to time and place
  """,
  tx="""
    BGL checked {bgl}, PIV 20g
    12 lead, cardiac monitor
    O2 NC 2lpm
    stroke scale neg, monitored
    naloxone 0.5mg IV w/o change
    position of comfort, fall precautions
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest} for AMS workup
    care transferred to ED RN, baseline info from family given
    transported ALS to {dest}
    pt transported w/ facility paperwork
    transported emergent to {dest}
  """,
  imp="""
    AMS
    altered mental status
    altered LOC
    confusion, unknown cause
    acute AMS
  """)

L("coma", age="30-95", alert=False, sx="loc weak sz urinary", pmh="",
  disp="uncon unk", where="home public facility",
  vit="sbp=100-190 hr=52-110 rr=8-20 spo2=88-98 gcs=3-6", alt="R40.1",
  cc="""
    unresponsive
    unresponsive to painful stimuli
    found unconscious
    comatose
    GCS 3, breathing
    "won't wake up"
    unresponsive, unknown cause
  """,
  hpi="""
    family found pt unresponsive in bed, breathing, unknown time down
    pt found by coworker unresponsive at desk, no response to voice or pain
    staff found pt unresponsive at AM rounds, was normal at 2200
    pt found unresponsive in car in parking lot, breathing, no signs of trauma
    pt unresponsive after gradually becoming less responsive over 2 days per family
    pt remains unresponsive after narcan and D10 by FD, cause unknown
    caller states pt "won't wake up", last seen normal last night
  """,
  exam="""
    GCS 3 (E1V1M1), snoring resps
    GCS 5 (E1V1M3), decorticate posturing
    pupils 4mm sluggish, no gag reflex
    unresponsive to sternal rub and nailbed pressure
    BGL {bgl}, not hypoglycemic
    incontinent of urine, skin warm dry
  """,
  tx="""
    NPA, BVM assist, O2 NRB
    naloxone 2mg IN w/o response
    BGL {bgl}, PIV 20g, 12 lead
    RSI for airway protection: ketamine/roc, ETT 7.5
    suction, lateral positioning, airway monitored
    i-gel placed, BVM ventilations
    c-collar applied, mechanism unknown
  """,
  dispo="""
    transported emergent to {dest}
    transported L&S, ED notified of unresponsive pt
    care transferred to ED resus team
    transported emergent w/ airway support
    transported Code 3 to {dest}
    transported ALS emergent, report to ED physician
  """,
  imp="""
    coma
    unresponsive
    comatose, unknown etiology
    unresponsive - unknown cause
    decreased LOC / coma
  """)

L("dementia", age="68-100", alert=False, sx="weak loc", pmh="dementia dementia htn",
  disp="sick fall ift", where="home facility",
  vit="sbp=110-160 hr=60-96 rr=14-20 spo2=93-99 gcs=13-14", alt="G30.9 R41.0",
  cc="""
    dementia w/ increased confusion
    eval, pt w/ dementia
    confusion, wandering
    alzheimers, staff request eval
    memory problems, family unable to care for pt
    dementia, sent for eval
    "doesn't know where {he} is"
  """,
  hpi="""
    pt w/ advanced dementia, family states pt is at baseline confusion but they can no longer manage at home
    pt w/ Alzheimer's found wandering in neighborhood, confused, baseline per family
    memory care staff requesting transport for eval of progressive cognitive decline
    pt w/ dementia is A&Ox1 at baseline, staff report no acute change but MD ordered ED eval
    pt w/ dementia lives alone, neighbor concerned pt not able to care for self, house in disarray
    pt w/ dementia repeats questions, unable to recall recent events, otherwise no complaints
    daughter states pt's dementia is worsening, pt forgets to eat and take meds
  """,
  exam="""
    A&Ox1, pleasantly confused, baseline per staff
    no acute distress, moves all ext
    no facial droop, speech clear but confused
    skin intact
    pt repeats questions, short term memory deficit
    GCS 14 (V4), baseline
    pupils PERRL, no focal deficits
  """,
  tx="""
    assessment, VS, BGL {bgl}
    reassurance, reorientation
    no interventions needed
    fall precautions
    pt assisted to stretcher
    monitored enroute
  """,
  dispo="""
    transported non-emergent to {dest}
    transported BLS to {dest} for eval
    care transferred to ED RN, facility paperwork given
    transported to {dest}, daughter to meet pt there
    transported w/o incident
    pt transported to {dest} geriatric ED
  """,
  imp="""
    dementia
    dementia at baseline
    alzheimers dementia
    dementia w/o behavioral disturbance
    cognitive decline
  """)

# ============================== trauma =====================================
L("hip_fracture", age="62-100", sx="pain trauma", pmh="osteo htn dementia afib",
  disp="fall trauma lift", where="home facility public",
  vit="sbp=120-176 hr=72-110 rr=16-22 spo2=94-99 gcs=14-15", alt="S72.001A S72.002A",
  cc="""
    fall w/ {side} hip pain
    ground level fall w/ hip pain
    "I think I broke my hip"
    hip injury after fall
    unable to bear weight {side} leg
    {side} hip pain s/p fall
    shortened rotated leg after fall
  """,
  hpi="""
    pt tripped over rug and fell onto {side} hip, unable to get up, c/o severe pain 9/10
    pt slipped in bathroom, found by family on floor, c/o {side} hip pain
    pt fell from standing while walking w/ walker, c/o {side} groin and hip pain
    pt fell during night going to bathroom, on floor approx 2 hrs before found
    pt w/ osteoporosis fell in parking lot, unable to bear weight
    staff found pt on floor next to bed, c/o {side} hip pain w/ movement
    pt lost balance turning, landed on {side} side
  """,
  exam="""
    {side} leg shortened and externally rotated
    tenderness to {side} hip, pain w/ ROM, PMS intact distally
    no deformity to other extremities, pelvis stable
    {side} hip ecchymosis, pedal pulses present
    pain 9/10 w/ any movement of leg
    no midline spine tenderness
    pt A&Ox4, skin pale
  """,
  tx="""
    fentanyl 50mcg IN, pain 9 to 5
    fentanyl 1mcg/kg IV, repeated x1
    pillows placed for support, scoop stretcher to cot
    {side} leg splinted in position of comfort w/ pillows
    PIV 20g R hand, zofran 4mg IV
    ketamine 20mg IV for pain
    padded and supported, gentle movement to stretcher via scoop
  """,
  dispo="""
    transported non emergent to {dest}
    transported to {dest} for xray, pt tolerated transport
    care transferred to ED RN, pt moved via sheet
    transported ALS for pain mgmt to {dest}
    pt transported to {dest} ortho hospital per family
    transported BLS to {dest} w/o incident
  """,
  imp="""
    hip fx
    possible {side} hip fracture
    hip fracture s/p GLF
    femoral neck fx suspected
    fall w/ hip injury
  """)

L("wrist_fracture", age="8-90", sx="pain trauma", pmh="osteo",
  disp="fall trauma", where="home public outdoor", variants="tx:85 refuse:15",
  vit="sbp=112-160 hr=70-108 rr=14-20 spo2=96-100 gcs=15-15", alt="S52.501A S52.502A",
  cc="""
    {side} wrist pain after fall
    FOOSH injury
    wrist deformity
    "my wrist is broken"
    {side} wrist injury
    fall onto outstretched hand
  """,
  hpi="""
    pt slipped on ice and fell onto outstretched {side} hand, immediate pain and deformity
    pt fell off skateboard, landed on {side} wrist
    pt tripped on curb, caught fall w/ hands, c/o {side} wrist pain 8/10
    [peds] child fell from monkey bars onto {side} arm
    pt fell while getting out of bath, {side} wrist swelling
    mechanical fall, c/o {side} wrist pain only
    [old] elderly pt fell in garden, "dinner fork" deformity to {side} wrist
  """,
  exam="""
    dinner fork deformity {side} distal forearm
    swelling and ecchymosis {side} wrist, radial pulse present, CMS intact
    point tenderness distal radius, limited ROM
    cap refill <2 sec distal, sensation intact
    no other injuries noted
    skin intact, closed injury
  """,
  tx="""
    SAM splint applied, CMS checked before and after
    wrist immobilized w/ padded board splint and sling
    ice pack applied
    fentanyl 50mcg IN for pain
    jewelry removed from {side} hand
    elevation, position of comfort
  """,
  dispo="""
    [tx] transported BLS to {dest}
    [tx] transported non emergent, pt sitting up
    [tx] care transferred to ED triage RN
    [tx] transported to {dest} w/o incident
    [refuse] pt declined ambulance, family to drive pt to urgent care, refusal signed
    [refuse] splinted on scene, pt refused transport, will go by POV
  """,
  imp="""
    wrist fx
    possible distal radius fracture
    {side} wrist injury/fx
    closed wrist fracture
    FOOSH - wrist fx
  """)

L("clavicle_fracture", age="8-70", sx="pain trauma", pmh="",
  disp="trauma mvc fall", where="outdoor public home",
  vit="sbp=112-156 hr=72-110 rr=16-22 spo2=96-100 gcs=15-15", alt="S42.001A S42.002A",
  cc="""
    [s_bike] {side} shoulder pain after bike crash
    collarbone injury
    clavicle pain and deformity
    fall onto shoulder
    "I heard it snap"
    {side} clavicle injury
  """,
  hpi="""
    [s_bike] pt fell off bicycle going approx 15mph, landed on {side} shoulder, wearing helmet, no LOC
    pt fell on {side} shoulder playing football, immediate pain over collarbone
    [peds] child fell from bunk bed onto {side} shoulder, holding arm against body
    pt was thrown from horse, landed on {side} side, c/o collarbone pain
    [s_bike] pt wrecked dirt bike, c/o {side} shoulder pain
    pt fell down 3 stairs onto outstretched arm, pain to {side} clavicle
  """,
  exam="""
    deformity and crepitus mid {side} clavicle
    point tenderness {side} clavicle, radial pulse intact, CMS intact
    pt guarding {side} arm, holding it against chest
    swelling and tenting of skin over clavicle, skin intact
    lung sounds clear and equal bilat
    [s_bike] no midline spinal tenderness, helmet intact
  """,
  tx="""
    sling and swathe applied {side} arm
    ice pack, position of comfort
    fentanyl 50mcg IN
    CMS checked before and after immobilization
    spinal motion restriction not indicated per protocol
    no interventions other than sling
  """,
  dispo="""
    transported BLS to {dest}
    transported non-emergent, pt seated upright
    care transferred to ED RN
    transported to {dest} w/o incident
    [peds] transported w/ parent to {dest}
    pt transported to {dest}, pain 4/10 on arrival
  """,
  imp="""
    clavicle fx
    possible {side} clavicle fracture
    broken collarbone
    shoulder/clavicle injury
    clavicle fracture, closed
  """)

L("lower_leg_fracture", age="10-85", sx="pain trauma edema", pmh="",
  disp="trauma fall mvc", where="outdoor public home",
  vit="sbp=118-162 hr=80-118 rr=16-24 spo2=96-100 gcs=15-15", alt="S82.91XA S82.92XA",
  cc="""
    {side} lower leg deformity
    tib/fib fx
    leg injury
    lower leg pain after fall
    "my leg is broken"
    [s_soccer] {side} shin deformity after soccer
  """,
  hpi="""
    [s_soccer] pt was playing soccer and collided w/ another player, heard a pop in {side} lower leg, obvious deformity
    pt fell from ladder approx 6 ft, landed on {side} leg
    pt twisted leg stepping off curb, unable to bear weight, deformity mid shin
    pt's motorcycle laid down at low speed, {side} leg trapped under bike
    pt tripped over dog, c/o {side} lower leg pain 10/10
    pt skiing, fell, {side} tibia deformity, ski patrol on scene
  """,
  exam="""
    angulated deformity {side} mid tibia, skin intact
    swelling and ecchymosis {side} lower leg, pedal pulse present
    CMS intact distally, cap refill <2 sec
    crepitus and point tenderness {side} distal tib/fib
    no open wounds, closed injury
    DP pulse weak on {side}, foot warm
  """,
  tx="""
    long leg vacuum splint applied, CMS rechecked
    splinted w/ SAM splints x2, ice
    fentanyl 100mcg IV titrated
    ketamine 0.3mg/kg IV for pain
    PIV 18g, NS TKO
    gentle in-line traction to realign d/t weak pulse, pulse improved
  """,
  dispo="""
    transported to {dest} ED
    transported emergent d/t compromised distal pulse
    care transferred to ED RN, splint left in place
    transported non-emergent to {dest}
    transported ALS for pain mgmt
    pt transported to {dest} w/o incident
  """,
  imp="""
    tib/fib fx
    lower leg fracture
    possible {side} tibia fracture
    closed lower leg fx
    leg fracture
  """)

L("rib_fracture", age="30-95", sx="pain trauma chest_pain sob cough", pmh="osteo copd",
  disp="fall trauma mvc", where="home public",
  vit="sbp=120-168 hr=80-112 rr=18-26 spo2=93-99 gcs=15-15", alt="S22.31XA S22.32XA S22.49XA",
  cc="""
    [s_fall] {side} rib pain after fall
    [s_fall] chest wall pain after fall
    [s_fall] "hurts to breathe" after fall
    rib injury
    [s_mvc] {side} sided chest pain after MVC
    [s_fall] pain w/ deep breath after fall
  """,
  hpi="""
    [s_fall] pt fell in bathroom and struck {side} side on edge of tub, c/o rib pain worse w/ breathing
    [s_fall] pt fell off ladder onto fence, pain to {side} lateral ribs
    [s_mvc] pt was struck by steering wheel in low speed MVC, c/o {side} anterior rib pain
    [s_fall] [old] elderly pt fell onto nightstand, pain to {side} lower ribs
    pt coughing hard x 2 days, felt pop in {side} ribs
    pt assaulted, kicked in {side} ribs
  """,
  exam="""
    point tenderness {side} ribs 6-8, crepitus noted
    no paradoxical movement, breath sounds clear and equal
    ecchymosis {side} lateral chest wall
    splinting respirations, shallow d/t pain
    no flail segment, no subq emphysema
    lung sounds present and equal bilat
  """,
  tx="""
    fentanyl 50mcg IV, pt able to take deeper breaths
    pillow splint to chest, position of comfort
    O2 NC 2lpm for comfort
    PIV 20g, monitor
    ice pack to area
    pt encouraged to take deep breaths
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest} for imaging
    care transferred to ED RN
    transported BLS to {dest}
    pt transported in position of comfort
    transported ALS for pain control to {dest}
  """,
  imp="""
    rib fx
    possible rib fractures
    {side} rib fracture
    chest wall injury / rib fx
    rib contusion vs fx
  """)

L("concussion", age="10-60", sx="headache head nv dizzy trauma vision pain", pmh="",
  disp="trauma mvc fall", where="outdoor public mvc", variants="tx:80 refuse:20",
  vit="sbp=112-150 hr=66-100 rr=14-20 spo2=97-100 gcs=14-15", alt="S06.0X1A S06.0X9A",
  cc="""
    head injury w/ HA
    head strike, dizzy
    possible concussion
    [s_sport] "my head hurts", hit head during game
    headache and nausea after head injury
    dazed after collision
  """,
  hpi="""
    [s_sport] pt was tackled during football game and struck head on ground, no LOC, c/o HA, dizziness and light sensitivity
    pt hit head on cabinet door, c/o HA and nausea, no LOC
    pt in MVC, head struck side window, c/o HA and feeling "foggy", no LOC
    pt fell off bike w/ helmet, helmet cracked, no LOC, repeating questions per friend
    [s_sport] pt collided w/ another player heading soccer ball, felt dazed, no LOC
    pt slipped on ice, struck back of head, c/o HA, nausea, amnesia to event but no LOC per witnesses
  """,
  exam="""
    A&Ox4, GCS 15, repeats questions
    small hematoma to occiput, no lac
    pupils PERRL, no nystagmus
    pt photophobic, c/o HA 6/10
    neuro intact, no focal deficits
    no midline c-spine tenderness
    short term memory deficits, cannot recall event
  """,
  tx="""
    cold pack to head
    c-spine cleared per protocol
    serial neuro checks
    dimmed lights, position of comfort
    zofran 4mg ODT
    no interventions
  """,
  dispo="""
    [tx] transported BLS to {dest}
    [s_sport] [tx] transported to {dest} w/ athletic trainer's report
    [tx] care transferred to ED RN, neuro unchanged
    [tx] transported non-emergent to {dest}
    [refuse] [peds] parents declined transport, will take pt to pediatrician, concussion precautions given
    [refuse] [adult] pt refused transport, concussion precautions reviewed, refusal signed
  """,
  imp="""
    concussion
    mild TBI
    closed head injury w/ concussion sx
    concussion w/o LOC
    head injury - concussion
  """)

L("head_injury", age="30-98", sx="head trauma pain headache loc", pmh="afib dementia dvt",
  disp="fall trauma", where="home facility public",
  vit="sbp=120-178 hr=64-104 rr=14-20 spo2=95-99 gcs=14-15", alt="S00.03XA S06.9X0A",
  cc="""
    fall w/ head strike
    head injury
    head strike on blood thinners
    "bumped my head"
    fall w/ head trauma
    head struck on counter
  """,
  hpi="""
    pt fell forward from standing, struck forehead on floor, pt on eliquis, unknown LOC
    pt tripped over curb, hit head on pavement, unwitnessed, c/o HA
    staff found pt on floor, hematoma to forehead, pt unable to recall fall, on coumadin
    pt struck head on low beam in basement, c/o pain to top of head
    pt fell backward off step, struck back of head on concrete
    pt was hit in the head by a falling object at work, no hard hat
  """,
  exam="""
    hematoma to {side} forehead approx 4cm, no active bleeding
    contusion to occiput, skin intact
    A&Ox4, GCS 15, neuro intact
    pupils PERRL, no battle sign, no raccoon eyes
    abrasion to forehead, no deformity
    no midline c-spine tenderness, c-spine cleared
  """,
  tx="""
    ice pack, c-collar applied d/t anticoagulant use and age
    spinal motion restriction w/ c-collar
    assessment, serial neuro checks
    no interventions
    bandage to abrasion
    serial neuro checks q5min, pupils rechecked enroute
  """,
  dispo="""
    transported non-emergent to {dest} for CT
    transported to {dest}, anticoagulant status reported
    care transferred to ED RN
    transported BLS to {dest}
    transported to {dest} trauma center per protocol (anticoagulated)
    pt transported w/o incident
  """,
  imp="""
    head injury
    head trauma
    closed head injury
    fall w/ head strike
    head injury on anticoagulation
  """)

L("scalp_laceration", age="5-95", sx="head trauma pain bleed", pmh="",
  disp="fall trauma bleed", where="home facility public",
  vit="sbp=118-168 hr=68-106 rr=14-20 spo2=96-100 gcs=15-15", alt="S01.81XA",
  cc="""
    scalp lac
    head lac after fall
    bleeding from head
    laceration to head
    "split my head open"
    cut on back of head
  """,
  hpi="""
    pt fell and struck back of head on coffee table, bleeding controlled by family w/ towel
    [adult] pt was hit w/ bottle during altercation, lac to top of head
    pt stood up under open cabinet, approx 3cm lac to scalp
    pt fell down 2 steps, struck head on railing, moderate bleeding
    [peds] child fell and hit head on corner of table, lac to scalp, crying
    [adult] pt fell at nursing home, 4cm lac to occiput
  """,
  exam="""
    3cm linear lac to occipital scalp, bleeding controlled w/ pressure
    approx 5cm lac to vertex, edges well approximated
    lac to {side} parietal scalp, oozing, no FB
    no skull deformity palpated
    A&Ox4, GCS 15
    clotted blood in hair
  """,
  tx="""
    direct pressure and trauma dressing, bleeding controlled
    4x4 gauze and kling wrap to head
    bleeding controlled, pressure dressing applied
    irrigated w/ saline, dressed
    c-spine cleared per protocol
    ice pack
  """,
  dispo="""
    transported BLS to {dest} for closure
    transported non-emergent to {dest}
    care transferred to ED RN, dressing intact
    transported to {dest} w/o incident
    pt transported to {dest}, bleeding controlled
    transported to {dest} urgent care side per ED triage
  """,
  imp="""
    scalp laceration
    head lac
    laceration to scalp
    scalp lac s/p fall
    lac to head
  """)

L("neck_sprain_mvc", age="17-75", sx="pain trauma spine headache", pmh="",
  disp="mvc", where="mvc", variants="tx:80 refuse:20",
  vit="sbp=118-160 hr=70-106 rr=14-20 spo2=97-100 gcs=15-15", alt="S16.1XXA V89.2XXA",
  cc="""
    neck pain s/p MVC
    neck pain after MVC
    whiplash
    [s_rear] rear ended w/ neck stiffness
    "neck hurts" after accident
    restrained driver w/ neck pain
  """,
  hpi="""
    [s_rear] pt restrained driver of vehicle rear ended at approx 30 mph while stopped at light, no airbag deployment, self extricated, c/o posterior neck pain
    pt restrained passenger in T-bone MVC, c/o neck stiffness
    [s_rear] pt was at red light when struck from behind, c/o neck pain and HA
    pt self extricated, ambulatory on scene, c/o neck pain 5/10 increasing
    pt in moderate damage MVC, c/o neck pain w/ movement
    pt states neck "jerked forward and back", developed stiffness
  """,
  exam="""
    paraspinal muscle tenderness cervical, no midline tenderness
    c-spine tenderness, limited ROM d/t pain
    CMS intact x4, no numbness or tingling
    no seatbelt sign, abd soft
    [s_rear] moderate damage to rear of vehicle, no intrusion
    no other injuries, A&Ox4
  """,
  tx="""
    c-collar applied, pt placed supine on stretcher
    SMR w/ c-collar, pt self extricated
    c-spine cleared via NEXUS, no collar
    ice pack to neck
    no meds
    CMS checked before and after SMR
  """,
  dispo="""
    [tx] transported BLS to {dest}
    [tx] transported non-emergent to {dest} for eval
    [tx] care transferred to ED RN w/ collar in place
    [tx] transported to {dest} w/o incident
    [refuse] pt declined transport, will be seen at urgent care, refusal signed
    [refuse] pt refused transport after assessment, advised to seek care if pain worsens
  """,
  imp="""
    neck strain s/p MVC
    cervical strain
    whiplash
    MVC w/ neck pain
    neck sprain
  """)

L("multiple_trauma", age="16-80", sx="pain trauma spine head chest_pain abd sob loc headache bleed lungs", pmh="",
  disp="mvc trauma fall", where="mvc outdoor",
  vit="sbp=82-148 hr=96-136 rr=20-30 spo2=90-98 gcs=9-15", alt="T14.90XA V89.2XXA",
  cc="""
    [s_mvc] rollover MVC w/ multiple injuries
    multi system trauma
    [s_fall] fall from height
    [s_ped] pedestrian struck
    [s_moto] motorcycle crash
    "hurts everywhere"
  """,
  hpi="""
    [s_mvc] pt unrestrained driver in rollover MVC, ejected, found 20 ft from vehicle
    [s_ped] pt pedestrian struck by vehicle at approx 35 mph, thrown onto hood
    [s_fall] pt fell approx 15 ft from roof, landed on back
    [s_moto] pt motorcyclist vs car, no helmet, multiple injuries
    [s_mvc] pt restrained driver, head on collision, prolonged extrication 25 min
    [s_fall] pt fell down full flight of stairs, multiple complaints
  """,
  exam="""
    deformity {side} femur, abrasions to face and arms, ecchymosis to abd
    lac to forehead, {side} forearm deformity, chest wall tenderness
    GCS 13, A&Ox3, multiple abrasions
    [s_mvc] seatbelt sign across abd, tender LUQ
    decreased breath sounds {side}, crepitus {side} chest
    pelvis tender, unstable
    multiple abrasions and contusions, obvious deformity to {side} ankle
  """,
  tx="""
    [s_mvc] full spinal motion restriction, c-collar, backboard for extrication
    bilat 16g PIVs, NS TKO, permissive hypotension
    pelvic binder applied
    trauma alert called to {dest}
    traction splint {side} femur
    fentanyl 50mcg IV x2
    TXA 1g IV over 10 min
    needle decompression {side} chest 2nd ICS MCL w/ rush of air
  """,
  dispo="""
    transported emergent to {dest} Level 1 trauma center
    care transferred to trauma team in bay 2
    air medical requested, LZ established, care transferred to flight crew
    transported L&S, trauma activation
    transported emergent to {dest}, pt remained GCS 14
    transported Code 3, report to trauma surgeon
  """,
  imp="""
    multi system trauma
    multiple trauma
    poly trauma
    [s_mvc] MVC w/ multiple injuries
    trauma alert - multiple injuries
  """)

L("burns", age="2-80", sx="pain trauma", pmh="",
  disp="burn trauma", where="home outdoor",
  vit="sbp=118-160 hr=84-120 rr=16-22 spo2=96-100 gcs=15-15", alt="T30.0 T23.209A",
  cc="""
    [s_hand] burn to {side} hand
    [s_scald] scald burn
    [s_grease] burn injury from grease fire
    [s_arm] thermal burns to arm
    "I burned myself"
    [s_arm] burn to forearm
  """,
  hpi="""
    [s_grease] [s_hand] [s_arm] [adult] pt was cooking when pan of grease caught fire, sustained burns to {side} hand and forearm, approx 3% BSA
    [s_scald] [s_arm] [peds] child pulled pot of boiling water off stove, scald burns to chest and {side} arm
    [s_hand] [adult] pt burned {side} hand on exhaust pipe of motorcycle
    [s_arm] [s_hand] [adult] pt was burning brush w/ gasoline, flash burn to {side} forearm and hand, eyebrows intact
    [s_scald] [s_thigh] pt spilled hot coffee on thighs
    [s_hand] [adult] pt was lighting grill when it flashed, superficial burns to face and hands, no singed nasal hair
    [s_hand] [peds] toddler touched hot oven door, burns to {side} palm and fingers
  """,
  exam="""
    [s_hand] partial thickness burns w/ blistering {side} palm and fingers, approx 2% BSA
    [s_arm] superficial and partial thickness burns {side} forearm, approx 4% BSA
    [s_thigh] red, blistered skin to anterior thighs, ~5% TBSA
    no soot in airway, no singed nares, voice clear
    [s_hand] erythema and blistering, skin sloughing to dorsal hand
    CMS intact distally
  """,
  tx="""
    burn cooled w/ room temp water, covered w/ dry sterile dressing
    jewelry removed, burn sheet applied
    fentanyl 1mcg/kg IV for pain
    water gel dressings applied
    kept pt warm, covered w/ clean sheet
    PIV 20g, pain mgmt
  """,
  dispo="""
    transported to {dest} burn center
    transported non-emergent to {dest}
    care transferred to ED RN, burns dressed
    transported ALS for pain control
    transported to {dest} w/o incident
    transported emergent to regional burn unit
  """,
  imp="""
    burns
    partial thickness burns <10% BSA
    thermal burn
    [s_scald] scald burn
    [s_hand] [s_arm] burns to hand/forearm
  """)

# ============================== GI / renal / GU =============================
L("abdominal_pain", age="18-85", sx="abd nv pain urinary bleed", pmh="gerd",
  disp="abd sick", where="home public",
  vit="sbp=112-158 hr=76-110 rr=16-22 spo2=96-100 gcs=15-15", alt="R10.84 R10.31 R10.13",
  cc="""
    abd pain
    abdominal pain
    stomach pain x {dur}
    "my stomach is killing me"
    [s_rlq] RLQ pain
    [s_epi] epigastric pain
    cramping abd pain
  """,
  hpi="""
    pt c/o diffuse abd pain since last night, cramping, 7/10, assoc w/ nausea
    [s_rlq] pt c/o sharp RLQ pain that began periumbilical, worsening today
    [s_epi] pt c/o epigastric pain after eating fried food, radiating to back
    [s_ruq] pt w/ hx of gallstones c/o RUQ pain
    [s_llq] pt c/o LLQ pain x 2 days, constipated
    pt states pain comes in waves, pacing, cannot get comfortable
    pt c/o lower abd pain, LMP 3 wks ago, no vaginal bleeding
  """,
  exam="""
    [s_rlq] abd soft, tender RLQ w/ guarding
    [s_epi] abd tender to palpation epigastric region, no rebound
    abd distended, hypoactive bowel sounds
    [s_llq] tenderness LLQ, no masses
    diffuse tenderness, no guarding, no pulsatile mass
    pt guarding, lying in fetal position
    [s_rlq] +McBurney's point tenderness
  """,
  tx="""
    zofran 4mg IV, fentanyl 50mcg IV
    PIV 20g, NS 500ml
    position of comfort, NPO
    fentanyl 1mcg/kg IV for pain 8/10
    emesis bag provided
    pt declined pain meds at this time
  """,
  dispo="""
    transported non-emergent to {dest}
    transported BLS to {dest}
    care transferred to ED RN, pain 5/10
    transported to {dest} w/o incident
    pt transported in position of comfort
    transported ALS to {dest}, pain reassessed enroute
  """,
  imp="""
    abd pain
    abdominal pain, unknown etiology
    acute abdomen
    [s_rlq] abd pain r/o appy
    abdominal pain unspecified
  """)

L("gi_bleed", age="40-95", sx="bleed abd nv dizzy weak pain loc", pmh="liver etoh afib gerd",
  disp="gibleed sick uncon", where="home facility",
  vit="sbp=78-118 hr=100-132 rr=18-24 spo2=95-99 gcs=14-15", alt="K92.1 K92.0",
  cc="""
    GI bleed
    [s_upper] vomiting blood
    [s_melena] black tarry stools
    [s_lower] rectal bleeding
    [s_upper] "throwing up coffee grounds"
    [s_lower] bloody stool and dizziness
    [s_upper] hematemesis
  """,
  hpi="""
    [s_upper] pt c/o vomiting bright red blood x3 since this AM, hx cirrhosis and varices
    [s_melena] pt reports black tarry stools x 2 days, feeling dizzy and weak, on eliquis
    [s_lower] pt had large bloody BM at home and felt lightheaded, hx diverticulosis
    [s_upper] pt c/o coffee ground emesis x2, takes ibuprofen daily for arthritis
    [s_lower] facility staff report pt had large maroon stool and is pale
    [s_upper] pt w/ hx ETOH abuse vomited blood multiple times after drinking
    [s_melena] pt c/o epigastric pain and melena, hx stomach ulcers
  """,
  exam="""
    skin pale, cool, diaphoretic
    [s_upper] dried blood around mouth, emesis bucket w/ approx 300ml bright red blood
    [s_melena] melena noted in brief
    orthostatic positive, HR 96 to 128 standing
    abd soft, mild epigastric tenderness
    conjunctiva pale, cap refill 3 sec
    [s_upper] coffee ground emesis in basin
  """,
  tx="""
    bilat 18g PIVs, NS 500ml bolus
    NS 1L wide open for SBP 82
    zofran 4mg IV
    O2 NC, positioned on side, suction ready
    cardiac monitor, 12 lead
    fluids titrated to SBP 90, permissive hypotension
  """,
  dispo="""
    transported emergent to {dest}
    transported L&S, ED notified of active GI bleed
    [s_upper] care transferred to ED RN, emesis basin brought in
    transported ALS to {dest}
    transported emergent, BP 94/60 on arrival
    pt transported to {dest} GI service per ED
  """,
  imp="""
    GI bleed
    [s_upper] upper GI bleed
    [s_lower] lower GI bleed
    GIB
    [s_upper] hematemesis / UGIB
    [s_melena] melena, GI bleed
  """)

L("end_stage_renal_disease", age="35-90", sx="weak sob edema lungs nv urinary bleed abd pain", pmh="esrd esrd htn dm2",
  disp="ift sick breathing", where="ift home",
  vit="sbp=110-190 hr=64-104 rr=14-22 spo2=93-99 gcs=15-15", alt="Z99.2 I12.0",
  cc="""
    [s_missed] dialysis pt, missed treatment
    [s_hypo] ESRD w/ weakness after dialysis
    [s_fist] dialysis pt w/ fistula problem
    [s_missed] ESRD, SOB, missed HD
    [s_k] K 6.8 per dialysis center
    [s_ift] sent from dialysis center
    [s_cath] ESRD w/ HD catheter issue
    dialysis pt, feeling unwell
    ESRD w/ fatigue and nausea
    [s_pd] peritoneal dialysis pt w/ abd pain
  """,
  hpi="""
    [s_missed] pt w/ ESRD on HD MWF, missed Friday session, c/o fatigue and swelling
    [s_hypo] [s_ift] [s_hypo] pt at dialysis center became weak and hypotensive during treatment, run stopped early
    [s_fist] [s_ift] [s_fist] dialysis center reports pt's fistula not functioning, no thrill, sent for eval
    [s_k] [s_ift] [s_k] pt w/ end stage renal disease, labs at dialysis showed K 6.5, sent to ED
    [s_pd] pt w/ ESRD on peritoneal dialysis c/o abd pain and cloudy effluent
    [s_cath] pt's HD catheter pulled out partially, site bleeding controlled
    [s_missed] pt missed 2 sessions, c/o nausea, weakness
  """,
  exam="""
    {side} arm AV fistula w/ palpable thrill and audible bruit
    [s_fist] no thrill or bruit to {side} upper arm fistula
    R chest permcath, dressing intact
    [s_k] 12 lead: peaked T waves, wide QRS 128
    mild pedal edema, faint crackles bases
    skin sallow and dry
    A&Ox4, no acute distress
  """,
  tx="""
    BP taken on non-fistula arm
    [s_k] calcium chloride 1g IV slow push for peaked T waves
    [s_k] albuterol 10mg neb for hyperkalemia per protocol
    [s_k] sodium bicarb 50mEq IV
    [s_cath] direct pressure to access site, bleeding controlled
    PIV placed in non-access arm
    monitored, 12 lead
  """,
  dispo="""
    transported non-emergent to {dest}
    [s_k] transported emergent to {dest} d/t EKG changes
    care transferred to ED RN, nephrology notified
    [s_fist] [s_cath] transported to {dest} for vascular access eval
    [s_ift] transported from dialysis center to {dest} w/o incident
    pt transported to {dest}, dialysis paperwork given
  """,
  imp="""
    ESRD
    [s_missed] ESRD - missed dialysis
    end stage renal disease
    dialysis complication
    [s_k] ESRD w/ hyperkalemia
    renal failure (ESRD)
  """)

L("acute_kidney_failure", age="45-95", sx="weak urinary nv edema", excl="esrd", pmh="ckd htn dm2 chf",
  disp="ift sick", where="ift home",
  vit="sbp=96-150 hr=72-108 rr=16-22 spo2=94-99 gcs=14-15", alt="N19",
  cc="""
    abnormal labs, elevated creatinine
    AKI
    decreased urine output
    "my kidneys are failing"
    weakness w/ abnormal kidney function
    [s_ift] IFT for acute kidney injury
    [s_home] sent from PCP for labs
  """,
  hpi="""
    [s_home] pt's PCP called w/ labs showing creatinine 4.2 (baseline 1.1), instructed to go to ED
    pt c/o decreased urine output x 3 days, nausea, fatigue
    [s_ift] pt w/ recent vomiting/diarrhea, labs showed acute kidney injury, transferred for nephrology
    pt recently started on new BP med and ibuprofen, creatinine now 3.8
    [s_ift] sending facility reports AKI w/ K 5.9 and BUN 88, transfer for possible dialysis
    [s_ift] pt has not urinated in 18 hrs, foley placed at sending w/ minimal output
  """,
  exam="""
    mucous membranes dry, skin turgor poor
    mild edema bilat ankles
    A&Ox4, fatigued
    [s_ift] foley to gravity w/ 50ml dark urine
    lungs clear, no JVD
    12 lead: NSR, no peaked T waves
  """,
  tx="""
    [s_ift] PIV maintained, NS at 100ml/hr per sending orders
    monitored, 12 lead
    no meds given
    NS 500ml bolus per med control
    [s_ift] foley drainage monitored
    position of comfort
  """,
  dispo="""
    transported non-emergent to {dest}
    [s_ift] transferred to {dest} med surg, report to RN
    [s_ift] care transferred to receiving RN, labs and paperwork given
    transported BLS to {dest}
    transported ALS to {dest} w/ IV running
    [s_ift] pt delivered to room {room} at {dest}
  """,
  imp="""
    AKI
    acute kidney injury
    acute renal failure
    ARF
    AKI, possible prerenal
  """)

L("urinary_tract_infection", age="20-98", sx="urinary fever abd weak nv pain", pmh="uti bph dementia",
  disp="sick fever", where="home facility",
  vit="sbp=108-158 hr=78-108 rr=16-20 spo2=95-99 gcs=14-15 temp=98.8-101.6", alt="R30.0 N30.00",
  cc="""
    UTI
    burning w/ urination
    confusion, possible UTI
    urinary frequency and pain
    foul smelling urine, fever
    "I have a bladder infection"
    dysuria x {days}
  """,
  hpi="""
    pt c/o dysuria, frequency, and urgency x 3 days, low grade fever
    facility reports pt more confused, foul smelling dark urine, hx recurrent UTIs
    pt w/ indwelling foley, cloudy urine w/ sediment, low grade temp
    pt c/o suprapubic pain and burning w/ urination
    pt dx w/ UTI by PCP 2 days ago, on cipro, not improving
    pt w/ hematuria and flank discomfort
  """,
  exam="""
    suprapubic tenderness, no CVA tenderness
    foley w/ cloudy, foul smelling urine
    skin warm, temp {temp}
    A&Ox3, mildly confused per staff (baseline x4)
    abd soft, mild lower abd tenderness
    mucous membranes slightly dry
  """,
  tx="""
    PIV 20g, NS 500ml
    tylenol 650mg PO
    assessment, VS, no interventions
    BGL {bgl}
    position of comfort
    zofran 4mg IV
  """,
  dispo="""
    transported BLS to {dest}
    transported non-emergent to {dest}
    care transferred to ED RN, facility paperwork given
    transported to {dest} w/o incident
    pt transported to {dest} per PCP
    transported ALS to {dest}
  """,
  imp="""
    UTI
    urinary tract infection
    possible UTI
    UTI w/ AMS
    cystitis
    UTI vs pyelo
  """)

# ============================== general / mobility ==========================
L("weakness", age="60-98", sx="weak", pmh="htn",
  disp="sick lift fall", where="home facility",
  vit="sbp=108-162 hr=64-100 rr=14-20 spo2=94-99 gcs=15-15", alt="R53.81 R53.83",
  cc="""
    generalized weakness
    weakness x {days}
    "too weak to get up"
    weakness all over
    weak and tired
    gen weakness, unable to ambulate
  """,
  hpi="""
    pt c/o generalized weakness x 3 days, no focal deficits, eating less
    family states pt has been too weak to get out of bed, no other complaints
    pt c/o feeling weak and fatigued since recent illness
    pt c/o weakness, unable to stand from toilet, called for help
    pt w/ gradual decline in strength over past week
    pt states "I just don't have any energy"
  """,
  exam="""
    generalized weakness, grips equal bilat, no drift
    BE-FAST neg, no facial droop
    A&Ox4, skin warm dry
    mucous membranes moist
    moves all ext equally, weak
    no focal neuro deficits
  """,
  tx="""
    BGL {bgl}, 12 lead
    PIV 20g, NS TKO
    assisted to stretcher
    no interventions
    fall precautions
    O2 not indicated, monitored enroute
  """,
  dispo="""
    transported non-emergent to {dest}
    transported BLS to {dest}
    care transferred to ED RN
    transported to {dest} w/o incident
    pt transported to {dest} per family request
    transported to {dest}, report given
  """,
  imp="""
    generalized weakness
    weakness
    gen weakness
    weakness/fatigue
    malaise and weakness
  """)

L("difficulty_walking", age="55-98", sx="weak pain", pmh="oa cva parkinson",
  disp="lift fall sick", where="home facility",
  vit="sbp=112-164 hr=62-98 rr=14-20 spo2=94-99 gcs=15-15", alt="R26.81 R26.89",
  cc="""
    difficulty walking
    unable to ambulate
    "legs won't hold me"
    trouble walking x {days}
    unsteady gait
    can't walk, lift assist
  """,
  hpi="""
    pt states {he} has had increasing difficulty walking over past week, legs feel "heavy"
    pt unable to walk to bathroom w/o assistance, usually ambulates w/ walker
    family reports pt shuffling and unable to walk more than a few steps
    pt w/ hx of arthritis c/o difficulty walking d/t knee pain
    pt found on floor after lift assist call, unable to bear weight to walk, no injury
    pt c/o unsteadiness when walking, uses cane
  """,
  exam="""
    gait unsteady, requires 2 person assist to stand
    unable to ambulate, strength 4/5 bilat LE
    no focal deficits, BE-FAST neg
    no deformity, no injury, CMS intact
    shuffling gait
    pt can stand but unable to take steps
  """,
  tx="""
    assisted to stretcher, 2 person lift
    no interventions
    VS, BGL {bgl}
    fall precautions
    assessment only
    pt placed on stretcher via assist
  """,
  dispo="""
    transported non-emergent to {dest}
    transported BLS to {dest}
    care transferred to ED RN
    transported to {dest} for PT/OT eval per family
    pt transported w/o incident
    transported to {dest}, report given
  """,
  imp="""
    difficulty walking
    gait disturbance
    ambulatory dysfunction
    unable to ambulate
    unsteady gait
  """)

L("bed_confinement", age="55-100", sx="weak", pmh="cva dementia ms", alert=True,
  disp="ift", where="ift facility home", ift=True,
  vit="sbp=104-150 hr=60-96 rr=14-20 spo2=93-99 gcs=13-15", alt="Z74.09",
  cc="""
    [s_home] bed confined pt, discharge home
    nonemergent transport, pt bedbound
    [s_snf] discharge to SNF, bed confined
    [s_snf] transfer to SNF, bedbound pt
    bedbound pt, scheduled transport
    [s_appt] stretcher transport to appointment
  """,
  hpi="""
    [s_snf] pt is bed confined s/p CVA, unable to get up from bed, ambulate or sit in chair w/o assistance, transported to {snf}
    pt bedbound d/t contractures, unable to sit upright in wheelchair, requires stretcher for transport
    [s_appt] pt w/ advanced MS, unable to bear weight or sit unsupported, transported for outpatient appt
    [s_home] [s_snf] pt discharged from hospital, bed confined, unable to transfer w/o mechanical lift
    pt has been bedbound x 2 yrs, requires hoyer lift for all transfers
    pt w/ stage 4 sacral wound, must remain lying on side, cannot sit
    pt bed confined per PCS form signed by physician
  """,
  exam="""
    pt unable to ambulate, unable to sit upright unsupported
    contractures to bilat LE
    A&Ox2, baseline per staff
    stage 3 sacral decub, dressing intact
    pt nonverbal at baseline
    no acute distress
    pt moved via draw sheet, 4 person lift
  """,
  tx="""
    assisted transfer to stretcher via draw sheet
    pressure points padded, positioned on {side} side
    no interventions
    VS monitored
    O2 NC 2lpm (home O2)
    position of comfort, pillows for support
  """,
  dispo="""
    [s_snf] transported non-emergent to {snf}
    [s_home] transported home, placed in hospital bed
    [s_appt] transported to wound care appointment
    [s_appt] transported to {dest} for scheduled CT
    [s_snf] care transferred to facility staff, report given
    [s_snf] pt transported to {snf}, belongings w/ pt
    transported non-emergent by stretcher w/o incident, pt tolerated transport
    pt delivered to receiving facility, report given to staff
    transported BLS by stretcher to destination on PCS
  """,
  imp="""
    bed confined
    bedbound
    bed confinement status
    nonambulatory, bedbound
    bed confined - transport
  """)

# ============================== OB ==========================================
L("labor_delivery", age="18-40", sex="F", sx="abd pain bleed", pmh="",
  disp="ob", where="home", variants="delivered:55 labor:45",
  vit="sbp=108-140 hr=80-110 rr=16-24 spo2=97-100 gcs=15-15", alt="Z37.0 O62.3",
  cc="""
    active labor
    contractions 2 min apart
    "my water broke"
    imminent delivery
    full term labor
    pregnancy w/ contractions
    "the baby is coming"
  """,
  hpi="""
    pt G3P2 at 39 wks, contractions 2 min apart lasting 60 sec, water broke 30 min PTA, no complications w/ pregnancy
    pt 40 wks pregnant, strong urge to push
    pt G2P1 at 38 wks, SROM clear fluid, contractions q3min
    [delivered] pt delivered at home prior to arrival, baby crying on mother's chest
    pt full term, prenatal care at clinic, no complications, feels pressure
    pt at 39+2 weeks, contractions began 4 hrs ago, now q2-3 min
  """,
  exam="""
    [delivered] crowning noted, clear amniotic fluid
    [delivered] head delivered at {time}, no nuchal cord, shoulders delivered w/o difficulty
    [delivered] fundus firm at umbilicus after delivery
    [delivered] live male infant delivered at {time}, APGAR 8/9
    [delivered] live female infant, APGAR 8 and 9, crying vigorously
    [delivered] placenta delivered intact at {time}, minimal bleeding
    [labor] contractions palpable q2min, no bleeding
    [labor] no crowning on visual inspection, bloody show noted
    [labor] SROM, clear fluid, no meconium
  """,
  tx="""
    [delivered] OB kit opened, controlled delivery, cord clamped and cut
    [delivered] infant dried, warmed, stimulated, placed skin to skin
    [delivered] fundal massage, placenta bagged and transported
    [delivered] bulb suction of infant's mouth and nose
    [labor] mother placed left lateral, OB kit ready
    [labor] coached breathing through contractions
    PIV 18g, NS TKO
  """,
  dispo="""
    [delivered] transported mother and infant to {dest} L&D
    [delivered] care transferred to L&D RN, infant to nursery RN
    [delivered] transported non emergent, mother and baby stable
    [delivered] transported 2 patients (mother and newborn) to {dest}
    [labor] transported emergent to L&D, pt delivered upon arrival
    [labor] transported to {dest} L&D, care transferred to OB RN
    [labor] transported L&S to {dest} L&D, no delivery enroute
  """,
  imp="""
    labor and delivery
    OB - active labor
    normal delivery
    childbirth, uncomplicated
    full term labor
  """)

L("pregnancy_bleeding", age="16-42", sex="F", sx="bleed abd pain", pmh="",
  disp="vagbleed ob abd", where="home public",
  vit="sbp=98-138 hr=76-110 rr=14-20 spo2=97-100 gcs=15-15", alt="O20.0 O03.9",
  cc="""
    vaginal bleeding, pregnant
    bleeding in early pregnancy
    "I'm pregnant and bleeding"
    spotting, 8 wks pregnant
    vaginal bleeding and cramping, 1st trimester
    possible miscarriage
  """,
  hpi="""
    pt approx 8 weeks pregnant by LMP, c/o vaginal bleeding and mild cramping since this AM, soaked 2 pads
    pt had positive home preg test 2 weeks ago, now w/ spotting and lower abd cramping
    pt G2P1 at 10 wks, bright red vaginal bleeding w/ small clots
    pt 12 wks pregnant, bleeding started this evening
    pt at 6 wks, c/o heavy bleeding, passed tissue
    pt w/ known early IUP on ultrasound, new onset spotting
  """,
  exam="""
    moderate vaginal bleeding noted on pad
    abd soft, mild suprapubic tenderness
    skin pink warm dry
    A&Ox4, tearful
    no clots visualized, pad saturated
    no signs of shock
  """,
  tx="""
    PIV 18g, NS TKO
    pad count, pt positioned supine
    emotional support
    NS 500ml bolus
    no meds given
    position of comfort
  """,
  dispo="""
    transported non-emergent to {dest}
    transported to {dest} ED (pt < 20 wks)
    care transferred to ED RN
    transported BLS to {dest}
    pt transported w/ partner to {dest}
    transported to {dest} w/o incident
  """,
  imp="""
    vaginal bleeding in pregnancy
    1st trimester bleeding
    threatened abortion r/o
    early pregnancy bleeding
    possible miscarriage
  """)

# ============================== misc medical ================================
L("headache", age="18-80", sx="headache nv dizzy vision pain", pmh="migraine",
  disp="headache sick", where="home public", variants="tx:85 refuse:15",
  vit="sbp=118-160 hr=64-100 rr=14-18 spo2=97-100 gcs=15-15", alt="G43.909 G44.209",
  cc="""
    HA
    headache x {dur}
    "my head is pounding"
    migraine
    severe headache
    HA w/ nausea
  """,
  hpi="""
    pt c/o gradual onset frontal HA since this AM, 7/10, similar to prior HAs
    pt w/ hx migraines, this one not relieved by imitrex
    pt c/o throbbing HA w/ light sensitivity and nausea
    pt c/o HA after long day at work, took ibuprofen w/o relief
    pt c/o bilat temporal HA, "band like", no recent trauma
    pt states HA started gradually, not worst of life
  """,
  exam="""
    A&Ox4, neuro intact, no meningismus
    pupils PERRL, EOMI
    photophobic, eyes closed in dim room
    BE-FAST neg
    neck supple, no rash
    skin warm dry
  """,
  tx="""
    dim lights, position of comfort
    zofran 4mg IV, NS 500ml
    toradol 15mg IV
    benadryl 25mg + reglan 10mg IV
    cold pack to forehead
    no interventions
  """,
  dispo="""
    [tx] transported non-emergent to {dest}
    [tx] transported BLS to {dest}, lights dimmed in unit
    [tx] care transferred to ED RN
    [tx] transported to {dest} w/o incident
    [refuse] pt declined transport, will take home migraine meds, refusal signed
    [refuse] pt refused transport after assessment, family to drive pt if worse
  """,
  imp="""
    headache
    HA
    migraine
    cephalgia
    HA, non traumatic
  """)

L("nausea_vomiting", age="18-85", sx="nv abd weak dizzy", pmh="gerd cancer",
  disp="sick abd", where="home public",
  vit="sbp=108-150 hr=80-112 rr=14-20 spo2=96-100 gcs=15-15", alt="R11.10 R11.0",
  cc="""
    N/V
    nausea and vomiting x {dur}
    vomiting
    "can't keep anything down"
    N/V/D
    emesis x 6
  """,
  hpi="""
    pt c/o N/V since last night, unable to keep fluids down, multiple family members sick
    pt c/o vomiting x 8 today, mild cramping, no blood
    pt c/o nausea and vomiting after eating at restaurant
    pt on chemo c/o persistent N/V
    pt c/o N/V x 2 days, feels weak and lightheaded
    pt states {he} cannot stop throwing up, emesis nonbloody
  """,
  exam="""
    abd soft, non tender
    mucous membranes dry
    skin pale, warm
    pt actively vomiting into emesis bag, nonbloody
    A&Ox4, no distress between episodes
    bowel sounds present
  """,
  tx="""
    zofran 4mg IV
    zofran 4mg ODT
    NS 1L bolus
    PIV 20g
    emesis bag provided
    position of comfort
  """,
  dispo="""
    transported non-emergent to {dest}
    transported BLS to {dest}
    care transferred to ED RN, pt less nauseated
    transported to {dest} w/o incident
    transported ALS for IV antiemetic
    pt transported to {dest}
  """,
  imp="""
    N/V
    nausea/vomiting
    vomiting
    nausea w/ vomiting
    N/V, likely viral
  """)

L("anaphylaxis", age="5-75", sx="allergy sob lungs nv dizzy", pmh="asthma",
  disp="allergy breathing", where="home public outdoor",
  vit="sbp=62-98 hr=110-142 rr=22-32 spo2=86-95 gcs=13-15", alt="T78.00XA T63.441A",
  cc="""
    anaphylaxis
    allergic reaction w/ SOB and swelling
    throat closing
    [s_bee] bee sting w/ difficulty breathing
    "my throat feels tight"
    [s_food] hives and trouble breathing after eating
  """,
  hpi="""
    [s_food] pt w/ known peanut allergy ate cookie at party, now w/ hives, lip swelling, SOB
    [s_bee] pt stung by bee while gardening, within minutes developed hives, throat tightness and dizziness
    [s_med] [adult] pt given new antibiotic at urgent care, developed diffuse hives, wheezing and hypotension
    [s_food] pt ate shrimp, c/o throat tightness, vomiting, and itching
    pt used own epipen PTA w/ minimal relief
    [s_food] [peds] child w/ tree nut allergy, difficulty breathing and swelling of face after snack
  """,
  exam="""
    diffuse urticaria to trunk and extremities
    lip and tongue swelling, stridor
    insp/exp wheezes bilat
    skin flushed, hives, hypotensive
    hoarse voice, drooling
    facial angioedema
  """,
  tx="""
    epinephrine 0.5mg IM 1:1000 lateral thigh, repeated after 5 min
    epi 0.3mg IM, benadryl 50mg IV, solumedrol 125mg IV
    albuterol 5mg neb for wheezing
    NS 1L wide open
    O2 NRB 15 lpm
    epi infusion 2mcg/min via pump
    famotidine 20mg IV
  """,
  dispo="""
    transported emergent to {dest}
    transported L&S, swelling improving
    care transferred to ED team, epi times given
    transported emergent, BP 104/62 after epi x2
    transported Code 3 to {dest}
    transported ALS emergent to {dest}
  """,
  imp="""
    anaphylaxis
    anaphylactic reaction
    anaphylactic shock
    severe allergic reaction / anaphylaxis
    [s_bee] anaphylaxis - bee sting
  """)

L("allergic_reaction", age="5-80", sx="allergy", pmh="asthma",
  disp="allergy sick", where="home public", variants="tx:80 refuse:20",
  vit="sbp=112-150 hr=72-104 rr=14-20 spo2=97-100 gcs=15-15", alt="L50.9 T78.3XXA",
  cc="""
    allergic reaction
    hives
    [s_med] itching after new med
    [s_food] rash after eating
    "breaking out in hives"
    mild facial swelling
  """,
  hpi="""
    [s_med] pt c/o itchy rash to arms and chest after starting amoxicillin yesterday, no throat tightness
    [s_food] pt ate at new restaurant, developed hives to neck and chest 30 min later
    [s_food] pt c/o itchy eyes and mild lip swelling after eating strawberries
    pt used new laundry detergent, c/o itchy rash
    [s_sting] pt stung by wasp on hand, localized swelling and redness
    pt took benadryl 25mg PTA w/ some relief
  """,
  exam="""
    urticaria to chest and arms, no angioedema
    airway patent, speaking full sentences, no stridor
    lungs clear, no wheezing
    mild lip swelling, tongue normal
    [s_sting] localized erythema and swelling {side} hand
    skin warm, pink
  """,
  tx="""
    benadryl 50mg IV
    benadryl 25mg PO
    famotidine 20mg IV
    monitored for progression
    [s_sting] ice pack to sting site
    solumedrol 125mg IV
  """,
  dispo="""
    [tx] transported non-emergent to {dest}
    [tx] transported BLS to {dest}, hives fading
    [tx] care transferred to ED RN
    [tx] transported to {dest} w/o incident
    [refuse] sx improving after benadryl, pt refused transport, advised to call back if SOB or swelling
    [refuse] pt declined transport, refusal signed, epipen Rx advised via PCP
  """,
  imp="""
    allergic reaction
    allergic rx
    urticaria
    mild allergic reaction
    hives
  """)

L("heat_stroke", age="18-90", alert=False, sx="loc nv dizzy weak fever headache", pmh="",
  disp="heat uncon", where="outdoor public home",
  vit="sbp=84-130 hr=118-150 rr=24-34 spo2=93-99 gcs=8-13 temp=104.2-107.6", alt="T67.02XA X30.XXXA",
  cc="""
    heat stroke
    found down in heat, hot to touch
    [s_work] AMS while working outside
    [s_run] collapse during marathon
    confusion and hyperthermia
    hyperthermia
  """,
  hpi="""
    [s_work] pt construction worker on roof in 98 degree heat, coworkers state {he} became confused and collapsed
    pt found in apartment w/ no AC, temp inside approx 95F, pt confused and hot
    [s_run] pt collapsed at mile 24 of marathon, confused, combative
    [old] elderly pt w/ no AC during heat wave, found lethargic by neighbor
    [young] pt at football practice in heat, collapsed, stopped sweating
    [s_work] pt mowing lawn x 3 hrs, found confused
  """,
  exam="""
    skin hot, dry, flushed, temp {temp}F
    altered, GCS 10, combative
    tachycardic, hypotensive
    no sweating noted
    pupils PERRL
    core temp {temp}
  """,
  tx="""
    active cooling: cold water immersion
    ice packs to groin, axillae and neck, wet sheets and fans
    AC on high in unit, clothing removed
    NS 1L cool IV fluids
    PIV 18g, BGL {bgl}
    versed 2.5mg IV for shivering/agitation
    O2 NRB
  """,
  dispo="""
    transported emergent to {dest}, cooling continued enroute
    transported L&S, temp 102.4 on arrival
    care transferred to ED team, ice bath prepared
    transported emergent to {dest}
    transported Code 3 w/ active cooling
    transported ALS emergent to {dest}
  """,
  imp="""
    heat stroke
    exertional heat stroke
    hyperthermia
    heat emergency
    heatstroke w/ AMS
  """)

L("hypothermia", age="20-95", alert=False, sx="loc weak dizzy stroke trauma", pmh="etoh",
  disp="cold uncon unk", where="outdoor home",
  vit="sbp=82-120 hr=36-64 rr=8-14 spo2=88-96 gcs=9-14 temp=84.0-94.8", alt="X31.XXXA",
  cc="""
    hypothermia
    [s_out] found outside, cold
    cold exposure
    "freezing", shivering
    [s_snow] found down in snow
    [s_house] found in cold house
  """,
  hpi="""
    [s_out] [s_snow] pt found outside by neighbor after falling in yard, outside temp 18F, unknown down time
    [s_out] homeless pt found in alley, clothing wet, temp in 20s overnight
    [s_house] [old] elderly pt's heat not working, found in home w/ inside temp 45F
    [s_water] pt fell through ice on pond, rescued by FD after approx 10 min
    [s_out] [s_snow] pt intoxicated, found sleeping in snowbank
    [s_out] hunter lost overnight, found by SAR
  """,
  exam="""
    skin cold to touch, core temp {temp}
    shivering uncontrollably
    not shivering, lethargic, slurred speech
    sinus brady w/ J waves (osborn waves)
    GCS 11, confused
    wet clothing, frostbite tips of fingers
  """,
  tx="""
    wet clothing removed, warm blankets, heat packs to axilla and groin
    warm IV fluids NS 500ml
    heater on high in unit
    handled gently, kept horizontal
    BGL {bgl}, monitor
    warm humidified O2
  """,
  dispo="""
    transported emergent to {dest}
    transported to {dest}, rewarming continued
    care transferred to ED team, core temp given
    transported L&S, pt handled gently
    transported ALS to {dest}
    transported to {dest} w/ bair hugger on arrival
  """,
  imp="""
    hypothermia
    moderate hypothermia
    cold exposure / hypothermia
    environmental hypothermia
    accidental hypothermia
  """)

L("fever", age="1-90", sx="fever headache weak pain", pmh="",
  disp="fever sick", where="home facility",
  vit="sbp=106-146 hr=88-122 rr=16-24 spo2=95-100 gcs=15-15 temp=100.4-103.6", alt="",
  cc="""
    fever
    fever x {days}
    "running a fever"
    high temp at home
    [peds] febrile child
    fever and chills
  """,
  hpi="""
    pt c/o fever 102.5 at home, chills, body aches, no other sx
    [peds] mother states pt had fever of 103 this AM, gave tylenol, fever returned
    pt c/o fever and chills x 2 days, no urinary sx
    [adult] facility reports pt w/ temp 101.2, no other changes
    pt c/o feeling hot and sweaty, temp 101 by oral thermometer
    [adult] pt recently returned from trip, fever since yesterday
    [peds] parent states child warm to touch and fussy since last night
  """,
  exam="""
    skin hot, flushed, temp {temp}
    A&Ox4, no rash, neck supple
    lungs clear, no cough
    mucous membranes moist
    tachycardic, otherwise unremarkable
    no obvious source
  """,
  tx="""
    tylenol 1000mg PO
    ibuprofen 400mg PO
    PIV 20g, NS 500ml
    cooling measures, layers removed
    assessment only
    VS, monitored
  """,
  dispo="""
    transported non-emergent to {dest}
    transported BLS to {dest}
    care transferred to ED RN
    transported to {dest} w/o incident
    [peds] transported w/ parent to {dest} pediatric ED
    pt transported to {dest}
  """,
  imp="""
    fever
    fever unknown origin
    febrile illness
    pyrexia
    fever, no source
  """)

L("cellulitis", age="25-90", sx="pain fever edema", pmh="dm2 obesity",
  disp="sick", where="home facility",
  vit="sbp=112-158 hr=78-110 rr=14-20 spo2=95-99 gcs=15-15 temp=98.8-101.8", alt="L03.115 L03.116 L02.91",
  cc="""
    [s_leg] red swollen leg
    cellulitis
    [s_leg] {side} leg redness and pain
    skin infection
    [s_leg] "my leg is infected"
    [s_arm] spreading redness to arm
  """,
  hpi="""
    [s_leg] pt c/o redness, swelling and warmth to {side} lower leg x 3 days, spreading despite oral abx
    [s_foot] [s_leg] diabetic pt w/ red, hot area around wound on {side} foot
    [s_arm] pt c/o painful red area to {side} forearm after scratch from cat
    [s_leg] pt w/ lymphedema c/o redness and pain to {side} leg, fever
    [s_leg] [s_abscess] pt has abscess to {side} thigh w/ surrounding redness
    pt seen at urgent care, started on keflex, redness has spread past marked borders
  """,
  exam="""
    [s_leg] erythema, warmth and swelling {side} lower leg to knee, borders marked
    [s_arm] redness w/ streaking up {side} arm
    [s_foot] {side} foot ulcer w/ surrounding erythema, purulent drainage
    skin hot to touch, tender
    [s_leg] edema {side} calf, pedal pulse present
    temp {temp}
  """,
  tx="""
    borders marked w/ pen
    PIV 20g, NS TKO
    tylenol 650mg PO
    elevated extremity
    dressing applied to wound
    assessment only
  """,
  dispo="""
    transported non-emergent to {dest}
    transported BLS to {dest}
    care transferred to ED RN
    transported to {dest} w/o incident
    pt transported to {dest} for IV antibiotics per PCP
    transported to {dest}, report given
  """,
  imp="""
    cellulitis
    [s_leg] {side} leg cellulitis
    skin infection
    [s_abscess] cellulitis w/ abscess
    soft tissue infection
  """)

L("dehydration", age="1-95", sx="nv weak dizzy abd urinary", pmh="",
  disp="sick", where="home facility outdoor",
  vit="sbp=90-124 hr=100-126 rr=16-22 spo2=96-100 gcs=14-15", alt="E86.9",
  cc="""
    dehydration
    poor PO intake, weak
    N/V/D x {days}
    lightheaded, not drinking
    "dry mouth, can't keep fluids down"
    decreased urine output
  """,
  hpi="""
    pt c/o vomiting and diarrhea x 3 days, unable to keep fluids down, dizzy on standing
    [old] elderly pt, family states pt has not been eating or drinking much x 1 week
    [adult] pt working outside all day in heat, drank little water, c/o cramping and fatigue
    [peds] child w/ diarrhea x 2 days, fewer wet diapers per mother
    pt c/o dizziness, dark urine, dry mouth
    [adult] facility reports poor PO intake, pt lethargic
  """,
  exam="""
    mucous membranes dry, poor skin turgor
    skin warm, dry, tenting
    tachycardic, orthostatic +
    A&Ox4, fatigued
    sunken eyes
    cap refill 3 sec
  """,
  tx="""
    NS 1L bolus
    PIV 18g, NS 500ml x2
    zofran 4mg IV
    BGL {bgl}
    pt given sips of water
    position of comfort
  """,
  dispo="""
    transported non-emergent to {dest}
    transported BLS to {dest}
    care transferred to ED RN, 1L infused
    transported ALS to {dest}
    pt transported to {dest} w/o incident
    transported to {dest}, report given
  """,
  imp="""
    dehydration
    volume depletion
    hypovolemia d/t dehydration
    dehydration s/p GI illness
    dehydrated
  """)

L("low_back_pain", age="25-85", sx="pain spine", pmh="chronic_pain oa obesity",
  disp="back fall sick", where="home public", variants="tx:85 refuse:15",
  vit="sbp=118-160 hr=68-100 rr=14-20 spo2=97-100 gcs=15-15", alt="M54.59 S39.012A",
  cc="""
    low back pain
    LBP
    "threw my back out"
    back pain x {days}
    lower back pain after lifting
    chronic back pain flare
  """,
  hpi="""
    pt c/o low back pain after lifting heavy box at work, pain 8/10, no radiation
    pt w/ chronic LBP c/o flare since yesterday, unable to get out of bed d/t pain
    pt c/o lower back pain radiating to {side} buttock, no numbness
    pt bent over to pick up laundry and felt sharp pain in lower back
    pt c/o low back pain, no bowel or bladder incontinence
    pt states pain worsened after long car ride
  """,
  exam="""
    paraspinal muscle tenderness lumbar region, no midline tenderness
    pain w/ movement, CMS intact bilat LE
    no saddle anesthesia, strength 5/5 bilat
    pt lying still on floor, pain 9/10 w/ movement
    no deformity, no step off
    gait antalgic
  """,
  tx="""
    fentanyl 50mcg IN
    position of comfort, pillow under knees
    toradol 15mg IV
    scoop to stretcher for comfort
    heat pack
    no meds, position of comfort
  """,
  dispo="""
    [tx] transported non-emergent to {dest}
    [tx] transported BLS to {dest}
    [tx] care transferred to ED RN
    [tx] transported to {dest} w/o incident
    [refuse] pt refused transport, will f/u w/ PCP, refusal signed
    [refuse] pt declined transport after being assisted to bed
  """,
  imp="""
    low back pain
    LBP
    lumbago
    back pain, non traumatic
    low back strain
  """)

L("encephalopathy", age="45-95", alert=False, sx="loc weak abd etoh", pmh="liver etoh ckd",
  disp="sick ift", where="home ift facility",
  vit="sbp=100-164 hr=70-110 rr=14-22 spo2=93-99 gcs=9-13", alt="G93.41 K76.82",
  cc="""
    encephalopathy
    AMS w/ liver dz
    confusion, lethargy
    [s_ift] IFT for encephalopathy workup
    toxic metabolic encephalopathy
    altered w/ asterixis
  """,
  hpi="""
    [s_home] pt w/ cirrhosis not taking lactulose, increasingly confused and sleepy x 2 days
    [s_ift] sending facility dx metabolic encephalopathy, transfer to higher level of care for neuro eval
    [s_home] pt's family reports progressive confusion over days, hx liver dz
    [s_ift] pt w/ elevated ammonia at sending facility, dx hepatic encephalopathy
    [s_ift] pt w/ elevated BUN/creatinine and confusion, dx uremic encephalopathy at sending facility
    [s_ift] pt w/ chronic ETOH use, confused and ataxic, sending MD concerned for encephalopathy
  """,
  exam="""
    asterixis noted, confused, A&Ox1
    GCS 12 (E3V4M5), jaundiced
    lethargic, arousable to voice
    moves all ext, no focal deficits
    pupils PERRL, no meningismus
    skin jaundiced, abd distended w/ ascites
  """,
  tx="""
    BGL {bgl}, PIV maintained
    monitored, aspiration precautions
    no meds given enroute
    O2 NC 2lpm
    12 lead, cardiac monitor
    HOB 30
  """,
  dispo="""
    transported non-emergent to {dest}
    [s_ift] transferred to {dest} ICU, report to RN
    [s_ift] care transferred to receiving RN
    transported ALS to {dest}
    [s_ift] pt delivered to room {room} at {dest}
    transported to {dest} w/o incident
  """,
  imp="""
    encephalopathy
    metabolic encephalopathy
    hepatic encephalopathy
    toxic metabolic encephalopathy
    AMS - encephalopathy
  """)

L("hypoxemia", age="50-95", sx="lungs weak", pmh="copd chf",
  disp="sick ift", where="home facility",
  vit="sbp=110-158 hr=76-108 rr=16-24 spo2=80-89 gcs=15-15", alt="",
  cc="""
    low O2 sat
    hypoxia
    SpO2 84% per facility
    "my oxygen is low"
    low pulse ox reading at home
    desaturation
  """,
  hpi="""
    home health nurse found pt SpO2 82% on RA, pt w/o complaints
    facility staff report pt satting 85% on RA during routine VS, baseline 95%
    pt's home pulse ox reading in low 80s, pt states feels "tired" only
    pt on home O2 2lpm, concentrator broke, SpO2 84% on RA
    PCP office found SpO2 86%, sent for eval
    facility reports sats dropping to 80s w/ exertion
  """,
  exam="""
    SpO2 84% RA, improved to 94% on 2lpm NC
    lungs diminished bases bilat, no wheezing
    skin pink, no cyanosis
    resps even, RR 20
    A&Ox4, speaking full sentences
    mild cyanosis to nailbeds
  """,
  tx="""
    O2 2lpm NC titrated to SpO2 >92%
    O2 4 lpm NC
    portable O2 tank from home connected
    monitor, 12 lead
    position semi fowlers
    O2 applied, no other interventions
  """,
  dispo="""
    transported non-emergent to {dest}
    transported BLS on O2 to {dest}
    care transferred to ED RN, SpO2 95% on 2L
    transported to {dest} w/o incident
    pt transported to {dest} per PCP
    transported ALS to {dest}
  """,
  imp="""
    hypoxia
    hypoxemia
    low SpO2
    desaturation
    hypoxemia, unknown cause
  """)

L("drowning", age="2-70", sx="sob cough lungs loc nv", pmh="",
  disp="drown uncon", where="water",
  vit="sbp=90-130 hr=80-140 rr=18-32 spo2=84-96 gcs=8-15", alt="W67.XXXA W74.XXXA",
  cc="""
    near drowning
    submersion
    [s_pool] pulled from pool
    water rescue w/ coughing
    drowning
    [s_pool] [peds] child found in pool
  """,
  hpi="""
    [s_pool] [peds] child found face down in backyard pool, unknown submersion time, pulled out by father who started CPR, child coughing on arrival
    pt swimming at lake, went under, pulled out by lifeguard after approx 1-2 min
    [s_pool] pt found at bottom of hotel pool by other swimmers, brief CPR by lifeguard, now breathing
    [adult] pt's kayak capsized, submerged approx 2 min before rescued by friend
    [s_pool] [s_dive] [young] pt dove into shallow end of pool, swallowed large amount of water, coughing and vomiting
    [old] elderly pt slipped in bathtub, found partially submerged by spouse
  """,
  exam="""
    coughing, rales bilat bases
    GCS 14, crying, skin cool and pale
    SpO2 88% RA, tachypneic
    [s_pool] vomited pool water, airway clear after suction
    wet clothing, shivering
    no signs of c-spine injury, no diving injury
  """,
  tx="""
    O2 NRB 15lpm
    wet clothing removed, warm blankets
    suctioned, positioned lateral
    CPAP 5cm for hypoxia
    BVM assist
    [s_dive] c-spine precautions d/t diving mechanism
  """,
  dispo="""
    transported emergent to {dest}
    transported L&S, pt improving on O2
    care transferred to ED team
    transported ALS to {dest}
    [peds] transported w/ parent to {dest} pediatric ED
    transported emergent, SpO2 94% on arrival
  """,
  imp="""
    drowning
    near drowning
    submersion injury
    nonfatal drowning
    drowning, nonfatal
  """)


# ---------------------------------------------------------------------------
# Record builder
# ---------------------------------------------------------------------------
TAG_RE = re.compile(r"^\[(\w+)\]\s*")
AGE_TAGS = {  # tag -> test on age
    "peds": lambda a: a < 14, "adult": lambda a: a >= 14, "young": lambda a: a <= 35,
    "grown": lambda a: a >= 22, "old": lambda a: a >= 60,
}
PEDS_AGE = 14

SIDES = {"left": ["left", "L", "lt", "L"], "right": ["right", "R", "rt", "R"]}
DURS = "30 min|1 hr|2 hrs|45 min|3 hrs|20 min|90 min|4 hrs|6 hrs|1.5 hrs|40 mins|an hour".split("|")
DAYS = "2 days|3 days|1 week|4 days|2 wks|5 days|several days|x2 days".split("|")

VITAL_FMTS = [
    "BP {sbp}/{dbp} HR {hr} RR {rr} SpO2 {spo2}% {dev}",
    "VS: {sbp}/{dbp}, P {hr}, R {rr}, {spo2}% {dev}",
    "B/P {sbp}/{dbp} P {hr} R {rr} SPO2 {spo2}%",
    "vitals {sbp}/{dbp} - {hr} - {rr} - {spo2}%",
    "bp {sbp}/{dbp}, hr {hr}, rr {rr}, sat {spo2}% {dev}, GCS {gcs}",
    "BP:{sbp}/{dbp} Pulse:{hr} Resp:{rr} SpO2:{spo2}% GCS:{gcs}",
    "HR {hr}, BP {sbp}/{dbp}, RR {rr}, SpO2 {spo2} {dev}",
    "{sbp}/{dbp}, {hr}, {rr}, {spo2}% {dev}",
    "BP {sbp}/{dbp}  HR {hr}  RR {rr}  SpO2 {spo2}%  GCS {gcs}",
]
REPEAT_PREFIX = ["repeat VS: ", "2nd set ", "reassess: ", "VS enroute ", "recheck ", ""]
BGL_FMTS = ["BGL {bgl}", "BGL {bgl} mg/dL", "CBG {bgl}", "glucose {bgl}", "BS {bgl}", "blood sugar {bgl}", "D-stick {bgl}"]
TEMP_FMTS = ["Temp {temp}F", "T {temp}", "temp {temp} oral", "tympanic temp {temp}", "temp {temp} F (temporal)"]

INTRO_ALERT = [
    "{AS} c/o {cc}", "Pt is a {as} who c/o {cc}", "{AS} w/ CC of {cc}", "{AS} presenting w/ {cc}",
    "Pt c/o {cc}", "Pt is a {as} c/o {cc}", "{AS}, CC: {cc}",
]
INTRO_IFT = ["{AS}, {cc}", "{AS} for {cc}", "Pt is a {as}. Reason for transport: {cc}", "{AS}. {cc}",
             "Pt is a {as} w/ {cc}"]
INTRO_NONALERT = ["{AS}, {cc}", "{AS} presenting w/ {cc}", "Pt is a {as}. CC: {cc}", "CC: {cc}. Pt is a {as}",
                  "{AS} found w/ {cc}"]
PMH_FMTS = ["PMH: {x}", "PMHx {x}", "hx {x}", "Hx: {x}", "pt has hx of {x}", "Medical hx: {x}",
            "PMH significant for {x}", "PMH {x}"]
PMH_FMTS_FAMILY = ["PMH per family: {x}", "per family pt has hx of {x}", "PMH per facesheet: {x}", "Hx (per family) {x}"]
PMH_NONE = ["PMH: none", "no sig PMH", "denies PMH", "no known medical hx"]
PMH_UNKNOWN = ["PMH unknown", "PMH unk at this time", "no hx available"]
MEDS_FMTS = ["Meds: {x}", "home meds: {x}", "Rx: {x}", "meds {x}", "Medications: {x}"]
MEDS_OTHER = ["Meds per list (see attached)", "meds per facesheet", "meds unk", "no daily meds"]
IMP_FMTS = ["Impression: {x}", "Imp: {x}", "Crew impression {x}", "suspect {x}", "primary impression: {x}",
            "working dx {x}", "field impression: {x}"]
NEG_PREFIX = ["", "", "", "ROS: ", "Pertinent negs: ", "PN: "]
TX_LEAD = ["", "", "Tx: ", "Treatment: ", "Care: ", "Interventions: "]


def split_tags(phrase):
    tags = []
    while True:
        m = TAG_RE.match(phrase)
        if not m:
            return tags, phrase
        tags.append(m.group(1))
        phrase = phrase[m.end():]


def usable_pool(phrases, variant, age, prefer_peds=False, scen=None):
    """Phrases that fit the record: age tags, outcome tag, and scenario tags (s_*).

    A phrase with scenario tags fits only if it shares one with the chosen history
    (scen); scen=None means the history itself is being chosen.
    Returns (text, tags) pairs.
    """
    out, peds = [], []
    for p in phrases:
        tags, text = split_tags(p)
        ok = True
        stags = [t for t in tags if t.startswith("s_")]
        if stags and scen is not None and not set(stags) & scen:
            ok = False
        for t in tags:
            if t.startswith("s_"):
                continue
            if t in AGE_TAGS:
                ok = ok and AGE_TAGS[t](age)
            elif t != variant:
                ok = False
        if ok:
            out.append((text, tags))
            if "peds" in tags:
                peds.append((text, tags))
    if prefer_peds and age < PEDS_AGE and peds:
        return peds
    return out


CONFLICT_PATTERNS = [re.compile(p, re.I) for p in (
    r"\bGCS \d", r"12.?lead", r"^monitor", r"initial rhythm", r"NIHSS|LAMS", r"live (male|female) infant",
    r"SpO2 \d+% RA", r"\bA&Ox", r"^(ASA|NTG)", r"adenosine", r"^(D10|D50)", r"epi(nephrine)? 0\.\d+mg IM",
    r"^benadryl", r"narcan|naloxone", r"fentanyl", r"^zofran", r"^tylenol", r"^NS \d", r"^O2 ", r"duoneb|albuterol",
    r"^(versed|midazolam)", r"^BGL", r"^PIV", r"CPAP", r"diltiazem|metoprolol", r"atropine|TCP", r"sling",
    r"splint", r"dressing|pressure", r"ETT|i-gel|RSI", r"BVM",
)]


def conflict(a, b):
    """Two exam findings / treatments that describe the same thing differently."""
    return any(p.search(a) and p.search(b) for p in CONFLICT_PATTERNS)


def hhmm(minutes):
    minutes %= 24 * 60
    return "%02d:%02d" % (minutes // 60, minutes % 60)


class Ctx(dict):
    """Placeholder values; a few are drawn fresh at each use."""

    def __init__(self, rng, side, t0, **kw):
        super().__init__(**kw)
        self.rng, self.side, self.t0 = rng, side, t0

    def __missing__(self, key):
        rng = self.rng
        if key == "side":
            return rng.choice(SIDES[self.side])
        if key == "dur":
            return rng.choice(DURS)
        if key == "days":
            return rng.choice(DAYS)
        if key == "time":
            return hhmm(self.t0 + rng.randint(-40, 35))
        if key == "room":
            return str(rng.randint(1, 38))
        if key == "rn":
            return rng.choice(RN)
        if key == "unit":
            return rng.choice(["Medic ", "M", "Rescue ", "Ambulance ", "ALS ", "Unit "]) + str(rng.randint(1, 60))
        if key == "pri":
            return rng.choice(PRIORITIES)
        if key == "addr":
            s = "%d %s %s" % (rng.randint(10, 9899), rng.choice(STREETS), rng.choice(SUFFIXES))
            if rng.random() < 0.2:
                s += " Apt %d%s" % (rng.randint(1, 30), rng.choice("ABCD"))
            return s
        raise KeyError(key)


def render(text, ctx):
    return text.format_map(ctx)


def age_sex(rng, age, sex):
    m = sex == "M"
    if age < PEDS_AGE:
        forms = ["{a} y/o {w}", "{a}yo {s}", "{a} year old {w}", "{a} y/o {l}"]
        w = "boy" if m else "girl"
    else:
        forms = ["{a} y/o {l}", "{a}yo {s}", "{a} YO{s}", "{a} year old {l}", "{a}{s}", "{a} y.o. {w}",
                 "{a} yo{t}", "{a} y/o {s}"]
        w = "man" if m else "woman"
    return rng.choice(forms).format(a=age, w=w, s="M" if m else "F", l="male" if m else "female",
                                    t="m" if m else "f")


def make_vitals(lab, rng, n, label_name, variant, age):
    v = lab["vit"]

    def draw(key):
        lo, hi = v[key]
        return int(round(rng.uniform(lo, hi)))

    sbp, hr, rr, spo2 = draw("sbp"), draw("hr"), draw("rr"), min(100, draw("spo2"))
    dbp = draw("dbp") if "dbp" in v else int(sbp * rng.uniform(0.55, 0.7))
    gcs = draw("gcs")
    if age < 12:  # children: lower BP, faster heart and breathing
        sbp = min(sbp, rng.randint(88, 112))
        dbp = int(sbp * rng.uniform(0.55, 0.68))
        hr = min(190, hr + (12 - age) * 3 + rng.randint(5, 15))
        rr = rr + rng.randint(4, 10) - age // 3
    sets = []
    for i in range(n):
        sets.append({"sbp": sbp, "dbp": dbp, "hr": hr, "rr": rr, "spo2": spo2, "gcs": gcs})
        f = rng.uniform(0.1, 0.45)
        sbp = int(sbp + (128 - sbp) * f + rng.randint(-6, 6))
        dbp = int(dbp + (78 - dbp) * f + rng.randint(-4, 4))
        hr = int(hr + (84 - hr) * f + rng.randint(-4, 4))
        rr = int(rr + (16 - rr) * f + rng.randint(-1, 1))
        spo2 = min(100, int(spo2 + (97 - spo2) * f * 1.4 + rng.randint(-1, 1)))
        if 9 <= gcs < 15 and rng.random() < 0.5:
            gcs += 1
    return sets


def fmt_vitals(sets, rng, fmt, o2_dev, timed, t):
    out = []
    for i, s in enumerate(sets):
        dev = "RA" if i == 0 else o2_dev
        line = fmt.format(dev=dev, **s)
        line = re.sub(r"\s+,", ",", line).strip().rstrip(",")
        if timed:
            line = "%s %s" % (hhmm(t + 4 + 9 * i), line)
        elif i > 0:
            pre = rng.choice(REPEAT_PREFIX)
            if not (fmt.startswith("VS") and "VS" in pre):
                line = pre + line
        out.append(line)
    return out


def pick_pmh(lab, rng, age):
    keys = []
    core = list(dict.fromkeys(lab["pmh"]))
    for k in core:
        if k == "dementia" and age < 60:
            continue
        if rng.random() < min(0.92, 0.5 * lab["pmh"].count(k) + 0.15):
            keys.append(k)
    if age < PEDS_AGE:
        keys = [k for k in keys if k in ("asthma", "dm1", "sz", "adhd")]
        pool = [k for k in ("asthma", "adhd") if k not in lab["excl"] and k not in keys]
        if pool and rng.random() < 0.3:
            keys.append(rng.choice(pool))
    elif age < 35:
        pool = [k for k in YOUNG_PMH if k not in lab["excl"] and k not in keys]
        n = rng.choice([0, 0, 1, 1, 2])
        for _ in range(n):
            if pool:
                k = rng.choice(pool)
                pool.remove(k)
                keys.append(k)
    else:
        cand = [k for k in PMH_WEIGHT if k not in lab["excl"] and k not in keys
                and not (k == "dementia" and age < 65)]
        n = rng.choice([0, 1, 1, 2, 2, 3, 3, 4]) + (1 if age > 72 else 0)
        for _ in range(n):
            if not cand:
                break
            k = rng.choices(cand, weights=[PMH_WEIGHT[c] for c in cand])[0]
            cand.remove(k)
            keys.append(k)
    return keys


WHERE_HINTS = [
    (re.compile(r"\b(staff|facility|nursing home|group home|memory care|rounds|CNA)\b", re.I), "facility"),
    (re.compile(r"\b(pool|lake|kayak|swimm\w*|bathtub)\b", re.I), "water"),
    (re.compile(r"\b(roof|construction|marathon|football|soccer|yard|alley|snow\w*|hunter|park|"
                r"skiing|bicycle|bike|ladder|horse|worksite)\b", re.I), "outdoor"),
    (re.compile(r"\b(coworkers?|at work|bystanders?|store|restaurant|church|bus stop|gas station|"
                r"parking lot|bar staff|sidewalk|bench|desk)\b", re.I), "public"),
    (re.compile(r"\b(spouse|son|daughter|family|roommate|home|bed|kitchen|bathroom|mother|parent)\b", re.I), "home"),
]


SCEN_WHERE = {"s_mvc": "mvc", "s_rear": "mvc", "s_ped": "mvc", "s_moto": "mvc", "s_pool": "water",
              "s_dive": "water", "s_work": "outdoor", "s_run": "outdoor", "s_out": "outdoor", "s_snow": "outdoor",
              "s_bike": "outdoor", "s_sport": "outdoor", "s_soccer": "outdoor", "s_house": "home"}


def pick_where(lab, hpi_text, scen, rng):
    """Scene kind consistent with the history line when it gives one away."""
    wh = lab["where"]
    for t in sorted(scen):
        if SCEN_WHERE.get(t) in wh:
            return SCEN_WHERE[t]
    if "ift" in wh and not lab["ift"]:
        if "s_ift" in scen:
            return "ift"
        wh = [w for w in wh if w != "ift"] or wh
    elif lab["ift"]:
        return "ift"
    for rx, kind in WHERE_HINTS:
        if kind in wh and rx.search(hpi_text):
            return kind
    return rng.choice(wh)


def build(name, lab, rng):
    # --- who, outcome, context ---------------------------------------------
    a_lo, a_hi = lab["age"]
    age = rng.randint(a_lo, a_hi)
    sex = "F" if lab["sex"] == "F" else rng.choice("MF")
    variant = None
    if lab["variants"]:
        variant = rng.choices([k for k, _ in lab["variants"]], weights=[w for _, w in lab["variants"]])[0]
    refuse = variant == "refuse"
    terminated = variant == "term"
    m = sex == "M"
    # the history line fixes the scenario (bee sting vs food, snorted vs injected, field vs transfer...)
    hp = usable_pool(lab["hpi"], variant, age, True, None)
    hpi_text, hpi_tags = rng.choice(hp)
    scen = {t for t in hpi_tags if t.startswith("s_")}
    where = pick_where(lab, hpi_text, scen, rng)
    dest = rng.choice(HOSPITALS)
    hosp2 = rng.choice([h for h in HOSPITALS if h != dest])
    v = lab["vit"]
    bgl = int(round(rng.uniform(*v["bgl"]))) if "bgl" in v else rng.randint(82, 168)
    if "temp" in v:
        temp = "%.1f" % rng.uniform(*v["temp"])
    else:
        temp = "%.1f" % rng.uniform(97.6, 99.0)
    t0 = rng.randint(0, 24 * 60 - 1)
    as_ = age_sex(rng, age, sex)
    ctx = Ctx(rng, rng.choice(["left", "right"]), t0,
              he="he" if m else "she", He="He" if m else "She", his="his" if m else "her",
              His="His" if m else "Her", him="him" if m else "her", himself="himself" if m else "herself",
              age=str(age), bgl=str(bgl), temp=temp, dest=dest, snf=rng.choice(FACILITIES),
              hosp=hosp2, hosp2=hosp2)
    ctx["as"] = as_
    ctx["AS"] = as_[0].upper() + as_[1:]
    alert = lab["alert"] and age >= 5
    R = lambda s: render(s, ctx)  # noqa: E731

    def pool(slot, prefer_peds=False):
        p = [t for t, _ in usable_pool(lab[slot], variant, age, prefer_peds, scen)]
        if not p:
            raise RuntimeError("empty pool %s/%s variant=%s age=%d" % (name, slot, variant, age))
        return p

    def some(slot, k):
        picked = []
        for x in rng.sample(pool(slot), len(pool(slot))):
            if len(picked) >= k:
                break
            if any(conflict(x, y) for y in picked):
                continue
            picked.append(x)
        order = pool(slot)
        picked.sort(key=order.index)  # keep the order the pool is written in (roughly chronological)
        return [R(x) for x in picked]


    # --- detail level ----------------------------------------------------------
    level = rng.choices(["lo", "mid", "hi"], weights=[25, 45, 30])[0]
    P = {"lo": dict(hpi=(0, 1), neg=(0, 1), pmh=.4, meds=.1, allg=.2, exam=(1, 1), vit=(0, 1), tx=(1, 1),
                    disp=.3, scene=.2, trans=.2, hand=.2, imp=.25),
         "mid": dict(hpi=(1, 1), neg=(0, 2), pmh=.7, meds=.35, allg=.5, exam=(1, 2), vit=(1, 2), tx=(1, 2),
                     disp=.6, scene=.5, trans=.5, hand=.5, imp=.45),
         "hi": dict(hpi=(1, 1), neg=(1, 3), pmh=.9, meds=.6, allg=.8, exam=(2, 3), vit=(2, 3), tx=(2, 3),
                    disp=.9, scene=.8, trans=.8, hand=.8, imp=.6)}[level]
    rint = lambda ab: rng.randint(*ab)  # noqa: E731
    parts = {"ift": where == "ift"}

    # dispatch & scene
    if rng.random() < P["disp"]:
        if where == "ift" or lab["ift"]:
            nature = rng.choice(DISPATCH_NATURE["ift"])
            place = R(rng.choice(PLACES["ift"]))
            tpl = rng.choice(IFT_DISPATCH_TPL)
        else:
            kinds = [d for d in lab["disp"] if d != "ift"] or ["sick"]
            if where == "mvc" and "mvc" in kinds:
                kinds = ["mvc"]
            elif where == "water" and "drown" in kinds:
                kinds = ["drown"]
            elif len(kinds) > 1 and "mvc" in kinds:
                kinds = [k for k in kinds if k != "mvc"]
            natures = [n for n in DISPATCH_NATURE[rng.choice(kinds)] if age >= 65 or "elderly" not in n]
            nature = rng.choice(natures)
            place = R(rng.choice(PLACES[where]))
            tpl = rng.choice(DISPATCH_TPL)
        ctx["nature"], ctx["place"] = nature, place
        parts["disp"] = R(tpl)
    if rng.random() < P["scene"]:
        sc = R(rng.choice(SCENES["ift" if lab["ift"] else where]))
        if rng.random() < 0.4:
            extra = rng.choice(SCENE_EXTRA)
            if extra.split()[0] not in sc and not (lab["ift"] or where == "ift"):
                sc += ", " + extra
        parts["scene"] = sc

    parts["cc"] = R(rng.choice(pool("cc")))
    parts["hpi"] = [R(hpi_text)] if rint(P["hpi"]) else []

    # pertinent negatives naming other conditions
    allowed = [k for k in NEG_KEYS if k not in lab["sx"]]
    nneg = rint(P["neg"])
    negs = []
    chosen = []
    for _ in range(min(nneg, len(allowed))):
        k = rng.choices(allowed, weights=[NEG_WEIGHT[a] for a in allowed])[0]
        allowed.remove(k)
        chosen.append(k)
    for k in chosen:
        report, exam = NEG[k]
        opts = (report if (alert and age >= 5) else []) + exam
        if opts:
            negs.append(rng.choice(opts))
    if negs:
        parts["neg"] = rng.choice(NEG_PREFIX) + rng.choice([", ", "; ", ", "]).join(negs)

    # history, meds, allergies
    if rng.random() < P["pmh"]:
        keys = pick_pmh(lab, rng, age)
        if keys:
            items = [rng.choice(PMH[k]) for k in keys]
            rng.shuffle(items)
            fm = rng.choice(PMH_FMTS_FAMILY if (not alert and rng.random() < 0.6) else PMH_FMTS)
            parts["pmh"] = fm.format(x=rng.choice([", ", ", ", "/", ", "]).join(items))
            if rng.random() < P["meds"]:
                meds = list(dict.fromkeys(rng.choice(MEDS[k]) for k in keys if k in MEDS))[:5]
                parts["meds"] = rng.choice(MEDS_FMTS).format(x=", ".join(meds)) if meds else rng.choice(MEDS_OTHER)
        elif not alert:
            parts["pmh"] = rng.choice(PMH_UNKNOWN)
        elif not lab["pmh"]:
            parts["pmh"] = rng.choice(PMH_NONE)
        if rng.random() < P["allg"]:
            parts["allg"] = rng.choice(ALLERGIES if alert else ALLERGIES_FAMILY)

    # exam, vitals, glucose, temperature
    parts["exam"] = some("exam", rint(P["exam"]))
    nvit = rint(P["vit"])
    if name == "cardiac_arrest" and variant != "rosc":
        parts["vitals"] = [rng.choice(["VS: pulseless, apneic", "no palpable pulse, no resps",
                                       "initial VS: none obtainable, CPR in progress", "pulseless/apneic on arrival"])]
    else:
        sets = make_vitals(lab, rng, nvit, name, variant, age)
        parts["vitals_sets"] = sets
        if name == "cardiac_arrest" and sets:
            parts["vitals_prefix"] = "post ROSC "
    if rng.random() < (0.75 if "bgl" in v else 0.22):
        parts["bgl"] = rng.choice(BGL_FMTS).format(bgl=bgl)
    if rng.random() < (0.7 if "temp" in v else 0.07):
        parts["temp"] = rng.choice(TEMP_FMTS).format(temp=temp)

    # treatment, impression, disposition, filler
    parts["tx"] = some("tx", rint(P["tx"]))
    if rng.random() < P["imp"]:
        parts["imp"] = rng.choice(IMP_FMTS).format(x=R(rng.choice(pool("imp"))))
    parts["dispo"] = R(rng.choice(pool("dispo")))
    if refuse:
        parts["refusal"] = R(rng.choice(REFUSAL))
    elif not terminated:
        if rng.random() < P["trans"]:
            tr = [t for t in TRANSPORT if alert or not re.search(r"ambulated|position of comfort|stair chair", t)]
            parts["trans"] = R(rng.choice(tr))
        if rng.random() < P["hand"]:
            parts["hand"] = R(rng.choice(HANDOFF))

    txt = " ".join(parts["tx"]).lower()
    o2_dev = ("on CPAP" if "cpap" in txt else "on NRB" if "nrb" in txt else "BVM" if "bvm" in txt
              else "on NC" if (" nc" in txt or "o2" in txt) else "RA")
    style = rng.choices(["prose", "soap", "chart", "dcharte", "caps", "bullets", "short", "timeline"],
                        weights=[22, 14, 16, 8, 12, 8, 10, 10])[0]
    text = STYLES[style](parts, rng, ctx, alert, o2_dev)
    text = postprocess(text, rng, style)
    return text, style, age


# ---------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------
def _clean(s):
    return s.strip().rstrip(".").strip()


def _cap(s):
    return s[:1].upper() + s[1:] if s else s


def _vitals_lines(parts, rng, o2_dev, timed=False, t=0):
    if "vitals_sets" in parts:
        fmt = rng.choice(VITAL_FMTS)
        lines = fmt_vitals(parts["vitals_sets"], rng, fmt, o2_dev, timed, t)
        if lines and parts.get("vitals_prefix"):
            lines[0] = parts["vitals_prefix"] + lines[0]
        return lines
    return list(parts.get("vitals", []))


def _intro(parts, rng, ctx, alert):
    if parts.get("ift"):
        tpl = rng.choice(INTRO_IFT)
    else:
        tpl = rng.choice(INTRO_ALERT if alert else INTRO_NONALERT)
    return tpl.format(AS=ctx["AS"], **{"as": ctx["as"], "cc": parts["cc"]})


def _join(items, sep=". "):
    items = [_clean(x) for x in items if x and _clean(x)]
    return sep.join(items)


def _sentences(items, capitalize):
    out = [_clean(x) for x in items if x and _clean(x)]
    if capitalize:
        out = [_cap(x) for x in out]
    return ". ".join(out) + ("." if out else "")


def _tx_text(parts, rng):
    lead = rng.choice(TX_LEAD)
    sep = rng.choice([", ", ". ", "; "])
    return lead + sep.join(_clean(x) for x in parts["tx"])


def style_prose(parts, rng, ctx, alert, o2_dev):
    cap = rng.random() < 0.7
    p1 = [parts.get("disp"), parts.get("scene")]
    p2 = [_intro(parts, rng, ctx, alert)] + parts["hpi"] + [parts.get("neg"), parts.get("pmh"), parts.get("meds"),
                                                           parts.get("allg")]
    p3 = parts["exam"] + _vitals_lines(parts, rng, o2_dev) + [parts.get("bgl"), parts.get("temp")]
    p4 = [_tx_text(parts, rng), parts.get("imp"), parts["dispo"], parts.get("trans"), parts.get("refusal"),
          parts.get("hand")]
    mode = rng.random()
    if mode < 0.4:
        return _sentences(p1 + p2 + p3 + p4, cap)
    if mode < 0.7:
        return "\n\n".join(x for x in [_sentences(p1 + p2, cap), _sentences(p3 + p4, cap)] if x)
    return "\n".join(x for x in [_sentences(p1, cap), _sentences(p2, cap), _sentences(p3, cap),
                                 _sentences(p4, cap)] if x)


def style_soap(parts, rng, ctx, alert, o2_dev):
    lines = []
    if parts.get("disp") or parts.get("scene"):
        lines.append(_join([parts.get("disp"), parts.get("scene")]))
    s = [_intro(parts, rng, ctx, alert)] + parts["hpi"] + [parts.get("neg"), parts.get("pmh"), parts.get("meds"),
                                                          parts.get("allg")]
    o = parts["exam"] + _vitals_lines(parts, rng, o2_dev) + [parts.get("bgl"), parts.get("temp")]
    a = parts.get("imp") or parts["cc"]
    a = re.sub(r"^(Impression: |Imp: |A: |primary impression: )", "", a)
    p = [_tx_text(parts, rng), parts["dispo"], parts.get("trans"), parts.get("refusal"), parts.get("hand")]
    heads = rng.choice([("S: ", "O: ", "A: ", "P: "), ("S- ", "O- ", "A- ", "P- "),
                        ("SUBJECTIVE: ", "OBJECTIVE: ", "ASSESSMENT: ", "PLAN: ")])
    sep = rng.choice([". ", "; ", ". "])
    lines += [heads[0] + _join(s, sep), heads[1] + _join(o, sep), heads[2] + _clean(a), heads[3] + _join(p, sep)]
    return "\n".join(lines)


def style_chart(parts, rng, ctx, alert, o2_dev, dcharte=False):
    sep = rng.choice([". ", ", ", ". "])
    out = []
    if dcharte:
        out.append("D: " + (_join([parts.get("disp"), parts.get("scene")], sep) or "Dispatched for " + parts["cc"]))
    elif parts.get("disp") or parts.get("scene"):
        out.append(_join([parts.get("disp"), parts.get("scene")], sep))
    lead = ""
    if rng.random() < 0.5:
        lead = ctx["as"] + (", " if (parts.get("ift") or not alert) else " c/o ")
    out.append("C: " + lead + _clean(parts["cc"]))
    h = _join(parts["hpi"] + [parts.get("neg"), parts.get("pmh"), parts.get("meds"), parts.get("allg")], sep)
    if not h:
        h = rng.choice(["no further hx", "see CC", "no additional hx obtained", "as above"] if alert
                       else ["unable to obtain", "unable to obtain, pt altered", "none available"])
    out.append("H: " + h)
    a_items = parts["exam"] + _vitals_lines(parts, rng, o2_dev) + [parts.get("bgl"), parts.get("temp")]
    if rng.random() < 0.5:
        a_items.append(parts.get("imp"))
    out.append("A: " + _join(a_items, sep))
    out.append("R: " + _join(parts["tx"], sep))
    t_items = [parts["dispo"], parts.get("trans")]
    if not dcharte:
        t_items += [parts.get("refusal"), parts.get("hand")]
    out.append("T: " + _join(t_items, sep))
    if dcharte:
        e = _join([parts.get("refusal"), parts.get("hand")], sep) or rng.choice(["none", "no exceptions", "N/A"])
        out.append("E: " + e)
    if rng.random() < 0.3:
        return "\n\n".join(out)
    return "\n".join(out)


def style_dcharte(parts, rng, ctx, alert, o2_dev):
    return style_chart(parts, rng, ctx, alert, o2_dev, dcharte=True)


def style_caps(parts, rng, ctx, alert, o2_dev):
    items = [parts.get("disp"), parts.get("scene"), _intro(parts, rng, ctx, alert)] + parts["hpi"] + [
        parts.get("neg"), parts.get("pmh"), parts.get("meds"), parts.get("allg")] + parts["exam"] + \
        _vitals_lines(parts, rng, o2_dev) + [parts.get("bgl"), parts.get("temp")] + parts["tx"] + [
        parts.get("imp"), parts["dispo"], parts.get("trans"), parts.get("refusal"), parts.get("hand")]
    sep = rng.choice([" ", " - ", ", ", " / ", " .. "])
    text = sep.join(_clean(x).replace(". ", " ") for x in items if x and _clean(x))
    if rng.random() < 0.35:  # break into a few long lines
        words = text.split(" ")
        lines, cur = [], []
        for w in words:
            cur.append(w)
            if len(" ".join(cur)) > rng.randint(90, 160):
                lines.append(" ".join(cur))
                cur = []
        if cur:
            lines.append(" ".join(cur))
        text = "\n".join(lines[:25])
    return text.upper()


def style_bullets(parts, rng, ctx, alert, o2_dev):
    b = rng.choice(["- ", "* ", "• ", "-"])
    rows = []

    def add(label, val):
        if val:
            rows.append(b + label + val)

    add("Disp: ", _join([parts.get("disp"), parts.get("scene")], ", "))
    add("CC: ", ctx["as"] + ", " + parts["cc"])
    add("HPI: ", _join(parts["hpi"], ". "))
    add("", parts.get("neg"))
    add("", _join([parts.get("pmh"), parts.get("meds"), parts.get("allg")], "; "))
    add("Exam: ", _join(parts["exam"], ", "))
    for vl in _vitals_lines(parts, rng, o2_dev):
        add("", vl)
    add("", _join([parts.get("bgl"), parts.get("temp")], ", "))
    add("Tx: ", _join(parts["tx"], ", "))
    add("", parts.get("imp"))
    add("Dispo: ", _join([parts["dispo"], parts.get("refusal")], ". "))
    add("", _join([parts.get("trans"), parts.get("hand")], ". "))
    return "\n".join(rows)


def style_short(parts, rng, ctx, alert, o2_dev):
    vit = _vitals_lines(parts, rng, o2_dev)[:1]
    forms = [
        [ctx["as"] + " c/o " + parts["cc"] if (alert and not parts.get("ift")) else ctx["as"] + ", " + parts["cc"]]
        + vit + parts["tx"][:1] +
        [parts["dispo"]],
        [parts["cc"]] + parts["exam"][:1] + parts["tx"][:1] + [parts["dispo"]],
        [ctx["as"], parts["cc"]] + parts["hpi"][:1] + vit + [parts["dispo"]],
        [parts["cc"], parts.get("imp")] + parts["tx"][:1] + [parts["dispo"], parts.get("refusal")],
    ]
    items = rng.choice(forms)
    sep = rng.choice([", ", ". ", "; ", " - "])
    return _join(items, sep) + rng.choice([".", "", "."])


def style_timeline(parts, rng, ctx, alert, o2_dev):
    t = ctx.t0
    fmt = rng.choice(["{t} ", "{t} - ", "[{t}] ", "{t}: "])
    compact = rng.random() < 0.4

    def ts(x):
        s = hhmm(x)
        return fmt.format(t=s.replace(":", "") if compact else s)

    rows = [ts(t) + (_clean(parts["disp"]) if parts.get("disp") else "dispatched")]
    t += rng.randint(5, 14)
    rows.append(ts(t) + "on scene" + (", " + _clean(parts["scene"]) if parts.get("scene") else ""))
    t += rng.randint(1, 3)
    rows.append(ts(t) + "pt contact: " + _join([_intro(parts, rng, ctx, alert)] + parts["hpi"], ". "))
    extra = _join([parts.get("neg"), parts.get("pmh"), parts.get("meds"), parts.get("allg")], ". ")
    if extra:
        rows.append(extra)
    t += 2
    rows.append(ts(t) + _join(parts["exam"], ", "))
    vit = _vitals_lines(parts, rng, o2_dev)
    if vit:
        t += 2
        rows.append(ts(t) + vit[0])
    if parts.get("bgl") or parts.get("temp"):
        rows.append(_join([parts.get("bgl"), parts.get("temp")], ", "))
    for tx in parts["tx"]:
        t += rng.randint(2, 6)
        rows.append(ts(t) + _clean(tx))
    if parts.get("imp"):
        rows.append(_clean(parts["imp"]))
    t += rng.randint(3, 8)
    if parts.get("refusal"):
        rows.append(ts(t) + _clean(parts["dispo"]) + ". " + _clean(parts["refusal"]))
    else:
        rows.append(ts(t) + _clean(parts["dispo"]) + (". " + _clean(parts["trans"]) if parts.get("trans") else ""))
        for vl in vit[1:]:
            t += rng.randint(5, 10)
            rows.append(ts(t) + vl)
        if parts.get("hand"):
            t += rng.randint(6, 18)
            rows.append(ts(t) + _clean(parts["hand"]))
    return "\n".join(rows[:25])


STYLES = {"prose": style_prose, "soap": style_soap, "chart": style_chart, "dcharte": style_dcharte,
          "caps": style_caps, "bullets": style_bullets, "short": style_short, "timeline": style_timeline}


def postprocess(text, rng, style):
    if rng.random() < 0.3:
        words = [w for w in MISSPELL if re.search(r"\b%s\b" % re.escape(w), text, re.I)]
        for w in rng.sample(words, min(len(words), rng.choice([1, 1, 2]))):
            bad = rng.choice(MISSPELL[w])

            def repl(m, bad=bad):
                s = m.group(0)
                if s.isupper():
                    return bad.upper()
                if s[0].isupper():
                    return bad[0].upper() + bad[1:]
                return bad
            text = re.sub(r"\b%s\b" % re.escape(w), repl, text, count=1, flags=re.I)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"[ \t]{3,}", "  ", text)
    text = re.sub(r"\.\.(?!\.)", ".", text) if style != "caps" else text
    text = re.sub(r",\s*,", ",", text)
    return text.strip()


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
def load_categories(path):
    cats = []
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        assert header[:2] == ["label", "code"], header
        for line in fh:
            if line.strip():
                label, code = line.rstrip("\n").split("\t")[:2]
                cats.append((label, code))
    return cats


def generate(seed=DEFAULT_SEED, per_label=DEFAULT_PER_LABEL):
    cats = load_categories(HERE / "categories.tsv")
    names = [c for c, _ in cats]
    missing = [n for n in names if n not in LABELS]
    extra = [n for n in LABELS if n not in names]
    if missing or extra:
        raise SystemExit("label mismatch: missing %s extra %s" % (missing, extra))
    rng = random.Random(seed)
    seen = set()
    records = []
    for label, code in cats:
        lab = LABELS[label]
        made = 0
        tries = 0
        while made < per_label:
            tries += 1
            if tries > per_label * 50:
                raise SystemExit("could not make %d distinct narratives for %s" % (per_label, label))
            text, style, age = build(label, lab, rng)
            if "{" in text or "}" in text:
                raise SystemExit("unrendered placeholder in %s: %s" % (label, text))
            if text in seen:
                continue
            seen.add(text)
            if rng.random() < 0.30:
                alts = lab["alt"]
                # external-cause (V-Y) and delivery-outcome (Z37) codes never stand alone
                primary_alts = [a for a in alts if not (a[0] in "VWXY" or a.startswith("Z37"))]
                r = rng.random()
                if primary_alts and r < 0.12:
                    imps = [rng.choice(primary_alts)]
                elif alts and r < 0.2:
                    imps = [code, rng.choice(alts)]
                else:
                    imps = [code]
            else:
                imps = []
            records.append({"narrative": text, "label": label, "code": code, "impressions": imps})
            made += 1
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "T%05d" % i, "narrative": r["narrative"], "label": r["label"], "code": r["code"],
                    "impressions": r["impressions"]})
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--per-label", type=int, default=DEFAULT_PER_LABEL)
    ap.add_argument("--out", default=str(HERE / "train.jsonl"))
    args = ap.parse_args(argv)
    recs = generate(args.seed, args.per_label)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
