"""Held-out evaluation set 60: six fictional articles and hand-written labels."""
