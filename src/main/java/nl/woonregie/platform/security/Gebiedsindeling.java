package nl.woonregie.platform.security;

import java.util.Optional;

/** Port implemented by the gebied module: to which province a municipality belongs (for scope checks), and names. */
public interface Gebiedsindeling {

    Optional<String> provincieVan(String gemeenteCode);

    boolean isProvincie(String provincieCode);

    /** The name of a province (PV..) or municipality (GM..) for pages; the code itself when it is unknown. */
    String naam(String code);
}
