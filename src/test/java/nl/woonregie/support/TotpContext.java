package nl.woonregie.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The application as it is shipped regarding the second step: TOTP required for BEHEERDER and the Verhuisbox roles
 * (the default of {@code woonregie.totp.verplicht-voor}), on its own embedded PostgreSQL without the demo, with the
 * running server for the browser and MockMvc for the API. Accounts sign in with both steps ({@link TweeStappen});
 * the application's clock is a {@link TestKlok}, from which the tests compute the codes.
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
    "woonregie.test.context=totp",
    // the browser and MockMvc reach this context from 127.0.0.1; the wrong codes given on purpose would block the
    // address for the other tests (blocking by address is tested in AanmeldenBeperkenTest)
    "woonregie.aanmelden.adres-drempel=100000",
    "WOONREGIE_ADMIN_PASSWORD=" + IntegratieTest.BEHEERDER_WACHTWOORD
})
@ExtendWith(BrowserExtensie.class)
public @interface TotpContext {
}
