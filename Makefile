# eSafety: `make demo` runs the platform with demo data; `make test` runs every test.
# The system's own Python 3.11 when it can make virtual environments, else the first python3.11
# on the PATH. On Debian the system's build runs comment screening 20-30% faster than a default
# build from source.
PYTHON ?= $(shell /usr/bin/python3.11 -c "import ensurepip, venv" 2>/dev/null && echo /usr/bin/python3.11 || echo python3.11)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
# Two workers: the suite runs in parallel on both cores.
PYTEST_ARGS ?= -n 2

.PHONY: demo test setup lint benchmarks clean

demo: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py runserver $(HOST)

test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

setup: $(VENV)/.installed static/build/app.css

$(VENV)/.installed: requirements.lock pyproject.toml screening/_native.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

static/build/app.css: node_modules/.installed frontend/build.mjs $(wildcard frontend/scss/*.scss)
	npm run --silent build

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) node_modules static/build var
