"""reader/ui/library."""
