"""reader/ui/speech/dialogs."""
