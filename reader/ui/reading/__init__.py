"""reader/ui/reading."""
