-- Claims by weapon_type, action and unit, over claims of category weapon.
-- NULL keys show as 'unknown'; totals are sums of the claims' values in their stated unit.
with scoped as (
    select *
    from claims
    where category = 'weapon'
)

select
    cast(coalesce(weapon_type, 'unknown') as varchar) as weapon_type,
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
order by n_claims desc, total_value desc, weapon_type, action, unit
