"""reader/ui/library/dialogs."""
