package nl.woonregie.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test against the running application (random port) with the demo data of Zuid-Holland, on its own embedded
 * PostgreSQL in a temporary directory. Browser tests and demo tests share this one context. A field of type
 * {@link Browser} is filled by {@link BrowserExtensie}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@Import(TestKlok.Configuratie.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "woonregie.data-dir=${java.io.tmpdir}/woonregie-test-${random.uuid}",
    "woonregie.embedded.tijdelijk=true",
    "woonregie.embedded.duurzaam=false",
    "woonregie.wachtwoorden.argon2-geheugen-kib=1024",
    // background jobs: a retried attempt and another instance's job found within half a second
    "woonregie.achtergrond.poll-interval=500ms",
    "woonregie.achtergrond.eerste-herhaling=1s",
    "woonregie.demo=true",
    // every browser and MockMvc test reaches this shared context from 127.0.0.1, like a whole office behind one
    // gateway; the tests that give wrong passwords on purpose would otherwise block the address for the others.
    // Blocking by address is tested in AanmeldenBeperkenTest.
    "woonregie.aanmelden.adres-drempel=100000",
    // the tests of this context sign in as the administrator and the Verhuisbox accounts with HTTP Basic and the
    // form, hundreds of times; a second step (TOTP) would refuse Basic and ask every form sign-in for a code. They are
    // about what the accounts may do, not how they sign in: the second step is on (the default) in TotpContext, where
    // TweedeStapTest and TweedeStapBrowserTest enrol accounts and sign in with codes
    "woonregie.totp.verplicht-voor=",
    "WOONREGIE_ADMIN_PASSWORD=" + IntegratieTest.BEHEERDER_WACHTWOORD
})
@ExtendWith(BrowserExtensie.class)
public @interface BrowserTest {

    String DEMO_WACHTWOORD = "demo-woonregie-2026";
}
