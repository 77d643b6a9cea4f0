# polcompare: the README's commands. Each target creates .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LINT   := polcompare tests notebooks fuzz eval $(wildcard bench)

.PHONY: report test test-fast lint bench bench-quick lab fuzz clean eval

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lab,dask,align,progress,export]'
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/polcompare report

# Everything, browser (Chromium), JupyterLab, notebook, 50 MB and Dask tests included.
test: $(STAMP)
	$(BIN)/ruff check $(LINT)
	$(BIN)/python -m pytest -n auto

# Without the slow, browser and JupyterLab groups: a few minutes.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n auto -m "not slow and not browser and not lab"

lint: $(STAMP)
	$(BIN)/ruff check $(LINT)
	$(BIN)/ruff format --check $(LINT)
	$(BIN)/mypy

# Timings on distinct texts (10, 100, 1,000 documents; the 500-document report in Chromium)
# -> bench/results.md, committed; then the seed-based timings -> bench/results.json.
# BENCH_ARGS go to bench/distinct.py, e.g. BENCH_ARGS="--sizes 10,100,1000,10000 --dask".
# bench-quick: 10 and 100 documents, one round, no report or notebooks (about 2 minutes),
# written to bench/results-quick.md (not committed).
BENCH_ARGS ?=
bench: $(STAMP)
	$(BIN)/python bench/distinct.py $(BENCH_ARGS)
	$(BIN)/python bench/run.py

bench-quick: $(STAMP)
	$(BIN)/python bench/distinct.py --sizes 10,100 --repeat 1 --report-docs 0 --out bench/results-quick.md
	$(BIN)/python bench/run.py --mb 2 --repeat 1 --skip-notebooks --skip-big --out bench/results-quick.json

# JupyterLab on the notebooks; the venv's python3 kernelspec comes first. As root (a
# container), JupyterLab refuses to start without --allow-root.
LAB_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)
lab: $(STAMP)
	JUPYTER_PATH=$(CURDIR)/$(VENV)/share/jupyter $(BIN)/jupyter lab --ServerApp.root_dir=notebooks $(LAB_ROOT)

# Coverage-guided fuzzing of read_bytes (atheris); FUZZ_SECONDS bounds the run.
FUZZ_SECONDS ?= 300
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	$(BIN)/python fuzz/fuzz_read.py -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 -max_len=8192 -dict=fuzz/read.dict -artifact_prefix=fuzz/ fuzz/corpus

clean:
	rm -rf $(VENV) reports .pytest_cache

# The parser against the hand-labelled evaluation set (eval/parse/), and the theme
# dictionaries against the hand-coded gold sets (eval/themes/): dev and test halves apart.
eval: $(STAMP)
	$(BIN)/python eval/run.py --write
	$(BIN)/python eval/themes_run.py --write
	$(BIN)/python eval/align_run.py --write
	$(BIN)/python eval/series_run.py --write
