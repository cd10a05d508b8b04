-- Claims by region, action and unit, over all claims.
-- NULL keys show as 'unknown'; totals are sums of the claims' values in their stated unit.
with scoped as (
    select *
    from claims
)

select
    cast(coalesce(region, 'unknown') as varchar) as region,
    cast(coalesce(action, 'unknown') as varchar) as action,
    cast(coalesce(unit, 'unknown') as varchar) as unit,
    cast(count(*) as bigint) as n_claims,
    cast(count(distinct article_id) as bigint) as n_articles,
    cast(count(distinct claimant) as bigint) as n_claimants,
    -- summed as decimals: a sum of doubles depends on row order, and re-runs must be identical
    cast(sum(cast(value as decimal(38, 6))) as double) as total_value,
    cast(min(value) as double) as min_value,
    cast(max(value) as double) as max_value
from scoped
group by all
order by n_claims desc, total_value desc, region, action, unit
