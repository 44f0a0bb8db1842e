-- Role assignments (platform.security): an account holds one or more, each a role with its own scope. The role and
-- scope of every existing account become its first assignment; the columns on gebruiker go. The scope an assignment
-- carries follows from its role (the same rule as Rol.scopesoort() in Java): none, a province, a municipality, a
-- Verhuisbox team, a programme, a department of a municipality, or a project. Programmes, departments and projects
-- belong to modules that do not exist yet: their ids are not foreign keys until those modules add them.
create table toewijzing (
    id              bigint generated always as identity primary key,
    gebruiker_id    bigint       not null references gebruiker (id) on delete cascade,
    rol             varchar(30)  not null,
    provincie_code  varchar(4),
    gemeente_code   varchar(6),
    team_id         bigint references vhb_team (id),
    programma_id    bigint,
    afdeling_code   varchar(20),
    project_id      bigint,
    -- who gave it: the administrator's management (BEHEER), or later an identity provider's group mapping (IDP),
    -- which replaces its own assignments at each sign-in and leaves the administrator's alone
    bron            varchar(10)  not null default 'BEHEER' check (bron in ('BEHEER', 'IDP')),
    aangemaakt_op   timestamptz  not null default now(),
    aangemaakt_door varchar(200) not null,
    constraint toewijzing_rol check (rol in ('BEHEERDER', 'TOEZICHTHOUDER', 'GEMEENTE', 'COA', 'AANMELDER', 'ICP',
        'CASEMANAGER', 'ADMINISTRATIEF', 'CONSULENT', 'COORDINATOR', 'RIJK', 'BELEIDSMEDEWERKER', 'PROGRAMMATEAM',
        'DIENST', 'PROJECTLEIDER', 'PROGRAMMAMANAGER', 'CONTROLLER', 'BESTUUR')),
    constraint toewijzing_scope check (case
        when rol in ('BEHEERDER', 'COA', 'RIJK')
            then num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 0
        when rol in ('TOEZICHTHOUDER', 'BELEIDSMEDEWERKER')
            then provincie_code is not null
                and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
        when rol in ('GEMEENTE', 'PROGRAMMATEAM', 'BESTUUR')
            then gemeente_code is not null
                and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
        when rol in ('AANMELDER', 'ICP', 'CASEMANAGER', 'ADMINISTRATIEF', 'CONSULENT', 'COORDINATOR')
            then team_id is not null
                and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
        when rol in ('PROGRAMMAMANAGER', 'CONTROLLER')
            then programma_id is not null
                and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
        when rol = 'DIENST'
            then gemeente_code is not null and afdeling_code is not null
                and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 2
        when rol = 'PROJECTLEIDER'
            then project_id is not null
                and num_nonnulls(provincie_code, gemeente_code, team_id, programma_id, afdeling_code, project_id) = 1
        else false end)
);
-- an account has a role in a scope once
create unique index toewijzing_uniek on toewijzing (gebruiker_id, rol, coalesce(provincie_code, ''),
    coalesce(gemeente_code, ''), coalesce(team_id, 0), coalesce(programma_id, 0), coalesce(afdeling_code, ''),
    coalesce(project_id, 0));
create index toewijzing_team_idx on toewijzing (team_id, rol) where team_id is not null;
create index toewijzing_rol_idx on toewijzing (rol);

insert into toewijzing (gebruiker_id, rol, provincie_code, gemeente_code, team_id, aangemaakt_op, aangemaakt_door)
select id, rol, provincie_code, gemeente_code, team_id, aangemaakt_op, 'migratie V40' from gebruiker;

alter table gebruiker drop column rol, drop column provincie_code, drop column gemeente_code, drop column team_id;

-- An account request names the assignments it asks for (a new account, or Verhuisbox roles for an existing one); the
-- team whose coordinator decides stays on the request. New kinds: Verhuisbox roles for an existing account
-- (TOEWIJZING), making an account with Verhuisbox roles active again (HERACTIVERING), and a new second factor
-- (TOTP_HERSTEL).
create table accountverzoek_toewijzing (
    verzoek_id      bigint      not null references accountverzoek (id),
    volgnummer      int         not null,
    rol             varchar(30) not null,
    provincie_code  varchar(4),
    gemeente_code   varchar(6),
    team_id         bigint,
    programma_id    bigint,
    afdeling_code   varchar(20),
    project_id      bigint,
    primary key (verzoek_id, volgnummer)
);
insert into accountverzoek_toewijzing (verzoek_id, volgnummer, rol, team_id)
select id, 1, rol, team_id from accountverzoek where soort = 'NIEUW_ACCOUNT';
alter table accountverzoek drop column rol;
alter table accountverzoek drop constraint accountverzoek_soort_check;
alter table accountverzoek add constraint accountverzoek_soort_check check (soort in ('NIEUW_ACCOUNT',
    'WACHTWOORD_HERSTEL', 'TOEWIJZING', 'HERACTIVERING', 'TOTP_HERSTEL'));

-- A signed-in session holds the account as it was at sign-in (with its single role): everyone signs in again.
delete from spring_session;
