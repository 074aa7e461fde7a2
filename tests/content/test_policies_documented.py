"""Every course policy in course.yml is explained in the educator guide, with the value it has, so
the guide and the checks say the same thing (issue 17)."""

from __future__ import annotations

import re

import yaml
from course_policy import COURSE

GUIDE = COURSE.docs_dir / "educators" / "index.md"
# A row of the guide's policy table: | `name` | `value` | what it means |
ROW = re.compile(r"^\| `([a-z_]+)` \| `([^`]*)` \| (.+) \|$", re.MULTILINE)


def documented() -> dict[str, object]:
    return {name: yaml.safe_load(value) for name, value, _ in ROW.findall(GUIDE.read_text(encoding="utf-8"))}


def test_every_policy_is_in_the_guide_with_its_value():
    rows = documented()
    missing = sorted(set(COURSE.policies) - set(rows))
    assert missing == [], f"{GUIDE}: explain these course policies in 'The course policies': {missing}"
    stale = {name: rows[name] for name in COURSE.policies if rows[name] != COURSE.policies[name]}
    assert stale == {}, f"{GUIDE}: the policy table gives values {COURSE.shown()} no longer has: {stale}"


def test_the_guide_explains_no_policy_the_course_lacks():
    extra = sorted(set(documented()) - set(COURSE.policies))
    assert extra == [], f"{GUIDE}: the policy table names policies {COURSE.shown()} does not set: {extra}"
