"""The course policies the content tests enforce, read from course.yml (never fixed in a test).

`broken(name, what)` is the failure message: what is wrong, the policy it breaks, where that
policy is set and its value, so an author knows whether to fix the content or the policy.
"""

from __future__ import annotations

from quizkit.config import load_course

COURSE = load_course()


def policy(name: str):
    return COURSE.policy(name)


def broken(name: str, what: str) -> str:
    return (
        f"{what}; this breaks the course policy `{name}: {policy(name)!r}` in {COURSE.shown()} "
        "(change the value there if your course should differ)"
    )
