"""Sanity checks for heldout13/gold.jsonl: python -m bench.heldout13.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "v13"))
