"""`sk init`: a new project of one's own, with a region whose records pass `sk check --strict`."""
