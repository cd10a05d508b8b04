"""Sanity checks for heldout31/gold.jsonl: python -m bench.heldout31.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "n31"))
