package nl.woonregie.aanbod.prognose;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number (the model rounds nothing until it reports): numerator and a positive denominator, in
 * lowest terms.
 */
public record Breuk(BigInteger teller, BigInteger noemer) implements Comparable<Breuk> {

    public static final Breuk NUL = new Breuk(BigInteger.ZERO, BigInteger.ONE);

    public Breuk {
        if (noemer.signum() <= 0) {
            throw new IllegalArgumentException("de noemer moet positief zijn");
        }
        BigInteger ggd = teller.gcd(noemer);
        if (!ggd.equals(BigInteger.ONE) && ggd.signum() != 0) {
            teller = teller.divide(ggd);
            noemer = noemer.divide(ggd);
        }
        if (teller.signum() == 0) {
            noemer = BigInteger.ONE;
        }
    }

    public static Breuk van(long n) {
        return new Breuk(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public static Breuk van(BigDecimal d) {
        return d.scale() <= 0 ? new Breuk(d.toBigIntegerExact(), BigInteger.ONE)
                : new Breuk(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    public static Breuk deling(long teller, long noemer) {
        return new Breuk(BigInteger.valueOf(teller), BigInteger.valueOf(noemer));
    }

    public Breuk plus(Breuk b) {
        if (noemer.equals(b.noemer)) {
            return new Breuk(teller.add(b.teller), noemer);
        }
        return new Breuk(teller.multiply(b.noemer).add(b.teller.multiply(noemer)), noemer.multiply(b.noemer));
    }

    public Breuk min(Breuk b) {
        return plus(new Breuk(b.teller.negate(), b.noemer));
    }

    public Breuk maal(Breuk b) {
        return new Breuk(teller.multiply(b.teller), noemer.multiply(b.noemer));
    }

    public Breuk maal(long n) {
        return new Breuk(teller.multiply(BigInteger.valueOf(n)), noemer);
    }

    public Breuk gedeeldDoor(Breuk b) {
        if (b.teller.signum() == 0) {
            throw new ArithmeticException("deling door nul");
        }
        BigInteger t = teller.multiply(b.noemer);
        BigInteger n = noemer.multiply(b.teller);
        return n.signum() < 0 ? new Breuk(t.negate(), n.negate()) : new Breuk(t, n);
    }

    public static Breuk kleinste(Breuk a, Breuk b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public boolean isNul() {
        return teller.signum() == 0;
    }

    /** The largest whole number not above this one. */
    public long naarBeneden() {
        BigInteger[] qr = teller.divideAndRemainder(noemer);
        return (qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0]).longValueExact();
    }

    /** Rounded half up (away from zero at exactly half) to the given number of decimals. */
    public BigDecimal afgerond(int decimalen) {
        return new BigDecimal(teller).divide(new BigDecimal(noemer), decimalen, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Breuk b) {
        return teller.multiply(b.noemer).compareTo(b.teller.multiply(noemer));
    }

    @Override
    public String toString() {
        return noemer.equals(BigInteger.ONE) ? teller.toString() : teller + "/" + noemer;
    }
}
