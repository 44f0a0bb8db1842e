-- The sending of letters (V145) generalised to a besluit of the interventieladder (issue 19 §3, ADR 0052): a row
-- sends either a round's frozen letter (ronde_id, ronde_versie) or a decided besluit tot indeplaatsstelling
-- (besluit_id), never both; still one row per letter and addressee. Read and written only by
-- brieven.internal.VerzendOpslag.
alter table brief_verzending alter column ronde_id drop not null;
alter table brief_verzending alter column ronde_versie drop not null;
alter table brief_verzending add column besluit_id bigint references indeplaatsstelling (id);
alter table brief_verzending add constraint brief_verzending_een_brief
    check ((ronde_id is not null and ronde_versie is not null and besluit_id is null)
        or (ronde_id is null and ronde_versie is null and besluit_id is not null));
create unique index brief_verzending_besluit_uniek on brief_verzending (besluit_id, contact_id)
    where besluit_id is not null;
