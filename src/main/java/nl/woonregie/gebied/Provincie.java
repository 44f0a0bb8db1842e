package nl.woonregie.gebied;

/** A province, by its CBS code ({@code PV20} Groningen .. {@code PV31} Limburg). */
public record Provincie(String code, String naam) {
}
