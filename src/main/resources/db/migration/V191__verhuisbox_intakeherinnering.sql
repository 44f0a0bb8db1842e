-- The reminder of an intake appointment (issue 20 §3 "reminders"): an e-mail to the client on the working day
-- before the appointment, by a daily background job (verhuisbox-intakeherinneringen). herinnerd_op is claimed in the
-- job's transaction together with the outbox message, so an appointment is reminded at most once; moving it clears
-- the claim (the client is reminded of the new day). The reminder is kept with the appointment's other e-mails.
alter table vhb_intakeafspraak add column herinnerd_op timestamptz;
alter table vhb_intakebericht drop constraint vhb_intakebericht_soort_check;
alter table vhb_intakebericht add constraint vhb_intakebericht_soort_check
    check (soort in ('GEPLAND', 'GEWIJZIGD', 'HERINNERING'));
create index vhb_intakeafspraak_te_herinneren on vhb_intakeafspraak (datum) where uitkomst is null and herinnerd_op is null;
