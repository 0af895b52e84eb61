# Helder: `make run` opens the app on its sample issue; `make test` runs ruff and every test.
# Both start with `make setup`: system packages where missing, .venv, translations.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup run test lint bench screenshots translations update-translations clean

setup:
	@bash scripts/setup.sh
	@$(MAKE) --no-print-directory translations

# Interface texts: edited in reader/assets/i18n/*.ts, compiled into the package as .qm
# (not committed; wheels and bundles carry them, so nothing compiles at start-up).
I18N := reader/assets/i18n
LANGS := nl en

translations: $(LANGS:%=$(I18N)/helder_%.qm)

$(I18N)/%.qm: $(I18N)/%.ts
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract every tr() string from the code into the .ts files (then translate the new ones).
update-translations:
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find reader -name '*.py' | sort) \
		-ts $(LANGS:%=$(I18N)/helder_%.ts)

run: setup
	@bash scripts/run.sh $(ARGS)

lint: setup
	$(VENV)/bin/ruff check reader tests benchmarks scripts

test: setup
	$(VENV)/bin/ruff check reader tests benchmarks scripts
	@bash scripts/test.sh

bench: setup
	@bash scripts/bench.sh

# Every view in every built-in theme at 100-400 %: contact sheets in docs/screenshots/sweep/.
screenshots: setup
	$(PY) scripts/sweep_screenshots.py docs/screenshots/sweep

clean:
	rm -rf $(VENV) $(I18N)/*.qm .pytest_cache .ruff_cache
