"""Sanity checks for heldout15/gold.jsonl: python -m bench.heldout15.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "x15"))
