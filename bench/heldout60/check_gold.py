"""Sanity checks for heldout60/gold.jsonl: python -m bench.heldout60.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "s60"))
