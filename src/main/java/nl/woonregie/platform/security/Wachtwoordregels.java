package nl.woonregie.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 200 characters, not a common password or a common word with digits or signs
 * around it (the shipped lists in {@code resources/wachtwoorden}, see its README), not a repetition or a sequence
 * ({@code aaaaaaaaaaaa}, {@code 123456789012}, {@code qwertyuiopas}, {@code abcabcabcabc}), not only spaces, and not
 * containing the account's name. One reason in Dutch when it is refused.
 */
@Component
public class Wachtwoordregels {

    static final int MINIMUM = 12;
    static final int MAXIMUM = 200;
    /** A password must have at least this many parts that do not follow from the previous character. */
    static final int MINIMUM_DELEN = 5;
    private static final String[] RIJEN = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
        "abcdefghijklmnopqrstuvwxyz"};

    private final Set<String> veelgebruikt = new HashSet<>();

    Wachtwoordregels() {
        lees("wachtwoorden/veelgebruikt.txt");
        lees("wachtwoorden/nederlandse-woorden.txt");
        lees("wachtwoorden/aanvulling.txt");
    }

    private void lees(String pad) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("lijst ontbreekt: " + pad);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String regel;
            while ((regel = r.readLine()) != null) {
                regel = regel.strip();
                if (!regel.isEmpty() && !regel.startsWith("#")) {
                    veelgebruikt.add(regel.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why this password may not be chosen for this account (name may be null), or empty when it may. */
    public Optional<String> bezwaar(String wachtwoord, String gebruikersnaam) {
        if (wachtwoord == null || wachtwoord.length() < MINIMUM) {
            return Optional.of("Kies een wachtwoord van minstens " + MINIMUM + " tekens.");
        }
        if (wachtwoord.length() > MAXIMUM) {
            return Optional.of("Een wachtwoord heeft hoogstens " + MAXIMUM + " tekens.");
        }
        if (wachtwoord.isBlank()) {
            return Optional.of("Een wachtwoord van alleen spaties is niet toegestaan.");
        }
        String klein = wachtwoord.toLowerCase(Locale.ROOT);
        if (gebruikersnaam != null && gebruikersnaam.length() >= 3
                && klein.contains(gebruikersnaam.toLowerCase(Locale.ROOT))) {
            return Optional.of("Het wachtwoord mag uw gebruikersnaam niet bevatten.");
        }
        if (delen(klein) < MINIMUM_DELEN || isHerhaling(klein)) {
            return Optional.of("Het wachtwoord is een herhaling of een reeks (zoals aaaa, 1234, abcabc of qwerty); "
                    + "kies iets dat niet te raden is, bijvoorbeeld een zin van vier of meer woorden.");
        }
        if (isVeelgebruikt(klein)) {
            return Optional.of("Dit wachtwoord, of het woord erin met cijfers of tekens ervoor of erachter, staat op "
                    + "de lijst van veelgebruikte wachtwoorden; kies iets dat niet te raden is.");
        }
        return Optional.empty();
    }

    /** On the lists as it is, or its core (without digits and signs around it) as it is or un-l33ted. */
    boolean isVeelgebruikt(String klein) {
        if (veelgebruikt.contains(klein) || veelgebruikt.contains(klein.replace(" ", ""))) {
            return true;
        }
        String kern = klein.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return !kern.isEmpty() && (veelgebruikt.contains(kern) || veelgebruikt.contains(ontl33t(kern)));
    }

    private static String ontl33t(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return sb.toString();
    }

    /**
     * The number of parts of the password where each character does not simply follow the previous one: the same
     * character again, or a neighbour in the alphabet, the digits (9 and 0 too) or a row of the keyboard.
     */
    static int delen(String klein) {
        int delen = 1;
        for (int i = 1; i < klein.length(); i++) {
            if (!volgt(klein.charAt(i - 1), klein.charAt(i))) {
                delen++;
            }
        }
        return delen;
    }

    private static boolean volgt(char a, char b) {
        if (a == b) {
            return true;
        }
        for (String rij : RIJEN) {
            int i = rij.indexOf(a);
            int j = rij.indexOf(b);
            if (i >= 0 && j >= 0 && (Math.abs(i - j) == 1 || (rij.charAt(0) == '1' && Math.abs(i - j) == 9))) {
                return true;
            }
        }
        return false;
    }

    /** The same part two or more times over ({@code abcabcabcabc}, {@code Zomer2024!Zomer2024!}). */
    static boolean isHerhaling(String s) {
        int n = s.length();
        for (int lengte = 1; lengte <= n / 2; lengte++) {
            if (n % lengte == 0 && s.substring(0, lengte).repeat(n / lengte).equals(s)) {
                return true;
            }
        }
        return false;
    }
}
