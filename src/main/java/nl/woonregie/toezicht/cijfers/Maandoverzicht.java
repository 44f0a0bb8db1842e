package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * COA's monthly overview as one page of the province (issue 19 §6): COA sends every municipality each month where it
 * stands — its taakstelling of the half-year, how many COA counts as housed up to the month's end, the open
 * koppelingen — without the leases the municipality hands in itself. Here the province sees all its municipalities
 * side by side, from the stored figures: per municipality COA's last standing of the half-year dated in or before
 * the month, or none. For the province's supervisors, the BEHEERDER and COA.
 */
@Service
public class Maandoverzicht {

    private final CijferStanden standen;
    private final GebiedService gebied;
    private final Toegang toegang;
    private final JdbcClient jdbc;

    Maandoverzicht(CijferStanden standen, GebiedService gebied, Toegang toegang, JdbcClient jdbc) {
        this.standen = standen;
        this.gebied = gebied;
        this.toegang = toegang;
        this.jdbc = jdbc;
    }

    /**
     * One municipality in the month: its taakstelling (and additional task) of the half-year, COA's last standing
     * in the half-year up to the month's end (null fields when COA gave none), and what is left of the taakstelling
     * (negative: more housed than the task).
     */
    public record Regel(String gemeente, String naam, Long taakstelling, Long additioneleOpgave, LocalDate standVan,
            Long gehuisvest, Long koppelingen, Long omkoppelingen, Boolean stapelgemeente) {

        /** What is left of the taakstelling after the housed of the standing; null without either. */
        public Long nogTeHuisvesten() {
            return taakstelling == null || gehuisvest == null ? null : taakstelling - gehuisvest;
        }

        /** The housed as a share of the taakstelling (0–∞); null without either or with a task of 0. */
        public Double realisatie() {
            return taakstelling == null || gehuisvest == null || taakstelling == 0 ? null
                    : (double) gehuisvest / taakstelling;
        }
    }

    /** The province's overview of a month: the half-year it lies in, every municipality, the totals. */
    public record Overzicht(String provincie, String provincieNaam, YearMonth maand, Periode periode,
            List<Regel> regels) {

        public long taakstelling() {
            return regels.stream().mapToLong(r -> r.taakstelling() == null ? 0 : r.taakstelling()).sum();
        }

        public long gehuisvest() {
            return regels.stream().mapToLong(r -> r.gehuisvest() == null ? 0 : r.gehuisvest()).sum();
        }

        public long koppelingen() {
            return regels.stream().mapToLong(r -> r.koppelingen() == null ? 0 : r.koppelingen()).sum();
        }

        public long omkoppelingen() {
            return regels.stream().mapToLong(r -> r.omkoppelingen() == null ? 0 : r.omkoppelingen()).sum();
        }

        /** The municipalities for which COA gave no standing in the half-year up to the month's end. */
        public long zonderStand() {
            return regels.stream().filter(r -> r.standVan() == null).count();
        }

        /** The last day of the month. */
        public LocalDate peildatum() {
            return maand.atEndOfMonth();
        }
    }

    /** 403 unless this account may read the province's monthly overview; 404 for an unknown province. */
    public Gebruiker vereisLezen(Gebruiker g, String provincie) {
        if (g.heeft(Rol.COA)) {
            gebied.provincie(provincie).orElseThrow(() -> ApiException.notFound("Provincie " + provincie
                    + " bestaat niet."));
            return g;
        }
        return toegang.provincieToezien(g, provincie);
    }

    /**
     * The month the page opens with: the month of COA's latest standing for a municipality of the province up to
     * {@code vandaag}, else the month before {@code vandaag}.
     */
    @Transactional(readOnly = true)
    public YearMonth standaardMaand(Gebruiker g, String provincie, LocalDate vandaag) {
        vereisLezen(g, provincie);
        String[] codes = gebied.gemeentenVanProvincie(provincie, vandaag).stream().map(Gemeente::code)
                .toArray(String[]::new);
        LocalDate laatste = jdbc.sql("select max(datum) from coa_stand where vervangen_op is null "
                + "and gemeente_code = any(?) and datum <= ?").params(codes, vandaag).query(LocalDate.class)
                .optional().orElse(null);
        return laatste != null ? YearMonth.from(laatste) : YearMonth.from(vandaag).minusMonths(1);
    }

    @Transactional(readOnly = true)
    public Overzicht van(Gebruiker g, String provincie, YearMonth maand) {
        vereisLezen(g, provincie);
        return samengesteld(provincie, maand, maand.atEndOfMonth());
    }

    /**
     * The province's overview as it stands on {@code datum}: the half-year {@code datum} lies in, COA's last standing
     * dated on or before it. No access check: for the system's reminders (module brieven), which state the province's
     * realisation to the municipality's officials (issue 19 §7).
     */
    @Transactional(readOnly = true)
    public Overzicht opDatum(String provincie, LocalDate datum) {
        return samengesteld(provincie, YearMonth.from(datum), datum);
    }

    private Overzicht samengesteld(String provincie, YearMonth maand, LocalDate einde) {
        Periode periode = Periode.van(einde);
        List<Gemeente> gemeenten = gebied.gemeentenVanProvincie(provincie, einde);
        Map<String, GemeenteCijfers> cijfers = standen.lees(gemeenten.stream().map(Gemeente::code).toList());
        List<Regel> regels = new ArrayList<>();
        for (Gemeente gem : gemeenten) {
            GemeenteCijfers c = cijfers.get(gem.code());
            GemeenteCijfers.Taakstelling t = c.taakstellingen().get(periode);
            GemeenteCijfers.CoaStand s = c.coaStanden().getOrDefault(periode, List.of()).stream()
                    .filter(x -> !x.datum().isAfter(einde)).max(Comparator.comparing(GemeenteCijfers.CoaStand::datum))
                    .orElse(null);
            regels.add(new Regel(gem.code(), gem.naam(), t == null ? null : t.taakstelling(),
                    t == null ? null : t.additioneleOpgave(), s == null ? null : s.datum(),
                    s == null ? null : s.gehuisvest(), s == null ? null : s.koppelingen(),
                    s == null ? null : s.omkoppelingen(), s == null ? null : s.stapelgemeente()));
        }
        regels.sort(Comparator.comparing(Regel::naam, String.CASE_INSENSITIVE_ORDER));
        String naam = gebied.provincie(provincie).map(p -> p.naam()).orElse(provincie);
        return new Overzicht(provincie, naam, maand, periode, regels);
    }
}
