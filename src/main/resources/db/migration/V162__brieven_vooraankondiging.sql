-- Step 4 of the interventieladder as a legal document (module brieven, docs/toezicht-cyclus.md §3, issue 19 §3,
-- ADR 0054): the vooraankondiging of Gedeputeerde Staten. Not a second record: the step-5 record (V156) gets its step
-- (trede '4' or '5'), so a vooraankondiging is drafted, decided (GS date and number, frozen PDF/A) and sent (the one
-- sender, brief_verzending.besluit_id, V157) exactly as a besluit tot indeplaatsstelling. Its own facts: the round it
-- was drafted from (ronde_id, the municipality's outcome there being step 4) or the supervisor's reason (reden), the
-- intended intervention (voornemen), the term the municipality still has (termijn_tot), the copy line frozen with the
-- letter (afschrift: the council, through the griffie contacts of the register) and its publication (date, where, an
-- optional link; who recorded it and when). A decided vooraankondiging without publication is on the supervisor's
-- worklist. Read and written only by brieven.internal.IndeplaatsstellingOpslag.
alter table indeplaatsstelling add column trede varchar(1) not null default '5'
    constraint indeplaatsstelling_trede_waarden check (trede in ('4', '5'));
alter table indeplaatsstelling add column ronde_id bigint references beoordelingsronde (id);
alter table indeplaatsstelling add column reden text;
alter table indeplaatsstelling add column voornemen text;
alter table indeplaatsstelling add column termijn_tot date;
alter table indeplaatsstelling add column afschrift text;
alter table indeplaatsstelling add column gepubliceerd_op date;
alter table indeplaatsstelling add column publicatie_plaats varchar(200);
alter table indeplaatsstelling add column publicatie_link varchar(500);
alter table indeplaatsstelling add column publicatie_door varchar(200);
alter table indeplaatsstelling add column publicatie_vastgelegd_op timestamptz;
alter table indeplaatsstelling add constraint indeplaatsstelling_trede_4
    check (trede = '4' and voornemen is not null and termijn_tot is not null and (ronde_id is not null or reden is not null)
        or trede = '5' and voornemen is null and termijn_tot is null and ronde_id is null and reden is null
            and gepubliceerd_op is null);
alter table indeplaatsstelling add constraint indeplaatsstelling_publicatie
    check ((gepubliceerd_op is null) = (publicatie_plaats is null)
        and (gepubliceerd_op is null) = (publicatie_door is null)
        and (gepubliceerd_op is null) = (publicatie_vastgelegd_op is null)
        and (gepubliceerd_op is null or status = 'BESLOTEN')
        and (publicatie_link is null or gepubliceerd_op is not null));
create index indeplaatsstelling_ongepubliceerd_idx on indeplaatsstelling (provincie_code)
    where trede = '4' and status = 'BESLOTEN' and gepubliceerd_op is null;
