package nl.woonregie.toezicht.cijfers;

import java.util.List;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.importbestand.Bestand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The import page's "check, then confirm": a checked file waits in {@code import_concept} (for its uploader, a day at
 * most) until it is confirmed, which imports it with {@link CijferImport#importeer}, or rejected. Access and input are
 * judged by {@link CijferImport}, as for the API.
 */
@Service
class ImportConcepten {

    private final CijferImport importer;
    private final Kolomindelingen kolomindelingen;
    private final JdbcClient jdbc;

    ImportConcepten(CijferImport importer, Kolomindelingen kolomindelingen, JdbcClient jdbc) {
        this.importer = importer;
        this.kolomindelingen = kolomindelingen;
        this.jdbc = jdbc;
    }

    /** A checked file, waiting as {@code concept}: what the import would do. */
    record Gecontroleerd(long concept, ImportSoort soort, String bestandsnaam, ImportResultaat resultaat) {
    }

    /** The kind of import by its name: 400 naming {@code soort} when there is no such kind. */
    static ImportSoort soort(String naam) {
        for (ImportSoort s : ImportSoort.values()) {
            if (s.name().equals(naam)) {
                return s;
            }
        }
        throw ApiException.invalid("Onbekende soort cijfers.", List.of(new InvalidParam("soort",
                "kies een soort cijfers")));
    }

    /**
     * Checks the file as the import would (403 when the account may not import this kind; 400 naming the reason, or
     * every row and column of the file) and keeps it waiting for confirmation.
     */
    Gecontroleerd controleer(ImportSoort soort, Bestand bestand, Kolomindelingen.Kolomindeling indeling,
            String reden, Gebruiker g) {
        importer.vereisImporteren(soort, g);
        String schoneReden = CijferImport.reden(reden);
        ImportResultaat resultaat = importer.controleer(soort, bestand, indeling, g);
        jdbc.sql("delete from import_concept where aangemaakt_op < now() - interval '1 day'").update();
        long id = jdbc.sql("""
                insert into import_concept (soort, bestandsnaam, formaat, inhoud, sha256, gebruiker, reden,
                    kolomindeling_id, kolomindeling_versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(soort.name(), bestand.naam(), bestand.formaat().name(), bestand.inhoud(), bestand.sha256(),
                        g.gebruikersnaam(), schoneReden, indeling == null ? null : indeling.id(),
                        indeling == null ? null : indeling.versie())
                .query(Long.class).single();
        return new Gecontroleerd(id, soort, bestand.naam(), resultaat);
    }

    /** The kind of a waiting file of this account (403 for who may not import, 404 when it has none by this id). */
    ImportSoort soortVan(long concept, Gebruiker g) {
        importer.vereisSoorten(g);
        return ImportSoort.valueOf(jdbc.sql("select soort from import_concept where id = ? and gebruiker = ?")
                .params(concept, g.gebruikersnaam()).query(String.class).optional()
                .orElseThrow(ImportConcepten::bestaatNiet));
    }

    /**
     * Imports a waiting file of this account (one transaction, in {@link CijferImport#importeer}: the stored figures
     * may have changed since the check, then it is refused and nothing is stored). The waiting copy is removed either
     * way.
     */
    ImportResultaat bevestig(long concept, Gebruiker g, String client) {
        importer.vereisSoorten(g);
        Object[] rij = jdbc.sql("select soort, bestandsnaam, formaat, inhoud, reden, kolomindeling_id, "
                        + "kolomindeling_versie from import_concept where id = ? and gebruiker = ?")
                .params(concept, g.gebruikersnaam())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                    rs.getString(5), rs.getObject(6, Long.class), rs.getObject(7, Integer.class)})
                .optional()
                .orElseThrow(ImportConcepten::bestaatNiet);
        Bestand bestand = new Bestand((byte[]) rij[3], (String) rij[1], Bestand.Formaat.valueOf((String) rij[2]));
        ImportSoort soort = ImportSoort.valueOf((String) rij[0]);
        try {
            Kolomindelingen.Kolomindeling indeling = null;
            if (rij[5] != null) {
                indeling = kolomindelingen.voorImport(g, (Long) rij[5], soort);
                if (indeling.versie() != (Integer) rij[6]) {
                    throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "Intussen gewijzigd",
                            "De kolomindeling '" + indeling.naam() + "' is gewijzigd sinds de controle; er is niets "
                                    + "opgeslagen. Controleer het bestand opnieuw.", null);
                }
            }
            return importer.importeer(soort, bestand, indeling, (String) rij[4], g, client);
        } finally {
            jdbc.sql("delete from import_concept where id = ?").param(concept).update();
        }
    }

    /** Removes a waiting file of this account (nothing when there is none; 403 for who may not import). */
    void verwerp(long concept, Gebruiker g) {
        importer.vereisSoorten(g);
        jdbc.sql("delete from import_concept where id = ? and gebruiker = ?").params(concept, g.gebruikersnaam())
                .update();
    }

    private static ApiException bestaatNiet() {
        return ApiException.notFound("Deze gecontroleerde upload bestaat niet (meer). Upload het bestand opnieuw.");
    }
}
