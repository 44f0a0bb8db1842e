-- How a province's decisions go out by e-mail (module brieven, docs/toezicht-cyclus.md, issue 19 §2, ADR 0055): the
-- PDF/A attached to the cover e-mail (BIJLAGE, what every e-mail did before) or a secure download link in it
-- (DOWNLOADLINK) that works for geldigheid_dagen days. Kept per province with history: every change is a new row (the
-- highest versie is the current setting), with who, when and why; rows are never changed. No row: BIJLAGE, 30 days.
-- Applies at the moment of sending to the round's letters and to a besluit tot indeplaatsstelling. Read and written
-- only by brieven.internal.VerzendinstellingOpslag.
create table brief_verzendinstelling (
    id                bigint generated always as identity primary key,
    provincie_code    varchar(4)    not null references provincie (code),
    versie            int           not null check (versie >= 1),
    vorm              varchar(16)   not null check (vorm in ('BIJLAGE', 'DOWNLOADLINK')),
    geldigheid_dagen  int           not null check (geldigheid_dagen between 1 and 365),
    reden             varchar(1000) not null,
    door              varchar(200)  not null,
    op                timestamptz   not null default now(),
    unique (provincie_code, versie)
);
create trigger brief_verzendinstelling_onveranderlijk before update or delete on brief_verzendinstelling
    for each row execute function brief_onveranderlijk();
