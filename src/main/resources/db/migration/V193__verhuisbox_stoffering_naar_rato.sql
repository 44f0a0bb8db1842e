-- Stoffering naar rato (issue 20 §4, ADR 0065): "Woning boven 80 m2? Dan naar rato berekenen stoffering" (source
-- L10024). A rule may say from which floor area its guideline (richtbedrag) is scaled by m² / that area; the grant keeps
-- the floor area it was proposed with (covered by the immutability trigger vhb_verstrekking_vast, which compares whole
-- rows). No soort has its own if: the column decides.
alter table vhb_regel
    add column naar_rato_boven_m2 int check (naar_rato_boven_m2 between 1 and 1000);
comment on column vhb_regel.naar_rato_boven_m2 is
    'Richtbedrag geldt tot deze woonoppervlakte; daarboven richtbedrag × m² / deze oppervlakte (L10024). Null: niet naar rato.';

alter table vhb_verstrekking
    add column woonoppervlakte int check (woonoppervlakte between 1 and 1000);
comment on column vhb_verstrekking.woonoppervlakte is
    'Woonoppervlakte in m² waarmee het voorstel is gedaan (voor een soort die naar rato wordt berekend).';

-- Stoffering is part of the furnishing grant (inrichtingskosten, L10011–L10024): its guideline is for a home up to 80 m².
update vhb_regel set naar_rato_boven_m2 = 80 where soort = 'INRICHTING';
