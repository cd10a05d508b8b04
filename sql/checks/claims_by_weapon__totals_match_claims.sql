-- The summary's claim count and value total equal those of the claims it covers.
with summary as (
    select
        cast(coalesce(sum(n_claims), 0) as bigint) as n_claims,
        cast(coalesce(sum(total_value), 0) as double) as total_value
    from claims_by_weapon
),

source as (
    select
        cast(count(*) as bigint) as n_claims,
        cast(coalesce(sum(value), 0) as double) as total_value
    from claims
    where category = 'weapon'
)

select
    summary.n_claims as summary_claims,
    source.n_claims as source_claims,
    summary.total_value as summary_total,
    source.total_value as source_total
from summary, source
where summary.n_claims <> source.n_claims
    or abs(summary.total_value - source.total_value) > 1e-6 * greatest(1, abs(source.total_value))
