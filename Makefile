# The two commands a newcomer needs are `make serve` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.site-deps
DEV_STAMP := $(VENV)/.dev-deps
# Material prints a multi-line end-of-life banner on every build; it is news, not a build problem.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build zensical test test-fast test-js lint validate schema browser bench export offline clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-run pip only when a requirements file changes.
$(SITE_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt requirements-zensical.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

serve: $(SITE_STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

# The same course built by Zensical (pinned in requirements-zensical.txt) into site-zensical/:
# quizzes and practice pages come from the Markdown extension; the MkDocs plugin's extras do not
# run there (README.md, "Zensical"). Zensical takes its output folder from the config, hence INHERIT.
ZENSICAL_STAMP := $(VENV)/.zensical-deps
$(ZENSICAL_STAMP): requirements-zensical.txt $(SITE_STAMP)
	$(BIN)/python -m pip install --quiet -r requirements-zensical.txt
	touch $@
zensical: $(ZENSICAL_STAMP)
	@printf 'INHERIT: mkdocs.yml\nsite_dir: site-zensical\n' > .zensical.yml
	$(BIN)/zensical build --clean --config-file .zensical.yml; status=$$?; rm -f .zensical.yml; exit $$status

# The offline copy (unzip, open index.html): OFFLINE=true turns on Material's offline plugin
# (file:// links, search without a server); built in a temp dir, zipped with one top folder.
OFFLINE_ZIP ?= dist/course-offline.zip
offline: $(SITE_STAMP)
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	OFFLINE=true $(BIN)/mkdocs build --strict --quiet --site-dir "$$tmp/course-offline"; \
	mkdir -p "$(dir $(abspath $(OFFLINE_ZIP)))"; rm -f "$(abspath $(OFFLINE_ZIP))"; \
	cd "$$tmp" && "$(abspath $(BIN))/python" -m zipfile -c "$(abspath $(OFFLINE_ZIP))" course-offline; \
	echo "Offline copy: $(OFFLINE_ZIP)"

# Installs what the tests need (Python packages, the browser, axe-core), then runs every check.
# Browser files run in parallel (pytest-xdist); each fixture site is built once and shared.
test: $(DEV_STAMP) browser
	$(MAKE) lint validate test-js
	$(BIN)/quizkit-schema --check
	$(BIN)/python -m pytest -n 2

# The unit tests alone: seconds, no browser, no site build.
test-fast: $(DEV_STAMP)
	$(BIN)/python -m pytest -q tests/unit

# quizzes/schema.json from the format's definition (quizkit.schema) and course.yml's topics.
schema: $(SITE_STAMP)
	$(BIN)/quizkit-schema

# The browser scripts' logic under Node's own test runner (store and migration, import checks,
# review schedule, exam draw); the browser tests cover what a learner sees.
test-js:
	node --test tests/js/

lint: $(DEV_STAMP)
	$(BIN)/ruff check src scripts tests bench
	$(BIN)/ruff format --check src scripts tests bench

validate: $(SITE_STAMP)
	$(BIN)/python scripts/validate_quizzes.py --strict

browser:
	bash scripts/install_test_browser.sh

# Lighthouse is bench-only: it lives in bench/package.json, so `make test` never installs it.
bench: $(DEV_STAMP) browser
	npm ci --prefix bench --no-audit --no-fund --loglevel=error
	$(BIN)/python bench/report.py

# Every bank in every format (GIFT, QTI 2.1, Anki, CSV) into dist/exports/; the site build offers the same.
export: $(SITE_STAMP)
	$(BIN)/python scripts/export_quizzes.py --to all --out dist/exports

clean:
	rm -rf site site-zensical dist .pytest_cache
