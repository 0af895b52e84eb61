"""reader/ui/speech."""
