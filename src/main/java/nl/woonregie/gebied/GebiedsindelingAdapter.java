package nl.woonregie.gebied;

import java.util.Optional;

import nl.woonregie.platform.security.Gebiedsindeling;
import org.springframework.stereotype.Component;

/** Answers the platform's scope checks from the reference data: a municipality's province (whenever it existed). */
@Component
class GebiedsindelingAdapter implements Gebiedsindeling {

    private final GebiedService gebied;

    GebiedsindelingAdapter(GebiedService gebied) {
        this.gebied = gebied;
    }

    @Override
    public Optional<String> provincieVan(String gemeenteCode) {
        if (gemeenteCode == null) {
            return Optional.empty();
        }
        return gebied.gemeente(gemeenteCode).map(g -> g.provincie().code());
    }

    @Override
    public boolean isProvincie(String provincieCode) {
        return provincieCode != null && gebied.provincie(provincieCode).isPresent();
    }

    @Override
    public String naam(String code) {
        if (code == null) {
            return null;
        }
        return code.startsWith("PV") ? gebied.provincie(code).map(Provincie::naam).orElse(code) : gebied.naam(code);
    }
}
