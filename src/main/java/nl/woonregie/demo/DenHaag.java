package nl.woonregie.demo;

import java.util.Map;

/** The real figures of 's-Gravenhage from the province's letters (the worked example of toezicht.md §4). */
final class DenHaag {

    private DenHaag() {
    }

    static final Map<String, Long> TAAKSTELLING = Map.of("2020-II", 197L, "2021-I", 418L, "2021-II", 340L);

    /** COA's realisation at the end of the period. */
    static final Map<String, Long> EINDE = Map.of("2020-II", 199L, "2021-I", 223L);

    /** {gehuisvest, koppelingen, omkoppelingen} at the end of month m (1–6) of the period, where the letters give it. */
    static long[] stand(String periode, int maand) {
        return switch (periode + "/" + maand) {
            case "2020-II/3" -> new long[] {64, 188, 0};
            case "2020-II/6" -> new long[] {199, 20, 1};
            case "2021-I/3" -> new long[] {106, 120, 0};
            case "2021-I/6" -> new long[] {223, 90, 0};
            case "2021-II/3" -> new long[] {172, 407, 0};
            default -> null;
        };
    }
}
