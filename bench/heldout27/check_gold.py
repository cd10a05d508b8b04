"""Sanity checks for heldout27/gold.jsonl: python -m bench.heldout27.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "j27"))
