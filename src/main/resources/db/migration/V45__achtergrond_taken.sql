-- Background work that survives restarts and runs once across instances (platform.achtergrond, ADR 0014).

-- db-scheduler's own table (schema of db-scheduler 16.x for PostgreSQL): one row per scheduled execution, picked by
-- one instance at a time (select … for update skip locked), with a heartbeat while it runs; an execution whose
-- heartbeat stopped (its instance was killed) is picked up again by another or the next instance.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- What a person sees of a job: its kind and key, state, progress, attempts, the instance that runs it and the last
-- error. One row per kind and key (the latest job of, e.g., the letters of round 7), written by whichever instance
-- plans or runs it, so every instance shows the same. The job's data is kept here too (JSON), so that a job that
-- failed for good can be started again from the administrator's page. Every time a kind and key is planned anew,
-- keer counts up; db-scheduler's execution is '<sleutel>#<keer>', so a new job never collides with the execution of
-- the previous one that is still being completed, and an execution of an earlier time does nothing.
create table achtergrondtaak (
    id               bigint generated always as identity primary key,
    soort            varchar(60)  not null,
    sleutel          varchar(200) not null,
    omschrijving     varchar(300) not null,
    status           varchar(10)  not null check (status in ('GEPLAND', 'BEZIG', 'KLAAR', 'MISLUKT')),
    totaal           int check (totaal >= 0),
    klaar            int          not null default 0 check (klaar >= 0),
    pogingen         int          not null default 0 check (pogingen >= 0),
    keer             int          not null default 1 check (keer >= 1),
    terugkerend      boolean      not null default false,
    gepland_op       timestamptz  not null,
    volgende_op      timestamptz,
    gestart_op       timestamptz,
    gereed_op        timestamptz,
    instantie        varchar(200),
    laatste_fout     varchar(2000),
    gegevens         text,
    aangevraagd_door varchar(200) not null,
    unique (soort, sleutel)
);
create index achtergrondtaak_status_idx on achtergrondtaak (status, gepland_op);
