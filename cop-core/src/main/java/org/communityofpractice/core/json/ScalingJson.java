package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.NODES;
import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.Scale;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.validation.InvalidValueException;

/** Scaling rounds: the question and its scale, the ratings and the "one point up" ideas. */
final class ScalingJson {
  private ScalingJson() {}

  static JsonNode round(ScalingRound round) {
    ObjectNode o = object();
    o.set("question", question(round.question()));
    o.set("ratings", array(round.ratings(), ScalingJson::rating));
    o.set("onePointUpIdeas", array(round.onePointUpIdeas(), ScalingJson::idea));
    return o;
  }

  private static final String[] ROUND = {"question", "ratings", "onePointUpIdeas"};

  static ScalingRound round(JsonIn in) throws ArchiveFormatException {
    in.fields();
    ScalingQuestion question = null;
    List<Rating> ratings = null;
    List<OnePointUpIdea> ideas = null;
    for (int f; (f = in.nextField(ROUND)) >= 0; ) {
      JsonIn value = in.value(ROUND[f]);
      switch (f) {
        case 0 -> question = question(value);
        case 1 -> ratings = ratings(value);
        default -> ideas = ideas(value);
      }
    }
    if (question == null) {
      throw in.missing(ROUND[0]);
    }
    if (ratings == null) {
      throw in.missing(ROUND[1]);
    }
    if (ideas == null) {
      throw in.missing(ROUND[2]);
    }
    try {
      return ScalingRound.builder()
          .question(question)
          .ratings(ratings)
          .onePointUpIdeas(ideas)
          .build();
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  /** A session's scaling rounds. */
  static List<ScalingRound> rounds(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<ScalingRound> rounds = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(rounds.size())) != null; ) {
      rounds.add(round(e));
    }
    return rounds;
  }

  private static List<OnePointUpIdea> ideas(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<OnePointUpIdea> ideas = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(ideas.size())) != null; ) {
      ideas.add(idea(e));
    }
    return ideas;
  }

  /** A round's ratings, a tenth of the values an archive holds, each read by {@link #rating}. */
  private static List<Rating> ratings(JsonIn in) throws ArchiveFormatException {
    in.elements();
    List<Rating> ratings = new ArrayList<>();
    for (JsonIn e; (e = in.nextElement(ratings.size())) != null; ) {
      ratings.add(rating(e));
    }
    return ratings;
  }

  static JsonNode question(ScalingQuestion question) {
    ObjectNode o = object();
    o.set("text", text(question.text()));
    o.set("scale", scale(question.scale()));
    o.put("goodEnough", question.goodEnough());
    return o;
  }

  private static final String[] QUESTION = {"text", "scale", "goodEnough"};

  static ScalingQuestion question(JsonIn in) throws ArchiveFormatException {
    in.fields();
    String text = null;
    Scale scale = null;
    Integer goodEnough = null;
    for (int f; (f = in.nextField(QUESTION)) >= 0; ) {
      JsonIn value = in.value(QUESTION[f]);
      switch (f) {
        case 0 -> text = value.string();
        case 1 -> scale = scale(value);
        default -> goodEnough = value.integer();
      }
    }
    in.require(text, QUESTION[0]);
    in.require(scale, QUESTION[1]);
    in.require(goodEnough, QUESTION[2]);
    try {
      return ScalingQuestion.of(text, scale, goodEnough);
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }

  static JsonNode scale(Scale scale) {
    ObjectNode o = object();
    o.put("min", scale.min());
    o.put("max", scale.max());
    return o;
  }

  private static final String[] SCALE = {"min", "max"};

  static Scale scale(JsonIn in) throws ArchiveFormatException {
    in.fields();
    Integer min = null;
    Integer max = null;
    for (int f; (f = in.nextField(SCALE)) >= 0; ) {
      if (f == 0) {
        min = in.value(SCALE[0]).integer();
      } else {
        max = in.value(SCALE[1]).integer();
      }
    }
    in.require(min, SCALE[0]);
    in.require(max, SCALE[1]);
    try {
      return Scale.of(min, max);
    } catch (InvalidValueException e) {
      // the scale names its fields from the question that holds it: "scale.min"
      String field = e.field().substring(e.field().indexOf('.') + 1);
      throw ArchiveFormatException.invalidAt(JsonIn.field(in.path(), field), e, false);
    }
  }

  static JsonNode rating(Rating rating) {
    ObjectNode o = object();
    o.set("value", NODES.numberNode(rating.value()));
    optional(o, "ratedBy", rating.ratedBy(), JsonOut::text);
    return o;
  }

  private static final String[] RATING = {"value", "ratedBy"};

  static Rating rating(JsonIn in) throws ArchiveFormatException {
    in.fields();
    boolean valued = false;
    int value = 0;
    Optional<PersonId> by = Optional.empty();
    for (int f; (f = in.nextField(RATING)) >= 0; ) {
      if (f == 0) {
        value = in.value(RATING[0]).integer();
        valued = true;
      } else {
        by = Optional.of(PeopleJson.personRef(in.value(RATING[1])));
      }
    }
    if (!valued) {
      throw in.missing(RATING[0]);
    }
    return new Rating(value, by);
  }

  static JsonNode idea(OnePointUpIdea idea) {
    ObjectNode o = object();
    o.set("text", text(idea.text()));
    optional(o, "offeredBy", idea.offeredBy(), JsonOut::text);
    return o;
  }

  private static final String[] IDEA = {"text", "offeredBy"};

  static OnePointUpIdea idea(JsonIn in) throws ArchiveFormatException {
    in.fields();
    String text = null;
    PersonId by = null;
    for (int f; (f = in.nextField(IDEA)) >= 0; ) {
      if (f == 0) {
        text = in.personalValue(IDEA[0]).string();
      } else {
        by = PeopleJson.personRef(in.value(IDEA[1]));
      }
    }
    in.require(text, IDEA[0]);
    try {
      return new OnePointUpIdea(text, Optional.ofNullable(by));
    } catch (InvalidValueException e) {
      throw in.invalid(e);
    }
  }
}
