"""reader/core/net."""
