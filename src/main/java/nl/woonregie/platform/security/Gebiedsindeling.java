package nl.woonregie.platform.security;

import java.util.Optional;

/** Port implemented by the gebied module: to which province a municipality belongs (for scope checks). */
public interface Gebiedsindeling {

    Optional<String> provincieVan(String gemeenteCode);

    boolean isProvincie(String provincieCode);
}
