"""Sanity checks for heldout19/gold.jsonl: python -m bench.heldout19.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "b19"))
