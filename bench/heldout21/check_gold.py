"""Sanity checks for heldout21/gold.jsonl: python -m bench.heldout21.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "d21"))
