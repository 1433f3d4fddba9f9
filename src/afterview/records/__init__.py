"""Services over the store: adding interview files, outcomes, export/import, calendar."""
