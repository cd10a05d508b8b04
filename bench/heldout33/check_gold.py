"""Sanity checks for heldout33/gold.jsonl: python -m bench.heldout33.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "q33"))
