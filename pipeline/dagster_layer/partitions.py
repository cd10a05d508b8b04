"""Shards: the partitions of the parse and extract stages, with CLAIMS_SHARDS=1.

An article belongs to a shard by the first hex digit of its content-derived id: shard "0-1"
holds the ids that start with 0 or 1, and so on to "e-f". The 8 shards are even in size,
stable across runs and independent of file names or dates. (Each shard costs a few events per
run in Dagster's storage: 8 keeps a run with nothing new under 5 seconds.) The
Dagster UI shows each shard's status; a backfill of some shards parses and extracts only their
articles. The parse and extract assets take any set of shards in one run
(`BackfillPolicy.single_run`), and the nightly job asks for all of them.

Off by default: `dagster asset materialize --select '*'` refuses a selection that mixes
partitioned and unpartitioned assets, and ingest and validation are not partitioned. With
shards on, runs go through `dagster job execute` with `ALL_SHARDS_TAGS` (`run_command`).
"""

import dagster as dg

SHARD_KEYS = [f"{i:x}-{i + 1:x}" for i in range(0, 16, 2)]
SHARDS = dg.StaticPartitionsDefinition(SHARD_KEYS)
SINGLE_RUN = dg.BackfillPolicy.single_run()

# Run tags for one run over every shard (what `make run` and the nightly schedule send).
ALL_SHARDS_TAGS = {
    "dagster/asset_partition_range_start": SHARD_KEYS[0],
    "dagster/asset_partition_range_end": SHARD_KEYS[-1],
}


def shard_partitioning(on: bool) -> dict:
    """Decorator arguments that partition an asset by shard, or none."""
    return {"partitions_def": SHARDS, "backfill_policy": SINGLE_RUN} if on else {}


def shards_of(context: dg.AssetExecutionContext) -> list[str]:
    """The shards this run materialises: its partition key or range, else every shard."""
    if not context.has_partition_key_range and not context.has_partition_key:
        return list(SHARD_KEYS)
    return list(context.partition_keys)


def shard_of(article_id: str) -> str:
    """The shard of an article id."""
    digit = int(article_id[0], 16) // 2 * 2
    return f"{digit:x}-{digit + 1:x}"


def shard_filter(shards: list[str], column: str = "article_id") -> str:
    """A SQL condition that keeps rows of `shards` (only known shard keys reach the SQL)."""
    if sorted(shards) == SHARD_KEYS:
        return "true"
    digits = ", ".join(f"'{d}'" for s in shards if s in SHARD_KEYS for d in s.split("-"))
    return f"substr({column}, 1, 1) in ({digits or 'NULL'})"
