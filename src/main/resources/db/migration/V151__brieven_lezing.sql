-- The read log of the municipality's letters (module brieven, docs/toezicht-cyclus.md, issue 19 §2, ADR 0050): every
-- time a municipality (role GEMEENTE) opens or downloads its frozen letter in its portal — which it can only once the
-- letter was sent — a row with who, with which role, when, from which address, and the letter it read. A read, never a
-- change of the letter (brief stays as it was frozen). The province sees "geopend op" per municipality on the sending
-- page. Rows are never changed or deleted (the trigger of V9). Written and read only by brieven.internal.LeesOpslag.
create table brief_lezing (
    id             bigint generated always as identity primary key,
    ronde_id       bigint        not null references beoordelingsronde (id),
    ronde_versie   int           not null,
    gemeente_code  varchar(6)    not null references gemeente (code),
    kenmerk        varchar(40)   not null,
    soort          varchar(8)    not null check (soort in ('PDF', 'HTML')),
    actor          varchar(200)  not null,
    rol            varchar(40)   not null,
    adres          varchar(300),
    op             timestamptz   not null default now()
);
create index brief_lezing_brief_idx on brief_lezing (ronde_id, ronde_versie, gemeente_code);
create trigger brief_lezing_onveranderlijk before update or delete on brief_lezing
    for each row execute function brief_onveranderlijk();
