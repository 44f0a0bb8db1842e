package nl.woonregie.platform.importbestand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.woonregie.platform.export.CsvLezer;

/**
 * Turns an uploaded CSV or XLSX file into a {@link Tabel} with the expected columns. The first row holds the column
 * names (matched case-insensitively, surrounding white space ignored). Missing required columns, unknown and
 * duplicate columns, and rows with more fields than the header are added to the {@link Fouten}; the rows are read
 * anyway, so that their errors can be listed in the same answer. Empty rows are skipped.
 */
public final class TabelLezer {

    /** The most data rows a file may have. */
    public static final int MAX_RIJEN = 100_000;
    /** The header, at most {@link #MAX_RIJEN} rows and one more, to notice that there are too many. */
    private static final CsvLezer CSV = CsvLezer.puntkommaOfKomma().spatiesRondVeldenNegeren()
            .hoogstens(MAX_RIJEN + 2);

    private TabelLezer() {
    }

    public static Tabel lees(Bestand bestand, List<Kolom> verwacht, Fouten fouten) {
        List<Record> records = records(bestand, fouten, 1);
        if (records.isEmpty() || records.get(0).isLeeg()) {
            throw Fouten.onleesbaar("de eerste regel moet de kolomnamen bevatten ("
                    + verwacht.stream().map(Kolom::naam).collect(Collectors.joining(", ")) + ")");
        }
        Map<String, Kolom> opNaam = new HashMap<>();
        verwacht.forEach(k -> opNaam.put(k.naam().toLowerCase(Locale.ROOT), k));
        Record kop = records.get(0);
        String[] kolomVan = new String[kop.velden().size()];
        Set<String> aanwezig = new LinkedHashSet<>();
        List<Integer> naamloos = new ArrayList<>();
        for (int i = 0; i < kop.velden().size(); i++) {
            String naam = kop.velden().get(i).strip();
            if (naam.isEmpty()) {
                naamloos.add(i);
                continue;
            }
            Kolom k = opNaam.get(naam.toLowerCase(Locale.ROOT));
            if (k == null) {
                fouten.kolom(naam, "onbekende kolom; verwacht: "
                        + verwacht.stream().map(Kolom::naam).collect(Collectors.joining(", ")));
            } else if (!aanwezig.add(k.naam())) {
                fouten.kolom(k.naam(), "staat meer dan eens in de kopregel");
            } else {
                kolomVan[i] = k.naam();
            }
        }
        for (Kolom k : verwacht) {
            if (k.verplicht() && !aanwezig.contains(k.naam())) {
                fouten.kolom(k.naam(), "ontbreekt in de kopregel");
            }
        }
        List<Tabel.Rij> rijen = new ArrayList<>(records.size() - 1);
        boolean naamloosMetWaarden = false;
        for (int r = 1; r < records.size(); r++) {
            Record record = records.get(r);
            if (record.isLeeg()) {
                continue;
            }
            List<String> velden = record.velden();
            for (int i = kolomVan.length; i < velden.size(); i++) {
                if (!velden.get(i).isBlank()) {
                    fouten.regel(record.regel(), "heeft " + aantalGevuld(velden) + " velden, meer dan de "
                            + kolomVan.length + " kolommen van de kopregel");
                    break;
                }
            }
            for (int i : naamloos) {
                if (i < velden.size() && !velden.get(i).isBlank()) {
                    naamloosMetWaarden = true;
                }
            }
            Map<String, String> waarden = new LinkedHashMap<>();
            for (int i = 0; i < kolomVan.length; i++) {
                if (kolomVan[i] != null) {
                    waarden.put(kolomVan[i], i < velden.size() ? velden.get(i).strip() : "");
                }
            }
            rijen.add(new Tabel.Rij(record.regel(), waarden));
        }
        if (naamloosMetWaarden) {
            fouten.kolom(naamloos.get(0) + 1 + "", "een kolom zonder naam in de kopregel bevat waarden");
        }
        if (rijen.isEmpty() && fouten.isLeeg()) {
            throw Fouten.onleesbaar("het bestand bevat alleen een kopregel en geen gegevens");
        }
        return new Tabel(aanwezig, rijen);
    }

    private static List<Record> records(Bestand bestand, Fouten fouten, int kopregel) {
        if (bestand.inhoud().length == 0) {
            throw Fouten.onleesbaar("het bestand is leeg");
        }
        return bestand.formaat() == Bestand.Formaat.XLSX
                ? XlsxLezer.lees(bestand.inhoud(), fouten, MAX_RIJEN)
                : leesCsv(bestand.inhoud(), fouten, kopregel);
    }

    /**
     * A foreign file through a {@link Kolomkoppeling}: the header on its line (the lines above it skipped), each
     * expected column from the file's column it is coupled to or its fixed value, the file's other columns ignored,
     * rows holding a text to skip in any cell (a total) and rows whose coupled cells are all empty left out. Errors name the
     * file's own columns ("regel 7, kolom Gerealiseerd (gehuisvest)"), and the lines as the file numbers them.
     */
    public static Tabel lees(Bestand bestand, List<Kolom> verwacht, Kolomkoppeling koppeling, Fouten fouten) {
        List<Record> records = records(bestand, fouten, koppeling.koprij());
        fouten.noem(koppeling);
        Record kop = records.stream().filter(r -> r.regel() == koppeling.koprij()).findFirst().orElse(null);
        if (kop == null || kop.isLeeg()) {
            throw Fouten.onleesbaar("regel " + koppeling.koprij() + " is leeg of bestaat niet; volgens de "
                    + "kolomindeling staan daar de kolomnamen");
        }
        Map<String, Integer> inKop = new HashMap<>();
        Set<String> dubbel = new HashSet<>();
        for (int i = 0; i < kop.velden().size(); i++) {
            String naam = kop.velden().get(i).strip().toLowerCase(Locale.ROOT);
            if (!naam.isEmpty() && inKop.putIfAbsent(naam, i) != null) {
                dubbel.add(naam);
            }
        }
        Map<String, Integer> kolomIndex = new LinkedHashMap<>();
        Set<String> aanwezig = new LinkedHashSet<>();
        for (Kolom k : verwacht) {
            String bron = koppeling.kolommen().get(k.naam());
            if (bron != null) {
                String sleutel = bron.strip().toLowerCase(Locale.ROOT);
                if (!inKop.containsKey(sleutel)) {
                    fouten.kolom(k.naam(), "ontbreekt in de kopregel (regel " + koppeling.koprij() + ")");
                } else if (dubbel.contains(sleutel)) {
                    fouten.kolom(k.naam(), "staat meer dan eens in de kopregel");
                } else {
                    kolomIndex.put(k.naam(), inKop.get(sleutel));
                    aanwezig.add(k.naam());
                }
            } else if (koppeling.vasteWaarden().containsKey(k.naam())) {
                aanwezig.add(k.naam());
            } else if (k.verplicht()) {
                fouten.kolom(k.naam(), "is in de kolomindeling niet gekoppeld aan een kolom van het bestand");
            }
        }
        Set<String> overslaan = koppeling.overslaanKlein();
        List<Tabel.Rij> rijen = new ArrayList<>();
        for (Record record : records) {
            if (record.regel() <= koppeling.koprij() || record.isLeeg()) {
                continue;
            }
            Map<String, String> waarden = new LinkedHashMap<>();
            boolean leeg = true;
            for (Map.Entry<String, Integer> e : kolomIndex.entrySet()) {
                int i = e.getValue();
                String waarde = i < record.velden().size() ? record.velden().get(i).strip() : "";
                leeg &= waarde.isEmpty();
                waarden.put(e.getKey(), waarde);
            }
            boolean totaal = record.velden().stream()
                    .anyMatch(v -> overslaan.contains(v.strip().toLowerCase(Locale.ROOT)));
            if (leeg || totaal) {
                continue;
            }
            for (Kolom k : verwacht) {
                if (!kolomIndex.containsKey(k.naam()) && koppeling.vasteWaarden().containsKey(k.naam())) {
                    waarden.put(k.naam(), koppeling.vasteWaarden().get(k.naam()).strip());
                }
            }
            rijen.add(new Tabel.Rij(record.regel(), waarden));
        }
        if (rijen.isEmpty() && fouten.isLeeg()) {
            throw Fouten.onleesbaar("het bestand bevat onder de kopregel (regel " + koppeling.koprij()
                    + ") geen gegevens");
        }
        return new Tabel(aanwezig, rijen);
    }

    /**
     * The column names of a file on the given line, for choosing a coupling: in the file's order, empty ones left
     * out; empty when the line is empty or absent.
     */
    public static List<String> kopregel(Bestand bestand, int koprij) {
        Fouten fouten = new Fouten();
        return records(bestand, fouten, koprij).stream().filter(r -> r.regel() == koprij).findFirst()
                .map(r -> r.velden().stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList())
                .orElse(List.of());
    }

    /**
     * CSV as exported by spreadsheet programs ({@link CsvLezer}: Commons CSV, strict UTF-8, {@code ;} or {@code ,}).
     * A quote error is named with its line and ends reading; the rows before it are checked as well.
     */
    private static List<Record> leesCsv(byte[] inhoud, Fouten fouten, int kopregel) {
        CsvLezer.Gelezen gelezen = (kopregel == 1 ? CSV : CSV.kopregelOp(kopregel)).lees(inhoud);
        CsvLezer.Fout fout = gelezen.fout();
        if (fout != null && fout.soort() == CsvLezer.Soort.GEEN_UTF8) {
            throw Fouten.onleesbaar("het is geen geldige UTF-8-tekst (eerste ongeldige teken op regel " + fout.regel()
                    + "); sla het bestand op als \"CSV UTF-8\" of als XLSX");
        }
        if (fout != null) {
            fouten.regel(fout.regel(), fout.soort() == CsvLezer.Soort.AANHALINGSTEKEN_MIDDEN_IN_VELD
                    ? fout.reden() + "; zet het hele veld tussen aanhalingstekens en verdubbel aanhalingstekens erin"
                    : fout.reden());
        }
        List<Record> records = gelezen.regels().stream().map(r -> new Record(r.regel(), r.velden())).toList();
        if (records.size() > MAX_RIJEN + 1) {
            fouten.bestand("meer dan " + MAX_RIJEN + " regels; splits het bestand");
        }
        return records;
    }

    private static int aantalGevuld(List<String> velden) {
        int laatste = velden.size();
        while (laatste > 0 && velden.get(laatste - 1).isBlank()) {
            laatste--;
        }
        return laatste;
    }
}
