"""Shards: the partitions of the parse and extract stages.

An article belongs to the shard named by the first hex digit of its content-derived id, so the
16 shards are even in size, stable across runs and independent of file names or dates. The
Dagster UI shows each shard's status; a backfill of some shards parses and extracts only their
articles. The parse and extract assets take any set of shards in one run
(`BackfillPolicy.single_run`), and the nightly job asks for all of them.
"""

import dagster as dg

SHARD_KEYS = [f"{i:x}" for i in range(16)]
SHARDS = dg.StaticPartitionsDefinition(SHARD_KEYS)
SINGLE_RUN = dg.BackfillPolicy.single_run()

# Run tags for one run over every shard (what `make run` and the nightly schedule send).
ALL_SHARDS_TAGS = {
    "dagster/asset_partition_range_start": SHARD_KEYS[0],
    "dagster/asset_partition_range_end": SHARD_KEYS[-1],
}


def shards_of(context: dg.AssetExecutionContext) -> list[str]:
    """The shards this run materialises: its partition key or range, else every shard."""
    if not context.has_partition_key_range and not context.has_partition_key:
        return list(SHARD_KEYS)
    return list(context.partition_keys)


def shard_filter(shards: list[str], column: str = "article_id") -> str:
    """A SQL condition that keeps rows of `shards`; shard keys are single hex digits."""
    if sorted(shards) == SHARD_KEYS:
        return "true"
    keys = ", ".join(f"'{s}'" for s in shards if s in SHARD_KEYS)
    return f"substr({column}, 1, 1) in ({keys or 'NULL'})"
