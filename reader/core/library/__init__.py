"""reader/core/library."""
