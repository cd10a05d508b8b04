# conflict-claims: `make run` builds the warehouse from data/raw; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export DAGSTER_HOME := $(CURDIR)
# One run of every asset (pipeline/dagster_layer/jobs.py: run_command).
RUN_ALL = $(BIN)/dagster asset materialize -m pipeline.definitions --select '*'

.PHONY: run test lint ui schedules clean eval bench bench-scale instructions profile

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,cluster]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed  ## set up, materialise every asset on data/raw, print a summary
	mkdir -p .dagster
	$(RUN_ALL)
	$(BIN)/python -m pipeline.report

test: $(VENV)/.dev-installed lint  ## lint, then the whole test suite
	$(BIN)/pytest

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

ui: $(VENV)/.installed  ## the Dagster UI and daemon on http://127.0.0.1:3000 (no authentication)
	mkdir -p .dagster
	$(BIN)/dagster dev -h 127.0.0.1 -p 3000

schedules: $(VENV)/.installed
	$(BIN)/dagster schedule list -m pipeline.definitions

clean:  ## remove the warehouse, the working file and Dagster's state (not .venv)
	rm -rf .dagster data/.work data/warehouse.duckdb data/warehouse.duckdb.wal

eval: $(VENV)/.installed  ## score the extractor on the samples and on the held-out articles
	@for set in "data/raw tests/gold/seeds.jsonl" "bench/heldout/articles bench/heldout/gold.jsonl" \
	    "bench/heldout2/articles bench/heldout2/gold.jsonl" \
	    "bench/heldout3/articles bench/heldout3/gold.jsonl" \
	    "bench/heldout4/articles bench/heldout4/gold.jsonl" \
	    "bench/heldout5/articles bench/heldout5/gold.jsonl" \
	    "bench/heldout6/articles bench/heldout6/gold.jsonl" \
	    "bench/heldout7/articles bench/heldout7/gold.jsonl" \
	    "bench/heldout8/articles bench/heldout8/gold.jsonl" \
	    "bench/heldout9/articles bench/heldout9/gold.jsonl" \
	    "bench/heldout10/articles bench/heldout10/gold.jsonl" \
	    "bench/heldout11/articles bench/heldout11/gold.jsonl" \
	    "bench/heldout12/articles bench/heldout12/gold.jsonl" \
	    "bench/heldout13/articles bench/heldout13/gold.jsonl" \
	    "bench/heldout14/articles bench/heldout14/gold.jsonl" \
	    "bench/heldout15/articles bench/heldout15/gold.jsonl" \
	    "bench/heldout16/articles bench/heldout16/gold.jsonl" \
	    "bench/heldout17/articles bench/heldout17/gold.jsonl" \
	    "bench/heldout18/articles bench/heldout18/gold.jsonl" \
	    "bench/heldout19/articles bench/heldout19/gold.jsonl" \
	    "bench/heldout20/articles bench/heldout20/gold.jsonl" \
	    "bench/heldout21/articles bench/heldout21/gold.jsonl" \
	    "bench/heldout22/articles bench/heldout22/gold.jsonl" \
	    "bench/heldout23/articles bench/heldout23/gold.jsonl" \
	    "bench/heldout24/articles bench/heldout24/gold.jsonl" \
	    "bench/heldout25/articles bench/heldout25/gold.jsonl" \
	    "bench/heldout26/articles bench/heldout26/gold.jsonl" \
	    "bench/heldout27/articles bench/heldout27/gold.jsonl" \
	    "bench/heldout28/articles bench/heldout28/gold.jsonl" \
	    "bench/heldout29/articles bench/heldout29/gold.jsonl" \
	    "bench/heldout30/articles bench/heldout30/gold.jsonl" \
	    "bench/heldout31/articles bench/heldout31/gold.jsonl" \
	    "bench/heldout32/articles bench/heldout32/gold.jsonl" \
	    "bench/heldout33/articles bench/heldout33/gold.jsonl" \
	    "bench/heldout34/articles bench/heldout34/gold.jsonl" \
	    "bench/heldout35/articles bench/heldout35/gold.jsonl" \
	    "bench/heldout36/articles bench/heldout36/gold.jsonl" \
	    "bench/heldout37/articles bench/heldout37/gold.jsonl" \
	    "bench/heldout38/articles bench/heldout38/gold.jsonl" \
	    "bench/heldout39/articles bench/heldout39/gold.jsonl" \
	    "bench/heldout40/articles bench/heldout40/gold.jsonl" \
	    "bench/heldout41/articles bench/heldout41/gold.jsonl" \
	    "bench/heldout42/articles bench/heldout42/gold.jsonl" \
	    "bench/heldout43/articles bench/heldout43/gold.jsonl" \
	    "bench/heldout44/articles bench/heldout44/gold.jsonl" \
	    "bench/heldout45/articles bench/heldout45/gold.jsonl" \
	    "bench/heldout46/articles bench/heldout46/gold.jsonl" \
	    "bench/heldout47/articles bench/heldout47/gold.jsonl" \
	    "bench/heldout48/articles bench/heldout48/gold.jsonl" \
	    "bench/heldout49/articles bench/heldout49/gold.jsonl" \
	    "bench/heldout50/articles bench/heldout50/gold.jsonl" \
	    "bench/heldout51/articles bench/heldout51/gold.jsonl" \
	    "bench/heldout52/articles bench/heldout52/gold.jsonl" \
	    "bench/heldout53/articles bench/heldout53/gold.jsonl" \
	    "bench/heldout54/articles bench/heldout54/gold.jsonl" \
	    "bench/heldout55/articles bench/heldout55/gold.jsonl" \
	    "bench/heldout56/articles bench/heldout56/gold.jsonl" \
	    "bench/heldout57/articles bench/heldout57/gold.jsonl" \
	    "bench/heldout58/articles bench/heldout58/gold.jsonl" \
	    "bench/heldout59/articles bench/heldout59/gold.jsonl" \
	    "bench/heldout60/articles bench/heldout60/gold.jsonl" \
	    "bench/heldout61/articles bench/heldout61/gold.jsonl" \
	    "bench/heldout62/articles bench/heldout62/gold.jsonl" \
	    "bench/heldout63/articles bench/heldout63/gold.jsonl" \
	    "bench/heldout64/articles bench/heldout64/gold.jsonl" \
	    "bench/heldout65/articles bench/heldout65/gold.jsonl" \
	    "bench/heldout66/articles bench/heldout66/gold.jsonl" \
	    "bench/heldout67/articles bench/heldout67/gold.jsonl" \
	    "bench/heldout68/articles bench/heldout68/gold.jsonl" \
	    "bench/heldout69/articles bench/heldout69/gold.jsonl" \
	    "bench/heldout70/articles bench/heldout70/gold.jsonl" \
	    "bench/heldout71/articles bench/heldout71/gold.jsonl" \
	    "bench/heldout72/articles bench/heldout72/gold.jsonl" \
	    "bench/heldout73/articles bench/heldout73/gold.jsonl" \
	    "bench/heldout74/articles bench/heldout74/gold.jsonl" \
	    "bench/heldout75/articles bench/heldout75/gold.jsonl"; do \
	  set -- $$set; tmp=$$(mktemp -d); echo "== $$1"; \
	  CLAIMS_RAW_DIR=$$1 CLAIMS_DB=$$tmp/w.duckdb DAGSTER_HOME=$$tmp \
	    $(RUN_ALL) > $$tmp/log 2>&1 \
	    || { tail -20 $$tmp/log; exit 1; }; \
	  $(BIN)/python -m pipeline.evaluation --db $$tmp/w.duckdb --gold $$2; rm -rf $$tmp; \
	done

instructions: $(VENV)/.installed  ## instructions of parse and extract on 50 articles (valgrind)
	$(BIN)/python -m bench.instructions

MB ?= 20
TEMPLATES ?= samples
bench: $(VENV)/.installed  ## speed on a generated corpus of $(MB) MB, quantulum3 beside it
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.run --mb $(MB) --templates $(TEMPLATES)

ARTICLES ?= 1000000
bench-scale: $(VENV)/.installed  ## a night's runs on a warehouse of $(ARTICLES) articles (made by copying; 6-10 min, ~10 GB of disk)
	$(BIN)/python -m bench.scale --articles $(ARTICLES)

STAGE ?= extract
profile: $(VENV)/.installed  ## where $(STAGE) (extract or parse) spends its time, sampled by py-spy
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.profile --stage $(STAGE)
