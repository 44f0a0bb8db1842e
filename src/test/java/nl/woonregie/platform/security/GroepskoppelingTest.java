package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Woonregie's own settings of signing in with an identity provider, without a provider: the group mapping as it is
 * written ({@code woonregie.oidc.groepskoppeling}), read by Spring Boot's binder as the application reads it; the check of the
 * factors in the ID token ({@code amr}, {@code acr}); and the name of a new account.
 */
class GroepskoppelingTest {

    static IdpInstellingen instellingen(Map<String, String> eigenschappen) {
        return new Binder(new MapConfigurationPropertySource(eigenschappen))
                .bindOrCreate("woonregie.oidc", IdpInstellingen.class);
    }

    @Test
    void elke_schrijfwijze_van_een_toewijzing_wordt_gelezen() {
        assertThat(Groepskoppeling.toewijzing("BEHEERDER")).isEqualTo(Toewijzing.zonderScope(Rol.BEHEERDER));
        assertThat(Groepskoppeling.toewijzing("toezichthouder:pv28"))
                .isEqualTo(Toewijzing.provincie(Rol.TOEZICHTHOUDER, "PV28"));
        assertThat(Groepskoppeling.toewijzing("GEMEENTE:GM0518")).isEqualTo(Toewijzing.gemeente(Rol.GEMEENTE, "GM0518"));
        assertThat(Groepskoppeling.toewijzing("CASEMANAGER:team=3")).isEqualTo(Toewijzing.team(Rol.CASEMANAGER, 3));
        assertThat(Groepskoppeling.toewijzing("DIENST:GM0518/SZW"))
                .isEqualTo(new Toewijzing(Rol.DIENST, null, "GM0518", null, null, "SZW", null));
        assertThat(Groepskoppeling.toewijzing("PROGRAMMAMANAGER:programma=5"))
                .isEqualTo(new Toewijzing(Rol.PROGRAMMAMANAGER, null, null, null, 5L, null, null));
        assertThat(Groepskoppeling.toewijzing("PROJECTLEIDER: project = 7"))
                .isEqualTo(new Toewijzing(Rol.PROJECTLEIDER, null, null, null, null, null, 7L));
    }

    @Test
    void de_koppeling_uit_de_eigenschappen_geeft_per_groep_haar_toewijzingen_elk_een_keer() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("woonregie.oidc.groepskoppeling[toezicht-zh]", "TOEZICHTHOUDER:PV28");
        // a group name as Keycloak or ADFS writes it, in brackets; two assignments, comma-separated
        e.put("woonregie.oidc.groepskoppeling[/Woonregie/Den Haag]", "GEMEENTE:GM0518, BESTUUR:GM0518");
        e.put("woonregie.oidc.groepskoppeling[ook-den-haag]", "GEMEENTE:GM0518");
        Groepskoppeling k = instellingen(e).koppeling();
        assertThat(k.groepen()).containsExactly("toezicht-zh", "/Woonregie/Den Haag", "ook-den-haag");
        assertThat(k.toewijzingen(List.of("/Woonregie/Den Haag", "ook-den-haag", "onbekend"))).containsExactly(
                Toewijzing.gemeente(Rol.GEMEENTE, "GM0518"), Toewijzing.gemeente(Rol.BESTUUR, "GM0518"));
        assertThat(k.toewijzingen(List.of("Toezicht-ZH"))).as("groepsnamen zoals ze zijn geschreven").isEmpty();
        assertThat(k.toewijzingen(List.of())).isEmpty();
    }

    @Test
    void de_koppeling_in_een_omgevingsvariabele_spring_application_json_houdt_groepsnamen_tussen_haken_zoals_ze_zijn() {
        org.springframework.core.env.StandardEnvironment omgeving = new org.springframework.core.env.StandardEnvironment();
        omgeving.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("env",
                Map.of("SPRING_APPLICATION_JSON", """
                        {"woonregie.oidc.groepskoppeling[/Woonregie/Beheer]": "BEHEERDER",
                         "woonregie.oidc.groepskoppeling[Toezicht Zuid-Holland]": "TOEZICHTHOUDER:PV28,BELEIDSMEDEWERKER:PV28"}
                        """)));
        new org.springframework.boot.support.SpringApplicationJsonEnvironmentPostProcessor()
                .postProcessEnvironment(omgeving, new org.springframework.boot.SpringApplication());
        Groepskoppeling k = Binder.get(omgeving).bindOrCreate("woonregie.oidc", IdpInstellingen.class).koppeling();
        assertThat(k.toewijzingen(List.of("/Woonregie/Beheer"))).containsExactly(
                Toewijzing.zonderScope(Rol.BEHEERDER));
        assertThat(k.toewijzingen(List.of("Toezicht Zuid-Holland"))).containsExactly(
                Toewijzing.provincie(Rol.TOEZICHTHOUDER, "PV28"), Toewijzing.provincie(Rol.BELEIDSMEDEWERKER, "PV28"));
    }

    @Test
    void de_instellingen_als_omgevingsvariabelen_zoals_in_de_readme() {
        org.springframework.core.env.StandardEnvironment omgeving = new org.springframework.core.env.StandardEnvironment();
        omgeving.getPropertySources().addFirst(new org.springframework.core.env.SystemEnvironmentPropertySource(
                "systemEnvironment", Map.of("WOONREGIE_OIDC_NAAM", "Provincie Zuid-Holland",
                        "WOONREGIE_OIDC_GEBRUIKERSNAAM_CLAIMS", "upn,email,sub",
                        "WOONREGIE_OIDC_GROEPEN_CLAIM", "roles",
                        "WOONREGIE_OIDC_MFA_AMR", "mfa,otp,hwk,swk",
                        "WOONREGIE_OIDC_MFA_ACR", "urn:provincie:loa:hoog",
                        "WOONREGIE_OIDC_MFA_VERPLICHT_VOOR", "BEHEERDER")));
        IdpInstellingen i = Binder.get(omgeving).bindOrCreate("woonregie.oidc", IdpInstellingen.class);
        assertThat(i.naam()).isEqualTo("Provincie Zuid-Holland");
        assertThat(i.gebruikersnaamClaims()).containsExactly("upn", "email", "sub");
        assertThat(i.groepenClaim()).isEqualTo("roles");
        assertThat(i.mfaAmr()).containsExactly("mfa", "otp", "hwk", "swk");
        assertThat(i.mfaAcr()).containsExactly("urn:provincie:loa:hoog");
        assertThat(i.mfaRollen()).containsExactly(Rol.BEHEERDER);
    }

    @Test
    void een_ongeldige_koppeling_houdt_de_start_tegen_en_noemt_groep_en_toewijzing() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("woonregie.oidc.groepskoppeling[a]", "TOEZICHTHOUDER:GM0518");
        e.put("woonregie.oidc.groepskoppeling[b]", "BAAS");
        e.put("woonregie.oidc.groepskoppeling[c]", "GEMEENTE:Den Haag");
        e.put("woonregie.oidc.groepskoppeling[d]", "CASEMANAGER:team=3,ICP:team=4");
        e.put("woonregie.oidc.groepskoppeling[e]", "BEHEERDER,BEHEERDER");
        e.put("woonregie.oidc.groepskoppeling[f]", "GEMEENTE");
        assertThatThrownBy(() -> instellingen(e)).rootCause()
                .hasMessageContaining("woonregie.oidc.groepskoppeling[a] 'TOEZICHTHOUDER:GM0518': provincie: verplicht")
                .hasMessageContaining("woonregie.oidc.groepskoppeling[b] 'BAAS': onbekende rol 'BAAS'")
                .hasMessageContaining("woonregie.oidc.groepskoppeling[c] 'GEMEENTE:Den Haag': scope 'Den Haag' niet herkend")
                .hasMessageContaining("woonregie.oidc.groepskoppeling[d] 'ICP:team=4': alle Verhuisbox-rollen")
                .hasMessageContaining("woonregie.oidc.groepskoppeling[e] 'BEHEERDER': staat er twee keer")
                .hasMessageContaining("woonregie.oidc.groepskoppeling[f] 'GEMEENTE': gemeente: verplicht");
    }

    @Test
    void zonder_instellingen_gelden_de_standaarden() {
        IdpInstellingen i = instellingen(Map.of());
        assertThat(i.gebruikersnaamClaims()).containsExactly("preferred_username", "email", "sub");
        assertThat(i.groepenClaim()).isEqualTo("groups");
        assertThat(i.mfaAmr()).containsExactly("mfa", "otp", "hwk");
        assertThat(i.mfaAcr()).isEmpty();
        EnumSet<Rol> verwacht = EnumSet.of(Rol.BEHEERDER);
        for (Rol r : Rol.values()) {
            if (r.verhuisbox()) {
                verwacht.add(r);
            }
        }
        assertThat(i.mfaRollen()).isEqualTo(verwacht);
        assertThat(i.koppeling().groepen()).isEmpty();
    }

    @Test
    void de_tweede_factor_blijkt_uit_amr_of_uit_een_geaccepteerde_acr() {
        IdpInstellingen standaard = instellingen(Map.of());
        assertThat(standaard.mfaVoldaan(Map.of("amr", List.of("pwd", "mfa")))).isTrue();
        assertThat(standaard.mfaVoldaan(Map.of("amr", List.of("pwd", "hwk")))).isTrue();
        assertThat(standaard.mfaVoldaan(Map.of("amr", "otp"))).as("amr als één tekst").isTrue();
        assertThat(standaard.mfaVoldaan(Map.of("amr", List.of("pwd")))).isFalse();
        assertThat(standaard.mfaVoldaan(Map.of())).isFalse();
        assertThat(standaard.mfaVoldaan(Map.of("acr", "urn:mace:incommon:iap:silver")))
                .as("acr telt alleen als het is ingesteld").isFalse();

        IdpInstellingen metAcr = instellingen(Map.of("woonregie.oidc.mfa-acr", "gold,urn:eherkenning:loa:3",
                "woonregie.oidc.mfa-amr", "hwk"));
        assertThat(metAcr.mfaVoldaan(Map.of("acr", "urn:eherkenning:loa:3", "amr", List.of("pwd")))).isTrue();
        assertThat(metAcr.mfaVoldaan(Map.of("acr", "silver", "amr", List.of("mfa")))).as("mfa is niet meer genoeg")
                .isFalse();
        assertThat(metAcr.mfaVoldaan(Map.of("amr", List.of("hwk")))).isTrue();
    }

    @Test
    void welke_rollen_de_tweede_factor_vragen_is_in_te_stellen_en_een_onbekende_rol_houdt_de_start_tegen() {
        assertThat(instellingen(Map.of("woonregie.oidc.mfa-verplicht-voor", "BEHEERDER,TOEZICHTHOUDER")).mfaRollen())
                .containsExactlyInAnyOrder(Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
        assertThat(instellingen(Map.of("woonregie.oidc.mfa-verplicht-voor", "")).mfaRollen()).isEmpty();
        assertThatThrownBy(() -> instellingen(Map.of("woonregie.oidc.mfa-verplicht-voor", "BEHEERDERS")))
                .rootCause().hasMessageContaining("woonregie.oidc.mfa-verplicht-voor: onbekende rol 'BEHEERDERS'");
    }

    @Test
    void de_naam_van_een_nieuw_account_komt_uit_de_eerste_claim_die_er_is_in_de_vorm_van_woonregie() {
        List<String> claims = List.of("preferred_username", "email", "sub");
        assertThat(IdpAanmelden.gebruikersnaam(Map.of("preferred_username", "Jan.Jansen@Provincie.NL",
                "email", "x@y.nl"), claims, "s1")).isEqualTo("jan.jansen@provincie.nl");
        assertThat(IdpAanmelden.gebruikersnaam(Map.of("email", "jose@gemeente.nl"), claims, "s1"))
                .isEqualTo("jose@gemeente.nl");
        assertThat(IdpAanmelden.gebruikersnaam(Map.of("preferred_username", "PROVINCIE\\José Müller"), claims, "s1"))
                .as("ADFS: domein\\naam, accenten").isEqualTo("provincie-jose-muller");
        assertThat(IdpAanmelden.gebruikersnaam(Map.of("preferred_username", "jo", "sub", "248289761001"), claims,
                "248289761001")).as("te kort: de volgende claim").isEqualTo("248289761001");
        assertThat(IdpAanmelden.gebruikersnaam(Map.of(), List.of("upn"), "AbC")).isEqualTo("idp-abc");
        assertThat(IdpAanmelden.gebruikersnaam(Map.of("preferred_username", "a".repeat(150)), claims, "s"))
                .hasSize(100);
    }

    @Test
    void groepen_staan_in_een_lijst_of_als_een_naam_in_de_claim() {
        assertThat(IdpAanmelden.groepen(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(IdpAanmelden.groepen("a")).containsExactly("a");
        assertThat(IdpAanmelden.groepen(null)).isEmpty();
    }
}
