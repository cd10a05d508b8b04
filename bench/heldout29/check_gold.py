"""Sanity checks for heldout29/gold.jsonl: python -m bench.heldout29.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "l29"))
