"""reader/ui/window."""
