"""Sanity checks for heldout72/gold.jsonl: python -m bench.heldout72.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "s72"))
