"""Sanity checks for heldout14/gold.jsonl: python -m bench.heldout14.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "w14"))
