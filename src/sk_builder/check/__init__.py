"""`sk check`: drafting rules with stable codes (SK3nn) run over a loaded project."""
