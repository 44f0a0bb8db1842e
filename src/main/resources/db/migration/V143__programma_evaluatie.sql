-- Evaluation moments of a programme (issue 18 §5, docs/programma.md "De voortgangsrapportage"): per programme one or
-- more moments with their date, planned or held, the outcome and who recorded it. Recording one is a version of the
-- programme (programma_versie: what, who, when, why; the plan unchanged), so a write names the programme's version
-- (If-Match) as every other write of the programme. Read and written only by programma.internal.EvaluatieOpslag.
create table programma_evaluatie (
    programma_id  bigint        not null references programma (id),
    nummer        int           not null check (nummer between 1 and 999),
    naam          varchar(200)  not null,
    datum         date          not null,
    status        varchar(20)   not null check (status in ('GEPLAND', 'GEHOUDEN')),
    uitkomst      varchar(4000),
    project       int,
    versie        int           not null check (versie >= 1),
    door          varchar(200)  not null,
    op            timestamptz   not null default now(),
    primary key (programma_id, nummer)
);
