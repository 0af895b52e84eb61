"""reader/core/speech/voices."""
