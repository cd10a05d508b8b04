"""Sanity checks for heldout23/gold.jsonl: python -m bench.heldout23.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "f23"))
