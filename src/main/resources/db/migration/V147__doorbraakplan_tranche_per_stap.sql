-- The tranche a step put a lead in, so that the funnel of a tranche on a peildatum counts the leads that were in it on
-- that day (the second tranche had 9 locations on 25 January 2022; a tenth joined on 27 January), not the ones in it
-- today. A lead is in tranche T on day D when the last step on or before D that named a tranche named T.
alter table dbp_lead_stap add column tranche_id bigint references dbp_tranche (id);

-- Leads put in a tranche before this column existed: the tranche is recorded on the step that designated the lead
-- (AANWIJZEN, where a tranche is required), or else on the lead's first step — the day it entered the register, the
-- earliest the tranche can have applied; nothing later is invented.
update dbp_lead_stap s set tranche_id = l.tranche_id
from dbp_lead l
where s.lead_id = l.id and l.tranche_id is not null
  and s.id = coalesce(
      (select min(a.id) from dbp_lead_stap a where a.lead_id = l.id and a.stap = 'AANWIJZEN'),
      (select min(e.id) from dbp_lead_stap e where e.lead_id = l.id));
