"""Sanity checks for heldout17/gold.jsonl: python -m bench.heldout17.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "z17"))
