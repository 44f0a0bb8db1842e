-- Rounds of a beleidskader of another calendar (ADR 0033): a round's peildatum is a peildatum of its kader's
-- calendar (25 January for a kader that judges the year on the 25th; 15 April for a toets on the 15th), which
-- RondeService checks against the kader. The database keeps what every calendar shares: a peildag of 1 to 28
-- (kalender.peildag). Zuid-Holland's 1 January/April/July/October remain peildata.
alter table beoordelingsronde drop constraint beoordelingsronde_peildatum_check;
alter table beoordelingsronde add constraint beoordelingsronde_peildatum_check
    check (extract(day from peildatum) between 1 and 28);
