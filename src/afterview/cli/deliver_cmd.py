"""Commands not written yet."""
