"""One module per input format; each turns content into an Issue."""
