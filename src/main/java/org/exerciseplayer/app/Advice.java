package org.exerciseplayer.app;

import java.time.Clock;
import java.util.List;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.MorningCheck;
import org.exerciseplayer.history.NextMorning;
import org.exerciseplayer.history.ReviewRule;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.ui.Messages;

/**
 * The review or maintenance advice that applies now (docs/review-rule.md), as the home and progress screens show
 * it: the catalogue's own words, introduced by what the history shows.
 */
final class Advice {

    private Advice() {
    }

    static ReviewRule.Advice evaluate(Catalogue catalogue, List<SessionRecord> sessions,
                                      List<MorningCheck> mornings, Clock clock) {
        List<SessionRecord> own = sessions.stream().filter(s -> s.catalogueId().equals(catalogue.id())).toList();
        List<MorningCheck> ownMornings = mornings.stream().filter(m -> m.catalogueId().equals(catalogue.id()))
                .toList();
        return ReviewRule.evaluate(own, ownMornings, catalogue.safety().review().days(), clock.instant(),
                clock.getZone());
    }

    static String forCatalogue(Catalogue catalogue, List<SessionRecord> sessions, Clock clock) {
        return forCatalogue(catalogue, sessions, List.of(), clock);
    }

    static String forCatalogue(Catalogue catalogue, List<SessionRecord> sessions, List<MorningCheck> mornings,
                               Clock clock) {
        ReviewRule.Advice advice = evaluate(catalogue, sessions, mornings, clock);
        String words = ReviewRule.leafletText(advice, catalogue.safety());
        return switch (advice.kind()) {
            case NOTHING_YET -> "";
            case TOO_FEW_RATINGS -> Messages.get("advice.tooFewRatings", catalogue.safety().review().days());
            case REVIEW -> Messages.get(advice instanceof ReviewRule.Review review && review.painStopInLastDays()
                    ? "advice.review.painStop" : advice instanceof ReviewRule.Review review
                    && review.worseNextMorning() ? "advice.review.worseMorning" : "advice.review", words);
            case MAINTENANCE -> Messages.get("advice.maintenance", words);
        };
    }

    /**
     * What home says when this morning's pain was worse than before yesterday's exercise: under the leaflet's rule
     * its stop rule; under a physio's pain limit, the pain-monitoring model's advice to reduce the load. Empty when
     * today's answer was not worse.
     */
    static String nextMorning(Catalogue catalogue, PainRule rule, List<MorningCheck> mornings, Clock clock) {
        List<MorningCheck> own = mornings.stream().filter(m -> m.catalogueId().equals(catalogue.id())).toList();
        return NextMorning.worseToday(own, java.time.LocalDate.now(clock))
                .map(worse -> rule.isLimit() ? Messages.get("advice.nextMorning.limit", rule.limit())
                        : Messages.get("advice.nextMorning.leaflet", catalogue.safety().stopRule()))
                .orElse("");
    }
}
