package nl.woonregie.verhuisbox.traject;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.importbestand.Bestand;
import nl.woonregie.platform.importbestand.Cellen;
import nl.woonregie.platform.importbestand.Fouten;
import nl.woonregie.platform.importbestand.Kolom;
import nl.woonregie.platform.importbestand.Tabel;
import nl.woonregie.platform.importbestand.TabelLezer;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.HistorischeImport;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Stopreden;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.Variant;
import nl.woonregie.verhuisbox.traject.internal.HistorieRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of the team's spreadsheet of past cases (issue 20 (c), {@code POST /api/v1/verhuisbox/historie/import}):
 * one row is one closed case of the coordinator's team. The file is read and every row judged exactly as the imports
 * of supervision's figures do it ({@code platform.importbestand}, docs/cijfers-import.md: header matching, every
 * error named {@code regel N, kolom X}, all or nothing). The cases are written by the bulk import of historical cases
 * ({@link HistorischeImport}: a history of MELDING on the aanmelddatum, ICP_TOETS on the toetsdatum and GEWEIGERD or
 * AFGESLOTEN on the einddatum; never WACHTLIJST or INTAKE, so no capacity is used), the row's values as written in
 * {@code vhb_historie}. The key is {@code kenmerk} per team: a row whose kenmerk was imported before with the same
 * values adds nothing, with other values it is an error naming the kenmerk and the columns that differ.
 */
@Service
public class Historie {

    /** The first day a historical case may have. */
    public static final LocalDate EERSTE_DAG = LocalDate.of(2019, 1, 1);
    /** The most rows a file may have. */
    public static final int MAX_RIJEN = 10_000;

    /** The household types of the reports (issue 20, 2021 report). */
    public enum Huishoudtype {
        ALLEENSTAANDE, EENOUDER, STEL, GEZIN, OVERIG;

        /** A live case's type from its household: 1 adult alone, 1 with children, 2 without, 2 with, 3 or more. */
        public static Huishoudtype van(int volwassenen, int kinderen) {
            if (volwassenen >= 3) {
                return OVERIG;
            }
            if (volwassenen == 2) {
                return kinderen > 0 ? GEZIN : STEL;
            }
            return kinderen > 0 ? EENOUDER : ALLEENSTAANDE;
        }
    }

    /** How a historical case ended. */
    public enum Einde {
        GEWEIGERD, GESTOPT, VERHUISD, GEHUISVEST_DEN_HAAG;

        boolean gehuisvest() {
            return this == VERHUISD || this == GEHUISVEST_DEN_HAAG;
        }
    }

    /** The service a housed case had. */
    public enum Dienstverlening {
        INTENSIEF, ALLEEN_GELD
    }

    /** The kind of income (issue 20, §2 of the inventory). */
    public enum Inkomen {
        PARTICIPATIEWET, DAKLOZENUITKERING, INSTELLINGSNORM, KOSTENDELERSNORM, IOAW, AANVULLEND, ANDERS
    }

    /** The columns, in the order of the documentation (names as in the file, matched case-insensitively). */
    public static final List<Kolom> KOLOMMEN = List.of(Kolom.verplicht("kenmerk"), Kolom.verplicht("organisatie"),
            Kolom.verplicht("aanmelddatum"), Kolom.verplicht("geboortejaar"), Kolom.verplicht("huishoudtype"),
            Kolom.verplicht("uitkomst"), Kolom.verplicht("einddatum"), Kolom.optioneel("toetsdatum"),
            Kolom.optioneel("startdatum"), Kolom.optioneel("dienstverlening"), Kolom.optioneel("stopreden"),
            Kolom.optioneel("bestemmingCode"), Kolom.optioneel("kinderen"), Kolom.optioneel("remigrant"),
            Kolom.optioneel("werkperspectief"), Kolom.optioneel("inkomen"), Kolom.optioneel("opvang"));

    /** One row as judged: the values of a closed case (null: empty). */
    public record Rij(int regel, String kenmerk, String organisatie, LocalDate aanmelddatum, Integer geboortejaar,
            Huishoudtype huishoudtype, Einde uitkomst, LocalDate einddatum, LocalDate toetsdatum,
            LocalDate startdatum, Dienstverlening dienstverlening, Stopreden stopreden, String bestemmingCode,
            Integer kinderen, Boolean remigrant, Boolean werkperspectief, Inkomen inkomen, String opvang) {

        /** The values that make a row the same as an earlier one, by column. */
        public Map<String, Object> waarden() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("organisatie", organisatie);
            m.put("aanmelddatum", aanmelddatum);
            m.put("geboortejaar", geboortejaar);
            m.put("huishoudtype", huishoudtype);
            m.put("uitkomst", uitkomst);
            m.put("einddatum", einddatum);
            m.put("toetsdatum", toetsdatum);
            m.put("startdatum", startdatum);
            m.put("dienstverlening", dienstverlening);
            m.put("stopreden", stopreden);
            m.put("bestemmingCode", bestemmingCode);
            m.put("kinderen", kinderen);
            m.put("remigrant", remigrant);
            m.put("werkperspectief", werkperspectief);
            m.put("inkomen", inkomen);
            m.put("opvang", opvang);
            return m;
        }
    }

    /** The answer: the import (null when nothing was new) and the counts. */
    public record Resultaat(Long importId, String bestand, String soort, int aantalRegels, int nieuw,
            int ongewijzigd, String sha256, List<Long> casussen) {
    }

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final HistorieRepository historie;
    private final HistorischeImport importeren;
    private final VerhuisboxToegang toegang;
    private final GebiedService gebied;

    Historie(HistorieRepository historie, HistorischeImport importeren, VerhuisboxToegang toegang,
            GebiedService gebied) {
        this.historie = historie;
        this.importeren = importeren;
        this.toegang = toegang;
        this.gebied = gebied;
    }

    /** May {@code g} import historical cases (the team's COORDINATOR)? 403 otherwise, before the file is read. */
    public Gebruiker vereisImporteren(Gebruiker g) {
        return toegang.teamrol(g, Rol.COORDINATOR);
    }

    /**
     * Imports the file into closed cases of the coordinator's team: 400 naming every error (nothing stored), else
     * the new rows (201 when {@code importId} is set) or nothing new (the same rows again, in any format).
     */
    @Transactional
    public Resultaat importeer(Gebruiker door, Bestand bestand, String client) {
        vereisImporteren(door);
        long team = door.team();
        Fouten fouten = new Fouten();
        Tabel tabel = TabelLezer.lees(bestand, KOLOMMEN, fouten);
        if (tabel.rijen().size() > MAX_RIJEN) {
            fouten.bestand("meer dan " + MAX_RIJEN + " regels; splits het bestand");
        }
        fouten.gooiAlsNietLeeg();
        List<Rij> rijen = beoordeel(tabel, gebied.vandaag(), fouten);
        historie.vergrendel(team); // two uploads of one team one after the other: a kenmerk is stored once
        Map<String, Map<String, Object>> eerder = historie.waarden(team,
                rijen.stream().filter(Objects::nonNull).map(Rij::kenmerk).toList());
        List<Rij> nieuw = new ArrayList<>();
        for (Rij r : rijen) {
            if (r == null) {
                continue;
            }
            Map<String, Object> oud = eerder.get(r.kenmerk());
            if (oud == null) {
                nieuw.add(r);
                continue;
            }
            List<String> anders = r.waarden().entrySet().stream()
                    .filter(e -> !Objects.equals(tekst(e.getValue()), tekst(oud.get(e.getKey()))))
                    .map(Map.Entry::getKey).toList();
            if (!anders.isEmpty()) {
                fouten.regel(r.regel(), "kenmerk", "kenmerk " + Cellen.citaat(r.kenmerk()) + " is al geïmporteerd "
                        + "met andere waarden in " + String.join(", ", anders) + "; een eerdere import wordt niet "
                        + "overschreven");
            }
        }
        fouten.gooiAlsNietLeeg();
        int ongewijzigd = rijen.size() - nieuw.size();
        if (nieuw.isEmpty()) {
            return new Resultaat(null, bestand.naam(), bestand.formaat().name(), rijen.size(), 0, ongewijzigd,
                    bestand.sha256(), List.of());
        }
        Actor actor = new Actor(door.actor(), client);
        HistorischeImport.Resultaat r = importeren.importeer(new HistorischeImport.Partij(team, "HIST", null,
                nieuw.stream().map(x -> casus(door.id(), x)).toList()), actor);
        long importId = historie.import_(team, bestand.naam(), bestand.formaat().name(), bestand.sha256(),
                rijen.size(), nieuw.size(), ongewijzigd, door.actor());
        historie.rijen(team, importId, r.casussen(), nieuw);
        return new Resultaat(importId, bestand.naam(), bestand.formaat().name(), rijen.size(), nieuw.size(),
                ongewijzigd, bestand.sha256(), r.casussen());
    }

    private static String tekst(Object o) {
        return o == null ? null : o.toString();
    }

    /** Every row judged, every error added (a row with an error is null); the kenmerk is unique in the file. */
    List<Rij> beoordeel(Tabel tabel, LocalDate vandaag, Fouten fouten) {
        Cellen cellen = new Cellen(fouten);
        Map<String, Integer> kenmerken = new HashMap<>();
        List<Rij> rijen = new ArrayList<>();
        for (Tabel.Rij rij : tabel.rijen()) {
            int voor = fouten.aantal();
            int n = rij.regel();
            String kenmerk = tekstTot(cellen, rij, "kenmerk", 100, true);
            if (kenmerk != null) {
                Integer eerste = kenmerken.putIfAbsent(kenmerk, n);
                if (eerste != null) {
                    fouten.regel(n, "dubbel: zelfde kenmerk als regel " + eerste);
                }
            }
            String organisatie = tekstTot(cellen, rij, "organisatie", 200, true);
            LocalDate aanmeld = datum(cellen, rij, "aanmelddatum", vandaag, true);
            Integer geboortejaar = cellen.geheel(rij, "geboortejaar", 1900, (aanmeld == null ? vandaag : aanmeld)
                    .getYear());
            Huishoudtype huishoudtype = keuze(rij, "huishoudtype", Huishoudtype.class, true, fouten);
            Einde uitkomst = keuze(rij, "uitkomst", Einde.class, true, fouten);
            LocalDate eind = datum(cellen, rij, "einddatum", vandaag, true);
            LocalDate toets = datum(cellen, rij, "toetsdatum", vandaag, false);
            LocalDate start = datum(cellen, rij, "startdatum", vandaag, false);
            Dienstverlening dienst = keuze(rij, "dienstverlening", Dienstverlening.class, false, fouten);
            Stopreden stopreden = keuze(rij, "stopreden", Stopreden.class, false, fouten);
            String bestemming = rij.get("bestemmingCode").toUpperCase(Locale.ROOT);
            Integer kinderen = cellen.geheelOfLeeg(rij, "kinderen", 0, 20);
            Boolean remigrant = rij.get("remigrant").isEmpty() ? null : janee(rij, "remigrant", fouten);
            Boolean werk = rij.get("werkperspectief").isEmpty() ? null : janee(rij, "werkperspectief", fouten);
            Inkomen inkomen = keuze(rij, "inkomen", Inkomen.class, false, fouten);
            String opvang = tekstTot(cellen, rij, "opvang", 200, false);

            boolean heeftToets = !rij.get("toetsdatum").isEmpty();
            boolean heeftStart = !rij.get("startdatum").isEmpty();
            boolean heeftDienst = !rij.get("dienstverlening").isEmpty();
            if (heeftStart && !heeftToets) {
                fouten.regel(n, "toetsdatum", "is leeg; verplicht bij een startdatum (het besluit van het ICP gaat "
                        + "aan de start vooraf)");
            }
            if (uitkomst == Einde.GEWEIGERD) {
                if (!heeftToets) {
                    fouten.regel(n, "toetsdatum", "is leeg; verplicht bij uitkomst GEWEIGERD (de dag van het "
                            + "besluit van het ICP, gelijk aan de einddatum)");
                } else if (toets != null && eind != null && !toets.equals(eind)) {
                    fouten.regel(n, "toetsdatum", "moet bij uitkomst GEWEIGERD gelijk zijn aan de einddatum ("
                            + eind + ")");
                }
                if (heeftStart) {
                    fouten.regel(n, "startdatum", "hoort niet bij uitkomst GEWEIGERD (een geweigerde aanmelding "
                            + "is niet gestart)");
                }
                if (heeftDienst) {
                    fouten.regel(n, "dienstverlening", "hoort niet bij uitkomst GEWEIGERD");
                }
            }
            if (uitkomst != null && uitkomst.gehuisvest()) {
                if (!heeftStart) {
                    fouten.regel(n, "startdatum", "is leeg; verplicht bij uitkomst " + uitkomst.name());
                }
                if (!heeftDienst) {
                    fouten.regel(n, "dienstverlening", "is leeg; verplicht bij uitkomst " + uitkomst.name()
                            + " (INTENSIEF of ALLEEN_GELD)");
                }
            }
            if (uitkomst == Einde.GESTOPT && rij.get("stopreden").isEmpty()) {
                fouten.regel(n, "stopreden", "is leeg; verplicht bij uitkomst GESTOPT ("
                        + namen(Stopreden.class) + ")");
            } else if (uitkomst != null && uitkomst != Einde.GESTOPT && !rij.get("stopreden").isEmpty()) {
                fouten.regel(n, "stopreden", "hoort alleen bij uitkomst GESTOPT");
            }
            if (uitkomst == Einde.VERHUISD && bestemming.isEmpty()) {
                fouten.regel(n, "bestemmingCode", "is leeg; verplicht bij uitkomst VERHUISD (CBS-code van de "
                        + "gemeente, zoals GM0363)");
            } else if (uitkomst != null && uitkomst != Einde.VERHUISD && !bestemming.isEmpty()) {
                fouten.regel(n, "bestemmingCode", "hoort alleen bij uitkomst VERHUISD");
            } else if (!bestemming.isEmpty() && eind != null) {
                gemeenteFout(bestemming, eind).ifPresent(f -> fouten.regel(n, "bestemmingCode", f));
            }
            volgorde(n, fouten, "toetsdatum", toets, "aanmelddatum", aanmeld);
            volgorde(n, fouten, "startdatum", start, "toetsdatum", toets != null ? toets : aanmeld);
            LocalDate laatste = start != null ? start : toets != null ? toets : aanmeld;
            volgorde(n, fouten, "einddatum", eind, start != null ? "startdatum" : toets != null ? "toetsdatum"
                    : "aanmelddatum", laatste);
            rijen.add(fouten.aantal() > voor ? null : new Rij(n, kenmerk, organisatie, aanmeld, geboortejaar,
                    huishoudtype, uitkomst, eind, toets, start, dienst, stopreden, bestemming.isEmpty() ? null
                    : bestemming, kinderen, remigrant, werk, inkomen, opvang));
        }
        fouten.gooiAlsNietLeeg();
        return rijen;
    }

    /** Why {@code code} is not a gemeente on {@code dag}, if it is not. */
    private Optional<String> gemeenteFout(String code, LocalDate dag) {
        if (!code.matches("GM\\d{4}")) {
            return Optional.of(Cellen.citaat(code) + " is geen CBS-gemeentecode (zoals GM0363)");
        }
        if (dag.isBefore(GebiedService.GEMEENTEN_BEKEND_VANAF)) {
            // before the register: the CBS population file of the last 1 January before the day (2019: no
            // herindeling took effect during the year, so its gemeenten existed on every day of it)
            LocalDate peil = gebied.bevolkingspeildata().stream().filter(p -> !p.isAfter(dag))
                    .reduce((a, b) -> b).orElse(null);
            SortedMap<String, Integer> inwoners = peil == null ? null : gebied.inwonersOp(peil);
            if (inwoners != null && inwoners.containsKey(code) && gebied.gemeente(code).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(Cellen.citaat(code) + " was op " + dag + " geen gemeente (CBS-indeling van " + (peil
                    == null ? "vóór 2017" : peil.getYear()) + ")");
        }
        Optional<Gemeente> g = gebied.gemeente(code);
        if (g.isEmpty()) {
            return Optional.of(Cellen.citaat(code) + " is geen bekende gemeentecode");
        }
        if (!g.get().geldigOp(dag)) {
            return Optional.of(code + " (" + g.get().naam() + ") bestond niet op de einddatum " + dag);
        }
        return Optional.empty();
    }

    private static void volgorde(int n, Fouten fouten, String kolom, LocalDate dag, String eerderKolom,
            LocalDate eerder) {
        if (dag != null && eerder != null && dag.isBefore(eerder)) {
            fouten.regel(n, kolom, "ligt vóór de " + eerderKolom + " (" + eerder + "); de volgorde is aanmelddatum "
                    + "≤ toetsdatum ≤ startdatum ≤ einddatum");
        }
    }

    private static String tekstTot(Cellen cellen, Tabel.Rij rij, String kolom, int max, boolean verplicht) {
        String w = rij.get(kolom);
        if (w.isEmpty()) {
            return verplicht ? cellen.tekst(rij, kolom) : null;
        }
        if (w.length() > max) {
            cellen.fouten().regel(rij.regel(), kolom, "is langer dan " + max + " tekens");
            return null;
        }
        return w;
    }

    private static LocalDate datum(Cellen cellen, Tabel.Rij rij, String kolom, LocalDate vandaag, boolean verplicht) {
        if (!verplicht && rij.get(kolom).isEmpty()) {
            return null;
        }
        LocalDate d = cellen.datum(rij, kolom);
        if (d != null && (d.isBefore(EERSTE_DAG) || d.isAfter(vandaag))) {
            cellen.fouten().regel(rij.regel(), kolom, d + " ligt niet tussen " + EERSTE_DAG + " en vandaag ("
                    + vandaag + ")");
            return null;
        }
        return d;
    }

    private static Boolean janee(Tabel.Rij rij, String kolom, Fouten fouten) {
        return switch (rij.get(kolom).toLowerCase(Locale.ROOT)) {
            case "ja" -> Boolean.TRUE;
            case "nee" -> Boolean.FALSE;
            default -> {
                fouten.regel(rij.regel(), kolom, Cellen.citaat(rij.get(kolom)) + " is geen ja of nee");
                yield null;
            }
        };
    }

    private static <E extends Enum<E>> E keuze(Tabel.Rij rij, String kolom, Class<E> soort, boolean verplicht,
            Fouten fouten) {
        String w = rij.get(kolom);
        if (w.isEmpty()) {
            if (verplicht) {
                fouten.regel(rij.regel(), kolom, "is leeg; kies uit " + namen(soort));
            }
            return null;
        }
        for (E e : soort.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(w)) {
                return e;
            }
        }
        fouten.regel(rij.regel(), kolom, Cellen.citaat(w) + " is geen geldige waarde; kies uit " + namen(soort));
        return null;
    }

    private static String namen(Class<? extends Enum<?>> soort) {
        return Arrays.stream(soort.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * The closed case of a row for the bulk import: referred by the importing coordinator's account for the
     * organisation as written, its history MELDING (aanmelddatum) → ICP_TOETS (toetsdatum) → GEWEIGERD or AFGESLOTEN
     * (einddatum); the household from its type (a family or single parent with the number of children, when given);
     * no name, birth date 1 January of the birth year.
     */
    private static HistorischeImport.Casus casus(long aanmelder, Rij r) {
        String actor = "historische import (kenmerk " + r.kenmerk() + ")";
        List<HistorischeImport.Statusstap> g = new ArrayList<>();
        g.add(new HistorischeImport.Statusstap(null, Status.MELDING, "Aanmelding (historische import)", actor,
                moment(r.aanmelddatum(), 9)));
        Status laatste = Status.MELDING;
        if (r.toetsdatum() != null) {
            g.add(new HistorischeImport.Statusstap(Status.MELDING, Status.ICP_TOETS, "ICP-toets (historische import)",
                    actor, moment(r.toetsdatum(), 10)));
            laatste = Status.ICP_TOETS;
        }
        Status eind = r.uitkomst() == Einde.GEWEIGERD ? Status.GEWEIGERD : Status.AFGESLOTEN;
        String reden = "Historische import: " + (r.startdatum() == null ? "niet gestart"
                : "gestart op " + Weergave.dag(r.startdatum()) + (r.dienstverlening() == null ? ""
                        : " (" + (r.dienstverlening() == Dienstverlening.INTENSIEF ? "intensieve hulp"
                                : "alleen geld") + ")"));
        g.add(new HistorischeImport.Statusstap(laatste, eind, reden, actor, moment(r.einddatum(), 12)));
        Uitkomst uitkomst = switch (r.uitkomst()) {
            case GEWEIGERD -> null;
            case GESTOPT -> Uitkomst.GESTOPT;
            case VERHUISD -> Uitkomst.VERHUISD;
            case GEHUISVEST_DEN_HAAG -> Uitkomst.GEHUISVEST_DEN_HAAG;
        };
        int volwassenen = switch (r.huishoudtype()) {
            case ALLEENSTAANDE, EENOUDER -> 1;
            case STEL, GEZIN -> 2;
            case OVERIG -> 3;
        };
        int kinderen = r.kinderen() != null ? r.kinderen() : 0;
        Categorie categorie = r.aanmelddatum().getYear() - r.geboortejaar() < 27 ? Categorie.JONGERE
                : Categorie.HUISHOUDEN;
        boolean gehuisvest = r.uitkomst().gehuisvest();
        return new HistorischeImport.Casus(aanmelder, r.organisatie(), null, null,
                "Historische casus " + r.kenmerk(), LocalDate.of(r.geboortejaar(), 1, 1), categorie, volwassenen,
                kinderen, r.inkomen() == null ? "" : Labels.van(r.inkomen()), "", "Historische import", List.of(),
                r.aanmelddatum(), r.aanmelddatum(), moment(r.aanmelddatum(), 9), eind,
                r.dienstverlening() == Dienstverlening.INTENSIEF ? Variant.INTENSIEF : null, null, uitkomst,
                r.stopreden(), null, r.bestemmingCode(), gehuisvest ? r.einddatum() : null, null, null, g,
                List.of(), List.of(), List.of(), null);
    }

    private static OffsetDateTime moment(LocalDate dag, int uur) {
        return dag.atTime(LocalTime.of(uur, 0)).atZone(NL).toOffsetDateTime();
    }
}
