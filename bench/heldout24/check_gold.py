"""Sanity checks for heldout24/gold.jsonl: python -m bench.heldout24.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "g24"))
