-- claim_id identifies one claim.
select
    claim_id,
    count(*) as n
from claims
group by claim_id
having count(*) > 1
