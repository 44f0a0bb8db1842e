-- Tasks of a team that belong to no case (verhuisbox.traject): an account request of the team for its coordinator
-- to approve or refuse, by the request's id in platform.security.
alter table vhb_taak alter column casus_id drop not null;
alter table vhb_taak add column team_id bigint references vhb_team (id);
alter table vhb_taak add column accountverzoek_id bigint;
alter table vhb_taak add constraint vhb_taak_casus_of_team check ((casus_id is null) = (team_id is not null)
    and (accountverzoek_id is null or casus_id is null));
create unique index vhb_taak_accountverzoek_idx on vhb_taak (accountverzoek_id) where accountverzoek_id is not null;
