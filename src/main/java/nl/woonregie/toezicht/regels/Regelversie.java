package nl.woonregie.toezicht.regels;

import java.util.Arrays;

/**
 * The version of how the engine applies a beleidskader. A correction of the engine's reading of the rules (not a
 * change of the beleidskader, which is data with its own dates) is a new version. A round stores the version its
 * judgments were computed with beside the engine's input ({@code DossierRecord.regelversie}), so that replaying a
 * vastgestelde round gives exactly its stored outcome also after a correction; new computations use {@link #HUIDIG}.
 */
public enum Regelversie {

    /** Until issue 15: the threshold "niet stijgen" (R8) compared COA's figure alone; leases counted only for R7. */
    DREMPEL_ZONDER_HUURCONTRACTEN(1),

    /**
     * Issue 15, §6: leases "are weighed in the January and July decision" for the threshold as for realised, so R8
     * compares {@code gehuisvestCoa + huurcontracten} with the threshold.
     */
    DREMPEL_MET_HUURCONTRACTEN(2);

    /** The version every new computation uses. */
    public static final Regelversie HUIDIG = DREMPEL_MET_HUURCONTRACTEN;

    private final int nummer;

    Regelversie(int nummer) {
        this.nummer = nummer;
    }

    /** The number stored with a round's input. */
    public int nummer() {
        return nummer;
    }

    /** The version with this stored number. */
    public static Regelversie van(int nummer) {
        return Arrays.stream(values()).filter(v -> v.nummer == nummer).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("onbekende regelversie " + nummer));
    }

    /** Whether leases count for the threshold "niet stijgen" (R8). */
    public boolean huurcontractenInDrempel() {
        return this != DREMPEL_ZONDER_HUURCONTRACTEN;
    }
}
