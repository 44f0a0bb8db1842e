-- Three more kinds of reminder in herinnering (module brieven, issue 19 §7 and §8, ADR 0059): PEILDATUM (subject the
-- peildatum, '2022-07-01'), BEGUNSTIGINGSTERMIJN (subject '<besluit id>/<term>/bijna' or '.../verstreken') and
-- MAANDOVERZICHT (subject the month, '2022-05'). Numbered after V182, which set the check to the first two kinds: on a
-- fresh database a lower number would run before V182 and be undone by it.
alter table herinnering drop constraint herinnering_soort_check;
alter table herinnering add constraint herinnering_soort_check check (soort in ('TERMIJN_HUURCONTRACTEN', 'ACTIE',
    'PEILDATUM', 'BEGUNSTIGINGSTERMIJN', 'MAANDOVERZICHT'));
