# The two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?=

.PHONY: run test lint unit bench screenshots translations clean dist dist-check icons

$(STAMP): pyproject.toml setup.py $(wildcard resources/translations/*.ts)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Seatkeeper needs Python 3.11 or newer" or 0)'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

# The system libraries Qt needs are checked first: one line names the package to install.
run: $(STAMP)
	@$(BIN)/python -m seatkeeper.system_libraries
	$(BIN)/seatkeeper --demo

lint: $(STAMP)
	$(BIN)/ruff check src tests tools $(wildcard benchmarks)
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint unit

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/ui/test_main_window_screenshots.py

# Refresh the .ts files from the code (new texts unfinished, gone ones dropped); the
# install step above compiles them to .qm (setup.py).
translations: $(STAMP)
	$(BIN)/python -m tools.translations update

# The one-folder bundle for this OS in dist/seatkeeper (PyInstaller, packaging/seatkeeper.spec)
# and, on Linux, dist/seatkeeper-<version>-linux-<arch>.tar.gz with the desktop entry.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/python -m tools.dist build

# A clean checkout of HEAD, installed into a new environment, built, and the built program
# run as a user would (--version, demo, report, an older roster upgraded, the window).
dist-check:
	$(PYTHON) -m tools.dist check

# The PNGs, .ico and .icns from resources/icons/seatkeeper.svg.
icons: $(STAMP)
	$(BIN)/python -m tools.icons

# The performance harness (README, "Performance"). By default issue 21's whole run: every
# figure at 10k, 100k and 1M seats, SQLite beside PostgreSQL (a throwaway database on
# BENCH_DB's server, created and dropped), the table and the curves (about 10-15 minutes
# on a quiet 2-core machine). BENCH_ARGS replaces all of it, e.g. BENCH_ARGS="--seats
# 1000000" for SQLite alone at a million. psycopg comes with .[test].
BENCH_DB ?= postgresql://postgres@127.0.0.1:5432/test
BENCH_ARGS ?= --seats 10000,100000,1000000 --db $(BENCH_DB)
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache screenshots build dist
