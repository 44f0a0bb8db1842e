-- Toezichtbrieven. A letter of a final (VASTGESTELD) round is generated once and then frozen: its PDF/A and HTML are
-- stored with their SHA-256 and are never changed. Each frozen letter has a kenmerk (document reference) from its
-- province's series; a kenmerk is never reused, not even when a round is reopened and made final again (the new
-- letter gets a new kenmerk; the old letter stays on record).

-- One series per province: the prefix of its kenmerken and the last number handed out.
create table brief_kenmerkreeks (
    provincie_code varchar(4)  primary key references provincie (code),
    prefix         varchar(10) not null unique check (prefix ~ '^[A-Z]{2,6}$'),
    laatste        bigint      not null default 0 check (laatste >= 0)
);

insert into brief_kenmerkreeks (provincie_code, prefix)
select v.code, v.prefix
from (values ('PV20', 'PGR'), ('PV21', 'PFR'), ('PV22', 'PDR'), ('PV23', 'POV'), ('PV24', 'PFL'),
             ('PV25', 'PGLD'), ('PV26', 'PUT'), ('PV27', 'PNH'), ('PV28', 'PZH'), ('PV29', 'PZL'),
             ('PV30', 'PNB'), ('PV31', 'PLB')) as v (code, prefix)
where exists (select 1 from provincie p where p.code = v.code);

-- Every kenmerk handed out, bound to the one letter it was reserved for: a municipality in a round at the round's
-- version when it was made final. Rows are never updated or deleted.
create table brief_kenmerk (
    kenmerk           varchar(30)  primary key,
    provincie_code    varchar(4)   not null references provincie (code),
    volgnummer        bigint       not null,
    ronde_id          bigint       not null references beoordelingsronde (id),
    ronde_versie      int          not null,
    gemeente_code     varchar(6)   not null references gemeente (code),
    gereserveerd_door varchar(200) not null,
    gereserveerd_op   timestamptz  not null default now(),
    unique (provincie_code, volgnummer),
    unique (ronde_id, gemeente_code, ronde_versie)
);

-- The frozen letters.
create table brief (
    id              bigint generated always as identity primary key,
    ronde_id        bigint       not null references beoordelingsronde (id),
    ronde_versie    int          not null,
    gemeente_code   varchar(6)   not null references gemeente (code),
    kenmerk         varchar(30)  not null unique references brief_kenmerk (kenmerk),
    datum           date         not null,
    sha256          char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    pdf             bytea        not null,
    html            text         not null,
    gegenereerd_door varchar(200) not null,
    gegenereerd_op  timestamptz  not null default now(),
    unique (ronde_id, gemeente_code, ronde_versie)
);

create function brief_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'een vastgelegde brief of kenmerk kan niet worden gewijzigd of verwijderd';
end;
$$;
create trigger brief_onveranderlijk before update or delete on brief
    for each row execute function brief_onveranderlijk();
create trigger brief_kenmerk_onveranderlijk before update or delete on brief_kenmerk
    for each row execute function brief_onveranderlijk();
