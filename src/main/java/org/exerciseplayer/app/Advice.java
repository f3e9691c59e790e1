package org.exerciseplayer.app;

import java.time.Clock;
import java.util.List;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.ReviewRule;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.ui.Messages;

/**
 * The review or maintenance advice that applies now (docs/review-rule.md), as the home and progress screens show
 * it: the catalogue's own words, introduced by what the history shows.
 */
final class Advice {

    private Advice() {
    }

    static ReviewRule.Advice evaluate(Catalogue catalogue, List<SessionRecord> sessions, Clock clock) {
        List<SessionRecord> own = sessions.stream().filter(s -> s.catalogueId().equals(catalogue.id())).toList();
        return ReviewRule.evaluate(own, catalogue.safety().review().days(), clock.instant(), clock.getZone());
    }

    static String forCatalogue(Catalogue catalogue, List<SessionRecord> sessions, Clock clock) {
        ReviewRule.Advice advice = evaluate(catalogue, sessions, clock);
        String words = ReviewRule.leafletText(advice, catalogue.safety());
        return switch (advice.kind()) {
            case NOTHING_YET -> "";
            case TOO_FEW_RATINGS -> Messages.get("advice.tooFewRatings", catalogue.safety().review().days());
            case REVIEW -> Messages.get(advice instanceof ReviewRule.Review review && review.painStopInLastDays()
                    ? "advice.review.painStop" : "advice.review", words);
            case MAINTENANCE -> Messages.get("advice.maintenance", words);
        };
    }
}
