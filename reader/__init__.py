"""Helder: an accessible newsletter reader."""

# The one version number: pyproject.toml reads it from here (setuptools' dynamic version),
# and Help > About, `helder --version`, the packages and the metainfo's release list show it.
__version__ = "0.1.0"
APP_ID = "nl.helder.Helder"
