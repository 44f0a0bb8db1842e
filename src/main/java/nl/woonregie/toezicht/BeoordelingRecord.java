package nl.woonregie.toezicht;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import nl.woonregie.toezicht.regels.Beoordeling;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Trede;

/**
 * The engine's outcome at one peildatum as a round stores it: Woonregie's own record, mapped from the engine's sealed
 * {@link Beoordeling} and stored with the schema version of its row ({@code ronde.RondeGemeente.SCHEMA_VERSIE}). Letters,
 * the consistency check, overviews, histories and exports read this record; the what-if API's DTO is only that
 * API's contract, so renaming one of its fields cannot change a stored round.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "soort")
@JsonSubTypes({@JsonSubTypes.Type(value = BeoordelingRecord.Tussentijds.class, name = "TUSSENTIJDS"),
    @JsonSubTypes.Type(value = BeoordelingRecord.Eindoordeel.class, name = "EINDOORDEEL")})
public sealed interface BeoordelingRecord permits BeoordelingRecord.Tussentijds, BeoordelingRecord.Eindoordeel {

    LocalDate peildatum();

    Periode periode();

    long taakstelling();

    long saldoIn();

    long additioneleOpgave();

    long opgave();

    Boolean koppelingenVoldoende();

    Integer percentageVanOpgave();

    Trede tredeVoor();

    Trede tredeNa();

    Conclusie conclusie();

    Trede voorgesteldeTrede();

    boolean besluitVereist();

    List<Motivering> motivering();

    /** A tussentijdse toets (else an eindoordeel). */
    @JsonIgnore
    default boolean tussentijds() {
        return this instanceof Tussentijds;
    }

    /** Housed as the judgment counts it: at the mid date (tussentijds) or by COA at the period's end. */
    @JsonIgnore
    default long gehuisvestVoorOordeel() {
        return this instanceof Tussentijds t ? t.gehuisvest() : ((Eindoordeel) this).gehuisvestCoa();
    }

    /** The engine's conclusion at the peildatum. */
    enum Conclusie {
        VOLGENDE_FASE, ZELFDE_FASE, GEREALISEERD, VOLGENDE_FASE_VOORGESTELD
    }

    /** One rule that decided, with its Dutch sentence. */
    record Motivering(String regel, String tekst) {
    }

    /** Tussentijdse toets (1 April / 1 October). */
    record Tussentijds(LocalDate peildatum, Periode periode, long taakstelling, long saldoIn, long additioneleOpgave,
            long opgave, long minimaal, BigDecimal drempelOpSchema, long gehuisvest, boolean opSchema,
            long nogTeHuisvesten, Long koppelingen, Boolean koppelingenVoldoende, Integer percentageVanOpgave,
            Trede tredeVoor, Trede tredeNa, Conclusie conclusie, Trede voorgesteldeTrede, boolean besluitVereist,
            List<Motivering> motivering) implements BeoordelingRecord {

        public Tussentijds {
            drempelOpSchema = genormaliseerd(drempelOpSchema);
            motivering = List.copyOf(motivering);
        }
    }

    /**
     * Eindoordeel (1 July / 1 January) of the period that just ended.
     *
     * @param omkoppelingen          question (3): omkoppelingen that count in this period
     * @param omkoppelingenGemeld    the omkoppelingen COA reported for the period, counted or not (schema version 2)
     * @param omkoppelingenTellenMee false when the beleidskader does not count omkoppelingen in this period (R8;
     *                               schema version 2)
     */
    record Eindoordeel(LocalDate peildatum, Periode periode, long taakstelling, long saldoIn, long additioneleOpgave,
            long opgave, long gehuisvestCoa, long huurcontracten, long huurcontractenMeegeteld,
            Long gehuisvestCoaDefinitief, boolean gerealiseerd, BigDecimal drempelNietStijgen,
            Boolean drempelGehaald, Boolean koppelingenVoldoende, boolean omkoppelingen, long omkoppelingenGemeld,
            boolean omkoppelingenTellenMee, boolean stapelgemeente,
            String verschoonbareReden, Integer percentageVanOpgave, Trede tredeVoor, Trede tredeNa,
            Conclusie conclusie, Trede voorgesteldeTrede, boolean besluitVereist, String besluitMotivering,
            long saldoUit, VolgendePeriode volgendePeriode, List<Motivering> motivering)
            implements BeoordelingRecord {

        public Eindoordeel {
            drempelNietStijgen = genormaliseerd(drempelNietStijgen);
            motivering = List.copyOf(motivering);
        }
    }

    /** The figures of the next period, as the letter after an eindoordeel reports them. */
    record VolgendePeriode(Periode periode, long taakstelling, long saldoIn, long opgave, long minimaal) {
    }

    /** The record of an engine outcome. */
    static BeoordelingRecord van(Beoordeling b) {
        if (b instanceof Beoordeling.Tussentijds t) {
            return new Tussentijds(t.peildatum(), t.periode(), t.taakstelling(), t.saldoIn(), t.additioneleOpgave(),
                    t.opgave(), t.minimaal(), t.drempelOpSchema(), t.gehuisvest(), t.opSchema(), t.nogTeHuisvesten(),
                    t.koppelingen(), t.koppelingenVoldoende(), t.percentageVanOpgave(), t.tredeVoor(), t.tredeNa(),
                    conclusie(t.conclusie()), t.voorgesteldeTrede(), t.besluitVereist(), motivering(t.motivering()));
        }
        Beoordeling.Eindoordeel e = (Beoordeling.Eindoordeel) b;
        Beoordeling.VolgendePeriode v = e.volgendePeriode();
        return new Eindoordeel(e.peildatum(), e.periode(), e.taakstelling(), e.saldoIn(), e.additioneleOpgave(),
                e.opgave(), e.gehuisvestCoa(), e.huurcontracten(), e.huurcontractenMeegeteld(),
                e.gehuisvestCoaDefinitief(), e.gerealiseerd(), e.drempelNietStijgen(), e.drempelGehaald(),
                e.koppelingenVoldoende(), e.omkoppelingen(), e.omkoppelingenGemeld(), e.omkoppelingenTellenMee(),
                e.stapelgemeente(), e.verschoonbareReden(),
                e.percentageVanOpgave(), e.tredeVoor(), e.tredeNa(), conclusie(e.conclusie()),
                e.voorgesteldeTrede(), e.besluitVereist(), e.besluitMotivering(), e.saldoUit(),
                v == null ? null : new VolgendePeriode(v.periode(), v.taakstelling(), v.saldoIn(), v.opgave(),
                        v.minimaal()),
                motivering(e.motivering()));
    }

    /** A decimal without trailing zeros (292.6, 140), so that the same value is always stored the same way. */
    private static BigDecimal genormaliseerd(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Conclusie conclusie(Beoordeling.Conclusie c) {
        return Conclusie.valueOf(c.name());
    }

    private static List<Motivering> motivering(List<Beoordeling.Motivering> m) {
        return m.stream().map(x -> new Motivering(x.regel(), x.tekst())).toList();
    }
}
