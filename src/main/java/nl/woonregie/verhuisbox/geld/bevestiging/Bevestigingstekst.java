package nl.woonregie.verhuisbox.geld.bevestiging;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The confirmation of the agreements after the intake talk, as the team's example e-mail has it (werkinstructie,
 * inventory §5.3, 002:L10082–L10110): the day of the talk; the search regions agreed (the case's zoekregio's); the
 * maatwerk amount for the registrations (the case's grants of soort INSCHRIJVING, approved or paid); the documents
 * still needed; that the team reacts to homes on the client's behalf every working day; what the municipality pays
 * on allocation and whether as a gift or a loan — by the team's rules of the year (gift outside the team's
 * municipality, loan inside, as each rule says), with the furnishing amount. Plain Java: a pure function from
 * {@link Gegevens} to text, tested with a golden copy.
 */
public final class Bevestigingstekst {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private Bevestigingstekst() {
    }

    /** A rule of the year: what is paid ({@code omschrijving}), gift or loan outside and inside, its usual amount. */
    public record Vergoeding(String soort, String omschrijving, boolean giftBuiten, boolean giftEigen,
            BigDecimal richtbedrag) {
    }

    /** Everything the confirmation says. {@code maatwerk}: zero when no registration grant was approved or paid. */
    public record Gegevens(String client, LocalDate gesprek, List<String> regios, BigDecimal maatwerk,
            List<String> ontbrekend, List<Vergoeding> vergoedingen, String team, String casemanager) {
    }

    public static String onderwerp(LocalDate gesprek) {
        return "Bevestiging van de afspraken uit het intakegesprek van " + gesprek.format(DAG);
    }

    /** The text of the e-mail, paragraphs separated by an empty line. */
    public static String tekst(Gegevens g) {
        List<String> alineas = new ArrayList<>();
        alineas.add("Beste " + g.client() + ",");
        alineas.add("Op " + g.gesprek().format(DAG) + " hebben wij een intakegesprek gehad. In deze e-mail zetten wij "
                + "de afspraken op een rij.");
        if (g.regios().isEmpty()) {
            alineas.add("U schrijft zich in bij de woonnetverdeelsystemen van de regio's die wij nog samen kiezen.");
        } else {
            alineas.add("Wij hebben afgesproken dat u zich inschrijft bij de woonnetverdeelsystemen in " + opsomming(
                    g.regios()) + ".");
        }
        if (g.maatwerk() != null && g.maatwerk().signum() > 0) {
            alineas.add("Voor de kosten van de inschrijvingen maken wij " + euro(g.maatwerk()) + " aan u over "
                    + "(maatwerkbudget).");
        }
        if (!g.ontbrekend().isEmpty()) {
            StringBuilder sb = new StringBuilder("Wij hebben nog deze documenten van u nodig:");
            for (String d : g.ontbrekend()) {
                sb.append("\n- ").append(d);
            }
            alineas.add(sb.toString());
        }
        alineas.add("Wilt u de inschrijvingen maken (eventueel met hulp van uw begeleider) en de gebruikersnaam en het "
                + "wachtwoord van elke inschrijving doorgeven aan uw contactpersoon bij Verhuisbox Plus (niet per "
                + "e-mail)? Wij bewaren ze beveiligd en reageren dan elke werkdag namens u op woningen.");
        String buiten = vormen(g.vergoedingen(), true, true);
        String buitenLening = vormen(g.vergoedingen(), true, false);
        String eigen = vormen(g.vergoedingen(), false, false);
        String eigenGift = vormen(g.vergoedingen(), false, true);
        if (!g.vergoedingen().isEmpty()) {
            StringBuilder sb = new StringBuilder("Krijgt u een woning toegewezen buiten de gemeente " + g.team()
                    + ", dan betaalt de gemeente ");
            sb.append(buiten.isEmpty() ? "" : "als gift: " + buiten);
            sb.append(buiten.isEmpty() || buitenLening.isEmpty() ? "" : "; ");
            sb.append(buitenLening.isEmpty() ? "" : "als lening: " + buitenLening);
            sb.append(". Is de woning in de gemeente ").append(g.team()).append(", dan ");
            sb.append(eigen.isEmpty() ? "" : "is dit een lening: " + eigen);
            sb.append(eigen.isEmpty() || eigenGift.isEmpty() ? "" : "; ");
            sb.append(eigenGift.isEmpty() ? "" : "als gift: " + eigenGift);
            sb.append(".");
            alineas.add(sb.toString());
        }
        alineas.add("Met vriendelijke groet,");
        alineas.add(g.casemanager() + "\nSociaal casemanager Verhuisbox Plus, gemeente " + g.team());
        return String.join("\n\n", alineas) + "\n";
    }

    /** The rules paid in this form ({@code gift}) outside ({@code buiten}) or inside the team's municipality. */
    private static String vormen(List<Vergoeding> vergoedingen, boolean buiten, boolean gift) {
        List<String> l = new ArrayList<>();
        for (Vergoeding v : vergoedingen) {
            if ((buiten ? v.giftBuiten() : v.giftEigen()) == gift) {
                l.add(klein(v.omschrijving()) + (v.richtbedrag() == null ? "" : " (" + euro(v.richtbedrag()) + ")"));
            }
        }
        return opsomming(l);
    }

    /** "a", "a en b", "a, b en c". */
    static String opsomming(List<String> l) {
        if (l.isEmpty()) {
            return "";
        }
        if (l.size() == 1) {
            return l.get(0);
        }
        return String.join(", ", l.subList(0, l.size() - 1)) + " en " + l.get(l.size() - 1);
    }

    /** € 1.750,00. */
    static String euro(BigDecimal b) {
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return "€ " + f.format(b);
    }

    private static String klein(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
