"""The record commands: add, list, show, due, draft, edit, approve, log, outcome,
export, import and calendar. Each group lives in a small module of its own."""

import importlib

# Importing a module registers its commands; this order is the order in --help.
for _module in ("records_write", "records_view", "records_io"):
    importlib.import_module(f"afterview.cli.{_module}")
