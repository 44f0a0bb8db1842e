package nl.woonregie.doorbraakplan;

/**
 * A new lead as typed (numbers and dates as their text): the location ({@code naam}, {@code adres},
 * {@code omschrijving}, {@code eigenaar}, {@code plaatsen}, {@code eenheden} if known), when and by whom it was
 * submitted ({@code ingediendOp}, {@code inbrengerSoort}, {@code inbrengerNaam}, {@code inbrengerContact}).
 */
public record Leadverzoek(String naam, String adres, String omschrijving, String ingediendOp, String inbrengerSoort,
        String inbrengerNaam, String inbrengerContact, String eigenaar, String plaatsen, String eenheden) {
}
