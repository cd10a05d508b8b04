"""Sanity checks for heldout73/gold.jsonl: python -m bench.heldout73.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "s73"))
