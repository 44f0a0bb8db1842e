package nl.woonregie.toezicht.cijfers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * COA's corrected final realisation of an ended period (R13), always with a reason. Versioned: a new value replaces
 * the current row (which stays, with {@code vervangen_op}); the same value again changes nothing. The engine
 * recomputes the saldo from it and reports REALISATIE_GECORRIGEERD.
 */
@Service
class CoaDefinitief {

    private static final Set<String> VELDEN = Set.of("periode", "gehuisvestCoaDefinitief", "reden");

    private final JdbcClient jdbc;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    CoaDefinitief(JdbcClient jdbc, GebiedService gebied, ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.jdbc = jdbc;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** The answer: the current version, the one it replaced (or null), and whether anything changed. */
    @Schema(name = "CoaDefinitiefResultaat")
    record Resultaat(String gemeente, String periode, boolean gewijzigd, CijferHistorie.DefinitiefVersie huidig,
            CijferHistorie.DefinitiefVersie vorige) {
    }

    @Transactional
    public Resultaat voerIn(String gemeenteCode, JsonNode body, Gebruiker door, String client) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("Het verzoek is geen JSON-object.", List.of(new InvalidParam("body",
                    "verwacht {\"periode\": \"2022-I\", \"gehuisvestCoaDefinitief\": 213, \"reden\": \"...\"}")));
        }
        List<InvalidParam> fouten = new ArrayList<>();
        JsonVelden.onbekendeVelden(body, VELDEN, "", fouten, "");
        Periode periode = JsonVelden.periode(body.get("periode"), "periode", fouten);
        Integer gehuisvest = JsonVelden.geheel(body.get("gehuisvestCoaDefinitief"), "gehuisvestCoaDefinitief", 0,
                CijferImport.MAX_AANTAL, fouten);
        String reden = JsonVelden.tekst(body.get("reden"), "reden", 2000, fouten);
        Gemeente gemeente = gebied.gemeente(gemeenteCode).orElseThrow(
                () -> ApiException.notFound("Gemeente " + gemeenteCode + " bestaat niet."));
        String periodeFout = periode == null ? null : periodeFout(gemeente, periode);
        if (periodeFout != null) {
            fouten.add(new InvalidParam("periode", periodeFout));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het definitieve cijfer is niet opgeslagen.", fouten);
        }
        return schrijf(gemeenteCode, periode, gehuisvest, reden, door, client);
    }

    /** Why the municipality can have no final figure of the period (not ended, or it did not exist), or null. */
    String periodeFout(Gemeente gemeente, Periode periode) {
        LocalDate vandaag = LocalDate.now(klok.withZone(GebiedService.TIJDZONE));
        if (!vandaag.isAfter(periode.laatsteDag())) {
            return "de periode " + periode + " is nog niet afgelopen (loopt tot en met "
                    + Weergave.dag(periode.laatsteDag()) + "); een definitief cijfer hoort bij een afgelopen periode";
        }
        if (!CijferImport.bestondIn(gemeente, periode)) {
            return "gemeente " + gemeente.code() + " bestond niet in " + periode;
        }
        return null;
    }

    /**
     * Stores {@code gehuisvest} as the period's final figure (checked by the caller): a new version when it differs
     * from the current one (locked), audited as COA_DEFINITIEF_INGEVOERD; the same value changes nothing.
     */
    Resultaat schrijf(String gemeenteCode, Periode periode, int gehuisvest, String reden, Gebruiker door,
            String client) {
        Optional<Object[]> oud = jdbc.sql("""
                select id, gehuisvest, reden, ingevoerd_door, ingevoerd_op from coa_definitief
                where gemeente_code = ? and periode = ? and vervangen_op is null for update""")
                .params(gemeenteCode, periode.code())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, OffsetDateTime.class)})
                .optional();
        CijferHistorie.DefinitiefVersie vorige = oud.map(o -> new CijferHistorie.DefinitiefVersie((Integer) o[1],
                (String) o[3], (OffsetDateTime) o[4], null, (String) o[2])).orElse(null);
        if (vorige != null && vorige.gehuisvestCoaDefinitief() == gehuisvest) {
            return new Resultaat(gemeenteCode, periode.code(), false, vorige, null);
        }
        OffsetDateTime nu;
        try {
            if (oud.isPresent()) {
                jdbc.sql("update coa_definitief set vervangen_op = now() where id = ?").param(oud.get()[0]).update();
            }
            nu = jdbc.sql("""
                    insert into coa_definitief (gemeente_code, periode, gehuisvest, reden, ingevoerd_door)
                    values (?, ?, ?, ?, ?) returning ingevoerd_op""")
                    .params(gemeenteCode, periode.code(), gehuisvest, reden, door.actor())
                    .query(OffsetDateTime.class).single();
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Gelijktijdige wijziging", "Het definitieve cijfer van "
                    + gemeenteCode + " over " + periode + " is zojuist door iemand anders ingevoerd; probeer het "
                    + "opnieuw.", null);
        }
        gebeurtenissen.publishEvent(new CijferGebeurtenis.CoaDefinitiefIngevoerd(gemeenteCode, periode, gehuisvest,
                reden, vorige == null ? null : (long) vorige.gehuisvestCoaDefinitief(),
                vorige == null ? null : vorige.reden(), new Actor(door.actor(), client)));
        CijferHistorie.DefinitiefVersie huidig = new CijferHistorie.DefinitiefVersie(gehuisvest, door.actor(), nu,
                null, reden);
        CijferHistorie.DefinitiefVersie vervangen = vorige == null ? null
                : new CijferHistorie.DefinitiefVersie(vorige.gehuisvestCoaDefinitief(), vorige.ingevoerdDoor(),
                        vorige.ingevoerdOp(), nu, vorige.reden());
        return new Resultaat(gemeenteCode, periode.code(), true, huidig, vervangen);
    }
}
