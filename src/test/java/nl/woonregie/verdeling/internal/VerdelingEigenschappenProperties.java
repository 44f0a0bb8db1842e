package nl.woonregie.verdeling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import nl.woonregie.verdeling.Afronding;

/**
 * Art. 29 lid 1 for every input (jqwik): each gemeente's number is ceil(vg · iG / iN), computed here independently
 * with {@link BigInteger}; when iN is the sum of the gemeenten's iG (a distribution without herindelingen) the sum of
 * the numbers is at least vg and less than vg + the number of gemeenten. Both on generated populations and on the
 * shipped CBS population of every year it has, with any national number.
 */
class VerdelingEigenschappenProperties {

    @Property
    void elk_aandeel_is_vg_maal_ig_gedeeld_door_in_naar_boven_afgerond(
            @ForAll @LongRange(min = 0, max = 1_000_000) long vg, @ForAll("bevolkingen") List<Long> inwoners) {
        long iN = inwoners.stream().mapToLong(Long::longValue).sum();
        for (long iG : inwoners) {
            BigInteger[] deling = BigInteger.valueOf(vg).multiply(BigInteger.valueOf(iG))
                    .divideAndRemainder(BigInteger.valueOf(iN));
            long verwacht = deling[0].longValueExact() + (deling[1].signum() == 0 ? 0 : 1);
            assertThat(Verdeelformule.aandeel(vg, iG, iN, Afronding.OMHOOG)).isEqualTo(verwacht);
        }
    }

    @Property
    void de_som_is_minstens_vg_en_minder_dan_vg_plus_het_aantal_gemeenten(
            @ForAll @LongRange(min = 0, max = 1_000_000) long vg, @ForAll("bevolkingen") List<Long> inwoners) {
        somBinnenGrenzen(vg, inwoners);
    }

    @Property(tries = 200)
    void op_de_cbs_bevolking_van_elk_jaar_geldt_hetzelfde(@ForAll @LongRange(min = 0, max = 200_000) long vg,
            @ForAll("jaren") int jaar) throws IOException {
        somBinnenGrenzen(vg, List.copyOf(VerdeelformuleTest.bevolking(jaar).values()));
    }

    @Property
    void half_omhoog_wijkt_minder_dan_een_half_af_en_nooit_meer_dan_omhoog(
            @ForAll @LongRange(min = 0, max = 1_000_000) long vg, @ForAll @IntRange(min = 0, max = 2_000_000) int iG,
            @ForAll @IntRange(min = 1, max = 20_000_000) int extra) {
        long iN = (long) iG + extra;
        long half = Verdeelformule.aandeel(vg, iG, iN, Afronding.HALF_OMHOOG);
        long omhoog = Verdeelformule.aandeel(vg, iG, iN, Afronding.OMHOOG);
        // |half - vg·iG/iN| <= 1/2, in integers: |2·half·iN - 2·vg·iG| <= iN
        BigInteger verschil = BigInteger.valueOf(2 * half).multiply(BigInteger.valueOf(iN))
                .subtract(BigInteger.valueOf(2 * vg).multiply(BigInteger.valueOf(iG))).abs();
        assertThat(verschil).isLessThanOrEqualTo(BigInteger.valueOf(iN));
        assertThat(half).isLessThanOrEqualTo(omhoog);
    }

    private static void somBinnenGrenzen(long vg, List<Long> inwoners) {
        Map<String, Long> perGemeente = new LinkedHashMap<>();
        for (int i = 0; i < inwoners.size(); i++) {
            perGemeente.put("GM" + i, inwoners.get(i));
        }
        long iN = inwoners.stream().mapToLong(Long::longValue).sum();
        long som = Verdeelformule.verdeel(vg, perGemeente, iN, Afronding.OMHOOG).values().stream()
                .mapToLong(Long::longValue).sum();
        assertThat(som).isGreaterThanOrEqualTo(vg).isLessThan(vg + inwoners.size());
    }

    @Provide
    Arbitrary<List<Long>> bevolkingen() {
        // at least one gemeente with inhabitants (iN > 0); some tiny, some empty, some as large as Amsterdam
        Arbitrary<Long> inwoners = Arbitraries.oneOf(Arbitraries.longs().between(0, 10),
                Arbitraries.longs().between(900, 50_000), Arbitraries.longs().between(50_000, 1_000_000));
        return inwoners.list().ofMinSize(1).ofMaxSize(400)
                .filter(l -> l.stream().mapToLong(Long::longValue).sum() > 0);
    }

    @Provide
    Arbitrary<Integer> jaren() {
        return Arbitraries.of(2017, 2018, 2019, 2022, 2023, 2024);
    }
}
