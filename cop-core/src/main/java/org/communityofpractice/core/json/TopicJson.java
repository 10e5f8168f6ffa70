package org.communityofpractice.core.json;

import static org.communityofpractice.core.json.JsonOut.NODES;
import static org.communityofpractice.core.json.JsonOut.object;
import static org.communityofpractice.core.json.JsonOut.optional;
import static org.communityofpractice.core.json.JsonOut.sorted;
import static org.communityofpractice.core.json.JsonOut.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/** Topics, with the perspectives they need, and series of sessions on them. */
final class TopicJson {
  private TopicJson() {}

  static JsonNode topic(Topic topic) {
    ObjectNode o = object();
    o.set("id", text(topic.id()));
    o.set("title", text(topic.title()));
    optional(o, "description", topic.description(), JsonOut::text);
    o.set("neededPerspectives", sorted(topic.neededPerspectives(), JsonOut::name));
    o.set("neededServices", sorted(topic.neededServices(), JsonOut::text));
    return o;
  }

  static Topic topic(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("id", "title", "description", "neededPerspectives", "neededServices");
    TopicId id = o.required("id", TopicJson::topicId);
    String title = o.required("title", JsonIn::string);
    var description = o.optional("description", JsonIn::string);
    var perspectives = o.set("neededPerspectives", e -> e.enumOf(Perspective.class));
    var services = o.set("neededServices", JsonIn::string);
    return in.build(() -> Topic.builder()
        .id(id)
        .title(title)
        .description(description)
        .neededPerspectives(perspectives)
        .neededServices(services)
        .build());
  }

  static JsonNode series(Series series) {
    ObjectNode o = object();
    o.set("id", text(series.id()));
    o.set("topic", text(series.topic()));
    o.set("title", text(series.title()));
    optional(o, "introduction", series.introduction(), JsonOut::text);
    o.set("concluded", NODES.booleanNode(series.concluded()));
    return o;
  }

  static Series series(JsonIn in) throws ArchiveFormatException {
    JsonIn.Obj o = in.object("id", "topic", "title", "introduction", "concluded");
    SeriesId id = o.required("id", TopicJson::seriesId);
    TopicId topic = o.required("topic", TopicJson::topicRef);
    String title = o.required("title", JsonIn::string);
    var introduction = o.optionalPersonal("introduction", JsonIn::string);
    boolean concluded = o.required("concluded", JsonIn::bool);
    return in.build(() -> Series.builder()
        .id(id)
        .topic(topic)
        .title(title)
        .introduction(introduction)
        .concluded(concluded)
        .build());
  }

  static TopicId topicId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> TopicId.of(value));
  }

  static TopicId topicRef(JsonIn in) throws ArchiveFormatException {
    TopicId id = topicId(in);
    if (!in.refs().knowsTopic(id)) {
      throw in.dangling("must name a topic of the community", id);
    }
    return id;
  }

  static SeriesId seriesId(JsonIn in) throws ArchiveFormatException {
    String value = in.string();
    return in.buildHere(() -> SeriesId.of(value));
  }

  static SeriesId seriesRef(JsonIn in) throws ArchiveFormatException {
    SeriesId id = seriesId(in);
    if (!in.refs().knowsSeries(id)) {
      throw in.dangling("must name a series of the community", id);
    }
    return id;
  }
}
