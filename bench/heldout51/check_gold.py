"""Sanity checks for heldout51/gold.jsonl: python -m bench.heldout51.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "s51"))
