-- A project's facts the doorbraakplan tracks (issue 17 §5, docs/aanbod.md "Project facts"): aanbod.Bronfeiten gets
-- an optional nested part "projectfeiten" (requirements, target groups, terms, funding, GO-decision, Ukrainian use,
-- stadsdeel, advice). That is schema version 2 of the stored facts. A version of schema 1 has the same shape without
-- the part, so converting it is relabelling it; aanbod.internal.BronOpslag still reads both.
alter table aanbod_bron_versie drop constraint aanbod_bron_versie_schema_versie_check;
alter table aanbod_bron_versie add constraint aanbod_bron_versie_schema_versie_check check (schema_versie in (1, 2));
update aanbod_bron_versie set schema_versie = 2 where schema_versie = 1;
