-- Stored rounds go from schema version 2 to 3: the engine's input of every municipality (invoer, a DossierRecord)
-- records the version of the engine's rules it was computed with (regelversie). Every row stored so far was computed
-- before the correction of R8 (issue 15: leases count for the threshold "niet stijgen" too), so it gets version 1
-- (Regelversie.DREMPEL_ZONDER_HUURCONTRACTEN): replayed with those rules it gives its stored outcome again. Only the
-- input gains the field; no outcome, finding, step or letter changes. Rows of vastgestelde rounds are immutable by
-- trigger; the trigger is switched off for this conversion only. Open (CONCEPT) rounds are recomputed with the
-- current rules after the start (toezicht.ronde.RegelversieHerberekening), vastgestelde rounds keep their outcome.

alter table ronde_gemeente disable trigger ronde_gemeente_onveranderlijk;

update ronde_gemeente set invoer = jsonb_set(invoer, '{regelversie}', '1'::jsonb), schema_versie = 3
where schema_versie = 2 and invoer is not null;

update ronde_gemeente set schema_versie = 3 where schema_versie = 2 and invoer is null;

alter table ronde_gemeente enable trigger ronde_gemeente_onveranderlijk;
