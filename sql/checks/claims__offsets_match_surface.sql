-- Every claim's span points at its surface text in the raw article.
select
    c.claim_id,
    c.article_id,
    c.span_start,
    c.span_end,
    c.surface
from claims as c
left join articles as a using (article_id)
where a.article_id is null
    or substr(a.raw_text, c.span_start + 1, c.span_end - c.span_start) <> c.surface
