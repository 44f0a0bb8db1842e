package nl.woonregie.beveiliging;

import org.springframework.test.web.servlet.MockMvc;

/** Objects of the demo for tests in other packages, made as in {@link ToegangsmatrixTest}. */
public final class ToegangsmatrixTestIds {

    private ToegangsmatrixTestIds() {
    }

    /** A new plan of action of 's-Gravenhage, recorded by toezicht-zh. */
    public static long plan(MockMvc mvc) {
        try {
            return Long.parseLong(ToegangsmatrixTest.maak(mvc, "/api/v1/gemeenten/GM0518/plannen-van-aanpak", """
                    {"periode":"2023-I","titel":"Plan met documenten","ontvangenOp":"2023-05-01","acties":[
                    {"omschrijving":"Extra woningen","verantwoordelijke":"wethouder wonen","deadline":"2023-09-01"}]}"""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
