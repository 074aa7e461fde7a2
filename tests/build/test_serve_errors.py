"""`mkdocs serve` with a broken bank (issue 15): the server keeps serving, and the reader sees the
validator's file:line errors in the page where the quiz would be (a strict `mkdocs build` of the
same site fails with them: test_quiz_markers.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from test_quiz_markers import FIXTURE, build_variant

from conftest import ROOT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The panel's own words in the site's language (src/quizkit/i18n); the validator's lines stay as
# the command line prints them.
PANEL = {
    "en": ("The quizzes on this page cannot be built", "Fix the file and save"),
    "de": (
        "Die Quizze auf dieser Seite können nicht erstellt werden",
        "Korrigieren Sie die Datei und speichern Sie sie",
    ),
}


@pytest.mark.parametrize("language", PANEL)
def test_serve_shows_bank_errors_in_the_page_and_keeps_running(tmp_path, language):
    broken = (
        (FIXTURE / "banks" / "sample.yml").read_text(encoding="utf-8").replace("feedback:", "fedback:", 1)
    )
    # A link to a download that cannot be built while the banks are broken must not stop serve.
    lms = "# LMS\n\n[GIFT](downloads/all-quizzes.gift)\n"
    build_variant(tmp_path, pages={"lms.md": lms}, banks={"sample.yml": broken}, language=language)  # (fails)
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "-f",
            str(tmp_path / "mkdocs.yml"),
            "--dev-addr",
            f"127.0.0.1:{port}",
            "--no-livereload",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        body, deadline = None, time.monotonic() + 90
        while body is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/therapeutic-alliance/lessons/sample/", timeout=5
                ) as reply:
                    body = reply.read().decode("utf-8")
            except OSError:
                time.sleep(0.5)
        assert server.poll() is None, server.stderr.read()
        assert body is not None, "mkdocs serve never answered"
        assert 'role="alert"' in body and "The quiz banks have 2 error(s)" in body
        assert "sample.yml:" in body and "[unknown-field]" in body
        title, fix = PANEL[language]
        assert f'<p class="admonition-title">{title}</p>' in body and fix in body
        if language != "en":
            assert "Fix the file" not in body
    finally:
        server.terminate()
        server.wait(timeout=30)
