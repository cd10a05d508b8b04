"""Sanity checks for heldout5/gold.jsonl: python -m bench.heldout5.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "n"))
