"""Renderers: each turns a document job into bytes of one format, listed in one registry."""
