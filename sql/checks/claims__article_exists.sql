-- Every claim's article is in the warehouse: claims leave with their article.
-- (That each claim's span points at its surface in the raw text is checked as it is validated,
-- on the articles of the run alone: see `source_failures` in pipeline/schemas.py.)
select
    c.claim_id,
    c.article_id,
    c.span_start,
    c.span_end,
    c.surface
from claims as c
where c.article_id not in (select article_id from articles)
