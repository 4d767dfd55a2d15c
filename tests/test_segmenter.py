"""EMS sentence segmentation, including the cases where medspaCy's PyRuSH fails."""

from __future__ import annotations

import pytest


def sentences(extractor, text: str) -> list[str]:
    doc = extractor.nlp(text)
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Pt denies chest pain. 18g IV established L AC.", ["Pt denies chest pain.", "18g IV established L AC."]),
        ("Pt. is a 67 y/o male c/o CP. BP 130/80, HR 88.", ["Pt. is a 67 y/o male c/o CP.", "BP 130/80, HR 88."]),
        ("ETA approx. 20 min to ED. Pt stable.", ["ETA approx. 20 min to ED.", "Pt stable."]),
        ("S: CP x2 hrs\nO: A&Ox4, BP 150/90\nA: ACS\nP: ASA 324 PO",
         ["S: CP x2 hrs", "O: A&Ox4, BP 150/90", "A: ACS", "P: ASA 324 PO"]),
        ("C: SOB H: COPD A: wheezing R: duoneb T: emergent",
         ["C: SOB", "H: COPD", "A: wheezing", "R: duoneb", "T: emergent"]),
        ("14:32 epi 1mg IV 14:36 epi 1mg IV", ["14:32 epi 1mg IV", "14:36 epi 1mg IV"]),
        ("- O2 NRB\n- 18g IV\n- 12 lead", ["- O2 NRB", "- 18g IV", "- 12 lead"]),
        ("PT DENIES CP SOB NO IV ACCESS OBTAINED PT PLACED ON NRB 15 LPM ENROUTE PT STABLE",
         ["PT DENIES CP SOB NO IV ACCESS OBTAINED", "PT PLACED ON NRB 15 LPM", "ENROUTE", "PT STABLE"]),
        ("Shocked x1 @ 200J. ROSC achieved.", ["Shocked x1 @ 200J.", "ROSC achieved."]),
        ("Given 0.4 mg NTG SL. Pain 4/10.", ["Given 0.4 mg NTG SL.", "Pain 4/10."]),
    ],
    ids=["pyrush-merge", "pt-abbrev", "approx-abbrev", "soap-lines", "chart-inline", "times", "list", "allcaps-runon",
         "joules", "decimal-dose"],
)
def test_segmentation(extractor, text, expected):
    assert sentences(extractor, text) == expected


def test_negation_does_not_cross_the_sentence(extractor):
    facts = extractor.extract("Pt denies chest pain. 18g IV established L AC.")
    iv = [f for f in facts.findings if f.concept == "iv_access"]
    cp = [f for f in facts.findings if f.concept == "acute_cardiac_distress"]
    assert iv and all(f.affirmed for f in iv)
    assert cp and all(f.negated for f in cp)
