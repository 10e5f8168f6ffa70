package org.communityofpractice.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.community.LegacyOutcome;
import org.communityofpractice.core.community.Principle;
import org.communityofpractice.core.community.Resource;
import org.communityofpractice.core.consent.ConsentEvent;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.AuditEntry;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Restriction;
import org.communityofpractice.core.people.Tombstone;
import org.communityofpractice.core.rights.ErasureLog;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.Scale;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.scaling.ScalingRound;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.Contribution;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionHeader;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/**
 * Every model type with a JSON form of its own, for the unexported {@code json.internal.JsonValues}
 * and {@code CopModule}. A type added to the archive is added here too.
 */
final class ValueCodecs {
  /** One type's two directions. */
  record Codec<T>(Class<T> type, Function<T, JsonNode> encoder, Decoder<T> decoder) {}

  private static final Map<Class<?>, Codec<?>> CODECS = new LinkedHashMap<>();

  static {
    add(PersonId.class, JsonOut::text, PeopleJson::personId);
    add(Person.class, PeopleJson::person, PeopleJson::person);
    add(ContactDetails.class, PeopleJson::contact, PeopleJson::contact);
    add(MemberRegister.class, PeopleJson::register, PeopleJson::register);
    add(Restriction.class, PeopleJson::restriction, PeopleJson::restriction);
    add(Tombstone.class, PeopleJson::tombstone, PeopleJson::tombstone);
    add(AuditEntry.class, PeopleJson::auditEntry, PeopleJson::auditEntry);
    add(Actor.class, ConsentJson::actor, ConsentJson::actor);
    add(NoticeVersion.class, JsonOut::text, ConsentJson::notice);
    add(ConsentTerms.class, ConsentJson::terms, ConsentJson::terms);
    add(ConsentEvent.class, ConsentJson::event, ConsentJson::event);
    add(ConsentLedger.class, ConsentJson::ledger, ConsentJson::ledger);
    add(ErasureRequest.class, RightsJson::erasure, RightsJson::erasure);
    add(ErasureLog.Entry.class, RightsJson::entry, RightsJson::entry);
    add(ErasureLog.class, RightsJson::erasureLog, RightsJson::erasureLog);
    add(TopicId.class, JsonOut::text, TopicJson::topicId);
    add(Topic.class, TopicJson::topic, TopicJson::topic);
    add(SeriesId.class, JsonOut::text, TopicJson::seriesId);
    add(Series.class, TopicJson::series, TopicJson::series);
    add(StageKey.class, JsonOut::text, RunningOrderJson::stageKey);
    add(Stage.class, RunningOrderJson::stage, RunningOrderJson::stage);
    add(RunningOrder.class, RunningOrderJson::runningOrder, RunningOrderJson::runningOrder);
    add(Scale.class, ScalingJson::scale, ScalingJson::scale);
    add(ScalingQuestion.class, ScalingJson::question, ScalingJson::question);
    add(Rating.class, ScalingJson::rating, ScalingJson::rating);
    add(OnePointUpIdea.class, ScalingJson::idea, ScalingJson::idea);
    add(ScalingRound.class, ScalingJson::round, ScalingJson::round);
    add(SessionId.class, JsonOut::text, SessionJson::sessionId);
    add(ActionId.class, JsonOut::text, SessionJson::actionId);
    add(Venue.class, SessionJson::venue, SessionJson::venue);
    add(BestHope.class, SessionJson::bestHope, SessionJson::bestHope);
    add(Presentation.class, SessionJson::presentation, SessionJson::presentation);
    add(Contribution.class, SessionJson::contribution, SessionJson::contribution);
    add(Action.class, SessionJson::action, SessionJson::action);
    add(SmallStep.class, SessionJson::smallStep, SessionJson::smallStep);
    add(Artefact.class, SessionJson::artefact, SessionJson::artefact);
    add(NextSession.class, SessionJson::nextSession, SessionJson::nextSession);
    add(SessionHeader.class, SessionJson::header, SessionJson::header);
    add(Session.class, SessionJson::session, SessionJson::session);
    add(CommunityId.class, JsonOut::text, CommunityJson::communityId);
    add(Principle.class, p -> JsonOut.text(p.text()), CommunityJson::principle);
    add(Resource.class, CommunityJson::resource, CommunityJson::resource);
    add(LegacyOutcome.class, CommunityJson::legacy, CommunityJson::legacy);
  }

  private ValueCodecs() {}

  private static <T> void add(Class<T> type, Function<T, JsonNode> encoder, Decoder<T> decoder) {
    CODECS.put(type, new Codec<>(type, encoder, decoder));
  }

  /** The types with a JSON form: the {@code Community} and every value in it. */
  static Set<Class<?>> types() {
    Set<Class<?>> types = new java.util.LinkedHashSet<>(CODECS.keySet());
    types.add(Community.class);
    return java.util.Collections.unmodifiableSet(types);
  }

  /** The codec of exactly this type (the model's types are final to callers). */
  @SuppressWarnings("unchecked")
  static <T> Codec<T> codec(Class<T> type) {
    Codec<?> codec = CODECS.get(type);
    if (codec == null) {
      // Immutables' generated class stands for the abstract type it directly implements or
      // extends, and for nothing further up: a session plan is a session header too, but written
      // as a header alone it would lose its running order
      for (Codec<?> c : CODECS.values()) {
        if (c.type() == type.getSuperclass() || List.of(type.getInterfaces()).contains(c.type())) {
          codec = c;
          break;
        }
      }
      if (codec == null) {
        throw new IllegalArgumentException("no JSON form for " + type.getName());
      }
    }
    return (Codec<T>) codec;
  }

  static JsonNode encode(ArchiveJson archive, Object value) {
    if (value instanceof Community community) {
      return archive.tree(community);
    }
    return encodeWith(codec(value.getClass()), value);
  }

  private static <T> JsonNode encodeWith(Codec<T> codec, Object value) {
    return codec.encoder().apply(codec.type().cast(value));
  }

  /** Reads a value of one of the types from a tree; a community is migrated (on a copy) first. */
  static <T> T decode(ArchiveJson archive, JsonNode node, Class<T> type, String path)
      throws ArchiveFormatException {
    if (type == Community.class) {
      return type.cast(archive.community(node.deepCopy(), path));
    }
    return ArchiveJson.decodeTree(node, path, codec(type).decoder());
  }
}
