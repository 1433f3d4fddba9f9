"""Drafting: a complete, personal draft for every planned message."""

from afterview.compose.composer import Composer

__all__ = ["Composer"]
