-- API tokens for systems: only the SHA-256 of the token is stored; revoked tokens stay for the record.
create table api_token (
    id                 bigint generated always as identity primary key,
    naam               varchar(100) not null,
    token_hash         char(64)     not null unique,
    gebruiker_id       bigint       not null references gebruiker (id),
    aangemaakt_op      timestamptz  not null default now(),
    aangemaakt_door    varchar(200) not null,
    laatst_gebruikt_op timestamptz,
    ingetrokken_op     timestamptz
);

alter table gebruiker add constraint gebruiker_scope check (
    (rol = 'TOEZICHTHOUDER' and provincie_code is not null and gemeente_code is null)
    or (rol = 'GEMEENTE' and gemeente_code is not null and provincie_code is null)
    or (rol in ('BEHEERDER', 'COA') and provincie_code is null and gemeente_code is null));
