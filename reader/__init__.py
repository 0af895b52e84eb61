"""Helder: an accessible newsletter reader."""

__version__ = "0.1.0"
APP_ID = "nl.helder.Helder"
