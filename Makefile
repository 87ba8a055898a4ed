# Two commands do everything on a fresh machine: `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_VERSION := $(shell cat .python-version)
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM := /usr/bin/chromium
HOST ?= 127.0.0.1
PORT ?= 8000
# A developer's machine runs in debug mode unless told otherwise; deployments set DJANGO_DEBUG=0 and a secret key.
export DJANGO_DEBUG ?= 1

.PHONY: help run test setup migrate seed browser-deps check clean

help:
	@echo "make run   - set up everything and serve the app at http://$(HOST):$(PORT)"
	@echo "make test  - set up everything and run every test, browser tests included"

$(VENV)/.installed: requirements.txt requirements-test.txt .python-version
	@command -v python$(PYTHON_VERSION) >/dev/null || { echo "Python $(PYTHON_VERSION) is needed (python$(PYTHON_VERSION) not found on PATH): install it, e.g. 'apt-get install python$(PYTHON_VERSION)-venv' or with pyenv." >&2; exit 1; }
	python$(PYTHON_VERSION) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the browser tests' assets: apt-get install npm" >&2; exit 1; }
	npm ci --no-audit --no-fund --silent
	touch $@

var:
	mkdir -p var/static

migrate: $(VENV)/.installed | var
	$(PY) manage.py migrate --noinput -v 0

seed: migrate
	$(PY) manage.py load_demo -v 0

setup: seed

browser-deps: node_modules/.installed
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's chromium for the browser tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "The browser tests need Debian's Chromium at $(CHROMIUM): run 'sudo apt-get install chromium', then 'make test' again." >&2; exit 1; \
	  fi; \
	fi

run: setup
	@echo "Serving at http://$(HOST):$(PORT)/  (stop with Ctrl-C)"
	@# The task worker extracts the events of documents added in the browser; it stops with the server.
	$(PY) manage.py db_worker --no-startup-delay -v 0 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver $(HOST):$(PORT)

test: setup browser-deps
	$(PY) -m pytest

check: $(VENV)/.installed
	$(PY) manage.py check

clean:
	rm -rf $(VENV) node_modules var
