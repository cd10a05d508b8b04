"""Sanity checks for heldout57/gold.jsonl: python -m bench.heldout57.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "s57"))
