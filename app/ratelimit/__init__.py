"""Failed-attempt throttling with exponential back-off, kept in the database
so that it holds across every API worker."""
