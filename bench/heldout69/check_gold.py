"""Sanity checks for heldout69/gold.jsonl: python -m bench.heldout69.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "s69"))
