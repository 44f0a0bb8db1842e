package nl.woonregie.verhuisbox.traject.internal;

import java.util.List;

/** A page of rows as a list query found it: the rows, how many match in all, and the page they are (from 1). */
public record Deel<T>(List<T> rijen, long totaal, int pagina) {

    /** The page to read for {@code totaal} matching rows when {@code gevraagd} was asked: at most the last page. */
    static int geldig(int gevraagd, int paginaGrootte, long totaal) {
        int laatste = (int) Math.max(1, (totaal + paginaGrootte - 1) / paginaGrootte);
        return Math.min(gevraagd, laatste);
    }
}
