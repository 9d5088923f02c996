# Masthead — `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium

# The first Python >= 3.12 found: pyenv's (selected by .python-version), then the usual names.
PYTHON_FOR_VENV := $(shell \
	for c in "$$(pyenv which python 2>/dev/null)" python3.14 python3.13 python3.12 python3 python; do \
		p=$$(command -v $$c 2>/dev/null) || continue; \
		$$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; \
	done)

.PHONY: help
help: ## Show this help
	@grep -hE '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@if [ -z "$(PYTHON_FOR_VENV)" ]; then \
		echo "Masthead needs Python >= 3.12 (Django 6). Install it (e.g. 'pyenv install 3.12') and run make again." >&2; \
		exit 1; fi
	@test -x $(PY) || $(PYTHON_FOR_VENV) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

.PHONY: install
install: $(VENV)/.installed messages ## Create .venv and install Masthead with its dependencies

.PHONY: messages
messages: $(VENV)/.installed ## Compile the translation catalogs
	@command -v msgfmt >/dev/null || { echo "Installing gettext (msgfmt)"; apt-get install -y -qq gettext >/dev/null || { apt-get update -qq && apt-get install -y -qq gettext >/dev/null; }; }
	@$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

.PHONY: chromium
chromium: ## Install Debian's Chromium for the browser tests when missing
	@test -x $(CHROMIUM) || { echo "Installing chromium"; apt-get install -y -qq chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }; }

.PHONY: fonts
fonts: ## Install DejaVu fonts (Latin, Cyrillic, Armenian) for share images when missing
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf || { echo "Installing fonts-dejavu-core"; apt-get install -y -qq fonts-dejavu-core >/dev/null || { apt-get update -qq && apt-get install -y -qq fonts-dejavu-core >/dev/null; }; }

.PHONY: worker
worker: migrate ## Run the distribution worker (Telegram posts, scheduled publishing) alone
	$(MANAGE) run_distribution_worker

.PHONY: migrate
migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput -v0

.PHONY: demo
demo: migrate fonts ## Install, migrate, load the demo content and serve it at http://127.0.0.1:8000/
	$(MANAGE) load_demo
	$(MANAGE) run_distribution_worker & trap 'kill $$!' EXIT; $(MANAGE) runserver $(HOST):$(PORT)

# pytest-xdist workers for `make test` (TEST_WORKERS=0: one process). Each worker has its own
# test database, and its own Redis database (REDIS_URL's number plus the worker's index).
TEST_WORKERS ?= 2

.PHONY: test
test: install chromium fonts ## Run the whole suite, browser tests included
	$(MANAGE) check -v0
	$(MANAGE) makemigrations --check --dry-run -v0
	$(PY) -m pytest -q $(if $(filter-out 0,$(TEST_WORKERS)),-n $(TEST_WORKERS) --dist loadgroup)

# Synthetic archive for benchmarks (docs/archive.md).
ARCHIVE_SIZE ?= 100000

.PHONY: archive
archive: migrate ## Top the synthetic archive up to ARCHIVE_SIZE articles (default 100000)
	$(MANAGE) generate_archive --ensure $(ARCHIVE_SIZE)

.PHONY: lint
lint: install ## ruff check and ruff format --check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

.PHONY: format
format: install ## Format and fix what ruff can fix
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

.PHONY: check
check: lint ## Lint, Django's checks, migrations up to date, and the deploy checklist
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	SECRET_KEY=$$($(PY) -c "import secrets; print(secrets.token_urlsafe(50))") DJANGO_SETTINGS_MODULE=masthead.settings.production $(MANAGE) check --deploy --fail-level WARNING

# --- Page cache, production serving and benchmarks (pagecache) ---
.PHONY: serve
serve: install ## Serve the demo database with production settings at http://127.0.0.1:8000/ (granian, page cache)
	HOST=$(HOST) PORT=$(PORT) ./deploy/serve

.PHONY: bench
bench: install ## Benchmark pages, nginx, search and views on a 100,000-article archive: bench/results.md
	$(PY) bench/run.py
# --- end pagecache ---

.PHONY: clean
clean: ## Remove the virtualenv, the database and generated files
	rm -rf $(VENV) var bench/out
