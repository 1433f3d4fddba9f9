"""A clean note for the grammar rules' must-pass examples."""

GRAMMAR_NOTE = (
    "Dear Jane,\n\nThank you. It's clear that its own team is strong.\n\nBest,\nPriya Raman"
)
