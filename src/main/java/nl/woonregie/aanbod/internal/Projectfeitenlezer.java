package nl.woonregie.aanbod.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.woonregie.aanbod.Projectfeiten;
import nl.woonregie.aanbod.Projectfeitenverzoek;
import nl.woonregie.aanbod.projecttoets.Eissoort;
import nl.woonregie.platform.web.InvalidParam;

/**
 * Judges a project's facts as typed ({@link Projectfeitenverzoek}) and makes {@link Projectfeiten}, naming every
 * invalid field by its path ({@code projectfeiten.eisen[0].waarde}). A row whose fields are all empty is left out
 * (the form's spare rows); facts with nothing in them are none (null).
 */
final class Projectfeitenlezer {

    static final String P = "projectfeiten.";
    static final int MAX_RIJEN = 20;
    static final int MAX_EIS = 500;
    static final int MAX_JAREN = 100;
    static final BigDecimal MAX_BEDRAG = new BigDecimal("1000000000000");

    private Projectfeitenlezer() {
    }

    static Projectfeiten lees(Projectfeitenverzoek v, List<InvalidParam> f) {
        if (v == null) {
            return null;
        }
        List<Projectfeiten.Eis> eisen = new ArrayList<>();
        List<?> rijen = v.eisen() == null ? List.of() : v.eisen();
        teVeel(rijen, "eisen", f);
        for (int i = 0; i < rijen.size() && i < MAX_RIJEN; i++) {
            Projectfeitenverzoek.EisRij r = v.eisen().get(i);
            if (r == null || leeg(r.tekst(), r.soort(), r.waarde())) {
                continue;
            }
            String pad = P + "eisen[" + i + "].";
            String tekst = Bronlezer.tekst(r.tekst(), pad + "tekst", MAX_EIS, true, f);
            Eissoort soort = Bronlezer.code(r.soort(), pad + "soort", Eissoort.class, false, f);
            BigDecimal waarde = null;
            if (Bronlezer.gevuld(r.waarde()) && !Bronlezer.gevuld(r.soort())) {
                f.add(new InvalidParam(pad + "waarde", "alleen met een soort toets"));
            } else if (soort == Eissoort.MIN_AANDEEL || soort == Eissoort.MAX_AANDEEL) {
                waarde = Bronlezer.decimaal(r.waarde(), pad + "waarde", BigDecimal.valueOf(100), true, f);
            } else if (soort != null) {
                Long n = Bronlezer.geheel(r.waarde(), pad + "waarde", 0, Bronlezer.MAX_AANTAL, true, f);
                waarde = n == null ? null : BigDecimal.valueOf(n);
            }
            eisen.add(new Projectfeiten.Eis(tekst, soort, waarde));
        }
        List<Projectfeiten.Doelgroep> doelgroepen = new ArrayList<>();
        rijen = v.doelgroepen() == null ? List.of() : v.doelgroepen();
        teVeel(rijen, "doelgroepen", f);
        for (int i = 0; i < rijen.size() && i < MAX_RIJEN; i++) {
            Projectfeitenverzoek.DoelgroepRij r = v.doelgroepen().get(i);
            if (r == null || leeg(r.naam(), r.aantal(), r.partners(), r.toelichting())) {
                continue;
            }
            String pad = P + "doelgroepen[" + i + "].";
            doelgroepen.add(new Projectfeiten.Doelgroep(
                    Bronlezer.tekst(r.naam(), pad + "naam", Bronlezer.MAX_NAAM, true, f),
                    Bronlezer.geheel(r.aantal(), pad + "aantal", 0, Bronlezer.MAX_AANTAL, false, f),
                    Bronlezer.tekst(r.partners(), pad + "partners", Bronlezer.MAX_DOELGROEPEN, false, f),
                    Bronlezer.tekst(r.toelichting(), pad + "toelichting", Bronlezer.MAX_TEKST, false, f)));
        }
        Long tijdelijk = Bronlezer.geheel(v.tijdelijkeTermijnJaren(), P + "tijdelijkeTermijnJaren", 1, MAX_JAREN,
                false, f);
        Long exploitatie = Bronlezer.geheel(v.exploitatietermijnJaren(), P + "exploitatietermijnJaren", 1, MAX_JAREN,
                false, f);
        List<Projectfeiten.Financiering> financiering = new ArrayList<>();
        rijen = v.financiering() == null ? List.of() : v.financiering();
        teVeel(rijen, "financiering", f);
        for (int i = 0; i < rijen.size() && i < MAX_RIJEN; i++) {
            Projectfeitenverzoek.FinancieringRij r = v.financiering().get(i);
            if (r == null || leeg(r.bron(), r.bedrag(), r.vervaltOp(), r.toelichting())) {
                continue;
            }
            String pad = P + "financiering[" + i + "].";
            financiering.add(new Projectfeiten.Financiering(
                    Bronlezer.tekst(r.bron(), pad + "bron", Bronlezer.MAX_NAAM, true, f),
                    bedrag(r.bedrag(), pad + "bedrag", f),
                    Bronlezer.datum(r.vervaltOp(), pad + "vervaltOp", false, f),
                    Bronlezer.tekst(r.toelichting(), pad + "toelichting", Bronlezer.MAX_TEKST, false, f)));
        }
        Projectfeiten.GoBesluit go = null;
        Projectfeitenverzoek.GoBesluitVerzoek g = v.goBesluit();
        if (g != null && !leeg(g.uitkomst(), g.datum(), g.kenmerk())) {
            String pad = P + "goBesluit.";
            go = new Projectfeiten.GoBesluit(
                    Bronlezer.code(g.uitkomst(), pad + "uitkomst", Projectfeiten.Gouitkomst.class, true, f),
                    Bronlezer.datum(g.datum(), pad + "datum", false, f),
                    Bronlezer.tekst(g.kenmerk(), pad + "kenmerk", Bronlezer.MAX_NAAM, false, f));
        }
        Boolean oekraine = null;
        if (Bronlezer.gevuld(v.oekraineGebruik())) {
            String t = v.oekraineGebruik().strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("ja")) {
                oekraine = true;
            } else if (t.equals("false") || t.equals("nee")) {
                oekraine = false;
            } else {
                f.add(new InvalidParam(P + "oekraineGebruik", "ja of nee (true of false)"));
            }
        }
        String oekraineToelichting = Bronlezer.tekst(v.oekraineToelichting(), P + "oekraineToelichting",
                Bronlezer.MAX_TEKST, false, f);
        String stadsdeel = Bronlezer.tekst(v.stadsdeel(), P + "stadsdeel", Bronlezer.MAX_NAAM, false, f);
        List<Projectfeiten.Advies> adviezen = new ArrayList<>();
        rijen = v.adviezen() == null ? List.of() : v.adviezen();
        teVeel(rijen, "adviezen", f);
        for (int i = 0; i < rijen.size() && i < MAX_RIJEN; i++) {
            Projectfeitenverzoek.AdviesRij r = v.adviezen().get(i);
            if (r == null || leeg(r.adviseur(), r.datum(), r.uitkomst(), r.toelichting())) {
                continue;
            }
            String pad = P + "adviezen[" + i + "].";
            adviezen.add(new Projectfeiten.Advies(
                    Bronlezer.code(r.adviseur(), pad + "adviseur", Projectfeiten.Adviseur.class, true, f),
                    Bronlezer.datum(r.datum(), pad + "datum", true, f),
                    Bronlezer.code(r.uitkomst(), pad + "uitkomst", Projectfeiten.Adviesuitkomst.class, true, f),
                    Bronlezer.tekst(r.toelichting(), pad + "toelichting", Bronlezer.MAX_TEKST, false, f)));
        }
        if (eisen.isEmpty() && doelgroepen.isEmpty() && tijdelijk == null && exploitatie == null
                && financiering.isEmpty() && go == null && oekraine == null && oekraineToelichting == null
                && stadsdeel == null && adviezen.isEmpty()) {
            return null;
        }
        return new Projectfeiten(eisen, doelgroepen, tijdelijk == null ? null : tijdelijk.intValue(),
                exploitatie == null ? null : exploitatie.intValue(), financiering, go, oekraine, oekraineToelichting,
                stadsdeel, adviezen);
    }

    /** Is anything filled in (valid or not)? */
    static boolean gevuld(Projectfeitenverzoek v) {
        List<InvalidParam> fouten = new ArrayList<>();
        return v != null && (lees(v, fouten) != null || !fouten.isEmpty());
    }

    private static void teVeel(List<?> rijen, String lijst, List<InvalidParam> f) {
        if (rijen.size() > MAX_RIJEN) {
            f.add(new InvalidParam(P + lijst, "hoogstens " + MAX_RIJEN + " regels"));
        }
    }

    /** An amount in euros: Dutch (12.000,50 or 12.000) or as the API sends it (12000.5); at most two decimals. */
    private static BigDecimal bedrag(String tekst, String veld, List<InvalidParam> f) {
        if (!Bronlezer.gevuld(tekst)) {
            return null;
        }
        String t = tekst.strip();
        if (t.matches("\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "");
        }
        int voor = f.size();
        BigDecimal d = Bronlezer.decimaal(t, veld, MAX_BEDRAG, false, f);
        if (d != null && d.scale() > 2) {
            f.add(new InvalidParam(veld, "hoogstens twee decimalen (centen)"));
            return null;
        }
        if (f.size() > voor) {
            return null;
        }
        return d == null ? null : d.setScale(2);
    }

    private static boolean leeg(String... velden) {
        return Arrays.stream(velden).filter(Objects::nonNull).noneMatch(Bronlezer::gevuld);
    }

}
