# The README's two commands: `make run` and `make test`. `make install` is their shared first step.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATABASE_URL ?= sqlite:///data/stancewatch.db
export DATABASE_URL

.PHONY: install install-test run test lint browser db clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "stancewatch needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstalls only when pyproject.toml changed since the last install.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

db: install
	$(BIN)/stancewatch db upgrade

run: db
	$(BIN)/stancewatch ingest --if-empty data/articles
	$(BIN)/stancewatch serve

# Debian's Chromium for the browser tests: installed when we are root, else the tests say how.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium is missing: browser tests will be skipped (install it: sudo apt-get install chromium)"; fi

test: install-test browser
	$(BIN)/python -m pytest -q

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check app tests

clean:
	rm -rf $(VENV) .pytest_cache
