"""One module per user-facing tool; the provider registers every algorithm found here."""
