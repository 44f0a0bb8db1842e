package nl.woonregie.toezicht.regels;

import java.util.Objects;

/**
 * A step of the interventieladder, identified by its code ({@code 0}, {@code 1}, {@code 2}, {@code 3a}, ...). Which
 * steps exist, their order and names are defined by the {@link Ladder} of a beleidskader.
 */
public record Trede(String code) {

    public Trede {
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return code;
    }
}
