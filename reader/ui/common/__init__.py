"""reader/ui/common."""
