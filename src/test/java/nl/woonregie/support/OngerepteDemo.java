package nl.woonregie.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test against the demo data exactly as the demo loads it: its own application context and database, which no test
 * changes (the {@link BrowserTest} context's demo is changed by the browser tests). For the golden copies and the
 * conversion of stored rounds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@Import(TestKlok.Configuratie.class)
@SpringBootTest(properties = {
    "woonregie.data-dir=${java.io.tmpdir}/woonregie-test-${random.uuid}",
    "woonregie.embedded.tijdelijk=true",
    "woonregie.embedded.duurzaam=false",
    "woonregie.wachtwoorden.argon2-geheugen-kib=1024",
    "woonregie.demo=true",
    "woonregie.test.context=ongerepte-demo",
    // the tests of this context sign in as the administrator and the Verhuisbox accounts with HTTP Basic and the
    // form, hundreds of times; a second step (TOTP) would refuse Basic and ask every form sign-in for a code. They are
    // about what the accounts may do, not how they sign in: the second step is on (the default) in TotpContext, where
    // TweedeStapTest and TweedeStapBrowserTest enrol accounts and sign in with codes
    "woonregie.totp.verplicht-voor=",
    "WOONREGIE_ADMIN_PASSWORD=" + IntegratieTest.BEHEERDER_WACHTWOORD
})
public @interface OngerepteDemo {
}
