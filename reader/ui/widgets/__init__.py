"""reader/ui/widgets."""
