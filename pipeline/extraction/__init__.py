"""Numeric-claim extraction: number grammar, lexicons and attribution, in plain Python."""
