package nl.woonregie.verdeling.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.verdeling.Samenstellingsdeel;

/**
 * The gemeenten of a half-year's distribution and their CBS population (art. 29 and 30): the indeling on
 * {@code indelingsdatum} (1 January of the half-year's year), the CBS figures of {@code peildatum} (each on the
 * indeling of that day) and, for every gemeente changed by a herindeling in between, its constituent parts. Built from
 * {@link GebiedService}'s register; a figure of the peildatum that belongs to no gemeente of the indeling (a merged
 * gemeente's successor, a split gemeente's receivers) is an inconsistency of the register and refused.
 *
 * @param cbs               the CBS figure of every gemeente on the peildatum, by code
 * @param inwonersNederland iN: the sum of {@code cbs}
 * @param wijzigingen       the changed gemeenten of the indeling, by code
 */
public record Indeling(LocalDate peildatum, LocalDate indelingsdatum, List<Gemeente> gemeenten,
        SortedMap<String, Integer> cbs, long inwonersNederland, Map<String, Wijziging> wijzigingen) {

    /**
     * A gemeente changed by a herindeling between the peildatum and the indelingsdatum: its constituent parts (itself
     * first when it had a figure of its own); a part of a split gemeente is {@code deels}.
     */
    public record Wijziging(Gemeente gemeente, List<Samenstellingsdeel> delen) {

        /** After a split the parts' inhabitants that came here are not known: no default. */
        public boolean splitsing() {
            return delen.stream().anyMatch(Samenstellingsdeel::deels);
        }

        /** The default of art. 30 lid 2: the sum of the parts; empty after a split. */
        public Optional<Long> somVanDelen() {
            return splitsing() ? Optional.empty()
                    : Optional.of(delen.stream().mapToLong(Samenstellingsdeel::inwoners).sum());
        }
    }

    /** The indeling of {@code indelingsdatum} with the population of {@code peildatum}; {@code cbs} must not be empty. */
    public static Indeling bepaal(GebiedService gebied, LocalDate peildatum, LocalDate indelingsdatum) {
        SortedMap<String, Integer> cbs = gebied.inwonersOp(peildatum);
        if (cbs.isEmpty()) {
            throw new IllegalArgumentException("geen bevolkingscijfers op " + peildatum);
        }
        List<Gemeente> gemeenten = gebied.gemeentenOp(indelingsdatum);
        Map<String, Gemeente> opCode = new LinkedHashMap<>();
        gemeenten.forEach(g -> opCode.put(g.code(), g));
        Map<String, List<Samenstellingsdeel>> delen = new TreeMap<>();
        for (Map.Entry<String, Integer> e : cbs.entrySet()) {
            String code = e.getKey();
            if (opCode.containsKey(code)) {
                continue;
            }
            Gemeente oud = gebied.gemeente(code).orElseThrow(() -> new IllegalStateException(
                    code + " heeft een bevolkingscijfer op " + peildatum + " maar staat niet in het register"));
            Optional<Gemeente> opvolger = gebied.opvolgerOp(code, indelingsdatum);
            if (opvolger.isPresent()) {
                delen.computeIfAbsent(opvolger.get().code(), k -> new ArrayList<>())
                        .add(new Samenstellingsdeel(code, oud.naam(), oud.geldigTot(), e.getValue(), false));
                continue;
            }
            List<String> ontvangers = gebied.delenNaar(code);
            if (ontvangers.isEmpty()) {
                throw new IllegalStateException(code + " (" + oud.naam() + ") bestond op " + peildatum
                        + " maar heeft op " + indelingsdatum + " geen opvolger");
            }
            for (String ontvanger : ontvangers) {
                String doel = gebied.opvolgerOp(ontvanger, indelingsdatum).map(Gemeente::code).orElseThrow(() ->
                        new IllegalStateException(ontvanger + " bestaat niet op " + indelingsdatum));
                delen.computeIfAbsent(doel, k -> new ArrayList<>())
                        .add(new Samenstellingsdeel(code, oud.naam(), oud.geldigTot(), e.getValue(), true));
            }
        }
        Map<String, Wijziging> wijzigingen = new LinkedHashMap<>();
        for (Gemeente g : gemeenten) {
            List<Samenstellingsdeel> d = delen.getOrDefault(g.code(), List.of());
            Integer eigen = cbs.get(g.code());
            if (eigen != null && d.isEmpty()) {
                continue;
            }
            if (eigen == null && d.isEmpty()) {
                throw new IllegalStateException(g.code() + " (" + g.naam() + ") heeft geen bevolkingscijfer op "
                        + peildatum + " en geen voorgangers");
            }
            List<Samenstellingsdeel> alle = new ArrayList<>();
            if (eigen != null) {
                alle.add(new Samenstellingsdeel(g.code(), g.naam(), null, eigen, false));
            }
            d.stream().sorted(Comparator.comparing(Samenstellingsdeel::code)).forEach(alle::add);
            wijzigingen.put(g.code(), new Wijziging(g, List.copyOf(alle)));
        }
        long iN = cbs.values().stream().mapToLong(Integer::longValue).sum();
        return new Indeling(peildatum, indelingsdatum, List.copyOf(gemeenten), cbs, iN, wijzigingen);
    }
}
