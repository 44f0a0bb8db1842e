package nl.woonregie.platform.importbestand;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;

/**
 * Collects every error of an import file, named as the user finds it: {@code regel 14, kolom gehuisvest},
 * {@code regel 14} or {@code kolom gehuisvest}. At most {@value #MAXIMUM} are listed; the detail gives the total.
 */
public final class Fouten {

    public static final int MAXIMUM = 1000;

    /** An error with its line (0 for the file and its header), to list them in the order of the file. */
    private record Fout(int regel, int volgorde, InvalidParam param) {
    }

    private final List<Fout> lijst = new ArrayList<>();
    private int aantal;
    /** How a column is named in the errors, when the file calls it otherwise ({@link Kolomkoppeling}). */
    private java.util.function.UnaryOperator<String> naam = k -> k;

    /** Names the import's columns as the file does from now on (a {@link Kolomkoppeling}). */
    void noem(Kolomkoppeling koppeling) {
        naam = koppeling::weergave;
    }

    public void regel(int regel, String kolom, String reden) {
        voeg(regel, new InvalidParam("regel " + regel + ", kolom " + naam.apply(kolom), reden));
    }

    public void regel(int regel, String reden) {
        voeg(regel, new InvalidParam("regel " + regel, reden));
    }

    public void kolom(String kolom, String reden) {
        voeg(0, new InvalidParam("kolom " + naam.apply(kolom), reden));
    }

    public void bestand(String reden) {
        voeg(0, new InvalidParam("bestand", reden));
    }

    private void voeg(int regel, InvalidParam p) {
        aantal++;
        if (lijst.size() < 20 * MAXIMUM) { // bounds the memory; only the first MAXIMUM are listed anyway
            lijst.add(new Fout(regel, aantal, p));
        }
    }

    public boolean isLeeg() {
        return aantal == 0;
    }

    public int aantal() {
        return aantal;
    }

    /** 400 with every error, when there is any. Nothing of the file is stored. */
    public void gooiAlsNietLeeg() {
        if (aantal == 0) {
            return;
        }
        List<InvalidParam> params = lijst.stream()
                .sorted(java.util.Comparator.comparingInt(Fout::regel).thenComparingInt(Fout::volgorde))
                .limit(MAXIMUM).map(Fout::param).toList();
        String detail = "Het bestand is niet ingelezen: " + (aantal == 1 ? "er is 1 fout" : "er zijn " + aantal
                + " fouten") + (aantal > params.size() ? " (de eerste " + params.size() + " staan hieronder)" : "")
                + ". Er is niets opgeslagen; verbeter het bestand en stuur het opnieuw.";
        throw ApiException.invalid(detail, params);
    }

    /** A file that cannot be read at all. */
    public static ApiException onleesbaar(String reden) {
        return ApiException.invalid("Het bestand is niet ingelezen: " + reden + ". Er is niets opgeslagen.",
                List.of(new InvalidParam("bestand", reden)));
    }
}
