package nl.woonregie.gebied;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.woonregie.platform.export.CsvLezer;
import nl.woonregie.platform.web.InvalidParam;

/**
 * A CBS population file for one year as an administrator uploads it (read here, not in {@code internal}, which holds
 * only the migration of the reference data): the columns of the shipped
 * {@code bevolking-gemeenten-per-jaar.csv} ({@code jaar, peildatum, code, naam_in_bron, inwoners}, in any order, names
 * case-insensitive), {@code ,} or {@code ;} as separator, UTF-8. Every error is collected, named as the import of
 * figures names them ({@code regel 12, kolom inwoners}; {@code kolom x} for the header; {@code bestand} for the file).
 */
final class BevolkingBestand {

    public static final List<String> KOLOMMEN = List.of("jaar", "peildatum", "code", "naam_in_bron", "inwoners");
    /** A guard against typos; the largest gemeente has fewer than a million inhabitants. */
    public static final int MAX_INWONERS = 2_000_000;
    public static final int MAX_NAAM = 100;
    /** More rows than any year's gemeenten (388 in 2017) with room; a larger file is not a population file. */
    public static final int MAX_REGELS = 2_000;

    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");
    private static final Pattern GEHEEL = Pattern.compile("\\d{1,9}");

    /** A row that passed its own checks. */
    public record Rij(int regel, String code, String naamInBron, int inwoners) {
    }

    /** The rows and every error found. */
    public record Gelezen(List<Rij> rijen, List<InvalidParam> fouten) {
    }

    private BevolkingBestand() {
    }

    /** Reads the file for 1 January of {@code jaar}. */
    public static Gelezen lees(byte[] inhoud, int jaar) {
        List<InvalidParam> fouten = new ArrayList<>();
        List<Rij> rijen = new ArrayList<>();
        CsvLezer.Gelezen gelezen = CsvLezer.puntkommaOfKomma().spatiesRondVeldenNegeren().hoogstens(MAX_REGELS + 2L)
                .lees(inhoud);
        List<CsvLezer.Regel> regels = gelezen.regels().stream().filter(r -> !r.isLeeg()).toList();
        if (gelezen.fout() != null) {
            fouten.add(new InvalidParam("regel " + gelezen.fout().regel(), gelezen.fout().reden()));
        }
        if (regels.isEmpty()) {
            fouten.add(new InvalidParam("bestand", "het bestand is leeg; de eerste regel noemt de kolommen "
                    + String.join(", ", KOLOMMEN)));
            return new Gelezen(rijen, fouten);
        }
        if (regels.size() > MAX_REGELS + 1) {
            fouten.add(new InvalidParam("bestand", "meer dan " + MAX_REGELS + " regels; dit is geen bestand met de "
                    + "bevolking per gemeente"));
            return new Gelezen(rijen, fouten);
        }
        Map<String, Integer> kolom = new LinkedHashMap<>();
        List<String> kop = regels.get(0).velden();
        for (int i = 0; i < kop.size(); i++) {
            String naam = kop.get(i).strip().toLowerCase(Locale.ROOT);
            if (naam.isEmpty() && i == kop.size() - 1) {
                continue; // a trailing separator
            }
            if (!KOLOMMEN.contains(naam)) {
                fouten.add(new InvalidParam("kolom " + kop.get(i).strip(), "onbekende kolom; verwacht: "
                        + String.join(", ", KOLOMMEN)));
            } else if (kolom.put(naam, i) != null) {
                fouten.add(new InvalidParam("kolom " + naam, "staat twee keer in de kopregel"));
            }
        }
        for (String k : KOLOMMEN) {
            if (!kolom.containsKey(k)) {
                fouten.add(new InvalidParam("kolom " + k, "ontbreekt in de kopregel"));
            }
        }
        if (!fouten.isEmpty()) {
            return new Gelezen(rijen, fouten);
        }
        String peildatum = LocalDate.of(jaar, 1, 1).toString();
        Map<String, Integer> gezien = new HashMap<>();
        for (CsvLezer.Regel r : regels.subList(1, regels.size())) {
            int regel = r.regel();
            int voor = fouten.size();
            String jaarTekst = veld(r, kolom.get("jaar"));
            if (!jaarTekst.equals(Integer.toString(jaar))) {
                fouten.add(new InvalidParam("regel " + regel + ", kolom jaar",
                        "moet " + jaar + " zijn (het jaar van de import), niet '" + kort(jaarTekst) + "'"));
            }
            String datum = veld(r, kolom.get("peildatum"));
            if (!datum.equals(peildatum)) {
                fouten.add(new InvalidParam("regel " + regel + ", kolom peildatum",
                        "moet " + peildatum + " zijn (1 januari " + jaar + "), niet '" + kort(datum) + "'"));
            }
            String code = veld(r, kolom.get("code")).toUpperCase(Locale.ROOT);
            if (!GEMEENTECODE.matcher(code).matches()) {
                fouten.add(new InvalidParam("regel " + regel + ", kolom code",
                        "moet een CBS-gemeentecode zijn zoals GM0518, niet '" + kort(code) + "'"));
            }
            String naam = veld(r, kolom.get("naam_in_bron"));
            if (naam.isEmpty()) {
                fouten.add(new InvalidParam("regel " + regel + ", kolom naam_in_bron", "verplicht"));
            } else if (naam.length() > MAX_NAAM) {
                fouten.add(new InvalidParam("regel " + regel + ", kolom naam_in_bron",
                        "hoogstens " + MAX_NAAM + " tekens"));
            }
            String aantal = veld(r, kolom.get("inwoners"));
            int inwoners = -1;
            if (!GEHEEL.matcher(aantal).matches() || Long.parseLong(aantal) > MAX_INWONERS) {
                fouten.add(new InvalidParam("regel " + regel + ", kolom inwoners",
                        "moet een geheel getal van 0 tot en met " + MAX_INWONERS + " zijn (zonder punten of komma's), "
                                + "niet '" + kort(aantal) + "'"));
            } else {
                inwoners = Integer.parseInt(aantal);
            }
            if (fouten.size() > voor) {
                continue;
            }
            Integer eerder = gezien.putIfAbsent(code, regel);
            if (eerder != null) {
                fouten.add(new InvalidParam("regel " + regel + ", kolom code",
                        code + " staat er twee keer in (ook op regel " + eerder + ")"));
                continue;
            }
            rijen.add(new Rij(regel, code, naam, inwoners));
        }
        if (regels.size() == 1 && fouten.isEmpty()) {
            fouten.add(new InvalidParam("bestand", "het bestand heeft alleen een kopregel"));
        }
        return new Gelezen(rijen, fouten);
    }

    private static String veld(CsvLezer.Regel r, int index) {
        return index < r.velden().size() ? r.velden().get(index).strip() : "";
    }

    private static String kort(String tekst) {
        return tekst.length() > 40 ? tekst.substring(0, 40) + "…" : tekst;
    }
}
