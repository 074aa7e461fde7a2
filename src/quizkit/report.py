"""Print a `CheckResult`: one line per problem then a summary, or the same as JSON."""

from __future__ import annotations

import json
import re

from .validate import CheckResult

# What every text line but the summary looks like; tests hold the output to it.
LINE_PATTERN = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): "
    r"\[(?P<rule>[a-z0-9]+(?:-[a-z0-9]+)*)\] (?P<message>[^\n]+?)(?P<allowed> \(allowed\))?$"
)
SUMMARY_PATTERN = re.compile(r"^\d+ files, \d+ questions: \d+ errors, \d+ warnings(?:, \d+ allowed)?$")


def format_text(result: CheckResult, show_allowed: bool = False) -> str:
    """`path:line:col: severity: [rule] message` lines, then the summary line."""
    lines = [p.format_text() for p in result.problems if show_allowed or not p.acknowledged]
    lines.append(result.summary())
    return "\n".join(lines)


def format_json(result: CheckResult) -> str:
    """The same result as a JSON object: counts, summary and every problem (allowed ones too)."""
    return json.dumps(
        {
            "files": result.files,
            "questions": result.questions,
            "errors": len(result.errors),
            "warnings": len(result.warnings),
            "allowed": len(result.acknowledged),
            "summary": result.summary(),
            "problems": [
                {
                    "path": p.path,
                    "line": p.line,
                    "col": p.col,
                    "severity": p.severity,
                    "rule": p.rule,
                    "message": p.message,
                    "acknowledged": p.acknowledged,
                }
                for p in result.problems
            ],
        },
        indent=2,
        ensure_ascii=False,
    )
