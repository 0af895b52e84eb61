"""reader/core/speech/engines."""
