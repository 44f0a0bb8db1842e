package nl.woonregie.gebied.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * The reference data of {@code classpath:referentiedata/}, read, joined and checked against itself. Pure Java (no
 * database), so that the data can be tested on its own; {@link V3__Referentiedata} writes it to the database.
 *
 * <p>Validity periods are half-open, as in the tables: {@code geldigVanaf} inclusive (null: already valid when the
 * register starts), {@code geldigTot} exclusive (null: still valid).
 */
final class Referentiedata {

    static final String MAP = "referentiedata/";
    static final String PROVINCIES = "provincies-2024.csv";
    static final String GEMEENTEN = "gemeenten-2024.csv";
    static final String HERINDELINGEN = "herindelingen-sinds-2022.csv";
    static final String VEILIGHEIDSREGIOS = "veiligheidsregio-gemeenten-2024.csv";
    static final String VEILIGHEIDSREGIOS_2022 = "veiligheidsregio-gemeenten-2022-bron.csv";
    static final String BEVOLKING = "bevolking-gemeenten-per-jaar.csv";
    /** The files that are loaded, in a fixed order (the checksum of the migration depends on it). */
    static final List<String> BESTANDEN = List.of(PROVINCIES, GEMEENTEN, HERINDELINGEN, VEILIGHEIDSREGIOS,
            VEILIGHEIDSREGIOS_2022, BEVOLKING);

    /** From this date on the register of gemeenten is complete (every merger since then is recorded). */
    static final LocalDate REGISTER_BEGIN = LocalDate.of(2022, 1, 1);
    static final String VEILIGHEIDSREGIO = "VEILIGHEIDSREGIO";

    private static final Pattern PROVINCIECODE = Pattern.compile("PV(2[0-9]|3[01])");
    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");
    private static final Pattern VRCODE = Pattern.compile("VR\\d{2}");

    record Provincie(String code, String naam) {
    }

    record Gemeente(String code, String naam, String provincieCode, LocalDate geldigVanaf, LocalDate geldigTot,
            String opgegaanIn) {

        boolean geldigOp(LocalDate dag) {
            return (geldigVanaf == null || !dag.isBefore(geldigVanaf)) && (geldigTot == null || dag.isBefore(geldigTot));
        }
    }

    record Regio(String code, String naam, String soort) {
    }

    record Lidmaatschap(String regioCode, String gemeenteCode, LocalDate geldigVanaf, LocalDate geldigTot) {
    }

    record Bevolking(String gemeenteCode, LocalDate peildatum, int inwoners, String naamInBron) {
    }

    final List<Provincie> provincies;
    final List<Gemeente> gemeenten;
    final List<Regio> regios;
    final List<Lidmaatschap> lidmaatschappen;
    final List<Bevolking> bevolking;
    final long checksum;

    private Referentiedata(List<Provincie> provincies, List<Gemeente> gemeenten, List<Regio> regios,
            List<Lidmaatschap> lidmaatschappen, List<Bevolking> bevolking, long checksum) {
        this.provincies = List.copyOf(provincies);
        this.gemeenten = List.copyOf(gemeenten);
        this.regios = List.copyOf(regios);
        this.lidmaatschappen = List.copyOf(lidmaatschappen);
        this.bevolking = List.copyOf(bevolking);
        this.checksum = checksum;
    }

    /** Reads the files from the class path (the application's own resources, never the file system). */
    static Referentiedata vanClasspath() {
        return lees(Referentiedata::bytesVanClasspath);
    }

    static byte[] bytesVanClasspath(String bestand) {
        String pad = MAP + bestand;
        try (InputStream in = Referentiedata.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Referentiedata ontbreekt op het classpath: " + pad);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + pad + " niet lezen", e);
        }
    }

    /** CRC32 over the names and contents of {@link #BESTANDEN}. */
    static long checksum(Function<String, byte[]> bestanden) {
        CRC32 crc = new CRC32();
        for (String bestand : BESTANDEN) {
            crc.update(bestand.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(bestanden.apply(bestand));
            crc.update(0);
        }
        return crc.getValue();
    }

    static Referentiedata lees(Function<String, byte[]> bestanden) {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        for (String bestand : BESTANDEN) {
            inhoud.put(bestand, bestanden.apply(bestand));
        }
        long checksum = checksum(inhoud::get);
        Fouten fouten = new Fouten();

        // Provinces.
        Map<String, Provincie> provincies = new TreeMap<>();
        Map<String, Integer> aantalVolgensBestand = new HashMap<>();
        for (Csv.Rij rij : Csv.lees(inhoud.get(PROVINCIES), PROVINCIES)) {
            String code = rij.verplicht("code");
            fouten.als(!PROVINCIECODE.matcher(code).matches(), rij, "ongeldige provinciecode " + code);
            fouten.als(provincies.put(code, new Provincie(code, rij.verplicht("naam"))) != null, rij,
                    "provincie " + code + " staat er twee keer in");
            aantalVolgensBestand.put(code, geheelGetal(rij, "aantal_gemeenten", fouten));
        }

        // Current gemeenten (2024 indeling).
        Map<String, Gemeente> gemeenten = new TreeMap<>();
        for (Csv.Rij rij : Csv.lees(inhoud.get(GEMEENTEN), GEMEENTEN)) {
            String code = rij.verplicht("code");
            String provincie = rij.verplicht("provincie_code");
            fouten.als(!GEMEENTECODE.matcher(code).matches(), rij, "ongeldige gemeentecode " + code);
            Provincie p = provincies.get(provincie);
            fouten.als(p == null, rij, "onbekende provincie " + provincie);
            fouten.als(p != null && !p.naam().equals(rij.verplicht("provincie_naam")), rij,
                    "provincienaam wijkt af van " + PROVINCIES);
            fouten.als(gemeenten.put(code, new Gemeente(code, rij.verplicht("naam"), provincie, null, null, null))
                    != null, rij, "gemeente " + code + " staat er twee keer in");
        }
        Set<String> huidige = new TreeSet<>(gemeenten.keySet());
        Map<String, Long> perProvincie = gemeenten.values().stream()
                .collect(Collectors.groupingBy(Gemeente::provincieCode, Collectors.counting()));
        provincies.keySet().forEach(code -> fouten.als(
                !Objects.equals(aantalVolgensBestand.get(code), perProvincie.getOrDefault(code, 0L).intValue()),
                PROVINCIES + ": aantal_gemeenten van " + code + " is " + aantalVolgensBestand.get(code) + ", maar "
                        + GEMEENTEN + " heeft er " + perProvincie.getOrDefault(code, 0L)));

        // Herindelingen since the start of the register: end the old gemeente, start a new one.
        Map<String, LocalDate> einde = new HashMap<>();
        for (Csv.Rij rij : Csv.lees(inhoud.get(HERINDELINGEN), HERINDELINGEN)) {
            LocalDate datum = datum(rij, "datum", fouten);
            String code = rij.verplicht("code");
            String doel = rij.verplicht("opgegaan_in");
            String provincie = rij.verplicht("provincie_code");
            String nieuw = rij.verplicht("opgegaan_in_is_nieuw");
            fouten.als(!GEMEENTECODE.matcher(code).matches(), rij, "ongeldige gemeentecode " + code);
            fouten.als(huidige.contains(code), rij, code + " bestaat nog in " + GEMEENTEN);
            Gemeente opvolger = gemeenten.get(doel);
            fouten.als(opvolger == null || !huidige.contains(doel), rij,
                    "opgegaan_in " + doel + " is geen huidige gemeente");
            fouten.als(opvolger != null && !opvolger.provincieCode().equals(provincie), rij,
                    "provincie " + provincie + " wijkt af van die van " + doel);
            fouten.als(!provincies.containsKey(provincie), rij, "onbekende provincie " + provincie);
            fouten.als(!nieuw.equals("ja") && !nieuw.equals("nee"), rij, "opgegaan_in_is_nieuw moet ja of nee zijn");
            fouten.als(datum != null && datum.isBefore(REGISTER_BEGIN), rij,
                    "herindelingen voor " + REGISTER_BEGIN + " vallen buiten het register");
            if (fouten.heeft() || datum == null || opvolger == null) {
                continue;
            }
            if (nieuw.equals("ja")) {
                fouten.als(opvolger.geldigVanaf() != null && !opvolger.geldigVanaf().equals(datum), rij,
                        doel + " kan niet op twee data ontstaan");
                gemeenten.put(doel, new Gemeente(doel, opvolger.naam(), opvolger.provincieCode(), datum, null, null));
            }
            fouten.als(gemeenten.put(code, new Gemeente(code, rij.verplicht("naam"), provincie, null, datum, doel))
                    != null, rij, code + " staat er twee keer in");
            einde.put(code, datum);
        }

        // Veiligheidsregio's: the 2024 file for the current gemeenten, the 2022 source for the merged ones.
        Map<String, Regio> regios = new TreeMap<>();
        List<Lidmaatschap> lidmaatschappen = new ArrayList<>();
        Map<String, String> vrVan = new HashMap<>();
        for (Csv.Rij rij : Csv.lees(inhoud.get(VEILIGHEIDSREGIOS), VEILIGHEIDSREGIOS)) {
            String code = rij.verplicht("code");
            String vr = rij.verplicht("veiligheidsregio_code");
            regio(regios, vr, rij.verplicht("veiligheidsregio_naam"), rij, fouten);
            Gemeente g = gemeenten.get(code);
            fouten.als(g == null || !huidige.contains(code), rij, code + " is geen huidige gemeente");
            fouten.als(vrVan.put(code, vr) != null, rij, code + " staat er twee keer in");
            fouten.als(g != null && !g.provincieCode().equals(rij.verplicht("provincie_code")), rij,
                    "provincie wijkt af van " + GEMEENTEN);
            if (g != null) {
                lidmaatschappen.add(new Lidmaatschap(vr, code, g.geldigVanaf(), null));
            }
        }
        fouten.als(!vrVan.keySet().equals(huidige), VEILIGHEIDSREGIOS + " noemt niet precies de huidige gemeenten");
        Set<String> historischGevonden = new HashSet<>();
        for (Csv.Rij rij : Csv.lees(inhoud.get(VEILIGHEIDSREGIOS_2022), VEILIGHEIDSREGIOS_2022)) {
            String code = rij.verplicht("code");
            String vr = rij.verplicht("veiligheidsregio_code");
            Regio r = regios.get(vr);
            fouten.als(r == null, rij, "veiligheidsregio " + vr + " ontbreekt in " + VEILIGHEIDSREGIOS);
            fouten.als(r != null && !r.naam().equals(rij.verplicht("veiligheidsregio_naam")), rij,
                    "naam van " + vr + " wijkt af van " + VEILIGHEIDSREGIOS);
            if (einde.containsKey(code)) {
                fouten.als(!historischGevonden.add(code), rij, code + " staat er twee keer in");
                lidmaatschappen.add(new Lidmaatschap(vr, code, null, einde.get(code)));
            } else {
                fouten.als(!huidige.contains(code), rij, code + " is geen huidige en geen opgeheven gemeente");
                fouten.als(huidige.contains(code) && !vr.equals(vrVan.get(code)), rij,
                        code + " hoort in 2024 bij " + vrVan.get(code) + ", niet bij " + vr);
            }
        }
        fouten.als(!historischGevonden.equals(einde.keySet()),
                VEILIGHEIDSREGIOS_2022 + " mist de veiligheidsregio van opgeheven gemeenten");

        // Population, each peildatum on its own indeling.
        List<Bevolking> bevolking = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        Map<LocalDate, Set<String>> codesPerPeildatum = new TreeMap<>();
        for (Csv.Rij rij : Csv.lees(inhoud.get(BEVOLKING), BEVOLKING)) {
            String code = rij.verplicht("code");
            LocalDate peildatum = datum(rij, "peildatum", fouten);
            int jaar = geheelGetal(rij, "jaar", fouten);
            int inwoners = geheelGetal(rij, "inwoners", fouten);
            fouten.als(!GEMEENTECODE.matcher(code).matches(), rij, "ongeldige gemeentecode " + code);
            if (peildatum == null) {
                continue;
            }
            fouten.als(!peildatum.equals(LocalDate.of(jaar, 1, 1)), rij, "peildatum is niet 1 januari " + jaar);
            fouten.als(inwoners < 0, rij, "negatief aantal inwoners");
            fouten.als(!gezien.add(code + "@" + peildatum), rij, code + " op " + peildatum + " staat er twee keer in");
            codesPerPeildatum.computeIfAbsent(peildatum, d -> new TreeSet<>()).add(code);
            bevolking.add(new Bevolking(code, peildatum, inwoners, rij.verplicht("naam_in_bron")));
        }
        // From the start of the register, each year's indeling must be exactly the gemeenten valid that day.
        codesPerPeildatum.forEach((peildatum, codes) -> {
            if (peildatum.isBefore(REGISTER_BEGIN)) {
                return;
            }
            Set<String> geldig = gemeenten.values().stream().filter(g -> g.geldigOp(peildatum)).map(Gemeente::code)
                    .collect(Collectors.toCollection(TreeSet::new));
            fouten.als(!geldig.equals(codes), BEVOLKING + ": de gemeenten op " + peildatum
                    + " wijken af van het register (alleen in bevolking: " + verschil(codes, geldig)
                    + ", alleen in register: " + verschil(geldig, codes) + ")");
        });
        bevolking.sort(Comparator.comparing(Bevolking::peildatum).thenComparing(Bevolking::gemeenteCode));

        fouten.gooi();
        // Current gemeenten first, so that opgegaan_in refers to rows that exist.
        List<Gemeente> volgorde = new ArrayList<>(gemeenten.values());
        volgorde.sort(Comparator.comparing((Gemeente g) -> g.opgegaanIn() != null).thenComparing(Gemeente::code));
        lidmaatschappen.sort(Comparator.comparing(Lidmaatschap::regioCode).thenComparing(Lidmaatschap::gemeenteCode));
        return new Referentiedata(new ArrayList<>(provincies.values()), volgorde, new ArrayList<>(regios.values()),
                lidmaatschappen, bevolking, checksum);
    }

    private static void regio(Map<String, Regio> regios, String code, String naam, Csv.Rij rij, Fouten fouten) {
        fouten.als(!VRCODE.matcher(code).matches(), rij, "ongeldige veiligheidsregiocode " + code);
        Regio bestaand = regios.putIfAbsent(code, new Regio(code, naam, VEILIGHEIDSREGIO));
        fouten.als(bestaand != null && !bestaand.naam().equals(naam), rij, code + " heeft twee namen");
    }

    private static Set<String> verschil(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static LocalDate datum(Csv.Rij rij, String kolom, Fouten fouten) {
        try {
            return LocalDate.parse(rij.verplicht(kolom));
        } catch (DateTimeParseException e) {
            fouten.als(true, rij, kolom + " is geen datum (jjjj-mm-dd)");
            return null;
        }
    }

    private static int geheelGetal(Csv.Rij rij, String kolom, Fouten fouten) {
        try {
            return Integer.parseInt(rij.verplicht(kolom));
        } catch (NumberFormatException e) {
            fouten.als(true, rij, kolom + " is geen geheel getal");
            return 0;
        }
    }

    /** Collects every inconsistency, so that one run names them all. */
    private static final class Fouten {
        private final List<String> lijst = new ArrayList<>();

        void als(boolean voorwaarde, Csv.Rij rij, String melding) {
            if (voorwaarde) {
                lijst.add(rij.bron() + " regel " + rij.regel() + ": " + melding);
            }
        }

        void als(boolean voorwaarde, String melding) {
            if (voorwaarde) {
                lijst.add(melding);
            }
        }

        boolean heeft() {
            return !lijst.isEmpty();
        }

        void gooi() {
            if (!lijst.isEmpty()) {
                throw new IllegalStateException("De referentiedata is niet consistent:\n  - "
                        + String.join("\n  - ", lijst.subList(0, Math.min(lijst.size(), 50)))
                        + (lijst.size() > 50 ? "\n  ... en " + (lijst.size() - 50) + " meer" : ""));
            }
        }
    }
}
