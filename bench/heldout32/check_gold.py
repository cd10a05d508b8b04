"""Sanity checks for heldout32/gold.jsonl: python -m bench.heldout32.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "p32"))
