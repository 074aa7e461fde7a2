"""references.py: reference ids and the short citations shown under quiz explanations."""

from __future__ import annotations

import pytest

from quizkit.references import read_references, short_citation


@pytest.mark.parametrize(
    ("entry", "citation"),
    [
        (
            "Bordin, E. S. (1979). The generalizability of the concept. *Psychotherapy, 16*(3).",
            "Bordin (1979)",
        ),
        (
            "Butler, A. C., & Roediger, H. L., III. (2008). Feedback enhances. *Memory*.",
            "Butler & Roediger (2008)",
        ),
        (
            "Flückiger, C., Del Re, A. C., Wampold, B. E., & Horvath, A. O. (2018). The alliance.",
            "Flückiger et al. (2018)",
        ),
        (
            "de Jong, K., Conijn, J. M., & Lutz, M. C. (2021). Using progress feedback.",
            "de Jong et al. (2021)",
        ),
        (
            "American Psychological Association. (2017). *Ethical principles*.",
            "American Psychological Association (2017)",
        ),
        ("Association of Social Work Boards. (n.d.). *Outline*.", "Association of Social Work Boards (n.d.)"),
        (
            "*Tarasoff v. Regents of the University of California*, 17 Cal. 3d 425 (1976).",
            "Tarasoff v. Regents of the University of California (1976)",
        ),
        (
            "*The alliance–outcome relation in internet-based interventions: A meta-analysis*. (2019).",
            "The alliance–outcome relation in internet-based… (2019)",
        ),
    ],
)
def test_short_citations_follow_apa_in_text_style(entry, citation):
    assert short_citation(entry) == citation


def test_entries_are_read_with_their_anchor_ids(tmp_path):
    (tmp_path / "references.md").write_text(
        "# References\n\nSome intro text.\n\n"
        "Bordin, E. S. (1979). The generalizability.\n{ #bordin-1979 }\n\n"
        "Rogers, C. R. (1957). The necessary and sufficient conditions\nof change.\n{ #rogers-1957 }\n",
        encoding="utf-8",
    )
    assert read_references(tmp_path) == {"bordin-1979": "Bordin (1979)", "rogers-1957": "Rogers (1957)"}
    assert read_references(tmp_path / "absent") == {}
