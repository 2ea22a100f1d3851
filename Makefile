# Two commands on a fresh machine: `make run` and `make test`. `make help` lists the rest.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
EN_PO := locale/en/LC_MESSAGES/django.po

.DEFAULT_GOAL := help
.PHONY: help run test lint format messages bench lock

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# Installs come from the lock files, with hashes, so every machine gets the same versions;
# pyproject.toml keeps the ranges they were resolved from (`make lock`). Stamp files make
# re-runs quick: pip runs again only when a lock file changes.
LOCK := requirements.txt
DEV_LOCK := requirements-dev.txt

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(LOCK) | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.installed-test: $(DEV_LOCK) | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r $(DEV_LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $(VENV)/.installed $@

run: $(VENV)/.installed ## Install, migrate, load demo content once and serve on http://127.0.0.1:$(PORT) with the worker
	@mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) create_demo_users
	@echo "Serving http://127.0.0.1:$(PORT)/ with the background worker; Ctrl-C stops both."
	@trap 'kill 0' INT TERM EXIT; \
	  $(MANAGE) run_worker --interval 1 & \
	  $(MANAGE) runserver --skip-checks 127.0.0.1:$(PORT)

# --dist loadfile keeps each test module in one process, so a module's shared fixtures (the demo
# site, loaded once per module) are built once, not once per process. --no-loadscope-reorder keeps
# the modules in pytest-django's order (rolled-back tests first, then those that commit and
# flush the database), instead of largest module first.
test: $(VENV)/.installed-test ## Run the whole suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(BIN)/pytest -n auto --dist loadfile --no-loadscope-reorder

# stylelint comes from npm, pinned by package-lock.json; npm ci runs again only when the lock changes.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

lint: $(VENV)/.installed-test node_modules/.package-lock.json ## ruff, stylelint, template indentation, conflict markers, Django checks, missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	npx --no-install stylelint "{home,news,services,forms,transparency}/static/**/*.css"
	$(BIN)/djhtml --check templates/
	@# A merge conflict left in any tracked file (a line that is only a marker, or a marker and a space).
	@if git grep -nE '^(<<<<<<<|=======|>>>>>>>)( |$$)'; then \
	  echo "Conflict markers above: finish the merge." >&2; exit 1; fi
	$(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	@mkdir -p var  # the development database's folder: makemigrations checks its history
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.installed-test node_modules/.package-lock.json ## Format and auto-fix the code (ruff), the stylesheets (stylelint) and template indentation (djhtml)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	npx --no-install stylelint --fix "{home,news,services,forms,transparency}/static/**/*.css"
	$(BIN)/djhtml templates/

messages: $(VENV)/.installed-test ## Update the catalogues (ours and the admin's packages'; en copies the msgids), then compile them
	@# The admin's packages: new msgids of an upgraded Wagtail arrive untranslated in locale-admin/.
	$(MANAGE) admin_translation_coverage --update
	$(MANAGE) makemessages --no-wrap --locale id --locale en --ignore '.venv/*' --ignore 'var/*' --no-obsolete
	@# English text is the msgid itself: empty every msgstr, copy the msgids, drop fuzzy marks.
	msgfilter --keep-header --no-wrap -i $(EN_PO) sed -e d | msgen --no-wrap - \
	  | msgattrib --no-wrap --clear-fuzzy --clear-previous -o $(EN_PO)
	$(MANAGE) compilemessages --ignore '.venv/*' --ignore 'node_modules/*'

bench: $(VENV)/.installed-test ## Benchmark pages and complaint submission on PostgreSQL (results in bench/results/)
	$(BIN)/python -m bench.run

lock: | $(BIN)/python ## Re-resolve pyproject.toml's ranges into requirements*.txt (keeps pins that still fit; UPGRADE=1 takes the newest)
	$(BIN)/pip install --quiet 'uv>=0.9,<1'
	$(BIN)/uv pip compile --quiet pyproject.toml --python-version 3.11 --generate-hashes \
	  $(if $(UPGRADE),--upgrade) -o $(LOCK)
	$(BIN)/uv pip compile --quiet pyproject.toml --python-version 3.11 --generate-hashes \
	  --extra test -c $(LOCK) $(if $(UPGRADE),--upgrade) -o $(DEV_LOCK)
