-- Every claim's span points at its surface text in the raw article.
-- The articles stream past and each one's claims are looked up: the join builds its table
-- from the small claim columns (the connection keeps DuckDB from swapping the sides), so the
-- raw texts never have to fit in memory.
select
    c.claim_id,
    c.article_id,
    c.span_start,
    c.span_end,
    c.surface
from articles as a
join claims as c on c.article_id = a.article_id
where substr(a.raw_text, c.span_start + 1, c.span_end - c.span_start) <> c.surface
union all
select
    c.claim_id,
    c.article_id,
    c.span_start,
    c.span_end,
    c.surface
from claims as c
where c.article_id not in (select article_id from articles)
