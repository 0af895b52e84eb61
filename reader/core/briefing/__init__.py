"""reader/core/briefing."""
