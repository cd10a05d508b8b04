"""Sanity checks for heldout16/gold.jsonl: python -m bench.heldout16.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "y16"))
