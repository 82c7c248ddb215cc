# Lukubotti — two commands on a fresh Debian/Ubuntu machine (as root or with sudo):
#   make run [Q="varhaiskasvatuksen toimintakate 2025"]   set up, build the database, ask
#   make test                                             set up, run the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= data/lukubotti.sqlite
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libvoikko1 voikko-fi

.PHONY: setup system-deps bytecode run db test bench scale clean teams-package

setup: system-deps $(VENV)/.installed bytecode

# Bytecode for the project's own modules, written ahead: a process that may not write it (PYTHONDONTWRITEBYTECODE
# set, as on this project's machines) would otherwise compile ~40 modules on every start (~90 ms of a cold `kysy "…"`).
bytecode: $(VENV)/.installed
	@$(BIN)/python -m compileall -q bot nlp data >/dev/null

# Debian packages: Voikko (libvoikko1 + Finnish dictionary) and venv support. Skipped when present.
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	$(PYTHON) -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv python3-pip"; \
	if [ -n "$$missing" ]; then \
	  echo "apt-get install$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(VENV)/.installed: pyproject.toml
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[all,test]'
	@touch $@

# The database is rebuilt only when a report, the ingest code or the words changed.
# (the reading code is data/, the lemma index and its words nlp/ and data/lang/)
$(DB): $(VENV)/.installed $(wildcard data/reports/*) $(wildcard data/*.py) $(wildcard nlp/*.py) $(wildcard data/lang/*.toml)
	$(BIN)/kysy --db $(DB) ingest --rebuild

db: setup $(DB)

run: db
ifdef Q
	$(BIN)/kysy --db $(DB) "$(Q)"
else
	$(BIN)/kysy --db $(DB)
endif

test: setup
	$(BIN)/python -m pytest -q

bench: db
	$(BIN)/python bench/run.py --db $(DB)

# N = 1, 10, 40 copies of the reports side by side (a few minutes)
scale: setup
	$(BIN)/python bench/scale.py

teams-package: setup
	$(BIN)/python deploy/teams_package.py

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
