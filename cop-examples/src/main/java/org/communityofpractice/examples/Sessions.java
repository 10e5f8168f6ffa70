package org.communityofpractice.examples;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Venue;

/** Small helpers the scenarios share, so each scenario reads as the story it tells. */
final class Sessions {
  /** Where @SoTCoP meets. */
  static final Venue VOICES = Venue.of("VOICES, Federation House", "Station Road, Stoke-on-Trent");

  /** The guide's scaling question, with seven agreed as good enough. */
  static final ScalingQuestion GUIDE_QUESTION =
      ScalingQuestion.of(ScalingQuestion.GUIDE_WORDING, 7);

  private static final ZoneId STOKE = ZoneId.of("Europe/London");

  private Sessions() {}

  /** Ten in the morning, Stoke-on-Trent time, on the given day. */
  static ZonedDateTime morning(LocalDate day) {
    return day.atTime(10, 0).atZone(STOKE);
  }

  /** Every stage of the running order: the sessions in the examples follow it all. */
  static List<StageKey> allStages(RunningOrder order) {
    return order.stages().stream().map(Stage::key).collect(Collectors.toUnmodifiableList());
  }

  /** The guide's scaling question answered anonymously with these values. */
  static ScalingRound guideScaling(int[] ratings, String... onePointUp) {
    return ScalingRound.builder()
        .question(GUIDE_QUESTION)
        .addAllRatings(
            Arrays.stream(ratings).mapToObj(Rating::anonymous).collect(Collectors.toList()))
        .addAllOnePointUpIdeas(
            Arrays.stream(onePointUp).map(OnePointUpIdea::of).collect(Collectors.toList()))
        .build();
  }
}
