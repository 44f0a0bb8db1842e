-- Accounts and the append-only audit trail.

create table gebruiker (
    id               bigint generated always as identity primary key,
    gebruikersnaam   varchar(100) not null unique,
    wachtwoord_hash  varchar(255) not null,
    rol              varchar(30)  not null check (rol in ('BEHEERDER', 'TOEZICHTHOUDER', 'GEMEENTE', 'COA')),
    provincie_code   varchar(4),
    gemeente_code    varchar(6),
    actief           boolean      not null default true,
    aangemaakt_op    timestamptz  not null default now(),
    gewijzigd_op     timestamptz  not null default now()
);

create table audit_log (
    id          bigint generated always as identity primary key,
    tijdstip    timestamptz  not null default now(),
    actor       varchar(100) not null,
    actie       varchar(100) not null,
    object_type varchar(100) not null,
    object_id   varchar(200),
    oude_waarde jsonb,
    nieuwe_waarde jsonb,
    client      varchar(200)
);
create index audit_log_tijdstip_idx on audit_log (tijdstip);
create index audit_log_object_idx on audit_log (object_type, object_id);

-- The audit trail is append-only: the database refuses updates and deletes, whoever asks.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
