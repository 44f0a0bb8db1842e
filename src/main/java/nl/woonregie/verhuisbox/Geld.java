package nl.woonregie.verhuisbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.security.Gebruiker;

/**
 * The money of a case, for other modules: grants (verstrekkingen) proposed, approved by a consulent (four eyes),
 * paid. Implemented by the nested module {@code verhuisbox.geld}; every step is authorised for {@code door},
 * validated and audited. Amounts are {@link BigDecimal} with scale 2.
 */
public interface Geld {

    enum Vorm { GIFT, LENING }

    /** The states of a grant: proposed, then approved or rejected (final); approved, then paid (final). */
    enum Verstrekkingstatus { VOORGESTELD, GOEDGEKEURD, AFGEWEZEN, BETAALD }

    record Verstrekking(long id, long casus, String casusNaam, long pot, String potCode, int jaar, String soort,
            String omschrijving, Vorm vorm, BigDecimal bedrag, Verstrekkingstatus status, String toelichting,
            String waardendriehoek, String gemeente, Boolean eigenGemeente, String grondslag, boolean bezwaar,
            String voorgesteldDoor, OffsetDateTime voorgesteldOp, String beoordeeldDoor, OffsetDateTime beoordeeldOp,
            String afwijzingsreden, String betaaldDoor, LocalDate betaaldOp, String betaalreferentie, String kenmerk,
            boolean beschikking, String overschrijding, Integer woonoppervlakte) {
    }

    /**
     * A proposal; {@code gemeente} only counts while the case has no accepted offer (e.g. travel to a viewing);
     * {@code woonoppervlakte} (m²) is required for a soort whose guideline is pro rata (ADR 0065).
     */
    record Voorstel(String soort, BigDecimal bedrag, String toelichting, String waardendriehoek,
            String gemeente, Integer jaar, Integer woonoppervlakte) {
    }

    record Betaling(LocalDate betaaldOp, String referentie) {
    }

    /** The budget of a pot of a year, for {@link #zorgVoorPotten}. */
    record Potbudget(String code, String naam, BigDecimal bedrag) {
    }

    /**
     * Makes the pots of a team's year that are missing with these budgets (historical budgets for an import; not
     * audited one by one) and answers per pot code what is left: budget − approved − paid.
     */
    Map<String, BigDecimal> zorgVoorPotten(long team, int jaar, List<Potbudget> potten);

    /**
     * Opens a year: when the team has no pots in {@code jaar}, copies the pots and rules of the latest earlier year
     * that has pots. Returns whether anything was copied.
     */
    boolean zorgVoorJaar(long team, int jaar);

    Verstrekking stelVoor(long casus, Voorstel v, Gebruiker door, String client);

    Verstrekking keurGoed(long verstrekking, Gebruiker door, String client);

    Verstrekking betaal(long verstrekking, Betaling b, Gebruiker door, String client);

    /** A grant (404 when unknown). Not access-checked: for code that has checked already. */
    Verstrekking lees(long verstrekking);
}
