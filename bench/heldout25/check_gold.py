"""Sanity checks for heldout25/gold.jsonl: python -m bench.heldout25.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "h25"))
