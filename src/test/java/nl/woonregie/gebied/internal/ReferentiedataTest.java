package nl.woonregie.gebied.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.internal.Referentiedata.Bevolking;
import nl.woonregie.gebied.internal.Referentiedata.Gemeente;
import nl.woonregie.gebied.internal.Referentiedata.Lidmaatschap;
import org.junit.jupiter.api.Test;

/** The shipped reference data, read and checked without a database. */
class ReferentiedataTest {

    private static final LocalDate J2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate J2023 = LocalDate.of(2023, 1, 1);
    private static final LocalDate J2024 = LocalDate.of(2024, 1, 1);

    private final Referentiedata data = Referentiedata.vanClasspath();

    private Gemeente gemeente(String code) {
        return data.gemeenten.stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    private Map<String, Integer> inwoners(LocalDate peildatum) {
        return data.bevolking.stream().filter(b -> b.peildatum().equals(peildatum))
                .collect(Collectors.toMap(Bevolking::gemeenteCode, Bevolking::inwoners));
    }

    @Test
    void bevat_12_provincies_342_huidige_en_4_opgeheven_gemeenten_25_veiligheidsregios_en_alle_bevolkingscijfers() {
        assertThat(data.provincies).hasSize(12);
        assertThat(data.gemeenten).hasSize(346);
        assertThat(data.gemeenten.stream().filter(g -> g.geldigTot() == null)).hasSize(342);
        assertThat(data.regios).hasSize(25).allMatch(r -> r.soort().equals("VEILIGHEIDSREGIO"));
        assertThat(data.bevolking).hasSize(2152);
        assertThat(data.bevolking.stream().map(Bevolking::peildatum).distinct().sorted().toList()).containsExactly(
                LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1), J2022, J2023, J2024);
    }

    @Test
    void herindelingen_sinds_2022_hebben_einddatum_en_opvolger() {
        assertThat(gemeente("GM0457")).isEqualTo(new Gemeente("GM0457", "Weesp", "PV27", null,
                LocalDate.of(2022, 3, 24), "GM0363"));
        for (String code : List.of("GM0501", "GM0530", "GM0614")) {
            assertThat(gemeente(code).geldigTot()).isEqualTo(J2023);
            assertThat(gemeente(code).opgegaanIn()).isEqualTo("GM1992");
            assertThat(gemeente(code).provincieCode()).isEqualTo("PV28");
        }
        assertThat(gemeente("GM1992").geldigVanaf()).isEqualTo(J2023);
        assertThat(gemeente("GM0363").geldigVanaf()).isNull();
    }

    @Test
    void opgeheven_gemeenten_komen_na_hun_opvolger_zodat_de_verwijzing_bestaat() {
        List<String> volgorde = data.gemeenten.stream().map(Gemeente::code).toList();
        assertThat(volgorde.indexOf("GM0457")).isGreaterThan(volgorde.indexOf("GM0363"));
        assertThat(volgorde.indexOf("GM0501")).isGreaterThan(volgorde.indexOf("GM1992"));
    }

    @Test
    void opgeheven_gemeenten_blijven_tot_de_herindeling_lid_van_hun_veiligheidsregio() {
        assertThat(data.lidmaatschappen).contains(
                new Lidmaatschap("VR14", "GM0457", null, LocalDate.of(2022, 3, 24)),
                new Lidmaatschap("VR17", "GM0501", null, J2023),
                new Lidmaatschap("VR17", "GM1992", J2023, null),
                new Lidmaatschap("VR13", "GM0363", null, null));
        assertThat(data.lidmaatschappen).hasSize(346);
    }

    @Test
    void de_gemeenten_van_elk_bevolkingsjaar_vanaf_2022_zijn_precies_die_van_het_register() {
        for (LocalDate dag : List.of(J2022, J2023, J2024)) {
            assertThat(inwoners(dag).keySet()).isEqualTo(data.gemeenten.stream().filter(g -> g.geldigOp(dag))
                    .map(Gemeente::code).collect(Collectors.toSet()));
        }
        assertThat(inwoners(J2022)).hasSize(345);
    }

    @Test
    void de_cijfers_kloppen_met_het_bestand_op_de_indeling_van_2024() {
        // bevolking-gemeenten-indeling-2024.csv is shipped but not loaded; it must agree with what is loaded.
        Map<String, Integer> j2022 = inwoners(J2022);
        Map<String, Integer> j2023 = inwoners(J2023);
        Map<String, Integer> j2024 = inwoners(J2024);
        List<Csv.Rij> rijen = Csv.lees(Referentiedata.bytesVanClasspath("bevolking-gemeenten-indeling-2024.csv"),
                "indeling-2024");
        assertThat(rijen).hasSize(342);
        for (Csv.Rij rij : rijen) {
            String code = rij.get("code");
            assertThat(Integer.parseInt(rij.get("inwoners_2024"))).as(code).isEqualTo(j2024.get(code));
            assertThat(Integer.parseInt(rij.get("inwoners_2023"))).as(code).isEqualTo(j2023.get(code));
            int verwacht2022 = switch (code) {
                case "GM0363" -> j2022.get("GM0363") + j2022.get("GM0457");
                case "GM1992" -> j2022.get("GM0501") + j2022.get("GM0530") + j2022.get("GM0614");
                default -> j2022.get(code);
            };
            assertThat(Integer.parseInt(rij.get("inwoners_2022"))).as(code).isEqualTo(verwacht2022);
        }
    }

    @Test
    void landelijke_totalen_zijn_die_van_het_cbs() {
        Map<LocalDate, Long> totaal = data.bevolking.stream().collect(
                Collectors.groupingBy(Bevolking::peildatum, Collectors.summingLong(Bevolking::inwoners)));
        assertThat(totaal.get(J2024)).isEqualTo(17_942_942L);
        assertThat(totaal.get(J2023)).isEqualTo(17_811_291L);
        assertThat(totaal.get(J2022)).isEqualTo(17_590_672L);
        assertThat(totaal.get(LocalDate.of(2017, 1, 1))).isEqualTo(17_081_507L);
    }

    @Test
    void het_register_begint_op_dezelfde_dag_als_de_service_aanneemt() {
        // V3's files start the register (with the regions) on 1 January 2022; V60 adds the gemeenten of 2020 and 2021
        assertThat(Referentiedata.REGISTER_BEGIN).isEqualTo(GebiedService.INDELING_BEKEND_VANAF);
    }

    @Test
    void een_herindeling_naar_een_onbekende_gemeente_wordt_geweigerd() {
        Function<String, byte[]> bestanden = vervang(Referentiedata.HERINDELINGEN,
                "datum,code,naam,provincie_code,opgegaan_in,opgegaan_in_is_nieuw\n"
                        + "2022-03-24,GM0457,Weesp,PV27,GM9999,nee\n");
        assertThatThrownBy(() -> Referentiedata.lees(bestanden)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("opgegaan_in GM9999 is geen huidige gemeente");
    }

    @Test
    void een_ontbrekende_herindeling_valt_op_omdat_het_register_niet_meer_bij_de_bevolkingscijfers_past() {
        Function<String, byte[]> bestanden = vervang(Referentiedata.HERINDELINGEN,
                "datum,code,naam,provincie_code,opgegaan_in,opgegaan_in_is_nieuw\n"
                        + "2023-01-01,GM0501,Brielle,PV28,GM1992,ja\n"
                        + "2023-01-01,GM0530,Hellevoetsluis,PV28,GM1992,ja\n"
                        + "2023-01-01,GM0614,Westvoorne,PV28,GM1992,ja\n");
        assertThatThrownBy(() -> Referentiedata.lees(bestanden)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alleen in bevolking: [GM0457]");
    }

    @Test
    void de_checksum_hangt_af_van_de_inhoud_van_de_bestanden() {
        long origineel = Referentiedata.checksum(Referentiedata::bytesVanClasspath);
        assertThat(Referentiedata.checksum(Referentiedata::bytesVanClasspath)).isEqualTo(origineel);
        byte[] bevolking = Referentiedata.bytesVanClasspath(Referentiedata.BEVOLKING);
        String gewijzigd = new String(bevolking, StandardCharsets.UTF_8).replace("566221", "566222");
        assertThat(Referentiedata.checksum(vervang(Referentiedata.BEVOLKING, gewijzigd))).isNotEqualTo(origineel);
        assertThat(data.checksum).isEqualTo(origineel);
        assertThat(new V3__Referentiedata().getChecksum()).isEqualTo((int) origineel);
    }

    private static Function<String, byte[]> vervang(String bestand, String inhoud) {
        Map<String, byte[]> vervangen = new HashMap<>();
        vervangen.put(bestand, inhoud.getBytes(StandardCharsets.UTF_8));
        return naam -> vervangen.containsKey(naam) ? vervangen.get(naam) : Referentiedata.bytesVanClasspath(naam);
    }
}
