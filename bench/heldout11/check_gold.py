"""Sanity checks for heldout11/gold.jsonl: python -m bench.heldout11.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "t11"))
