"""reader/ui/briefing."""
