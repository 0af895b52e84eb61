"""reader/core/prefs."""
