package org.exerciseplayer.session;

/**
 * When pain means stopping. The leaflet's rule is {@link Kind#ANY_INCREASE}: any increase in pain stops the
 * session. A physio may instead set a {@link Kind#LIMIT} in the manner of the pain-monitoring model: pain up to
 * {@code limit} out of 10 during exercise is acceptable, above it the session stops.
 *
 * @param limit the highest acceptable rating, 0 to 9; 0 where the kind is {@link Kind#ANY_INCREASE}
 */
public record PainRule(Kind kind, int limit) {

    /** The highest rating on the 0-10 scale. */
    public static final int SCALE_MAX = 10;

    public enum Kind { ANY_INCREASE, LIMIT }

    private static final PainRule ANY_INCREASE = new PainRule(Kind.ANY_INCREASE, 0);

    public PainRule {
        if (kind == Kind.ANY_INCREASE && limit != 0) {
            throw new IllegalArgumentException("the leaflet's rule has no limit");
        }
        if (kind == Kind.LIMIT && (limit < 0 || limit >= SCALE_MAX)) {
            throw new IllegalArgumentException("a pain limit is from 0 to 9 out of 10, got " + limit);
        }
    }

    /** The leaflet's rule: any increase in pain stops the session. */
    public static PainRule anyIncrease() {
        return ANY_INCREASE;
    }

    /** Pain up to {@code limit}/10 during exercise is acceptable; above it stops. */
    public static PainRule limit(int limit) {
        return new PainRule(Kind.LIMIT, limit);
    }

    public boolean isLimit() {
        return kind == Kind.LIMIT;
    }

    /** Whether a rating given during the session means stopping (only for a {@link Kind#LIMIT}). */
    public boolean isExceededBy(int rating) {
        if (kind != Kind.LIMIT) {
            throw new IllegalStateException("the leaflet's rule asks whether pain is worse, not for a number");
        }
        return rating > limit;
    }
}
