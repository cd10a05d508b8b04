"""Sanity checks for heldout20/gold.jsonl: python -m bench.heldout20.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "c20"))
