-- The budget page shows a pot's source ("Bron: …") to the coordinator. V23 seeded team Den Haag's three pots with
-- the source as the engineers' inventory cites it, line references included ("inventaris §4.1, L49, …"): internal
-- references a coordinator cannot follow. The page shows the source in words; the line references stay in
-- docs/verhuisbox.md ("Seed"). Only a source still exactly as seeded changes: one a coordinator edited stays.

update vhb_pot set bron = 'Werkinstructie: jaarlijks flexibel budget € 50.000, richtlijn max. € 250 per cliënt'
where code = 'MAATWERK'
  and bron = 'Werkinstructie: jaarlijks flexibel budget € 50.000, richtlijn max. € 250 per cliënt (inventaris §4.1, L49, L1215, L9998–L10004)';

update vhb_pot set bron = 'Projectplan Verhuisbox Plus 2021: € 220.000 voor de Verhuisbox, zonder formatie; in 2021 besteed € 196.413,45'
where code = 'VERHUISBOX_PLUS'
  and bron = 'VHB+ project 2021: € 220.000 voor de Verhuisbox, excl. fte (inventaris §4.3, L2102–L2107, L5094–L5098; besteed 2021 € 196.413,45, L9269–L9282)';

update vhb_pot set bron = 'Pilot 2019: eerste huur en waarborgsom, 25 × € 1.000 als leenbijstand'
where code = 'LEENBIJSTAND'
  and bron = 'Pilotbudget 2019: eerste huur en waarborgsom 25 × € 1.000 als leenbijstand (inventaris §4.2, L4018–L4133)';
