"""reader/core/sources/plaintext."""
