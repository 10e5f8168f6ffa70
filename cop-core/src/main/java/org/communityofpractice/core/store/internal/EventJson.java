package org.communityofpractice.core.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.CaptureEvent.ActionAgreed;
import org.communityofpractice.core.capture.CaptureEvent.Advanced;
import org.communityofpractice.core.capture.CaptureEvent.Arrived;
import org.communityofpractice.core.capture.CaptureEvent.ArtefactAdded;
import org.communityofpractice.core.capture.CaptureEvent.BestHopeGiven;
import org.communityofpractice.core.capture.CaptureEvent.Concluded;
import org.communityofpractice.core.capture.CaptureEvent.Contributed;
import org.communityofpractice.core.capture.CaptureEvent.NextSessionAgreed;
import org.communityofpractice.core.capture.CaptureEvent.OnePointUpOffered;
import org.communityofpractice.core.capture.CaptureEvent.Opened;
import org.communityofpractice.core.capture.CaptureEvent.PresentationGiven;
import org.communityofpractice.core.capture.CaptureEvent.PresentationStarted;
import org.communityofpractice.core.capture.CaptureEvent.PresentationStopped;
import org.communityofpractice.core.capture.CaptureEvent.QuestionRaised;
import org.communityofpractice.core.capture.CaptureEvent.Rated;
import org.communityofpractice.core.capture.CaptureEvent.Recommended;
import org.communityofpractice.core.capture.CaptureEvent.ReturnedTo;
import org.communityofpractice.core.capture.CaptureEvent.ScalingQuestionAsked;
import org.communityofpractice.core.capture.CaptureEvent.Skipped;
import org.communityofpractice.core.capture.CaptureEvent.SmallStepNoticed;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.json.ArchiveFormatException;
import org.communityofpractice.core.json.internal.JsonValues;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.SessionHeader;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.validation.InvalidValueException;

/**
 * Capture events as JSON, for the journal: {@code {"type": "arrived", "person": "p-7kx2qd9m4tbz"}}.
 * The domain values inside an event are written by the archive's own codec ({@link JsonValues}), so
 * an event's contribution reads exactly like a contribution in the archive, and is read as
 * strictly.
 */
public final class EventJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EventJson() {}

  /** Why an event cannot be read: a path and what was expected, never the value. */
  public static final class BadEventException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String expectation;

    BadEventException(String path, String expectation) {
      super(path + " " + expectation, null, false, false);
      this.path = path;
      this.expectation = expectation;
    }

    /** {@return the JSON path of the value that could not be read} */
    public String path() {
      return path;
    }

    /** {@return what the value there must be, in British English} */
    public String expectation() {
      return expectation;
    }
  }

  // ---- writing ----

  public static ObjectNode encode(CaptureEvent event) {
    ObjectNode o = NODES.objectNode();
    o.put("type", typeOf(event));
    if (event instanceof Opened e) {
      o.set("plan", plan(e.plan()));
      o.set("runningOrder", value(e.runningOrder()));
    } else if (event instanceof Advanced || event instanceof Skipped) {
      // the type says it all
    } else if (event instanceof ReturnedTo e) {
      o.set("stage", value(e.stage()));
    } else if (event instanceof Arrived e) {
      o.set("person", value(e.person()));
    } else if (event instanceof BestHopeGiven e) {
      o.set("bestHope", value(e.bestHope()));
    } else if (event instanceof Contributed e) {
      o.set("contribution", value(e.contribution()));
    } else if (event instanceof ScalingQuestionAsked e) {
      o.set("question", value(e.question()));
    } else if (event instanceof Rated e) {
      o.put("round", e.round());
      o.set("rating", value(e.rating()));
    } else if (event instanceof OnePointUpOffered e) {
      o.put("round", e.round());
      o.set("idea", value(e.idea()));
    } else if (event instanceof PresentationStarted e) {
      o.put("kind", e.kind().name());
      o.put("title", e.title());
      e.presenter().ifPresent(p -> o.set("presenter", value(p)));
      e.perspective().ifPresent(p -> o.put("perspective", p.name()));
      o.put("at", e.at().toString());
    } else if (event instanceof PresentationStopped e) {
      o.put("at", e.at().toString());
    } else if (event instanceof PresentationGiven e) {
      o.set("presentation", value(e.presentation()));
    } else if (event instanceof ActionAgreed e) {
      o.set("action", value(e.action()));
    } else if (event instanceof SmallStepNoticed e) {
      o.set("smallStep", value(e.smallStep()));
    } else if (event instanceof Concluded e) {
      o.put("text", e.text());
    } else if (event instanceof Recommended e) {
      o.put("text", e.text());
    } else if (event instanceof QuestionRaised e) {
      o.put("text", e.text());
    } else if (event instanceof ArtefactAdded e) {
      o.set("artefact", value(e.artefact()));
    } else if (event instanceof NextSessionAgreed e) {
      o.set("nextSession", value(e.nextSession()));
    } else {
      throw new AssertionError("an event type without a codec: " + event.getClass());
    }
    return o;
  }

  /** The type name an event is written with. */
  public static String typeOf(CaptureEvent event) {
    String simple = event.getClass().getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static JsonNode value(Object v) {
    return JsonValues.encode(v);
  }

  /**
   * A plan: its header as the archive writes one, then its own running order if it has one. The
   * start alone is written as the journal always has ({@code ISO_ZONED_DATE_TIME}), which gives no
   * zone in brackets for a start given with an offset only.
   */
  private static ObjectNode plan(SessionPlan plan) {
    ObjectNode o = (ObjectNode) value(plan.header());
    o.put("startsAt", DateTimeFormatter.ISO_ZONED_DATE_TIME.format(plan.startsAt()));
    plan.runningOrder().ifPresent(r -> o.set("runningOrder", value(r)));
    return o;
  }

  // ---- reading ----

  /**
   * Reads one event.
   *
   * @param node the event's JSON
   * @param path where it is, for errors
   */
  public static CaptureEvent decode(JsonNode node, String path) throws BadEventException {
    In in = new In(node, path);
    String type = in.text("type");
    try {
      return switch (type) {
        case "opened" -> {
          in.only("type", "plan", "runningOrder");
          yield new Opened(plan(in.object("plan")), in.value("runningOrder", RunningOrder.class));
        }
        case "advanced" -> {
          in.only("type");
          yield new Advanced();
        }
        case "skipped" -> {
          in.only("type");
          yield new Skipped();
        }
        case "returnedTo" -> {
          in.only("type", "stage");
          yield new ReturnedTo(in.value("stage", StageKey.class));
        }
        case "arrived" -> {
          in.only("type", "person");
          yield new Arrived(in.value("person", PersonId.class));
        }
        case "bestHopeGiven" -> {
          in.only("type", "bestHope");
          yield new BestHopeGiven(in.value("bestHope", BestHope.class));
        }
        case "contributed" -> {
          in.only("type", "contribution");
          yield new Contributed(in.value("contribution", Contribution.class));
        }
        case "scalingQuestionAsked" -> {
          in.only("type", "question");
          yield new ScalingQuestionAsked(in.value("question", ScalingQuestion.class));
        }
        case "rated" -> {
          in.only("type", "round", "rating");
          yield new Rated(in.integer("round"), in.value("rating", Rating.class));
        }
        case "onePointUpOffered" -> {
          in.only("type", "round", "idea");
          yield new OnePointUpOffered(in.integer("round"), in.value("idea", OnePointUpIdea.class));
        }
        case "presentationStarted" -> {
          in.only("type", "kind", "title", "presenter", "perspective", "at");
          yield new PresentationStarted(
              in.enumValue("kind", PresentationKind.class),
              in.text("title"),
              in.optionalValue("presenter", PersonId.class),
              in.has("perspective")
                  ? Optional.of(in.enumValue("perspective", Perspective.class))
                  : Optional.empty(),
              in.instant("at"));
        }
        case "presentationStopped" -> {
          in.only("type", "at");
          yield new PresentationStopped(in.instant("at"));
        }
        case "presentationGiven" -> {
          in.only("type", "presentation");
          yield new PresentationGiven(in.value("presentation", Presentation.class));
        }
        case "actionAgreed" -> {
          in.only("type", "action");
          yield new ActionAgreed(in.value("action", Action.class));
        }
        case "smallStepNoticed" -> {
          in.only("type", "smallStep");
          yield new SmallStepNoticed(in.value("smallStep", SmallStep.class));
        }
        case "concluded" -> {
          in.only("type", "text");
          yield new Concluded(in.text("text"));
        }
        case "recommended" -> {
          in.only("type", "text");
          yield new Recommended(in.text("text"));
        }
        case "questionRaised" -> {
          in.only("type", "text");
          yield new QuestionRaised(in.text("text"));
        }
        case "artefactAdded" -> {
          in.only("type", "artefact");
          yield new ArtefactAdded(in.value("artefact", Artefact.class));
        }
        case "nextSessionAgreed" -> {
          in.only("type", "nextSession");
          yield new NextSessionAgreed(in.value("nextSession", NextSession.class));
        }
        default -> throw new BadEventException(path + ".type", "must name a kind of capture event");
      };
    } catch (InvalidValueException e) {
      throw new BadEventException(path + "." + e.field(), e.expectation());
    }
  }

  /**
   * A plan: its header read by the archive's reader, its start as the journal has always read it
   * and given to that reader in the archive's form, then its own running order.
   */
  private static SessionPlan plan(In in) throws BadEventException {
    ObjectNode header = in.node.deepCopy();
    header.remove("runningOrder");
    if (in.has("startsAt")) {
      ZonedDateTime startsAt = in.zonedDateTime("startsAt");
      header.put(
          "startsAt",
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(startsAt)
              + "["
              + startsAt.getZone().getId()
              + "]");
    }
    try {
      return SessionPlan.builder()
          .from(In.decode(header, SessionHeader.class, in.path))
          .runningOrder(in.optionalValue("runningOrder", RunningOrder.class))
          .build();
    } catch (InvalidValueException e) {
      throw new BadEventException(in.path + "." + e.field(), e.expectation());
    }
  }

  /** An object node with its path. */
  private static final class In {
    final JsonNode node;
    final String path;

    In(JsonNode node, String path) throws BadEventException {
      if (node == null || !node.isObject()) {
        throw new BadEventException(path, "must be an object");
      }
      this.node = node;
      this.path = path;
    }

    void only(String... names) throws BadEventException {
      Set<String> allowed = Set.of(names);
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!allowed.contains(name)) {
          throw new BadEventException(path, "holds a field this kind of event does not have");
        }
      }
    }

    boolean has(String name) {
      return node.has(name);
    }

    JsonNode required(String name) throws BadEventException {
      JsonNode v = node.get(name);
      if (v == null) {
        throw new BadEventException(path + "." + name, "is required");
      }
      return v;
    }

    In object(String name) throws BadEventException {
      return new In(required(name), path + "." + name);
    }

    String text(String name) throws BadEventException {
      JsonNode v = required(name);
      if (!v.isTextual()) {
        throw new BadEventException(path + "." + name, "must be a string");
      }
      return v.textValue();
    }

    int integer(String name) throws BadEventException {
      JsonNode v = required(name);
      if (!v.isInt()) {
        throw new BadEventException(path + "." + name, "must be an integer");
      }
      return v.intValue();
    }

    Instant instant(String name) throws BadEventException {
      try {
        return Instant.parse(text(name));
      } catch (DateTimeException e) {
        throw new BadEventException(path + "." + name, "must be an ISO-8601 instant");
      }
    }

    ZonedDateTime zonedDateTime(String name) throws BadEventException {
      try {
        return ZonedDateTime.parse(text(name), DateTimeFormatter.ISO_ZONED_DATE_TIME);
      } catch (DateTimeException e) {
        throw new BadEventException(
            path + "." + name, "must be an ISO-8601 date-time with its zone");
      }
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) throws BadEventException {
      String text = text(name);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(text)) {
          return e;
        }
      }
      throw new BadEventException(
          path + "." + name, "must be one of " + List.of(type.getEnumConstants()));
    }

    <T> T value(String name, Class<T> type) throws BadEventException {
      return decode(required(name), type, path + "." + name);
    }

    <T> Optional<T> optionalValue(String name, Class<T> type) throws BadEventException {
      return has(name) ? Optional.of(value(name, type)) : Optional.empty();
    }

    private static <T> T decode(JsonNode node, Class<T> type, String at) throws BadEventException {
      try {
        return JsonValues.decode(node, type, at);
      } catch (ArchiveFormatException e) {
        throw new BadEventException(e.path(), e.expectation());
      }
    }
  }
}
