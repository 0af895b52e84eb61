"""reader/core/text."""
