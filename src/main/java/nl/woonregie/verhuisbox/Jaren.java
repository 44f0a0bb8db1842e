package nl.woonregie.verhuisbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;

/** The years Verhuisbox keeps data for (criteria, capacity, budgets, surveys): 2019, when the pilot began, to 2100. */
public final class Jaren {

    public static final int EERSTE = 2019;
    public static final int LAATSTE = 2100;
    public static final String BEREIK = EERSTE + " tot en met " + LAATSTE;

    private Jaren() {
    }

    public static boolean geldig(Integer jaar) {
        return jaar != null && jaar >= EERSTE && jaar <= LAATSTE;
    }

    /** The year a request asks for, this year when it asks none; 400 naming {@code jaar} outside the range. */
    public static int gevraagd(Integer jaar, Clock klok) {
        int j = jaar == null ? LocalDate.now(klok).getYear() : jaar;
        if (!geldig(j)) {
            throw ApiException.invalid("Ongeldig jaar: kies een jaar van " + BEREIK + ".",
                    List.of(new InvalidParam("jaar", BEREIK)));
        }
        return j;
    }
}
