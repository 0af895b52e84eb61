"""Helder's Qt user interface: a thin layer over reader.core."""
