package nl.woonregie.verhuisbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.security.Gebruiker;

/**
 * Searching and finding, for other modules: the housing sites, registrations (credentials in the vault), reactions,
 * offers and the decision on an offer. Implemented by the nested module {@code verhuisbox.zoeken}; every change is
 * authorised for {@code door}, validated and audited.
 */
public interface Zoeken {

    record Website(long id, String naam, String regio, List<String> provincies, BigDecimal kosten,
            String verlenging, String notities) {
    }

    record NieuweInschrijving(Long website, LocalDate datum, String nummer, BigDecimal kosten,
            LocalDate verlengdatum, String gebruikersnaam, String wachtwoord) {
    }

    record NieuweReactie(Long inschrijving, LocalDate datum, String woning, String soort, Integer positie) {
    }

    record NieuwAanbod(String gemeente, String corporatie, String adres, BigDecimal huur,
            LocalDate bezichtiging, LocalDate deadline) {
    }

    /** The decision on an offer. */
    enum Aanbodbesluit {
        /** The client accepts: to Verhuizing (when the documents are complete). */
        AANVAARD,
        /** The client is free to refuse: back to Zoeken, no penalty. */
        GEWEIGERD_CLIENT,
        /** The corporation refuses: back to Zoeken, and a row in the obstacle log. */
        GEWEIGERD_CORPORATIE
    }

    record Aanbod(long id, String gemeente, String corporatie, String adres, BigDecimal huur,
            LocalDate bezichtiging, LocalDate deadline, Aanbodbesluit besluit, String toelichting) {
    }

    /** The decision as asked ({@code besluit}: AANVAARD, GEWEIGERD_CLIENT or GEWEIGERD_CORPORATIE). */
    record Besluit(String besluit, String toelichting, String grond, String website, String provincie) {
    }

    /**
     * The active housing sites a team uses, by name: its own (added by its coordinator, or its version of a national
     * site) and the national ones it has no version of.
     */
    List<Website> websites(long team);

    /** Records a registration of the case on a site; returns its id. */
    long schrijfIn(long casus, NieuweInschrijving n, Gebruiker door, String client);

    /** Records a reaction on a dwelling; returns its id. */
    long reageer(long casus, NieuweReactie r, Gebruiker door, String client);

    /** Records an offer (the case goes to Aanbod); returns its id. */
    long bied(long casus, NieuwAanbod a, Gebruiker door, String client);

    /** The decision on an offer. */
    void besluit(long aanbod, Besluit b, Gebruiker door, String client);

    /** The offers of a case, newest first. Not access-checked: for code that has checked already. */
    List<Aanbod> aanbiedingen(long casus);
}
