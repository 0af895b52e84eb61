"""reader/core/sources/html."""
