"""Helder's core: models, parsing, storage and speech logic. Never imports Qt."""
