package nl.woonregie.verhuisbox.traject;

import java.util.List;

/**
 * One page of a list that the server pages: its rows, its number (from 1), how many rows a page holds and how many
 * rows the whole list has.
 */
public record Bladzijde<T>(List<T> rijen, int pagina, int paginaGrootte, long totaal) {

    public int aantalPaginas() {
        return (int) Math.max(1, (totaal + paginaGrootte - 1) / paginaGrootte);
    }

    public boolean heeftVorige() {
        return pagina > 1;
    }

    public boolean heeftVolgende() {
        return pagina < aantalPaginas();
    }

    /** The position of the first row of this page in the list (from 1; 0 when the page is empty). */
    public long van() {
        return rijen.isEmpty() ? 0 : (long) (pagina - 1) * paginaGrootte + 1;
    }

    /** The position of the last row of this page in the list. */
    public long tot() {
        return rijen.isEmpty() ? 0 : van() + rijen.size() - 1;
    }
}
