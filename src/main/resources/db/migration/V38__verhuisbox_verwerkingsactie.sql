-- Verwerkingenlogging as the VNG standard Verwerkingenlogging models it: a processing action (verwerkingsactie: who,
-- when, why, what) with the objects it processed (verwerkte objecten). A row of vhb_verwerking stays one case, so a
-- person's processings are found per case (AVG-inzage); the rows of one action — a list, a worklist, an export that
-- showed several cases — share its id. Rows logged before are each an action of their own.
alter table vhb_verwerking add column actie_id uuid not null default gen_random_uuid();
create index vhb_verwerking_actie_idx on vhb_verwerking (actie_id);
