"""The course's one configuration, `course.yml`: quiz folder, topics, and the course's policies.

The validator CLI, the site build (the Markdown extension and the MkDocs plugin), the exporters
and the content tests all read it through `load_course`, so forking the course for another
subject means editing that file, not Python. A mistake in it is one `course.yml:LINE: ...` line.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

COURSE_FILE = "course.yml"
# Where the course file sits: the project root, two folders above this package (src/quizkit/).
PROJECT_ROOT = Path(__file__).resolve().parents[2]


class CourseError(Exception):
    """course.yml is missing a value or holds one of the wrong kind: one located line."""


@dataclass(frozen=True)
class Course:
    """What course.yml says; paths are absolute (relative ones resolve from the file's folder)."""

    path: Path | None  # None: no course file, built-in defaults
    quizzes_dir: Path
    docs_dir: Path
    # topic id -> label shown to readers (results by topic); an empty dict accepts any topic.
    topics: dict[str, str] = field(default_factory=dict)
    # Topics whose questions must cite `refs:` (else the `missing-refs` warning).
    refs_topics: tuple[str, ...] = ()
    policies: dict[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else PROJECT_ROOT

    def policy(self, name: str) -> Any:
        """A course policy's value; a missing one is a CourseError naming the file and the key."""
        if name not in self.policies:
            raise CourseError(f"{self.shown()}: policies has no `{name}:`; add it (see the educator guide)")
        return self.policies[name]

    def shown(self) -> str:
        return str(self.path) if self.path else COURSE_FILE


def load_course(path: Path | str | None = None) -> Course:
    """Read course.yml (default: the working folder's, else this project's). A missing default
    file gives the defaults: folders quizzes/ and docs/, any topic, no policies."""
    given = path is not None
    if given:
        path = Path(path)
    else:
        here = Path.cwd() / COURSE_FILE
        path = here if here.is_file() else PROJECT_ROOT / COURSE_FILE
    if not path.is_file():
        if given:
            raise CourseError(f"{path}: no such course file")
        return Course(path=None, quizzes_dir=PROJECT_ROOT / "quizzes", docs_dir=PROJECT_ROOT / "docs")
    # The Markdown extension and the MkDocs plugin ask for the course on every page: read each
    # version of the file once (keyed by its stamp, so a `mkdocs serve` edit is seen).
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)  # as given: Course.path keeps that form
    if key not in _loaded:
        _loaded[key] = _parse(path)
    return _loaded[key]


_loaded: dict[tuple, Course] = {}


def _parse(path: Path) -> Course:
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise CourseError(f"{path}: cannot read the course file: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise CourseError(f"{path}:{mark.line + 1 if mark else 1}: not valid YAML: {exc.problem}") from None
    return _read(path, node)


def course_path(setting: str | Path, config_dir: Path | None) -> Path:
    """The course file a site config names: relative to that config's folder (else to here)."""
    path = Path(setting)
    return path if path.is_absolute() or config_dir is None else config_dir / path


def _read(path: Path, node: yaml.Node | None) -> Course:
    if not isinstance(node, yaml.MappingNode):
        raise CourseError(f"{path}:1: the course file must hold `key: value` lines")
    lines = {key.value: key.start_mark.line + 1 for key, _ in node.value}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def fail(key: str, message: str) -> CourseError:
        return CourseError(f"{path}:{lines.get(key, 1)}: `{key}`: {message}")

    known = {"quizzes", "docs", "topics", "refs_topics", "policies"}
    for key in data:
        if key not in known:
            raise fail(key, f"unknown setting; known: {', '.join(sorted(known))}")
    folders = {}
    for key in ("quizzes", "docs"):
        value = data.get(key, key)
        if not isinstance(value, str) or not value.strip():
            raise fail(key, "must be a folder name")
        folders[key] = (path.parent / value).resolve()
    topics = data.get("topics") or {}
    if not isinstance(topics, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in topics.items()
    ):
        raise fail("topics", "must be `topic-id: Label shown to readers` lines")
    refs_topics = data.get("refs_topics") or []
    if not isinstance(refs_topics, list) or not all(isinstance(t, str) for t in refs_topics):
        raise fail("refs_topics", "must be a list of topic ids, such as [evidence, history]")
    unknown = [t for t in refs_topics if topics and t not in topics]
    if unknown:
        raise fail("refs_topics", f"{', '.join(unknown)} is not among `topics`")
    policies = data.get("policies") or {}
    if not isinstance(policies, dict):
        raise fail("policies", "must be `name: value` lines")
    return Course(
        path=path.resolve(),
        quizzes_dir=folders["quizzes"],
        docs_dir=folders["docs"],
        topics=dict(topics),
        refs_topics=tuple(refs_topics),
        policies=dict(policies),
    )


def display_path(path: Path) -> Path:
    """`path` relative to the working folder when inside it, as problems print paths."""
    try:
        return Path(path).resolve().relative_to(Path.cwd())
    except ValueError:
        return Path(path)


class _SiteConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs. It is trusted project configuration, so, as MkDocs does,
    `!!python/name:` and `!!python/object/apply:` name Python objects (a custom slugify changes
    every anchor); other tags (!ENV [NAME, default]) give the plain value under them."""


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)


def _python_object(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    kind, _, dotted = suffix.partition(":")
    module, _, name = dotted.rpartition(".")
    target = getattr(importlib.import_module(module), name)
    if kind == "name":
        return target
    value = _untagged(loader, suffix, node)
    if isinstance(value, dict):
        return target(*value.get("args", ()), **value.get("kwds", {}))
    return target(*(value if isinstance(value, list) else ()))


_SiteConfigLoader.add_multi_constructor("!", _untagged)
_SiteConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _python_object)


def read_site_config(path: Path) -> dict[str, Any]:
    """mkdocs.yml as data ({} when absent); raises OSError or yaml.YAMLError when unreadable."""
    if not path.is_file():
        return {}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SiteConfigLoader)  # noqa: S506 (trusted config)
    return data if isinstance(data, dict) else {}
