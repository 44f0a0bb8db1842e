-- Imports of figures report how many figures were new, changed (a new version) and unchanged (skipped); the history
-- of one municipality's figures is read by municipality, over current and replaced rows.

alter table cijfer_import add column aantal_nieuw int not null default 0;
alter table cijfer_import add column aantal_ongewijzigd int not null default 0;
comment on column cijfer_import.aantal_gewijzigd is 'figures whose value changed: the old row got vervangen_op';

create index taakstelling_gemeente on taakstelling (gemeente_code);
create index beginstand_gemeente on beginstand (gemeente_code);
create index coa_stand_gemeente on coa_stand (gemeente_code, periode, datum);
create index coa_definitief_gemeente on coa_definitief (gemeente_code);
create index huurcontract_gemeente on huurcontract (gemeente_code, periode);
