"""Sanity checks for heldout12/gold.jsonl: python -m bench.heldout12.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "u12"))
