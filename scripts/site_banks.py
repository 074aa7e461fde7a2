"""The site's quiz banks, loaded and checked once per build and shared by the MkDocs hooks.

quiz_hook.py (rendering, practice pages) and export_hook.py (downloads) both need the checked
banks. Asking here instead of each calling load_and_check keeps one parse per build and one
answer to "where do the banks live" (`extra.quizzes_dir`, relative to mkdocs.yml; default
`quizzes`). Either hook may ask first; the bench builds the site without the quiz hook.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from quizkit.model import Quiz
from quizkit.validate import CheckResult, load_and_check

# The config object of the build the result belongs to: `mkdocs serve` makes a new one per rebuild.
_cache: tuple[object, CheckResult] | None = None


def quizzes_dir(config) -> Path:
    root = Path(config.config_file_path).parent
    return (root / config.extra.get("quizzes_dir", "quizzes")).resolve()


def checked_banks(config) -> CheckResult:
    """The banks of this build, checked; a bank with an error stops the build with its file:line."""
    global _cache
    if _cache is not None and _cache[0] is config:
        return _cache[1]
    root, folder = Path(config.config_file_path).parent, quizzes_dir(config)
    if not folder.is_dir():  # a site with no quizzes folder simply has no banks
        result = CheckResult(quizzes=[], problems=[], files=0)
    else:
        result = load_and_check([_shown(folder)], docs_dir=config.docs_dir, project_root=root)
    if result.errors:
        lines = "\n".join(problem.format_text() for problem in result.errors)
        count = len(result.errors)
        raise PluginError(f"The quiz banks have {count} error(s); the build stops here:\n{lines}")
    _cache = (config, result)
    return result


def banks_by_name(config) -> dict[str, Quiz]:
    return {quiz.name: quiz for quiz in checked_banks(config).quizzes}


def _shown(path: Path) -> Path:
    """Relative to the working directory when inside it, as the CLI prints paths."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path
