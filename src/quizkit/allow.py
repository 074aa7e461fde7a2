"""Acknowledged warnings: `allow: [rule-id]` with a `reason:`, on a question or a whole quiz.

An acknowledged warning stays in the result (counted as allowed, never silently dropped); an
`allow:` that is wrong is an error, and one that no longer matches anything is a warning.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from .model import Problem, Question, Quiz
from .rules import RULES, make_problem, quote


def apply_allows(owner: Question | Quiz, quiz: Quiz, found: Iterable[Problem]) -> list[Problem]:
    """`found` (problems owned by `owner`) with allowed warnings marked, plus `allow:` problems."""
    found = list(found)
    if "allow" not in owner.spans:
        return found
    whole_quiz = isinstance(owner, Quiz)
    problems: list[Problem] = []
    valid: dict[str, tuple[int, int]] = {}
    for index, rule_id in enumerate(owner.allow):
        where = owner.spans.get(f"allow[{index}]", (1, 1))
        why = _not_allowable(rule_id, whole_quiz)
        if why:
            problems.append(make_problem(quiz.path, *where, "allow-unknown-rule", why))
        else:
            valid[rule_id] = where
    if not owner.reason:
        where = owner.spans.get("allow", (1, 1))
        problems.append(
            make_problem(quiz.path, *where, "allow-needs-reason", "`allow:` needs a `reason:` saying why")
        )
    fired = set()
    for problem in found:
        if problem.severity == "warning" and problem.rule in valid:
            fired.add(problem.rule)
            problem = dataclasses.replace(problem, acknowledged=True)
        problems.append(problem)
    for rule_id, where in valid.items():
        if rule_id not in fired:
            problems.append(
                make_problem(
                    quiz.path,
                    *where,
                    "allow-unused",
                    f"`allow:` names {rule_id}, which no longer fires here; remove it",
                )
            )
    return problems


def _not_allowable(rule_id: str, whole_quiz: bool) -> str | None:
    rule = RULES.get(rule_id)
    if rule is None:
        return f"there is no rule {quote(rule_id)}; see the rule list in the quiz format guide"
    if rule.severity == "error" or rule_id == "allow-unused":
        return f"{rule_id} cannot be allowed: it is an error, so fix the quiz instead"
    if whole_quiz and not rule.bank:
        return f"{rule_id} is about one question: put `allow:` and `reason:` on that question"
    if not whole_quiz and rule.bank:
        return f"{rule_id} is about the whole quiz: put `allow:` and `reason:` at the top of the file"
    return None
