"""reader/core/sources/pdf."""
