# One place to run the checks; CI (.ci/run) calls `make ci`.
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: ci install-test-deps test lint typecheck check bench

ci: install-test-deps check  ## install everything the tests need, then run tests and linters

install-test-deps:
	./scripts/install-test-deps

check: lint typecheck test  ## tests and linters (assumes the deps are installed)

test:  ## every test, one worker per core (pytest-xdist); each worker starts its own servers
	$(BIN)/pytest -q -n auto

lint:
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck:
	$(BIN)/mypy

bench:  ## speed targets; see bench/README.md
	$(BIN)/python bench/run_all.py

