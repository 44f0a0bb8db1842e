package nl.woonregie.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Woonregie signing in through an identity provider: the in-process OpenID Connect provider
 * ({@link Identiteitsprovider}, started first) configured with Spring Boot's own properties under the id {@code idp},
 * as the README shows, and Woonregie's group mapping; the second step (TOTP) as shipped, for the local accounts. On its
 * own embedded PostgreSQL without the demo, with the running server for the browser and MockMvc for the API. One
 * context for every OIDC test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@Import(TestKlok.Configuratie.class)
@ContextConfiguration(initializers = Identiteitsprovider.Initialisatie.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "woonregie.data-dir=${java.io.tmpdir}/woonregie-test-${random.uuid}",
    "woonregie.embedded.tijdelijk=true",
    "woonregie.embedded.duurzaam=false",
    "woonregie.wachtwoorden.argon2-geheugen-kib=1024",
    "woonregie.test.context=oidc",
    "woonregie.aanmelden.adres-drempel=100000",
    "WOONREGIE_ADMIN_PASSWORD=" + IntegratieTest.BEHEERDER_WACHTWOORD,
    // the provider (its issuer-uri comes from Identiteitsprovider.Initialisatie)
    "spring.security.oauth2.client.registration.idp.client-id=" + Identiteitsprovider.CLIENT_ID,
    "spring.security.oauth2.client.registration.idp.client-secret=" + Identiteitsprovider.CLIENT_SECRET,
    "spring.security.oauth2.client.registration.idp.scope=openid,profile",
    "woonregie.oidc.naam=De Testorganisatie",
    // the group mapping: group → assignments
    "woonregie.oidc.groepskoppeling[toezicht-zh]=TOEZICHTHOUDER:PV28",
    "woonregie.oidc.groepskoppeling[woonregie-beheer]=BEHEERDER",
    "woonregie.oidc.groepskoppeling[beleid-den-haag]=GEMEENTE:GM0518,BESTUUR:GM0518"
})
@ExtendWith(BrowserExtensie.class)
public @interface OidcContext {
}
