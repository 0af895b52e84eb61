"""reader/ui/display."""
