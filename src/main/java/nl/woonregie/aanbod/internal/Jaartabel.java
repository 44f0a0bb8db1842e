package nl.woonregie.aanbod.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.woonregie.aanbod.Jaaroverzicht.Bevinding;
import nl.woonregie.aanbod.Jaaroverzicht.Halfjaar;
import nl.woonregie.aanbod.Jaaroverzicht.Jaar;
import nl.woonregie.aanbod.Jaaroverzicht.Soort;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;

/**
 * The year table's arithmetic, plain Java: the periods computed from stored figures, the years summed from them, and
 * the checks of a table that was imported, typed or recorded elsewhere (a total that is not its parts, a saldo that
 * is not opgave minus realisation, a saldo carried in that is not the one carried out before, a figure that differs
 * from the computation), each naming the period and the two numbers.
 */
public final class Jaartabel {

    private Jaartabel() {
    }

    /** The periods and what stops the computation (empty when it reached the period of {@code vandaag}). */
    public record Berekening(List<Halfjaar> halfjaren, List<String> ontbrekend) {
    }

    /**
     * A row of a year table as typed or imported (the memo's Table 1): the taakstellingen of the year's periods, the
     * saldo carried in (negative: voorsprong), the extra ambition, the total, the realisation and, when the table
     * gives it, the saldo carried out. Null: not given.
     */
    public record Jaarregel(int jaar, List<Long> taakstellingen, Long saldoIn, long extraAmbitie, Long totaal,
            Long gehuisvest, Long saldoUit) {
    }

    /** A period as the supervision's table gives it (its computed or recorded row). */
    public record Periodestand(String periode, long taakstelling, long saldoIn, long opgave, Long saldoUit) {
    }

    /**
     * The periods from the start of the registration up to the period of {@code vandaag}: the first period's saldo
     * from the beginstand, each next one's from the saldo carried out before; the realisation from COA's final
     * figure, else its latest standing in the period on or before {@code vandaag}. It stops at the first period
     * without taakstelling, or an ended one without any figure of COA.
     */
    public static Berekening bereken(GemeenteCijfers c, LocalDate vandaag) {
        return bereken(c, vandaag, null);
    }

    /**
     * As {@link #bereken(GemeenteCijfers, LocalDate)}, for a reader who may see the outcome of an ended period only
     * once its eindoordeel is vastgesteld or shared ({@code geoordeeld}: those periods' codes; null: every period):
     * the table stops at an ended period outside it, without its saldo, and says so.
     */
    public static Berekening bereken(GemeenteCijfers c, LocalDate vandaag, java.util.Set<String> geoordeeld) {
        List<Halfjaar> rijen = new ArrayList<>();
        List<String> ontbrekend = new ArrayList<>();
        if (c.beginstand() == null) {
            ontbrekend.add("de beginstand (saldo waar de registratie begint)");
            return new Berekening(rijen, ontbrekend);
        }
        Periode tot = Periode.van(vandaag, c.beginstand().periode().lengte());
        long saldoIn = c.beginstand().saldoIn();
        for (Periode p = c.beginstand().periode(); p.compareTo(tot) <= 0; p = p.volgende()) {
            GemeenteCijfers.Taakstelling t = c.taakstellingen().get(p);
            if (t == null) {
                ontbrekend.add("de taakstelling van de " + p.omschrijving());
                break;
            }
            long additioneel = t.additioneleOpgave() == null ? 0 : t.additioneleOpgave();
            long opgave = t.taakstelling() + saldoIn;
            Long gehuisvest = null;
            LocalDate op = null;
            boolean definitief = c.definitief().containsKey(p);
            if (definitief) {
                gehuisvest = c.definitief().get(p);
            } else {
                for (GemeenteCijfers.CoaStand s : c.coaStanden().getOrDefault(p, List.of())) {
                    if (!s.datum().isAfter(vandaag)) {
                        gehuisvest = s.gehuisvest();
                        op = s.datum();
                    }
                }
            }
            boolean afgelopen = p.laatsteDag().isBefore(vandaag);
            boolean zichtbaar = geoordeeld == null || geoordeeld.contains(p.code());
            Long saldoUit = afgelopen && gehuisvest != null && zichtbaar ? opgave - gehuisvest : null;
            rijen.add(new Halfjaar(p.code(), p.omschrijving(), t.taakstelling(), saldoIn, additioneel, opgave,
                    opgave + additioneel, gehuisvest, op, definitief, saldoUit));
            if (afgelopen && gehuisvest == null) {
                ontbrekend.add("het aantal gehuisvest volgens het COA in de " + p.omschrijving());
                break;
            }
            if (afgelopen && !zichtbaar) {
                ontbrekend.add("het eindoordeel over de " + p.omschrijving() + " (nog niet vastgesteld of gedeeld)");
                break;
            }
            if (saldoUit != null) {
                saldoIn = saldoUit;
            }
        }
        return new Berekening(rijen, ontbrekend);
    }

    /** The periods summed per calendar year (a year of which only a part is registered has only those periods). */
    public static List<Jaar> jaren(List<Halfjaar> halfjaren) {
        Map<Integer, List<Halfjaar>> perJaar = new TreeMap<>();
        for (Halfjaar h : halfjaren) {
            perJaar.computeIfAbsent(Periode.of(h.periode()).jaar(), k -> new ArrayList<>()).add(h);
        }
        List<Jaar> jaren = new ArrayList<>();
        perJaar.forEach((jaar, rijen) -> {
            List<Long> taak = rijen.stream().map(Halfjaar::taakstelling).toList();
            long saldoIn = rijen.get(0).saldoIn();
            long ambitie = rijen.stream().mapToLong(Halfjaar::additioneleOpgave).sum();
            long totaal = taak.stream().mapToLong(Long::longValue).sum() + saldoIn + ambitie;
            Long gehuisvest = rijen.stream().anyMatch(h -> h.gehuisvest() == null) ? null
                    : rijen.stream().mapToLong(Halfjaar::gehuisvest).sum();
            Halfjaar laatste = rijen.get(rijen.size() - 1);
            jaren.add(new Jaar(jaar, taak, saldoIn, ambitie, totaal, gehuisvest, laatste.gehuisvestOp(),
                    laatste.saldoUit()));
        });
        return jaren;
    }

    /**
     * The checks of a year table (typed or imported): each total against taakstellingen + saldo + extra ambition,
     * each given saldo carried out against total − ambition − realisation, and each year's saldo carried in against
     * the previous year's saldo carried out (given, or computed from that year's row). Rows in year order.
     */
    public static List<Bevinding> controleer(List<Jaarregel> regels) {
        List<Bevinding> bevindingen = new ArrayList<>();
        Jaarregel vorige = null;
        for (Jaarregel r : regels) {
            String jaar = String.valueOf(r.jaar());
            long delen = r.taakstellingen().stream().mapToLong(x -> x == null ? 0 : x).sum()
                    + (r.saldoIn() == null ? 0 : r.saldoIn()) + r.extraAmbitie();
            if (r.totaal() != null && r.totaal() != delen) {
                bevindingen.add(new Bevinding(Soort.TOTAAL_TELT_NIET_OP, jaar, r.totaal(), delen, jaar
                        + ": het totaal te huisvesten is " + NlFormaat.getal(r.totaal())
                        + ", maar taakstelling, saldo en extra ambitie tellen op tot " + NlFormaat.getal(delen) + "."));
            }
            Long berekendUit = r.totaal() == null || r.gehuisvest() == null ? null
                    : r.totaal() - r.extraAmbitie() - r.gehuisvest();
            if (r.saldoUit() != null && berekendUit != null && !r.saldoUit().equals(berekendUit)) {
                bevindingen.add(new Bevinding(Soort.SALDO_TELT_NIET_OP, jaar, r.saldoUit(), berekendUit, jaar
                        + ": het saldo aan het einde is " + NlFormaat.getal(r.saldoUit())
                        + ", maar opgave min realisatie is " + NlFormaat.getal(berekendUit) + "."));
            }
            if (vorige != null && vorige.jaar() == r.jaar() - 1 && r.saldoIn() != null) {
                Long uit = vorige.saldoUit() != null ? vorige.saldoUit()
                        : vorige.totaal() == null || vorige.gehuisvest() == null ? null
                        : vorige.totaal() - vorige.extraAmbitie() - vorige.gehuisvest();
                if (uit != null && !uit.equals(r.saldoIn())) {
                    bevindingen.add(new Bevinding(Soort.SALDO_SLUIT_NIET_AAN, jaar, r.saldoIn(), uit, jaar
                            + ": het saldo uit " + vorige.jaar() + " is " + NlFormaat.getal(r.saldoIn())
                            + ", maar " + vorige.jaar() + " eindigde met " + NlFormaat.getal(uit) + "."));
                }
            }
            vorige = r;
        }
        return bevindingen;
    }

    /**
     * The checks of the supervision's table of periods against itself and against the computation from the stored
     * figures: an opgave that is not taakstelling + saldo, a saldo carried in that is not the one carried out of the
     * period before, and a saldo (in or out) that differs from the computed one.
     */
    public static List<Bevinding> vergelijk(List<Periodestand> toezicht, List<Halfjaar> berekend) {
        Map<String, Halfjaar> perPeriode = new java.util.HashMap<>();
        berekend.forEach(h -> perPeriode.put(h.periode(), h));
        List<Bevinding> bevindingen = new ArrayList<>();
        Periodestand vorige = null;
        for (Periodestand s : toezicht) {
            String p = s.periode();
            String naam = Periode.of(p).omschrijving();
            long delen = s.taakstelling() + s.saldoIn();
            if (s.opgave() != delen) {
                bevindingen.add(new Bevinding(Soort.TOTAAL_TELT_NIET_OP, p, s.opgave(), delen, "De " + naam
                        + ": de opgave in het toezicht is " + NlFormaat.getal(s.opgave())
                        + ", maar taakstelling en saldo tellen op tot " + NlFormaat.getal(delen) + "."));
            }
            if (vorige != null && vorige.saldoUit() != null && Periode.of(vorige.periode()).volgende()
                    .equals(Periode.of(p)) && vorige.saldoUit() != s.saldoIn()) {
                bevindingen.add(new Bevinding(Soort.SALDO_SLUIT_NIET_AAN, p, s.saldoIn(), vorige.saldoUit(), "De "
                        + naam + ": het saldo uit de vorige periode is in het toezicht " + NlFormaat.getal(s.saldoIn())
                        + ", maar de " + Periode.of(vorige.periode()).omschrijving() + " eindigde met "
                        + NlFormaat.getal(vorige.saldoUit()) + "."));
            }
            Halfjaar h = perPeriode.get(p);
            if (h != null && h.saldoIn() != s.saldoIn()) {
                bevindingen.add(new Bevinding(Soort.WIJKT_AF_VAN_BEREKENING, p, s.saldoIn(), h.saldoIn(), "De "
                        + naam + ": het saldo uit de vorige periode is in het toezicht " + NlFormaat.getal(s.saldoIn())
                        + ", berekend uit de opgeslagen cijfers " + NlFormaat.getal(h.saldoIn()) + "."));
            }
            if (h != null && h.saldoUit() != null && s.saldoUit() != null && !h.saldoUit().equals(s.saldoUit())) {
                bevindingen.add(new Bevinding(Soort.WIJKT_AF_VAN_BEREKENING, p, s.saldoUit(), h.saldoUit(), "De "
                        + naam + ": het saldo aan het einde is in het toezicht " + NlFormaat.getal(s.saldoUit())
                        + ", berekend uit de opgeslagen cijfers " + NlFormaat.getal(h.saldoUit()) + "."));
            }
            vorige = s;
        }
        return bevindingen;
    }
}
