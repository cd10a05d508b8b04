"""Sanity checks for heldout10/gold.jsonl: python -m bench.heldout10.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "s10"))
