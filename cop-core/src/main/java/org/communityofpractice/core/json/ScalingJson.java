package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.NODES;
import static org.communityofpractice.core.json.JsonOut.array;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  static ScalingRound round(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("question", "ratings", "onePointUpIdeas");
    var question = o.required("question", ScalingJson::question);
    var ratings = o.list("ratings", ScalingJson::rating);
    var ideas = o.list("onePointUpIdeas", ScalingJson::idea);
    o.read();
    return in.build(
        () ->
            ScalingRound.builder()
                .question(question.get())
                .ratings(ratings.get())
                .onePointUpIdeas(ideas.get())
                .build());
  }

  static JsonNode question(ScalingQuestion question) {
    ObjectNode o = object();
    o.set("text", text(question.text()));
    o.set("scale", scale(question.scale()));
    o.put("goodEnough", question.goodEnough());
    return o;
  }

  static ScalingQuestion question(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("text", "scale", "goodEnough");
    var text = o.required("text", JsonIn::string);
    var scale = o.required("scale", ScalingJson::scale);
    var goodEnough = o.required("goodEnough", JsonIn::integer);
    o.read();
    return in.build(() -> ScalingQuestion.of(text.get(), scale.get(), goodEnough.get()));
  }

  static JsonNode scale(Scale scale) {
    ObjectNode o = object();
    o.put("min", scale.min());
    o.put("max", scale.max());
    return o;
  }

  static Scale scale(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("min", "max");
    var min = o.required("min", JsonIn::integer);
    var max = o.required("max", JsonIn::integer);
    o.read();
    try {
      return Scale.of(min.get(), max.get());
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

  static Rating rating(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("value", "ratedBy");
    var value = o.required("value", JsonIn::integer);
    var by = o.optional("ratedBy", PeopleJson::personRef);
    o.read();
    return in.build(() -> new Rating(value.get(), by.get()));
  }

  static JsonNode idea(OnePointUpIdea idea) {
    ObjectNode o = object();
    o.set("text", text(idea.text()));
    optional(o, "offeredBy", idea.offeredBy(), JsonOut::text);
    return o;
  }

  static OnePointUpIdea idea(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("text", "offeredBy");
    var text = o.requiredPersonal("text", JsonIn::string);
    var by = o.optional("offeredBy", PeopleJson::personRef);
    o.read();
    return in.build(() -> new OnePointUpIdea(text.get(), by.get()));
  }
}
