-- Issue 20 §2, ADR 0061: the 20 areas of the annex "Krimp- en anticipeergebieden" of the Verhuisbox letter of
-- 14 May 2019 (002:L4183-L4221; footnotes L3892-L3893; the OCR's "De Mame" is De Marne) for every team that exists now;
-- a team made later starts with an empty register.
--
-- PROVENANCE (read before relying on the gemeenten):
-- * Kind (KRIMPGEBIED / ANTICIPEERGEBIED) and the names: the annex as written (9 krimpgebieden, 11 anticipeergebieden).
-- * Level: the reports call krimp and anticipeer areas "zeer kansrijk" (002:L8706, L8744-L8765: "We zijn in 2019
--   gestart met krimpgemeenten en anticipeer gebieden"); that is the level ZEER_LAAG (weinig spanning), the only level
--   that makes a search region zeer kansrijk (ADR 0061). No source gives a level of any other area: those are not set.
-- * Gemeenten: the annex names areas, not gemeenten. The composition below was RECONSTRUCTED BY WOONREGIE from the
--   public Rijksoverheid list the source links (002:L8706, rijksoverheid.nl/onderwerpen/bevolkingsdaling/
--   krimpgebieden-en-anticipeergebieden) on the gemeentelijke indeling of 2024 (referentiedata/gemeenten-2024.csv) and
--   MUST BE CHECKED BY THE TEAM (the register page lets the coordinator change it). Choices made:
--   De Marne (merged 2019) -> Het Hogeland, which is larger than De Marne was; Oost-Groningen without Midden-Groningen
--   (only its former Menterwolde part belonged to it); Westelijke Mijnstreek without the former Schinnen (now part of
--   Beekdaelen, listed under Parkstad Limburg); Achterhoek = the eight gemeenten of Regio Achterhoek; Zuidoost-Fryslan
--   is left without gemeenten (its composition could not be named with confidence).
insert into vhb_zoekgebied (team_id, naam, soort, druk, gemeenten, bron, gewijzigd_door)
select t.id, g.naam, g.soort, 'ZEER_LAAG', g.gemeenten::varchar(6)[],
       'Bijlage krimp- en anticipeergebieden bij de Verhuisbox (14 mei 2019, 002:L4183-L4221): '
           || case g.soort when 'KRIMPGEBIED' then 'krimpgebied' else 'anticipeergebied' end
           || ', zeer kansrijk (002:L8706). Samenstelling gereconstrueerd door Woonregie uit de lijst van de '
           || 'Rijksoverheid; door het team te controleren.',
       'migratie V183'
from vhb_team t cross join (values
    ('Eemsdelta', 'KRIMPGEBIED', '{GM1979}'),
    ('Oost-Groningen', 'KRIMPGEBIED', '{GM1895,GM0765,GM0037,GM0047,GM1950}'),
    ('De Marne', 'KRIMPGEBIED', '{GM1966}'),
    ('Parkstad Limburg', 'KRIMPGEBIED', '{GM0899,GM0917,GM0928,GM0882,GM0965,GM0986,GM1954}'),
    ('Maastricht-Mergelland', 'KRIMPGEBIED', '{GM0935,GM1903,GM1729,GM0938,GM0981,GM0994}'),
    ('Westelijke Mijnstreek', 'KRIMPGEBIED', '{GM0888,GM1883,GM0971}'),
    ('Zeeuws-Vlaanderen', 'KRIMPGEBIED', '{GM0677,GM1714,GM0715}'),
    ('Achterhoek', 'KRIMPGEBIED', '{GM0197,GM1859,GM1876,GM0222,GM1955,GM1586,GM1509,GM0294}'),
    ('Noord-Oost Friesland', 'KRIMPGEBIED', '{GM0059,GM1891,GM1970,GM0737}'),
    ('Noord-West Friesland', 'ANTICIPEERGEBIED', '{GM0072,GM1949}'),
    ('Friese Waddeneilanden', 'ANTICIPEERGEBIED', '{GM0096,GM0093,GM0060,GM0088}'),
    ('Zuid-Oost Friesland', 'ANTICIPEERGEBIED', '{}'),
    ('Oost-Drenthe', 'ANTICIPEERGEBIED', '{GM1680,GM1681,GM0114,GM0109}'),
    ('Kop van Noord-Holland', 'ANTICIPEERGEBIED', '{GM0400,GM1911,GM0441,GM0448}'),
    ('Walcheren', 'ANTICIPEERGEBIED', '{GM0687,GM0717,GM0718}'),
    ('Schouwen-Duiveland', 'ANTICIPEERGEBIED', '{GM1676}'),
    ('Krimpenerwaard', 'ANTICIPEERGEBIED', '{GM1931}'),
    ('Hoeksche Waard', 'ANTICIPEERGEBIED', '{GM1963}'),
    ('Noord-Limburg', 'ANTICIPEERGEBIED', '{GM0889,GM0893,GM0907,GM1507,GM0944,GM1894,GM0983,GM0984}'),
    ('Midden-Limburg', 'ANTICIPEERGEBIED', '{GM1711,GM1640,GM1641,GM0946,GM1669,GM0957,GM0988}'))
    as g (naam, soort, gemeenten);
