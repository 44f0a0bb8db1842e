package nl.woonregie.verhuisbox.rapportage;

import java.util.Map;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.verhuisbox.Stopreden;
import nl.woonregie.verhuisbox.nazorg.Enquete;
import nl.woonregie.verhuisbox.rapportage.regels.Leeftijdsklasse;
import nl.woonregie.verhuisbox.traject.Historie;

/** Dutch labels of the keys of the sets (reasons, gemeenten, provinces, pots, questions, moments). */
final class Labels {

    private final Map<String, String> criteria;
    private final Map<String, String> potten;
    private final Map<String, String> soorten;
    private final String teamGemeente;
    private final GebiedService gebied;

    Labels(Map<String, String> criteria, Map<String, String> potten, Map<String, String> soorten,
            String teamGemeente, GebiedService gebied) {
        this.criteria = criteria;
        this.potten = potten;
        this.soorten = soorten;
        this.teamGemeente = teamGemeente;
        this.gebied = gebied;
    }

    String label(String verzameling, String sleutel) {
        if (sleutel == null || Rapportage.ONBEKEND.equals(sleutel)) {
            return "onbekend";
        }
        return switch (verzameling) {
            case "GEWEIGERD" -> criteria.getOrDefault(sleutel, sleutel);
            case "GESCREEND" -> switch (sleutel) {
                case "WACHTLIJST" -> "naar de wachtlijst";
                case "ALLEEN_GELD" -> "naar alleen geld (woning in zicht)";
                default -> "geweigerd";
            };
            case "GESTOPT" -> {
                try {
                    yield Stopreden.valueOf(sleutel).label();
                } catch (IllegalArgumentException e) {
                    yield sleutel;
                }
            }
            case "AFGESLOTEN_UITKOMST" -> {
                try {
                    yield nl.woonregie.platform.web.Labels.inZin(nl.woonregie.verhuisbox.Uitkomst.valueOf(sleutel));
                } catch (IllegalArgumentException e) {
                    yield sleutel;
                }
            }
            case "GESTOPT_FASE" -> "NIET_GESTART".equals(sleutel) ? "niet gestart (vóór intake of alleen geld)"
                    : "gestaakt (na de start)";
            case "GEHUISVEST_DIENST" -> "INTENSIEF".equals(sleutel) ? "intensieve begeleiding"
                    : "alleen geld (woning in zicht, licht of advies)";
            case "GEHUISVEST_PLAATS" -> "EIGEN_GEMEENTE".equals(sleutel) ? "eigen gemeente" : "elders";
            case "BESTEMMING_GEMEENTE" -> gebied.gemeente(sleutel).map(g -> g.naam()).orElse(sleutel);
            case "BESTEMMING_PROVINCIE" -> gebied.provincie(sleutel).map(x -> x.naam()).orElse(sleutel);
            case "BESTEMMING_GEBIED" -> {
                try {
                    yield nl.woonregie.platform.web.Labels.van(
                            nl.woonregie.verhuisbox.rapportage.bestemming.Bestemmingsgebied.Gebied.valueOf(sleutel));
                } catch (IllegalArgumentException e) {
                    yield sleutel;
                }
            }
            case "COHORT" -> switch (sleutel) {
                case "GEWEIGERD" -> "geweigerd";
                case "WACHTLIJST" -> "op de wachtlijst";
                case "LOPEND" -> "lopend";
                case "AFGESLOTEN" -> "afgesloten";
                default -> sleutel;
            };
            case "ENQUETE" -> Enquete.VRAGEN.getOrDefault(sleutel, sleutel);
            case "NAZORG", "NAZORG_WOONT_ER_NOG" -> {
                int m = Integer.parseInt(sleutel);
                yield "na " + m + (m == 1 ? " maand" : " maanden");
            }
            case "UITGAVEN" -> potten.getOrDefault(sleutel, sleutel);
            case "UITGAVEN_SOORT" -> soorten.getOrDefault(sleutel, sleutel);
            case "GESTART_LEEFTIJDSKLASSE", "GEHUISVEST_LEEFTIJDSKLASSE" -> {
                try {
                    yield nl.woonregie.platform.web.Labels.inZin(Leeftijdsklasse.valueOf(sleutel));
                } catch (IllegalArgumentException e) {
                    yield sleutel;
                }
            }
            case "GESTART_HUISHOUDTYPE", "GEHUISVEST_HUISHOUDTYPE" -> {
                try {
                    yield nl.woonregie.platform.web.Labels.inZin(Historie.Huishoudtype.valueOf(sleutel));
                } catch (IllegalArgumentException e) {
                    yield sleutel;
                }
            }
            case "GEHUISVEST_INKOMEN", "BESPARING" -> {
                try {
                    yield nl.woonregie.platform.web.Labels.inZin(Historie.Inkomen.valueOf(sleutel));
                } catch (IllegalArgumentException e) {
                    yield sleutel;
                }
            }
            case "GEHUISVEST_REMIGRANT" -> "JA".equals(sleutel) ? "remigrant" : "geen remigrant";
            case "GEHUISVEST_WERKPERSPECTIEF" -> "JA".equals(sleutel) ? "met perspectief op werk"
                    : "zonder perspectief op werk";
            case "GEHUISVEST_OPVANG" -> "GEEN".equals(sleutel) ? "geen opvang" : sleutel;
            default -> sleutel;
        };
    }

    String teamGemeente() {
        return teamGemeente;
    }
}
