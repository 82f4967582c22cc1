# The two set-up commands: `make site` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test lint serve clean golden bench

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev,nlp]"
	@touch $(STAMP)

site: $(STAMP)
	$(BIN)/briefsite build --sources sources --briefs briefs --site site

# pytest exits 5 when it collects no tests (e.g. PYTEST_ARGS="-k nothing"): say so, do not fail.
test: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/mypy
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests (exit 5)"; exit 0; fi; exit $$rc

lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/mypy

serve: $(STAMP)
	$(BIN)/briefsite serve

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache

# Regenerate the golden briefs of the demo sources (tests/golden/) and the committed briefs/ after an
# intended change of the generated Markdown; review the diff, then commit both.
golden: $(STAMP)
	BRIEFSITE_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_site_golden.py

# Throughput and memory per stage, then the summary line of each of the three scorers.
SHARED ?= ../shared
EXTRACT := $(BIN)/briefsite extract --format json
bench: $(STAMP)
	$(BIN)/briefsite bench $(SHARED)/sources
	@$(EXTRACT) $(SHARED)/sources/*.txt > .bench-gold.json; \
	$(BIN)/python $(SHARED)/eval/score_gold.py .bench-gold.json | tail -n 1; rm -f .bench-gold.json
	@$(BIN)/python $(SHARED)/eval/score_timeml.py --cmd "$(EXTRACT)" $(SHARED)/corpora/timebank-aquaint | tail -n 1
	@$(BIN)/python $(SHARED)/eval/score_summary.py --cmd "$(EXTRACT)" $(SHARED)/corpora/bbc-news-dev | tail -n 1
