-- Withdrawing a published beleidskader and the register's state shared by every instance (docs/beleidskader.md,
-- ADR 0023, issue 15 §5).
-- A published version that no round used may be withdrawn (INGETROKKEN): rounds no longer use it and its
-- predecessor holds again up to its own end or the next kader. Who, when and why are kept with the version.
alter table beleidskader_versie drop constraint beleidskader_versie_status_check;
alter table beleidskader_versie add constraint beleidskader_versie_status_check
    check (status in ('CONCEPT', 'GEPUBLICEERD', 'INGETROKKEN'));
alter table beleidskader_versie add column ingetrokken_door varchar(200);
alter table beleidskader_versie add column ingetrokken_op timestamptz;
alter table beleidskader_versie add column intrekkingsreden varchar(1000);
alter table beleidskader_versie add constraint beleidskader_versie_ingetrokken_check
    check ((status = 'INGETROKKEN') = (ingetrokken_op is not null));

-- One row: its versie rises in the transaction of every publication and withdrawal. Every instance compares it with
-- the versie its register loaded (at most once a second) and reloads the published kaders when it differs; the row
-- lock also puts publications and withdrawals one after the other across instances.
create table beleidskader_stand (
    id     int    primary key check (id = 1),
    versie bigint not null
);
insert into beleidskader_stand (id, versie) values (1, 0);
