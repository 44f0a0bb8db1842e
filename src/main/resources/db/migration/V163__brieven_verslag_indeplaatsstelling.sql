-- Step 6 of the interventieladder as a legal document (module brieven, docs/toezicht-cyclus.md §3, issue 19 §3,
-- ADR 0054): the verslag (record) of the indeplaatsstelling — what the province did in the municipality's place and at
-- its cost. The same record as steps 4 and 5 (trede '6'): drafted, decided (GS date and number, frozen PDF/A) and sent
-- (brief_verzending.besluit_id) as they are. Its own facts: the decided besluit tot indeplaatsstelling (step 5) of the
-- same municipality it carries out (besluit_id), the actions with their dates (indeplaatsstelling_actie), the costs
-- (indeplaatsstelling_kosten; the total is computed, never stored or typed), a reasoned amount to recover other than
-- the total (terug_te_vorderen with terugvordering_reden; null: the total) and the recovery's invoice and payment
-- dates. Read and written only by brieven.internal.IndeplaatsstellingOpslag.
alter table indeplaatsstelling drop constraint indeplaatsstelling_trede_waarden;
alter table indeplaatsstelling add constraint indeplaatsstelling_trede_waarden check (trede in ('4', '5', '6'));
alter table indeplaatsstelling add column besluit_id bigint references indeplaatsstelling (id);
alter table indeplaatsstelling add column terug_te_vorderen numeric(14, 2) check (terug_te_vorderen >= 0);
alter table indeplaatsstelling add column terugvordering_reden text;
alter table indeplaatsstelling add column factuurdatum date;
alter table indeplaatsstelling add column betaald_op date;
alter table indeplaatsstelling drop constraint indeplaatsstelling_trede_4;
alter table indeplaatsstelling add constraint indeplaatsstelling_trede_4
    check (trede = '4' and voornemen is not null and termijn_tot is not null and (ronde_id is not null or reden is not null)
        or trede in ('5', '6') and voornemen is null and termijn_tot is null and ronde_id is null and reden is null
            and gepubliceerd_op is null);
alter table indeplaatsstelling add constraint indeplaatsstelling_trede_6
    check (trede = '6' and besluit_id is not null
        or trede in ('4', '5') and besluit_id is null and terug_te_vorderen is null and factuurdatum is null);
alter table indeplaatsstelling add constraint indeplaatsstelling_terugvordering
    check ((terug_te_vorderen is null) = (terugvordering_reden is null)
        and (factuurdatum is null or status = 'BESLOTEN')
        and (betaald_op is null or factuurdatum is not null));
create index indeplaatsstelling_besluit_idx on indeplaatsstelling (besluit_id) where besluit_id is not null;

create table indeplaatsstelling_actie (
    indeplaatsstelling_id bigint not null references indeplaatsstelling (id) on delete cascade,
    volgnummer            int    not null check (volgnummer >= 1),
    datum                 date   not null,
    omschrijving          text   not null,
    primary key (indeplaatsstelling_id, volgnummer)
);

create table indeplaatsstelling_kosten (
    indeplaatsstelling_id bigint         not null references indeplaatsstelling (id) on delete cascade,
    volgnummer            int            not null check (volgnummer >= 1),
    omschrijving          varchar(500)   not null,
    bedrag                numeric(14, 2) not null check (bedrag > 0),
    primary key (indeplaatsstelling_id, volgnummer)
);
