package org.communityofpractice.examples.serve;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.community.Principle;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.ConsentTerms;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Actor;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.people.Perspective;
import org.communityofpractice.core.people.Sector;
import org.communityofpractice.core.store.ArchiveConflictException;
import org.communityofpractice.core.topic.Series;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.Topic;
import org.communityofpractice.core.topic.TopicId;

/**
 * Setting a community up: the community itself, its topics with "who should be here?", its series,
 * its people and their consent, purpose by purpose.
 */
final class SetupPages {
  /** Who a change made through the app is recorded as: the app has no login, so a role. */
  static final Actor FACILICHAIR = Actor.role("facilichair (cop serve)");

  private final Store store;

  SetupPages(Store store) {
    this.store = store;
  }

  void home(Context ctx) {
    List<Community> communities = new ArrayList<>();
    for (CommunityId id : store.communities()) {
      store.files().load(id).ifPresent(a -> communities.add(a.community()));
    }
    Pages.page(ctx, "home", "page.home").with("communities", communities).show();
  }

  void createCommunity(Context ctx) {
    CommunityId id = Forms.parsed(ctx, "id", "field.shortName", CommunityId::of);
    Community.Builder c =
        Community.builder()
            .id(id)
            .name(Forms.required(ctx, "name", "field.name"))
            .place(Forms.required(ctx, "place", "field.place"));
    Forms.optional(ctx, "focus").ifPresent(c::focus);
    Forms.optional(ctx, "principles")
        .map(
            text ->
                text.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .map(Principle::of)
                    .toList())
        .ifPresent(c::principles);
    try {
      store.create(c.build());
    } catch (ArchiveConflictException e) {
      throw new Forms.Problem("problem.communityExists");
    }
    App.done(ctx, "done.community", "/c/" + id.value());
  }

  void community(Context ctx) {
    CommunityId id = App.communityId(ctx);
    Community c = store.community(id);
    Pages.page(ctx, "community", "page.community", c.name())
        .with("community", c)
        .with("inProgress", store.inProgress(id))
        .show();
  }

  void addTopic(Context ctx) {
    CommunityId id = App.communityId(ctx);
    String title = Forms.required(ctx, "title", "field.topicTitle");
    TopicId topic =
        Forms.optional(ctx, "id").isPresent()
            ? Forms.parsed(ctx, "id", "field.topicId", TopicId::of)
            : TopicId.of(Forms.slug(title));
    Topic.Builder t = Topic.builder().id(topic).title(title);
    Forms.optional(ctx, "description").ifPresent(t::description);
    t.neededPerspectives(perspectives(ctx, "needed"));
    Forms.optional(ctx, "services")
        .ifPresent(
            s ->
                t.neededServices(
                    List.of(s.split(",")).stream()
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .collect(Collectors.toList())));
    Topic built = t.build();
    store.change(
        id,
        c -> {
          if (c.topic(built.id()).isPresent()) {
            throw new Forms.Problem("problem.topicExists");
          }
          return Community.builder().from(c).addTopic(built).build();
        });
    App.done(ctx, "done.topic", App.community(ctx) + "#topics");
  }

  void addSeries(Context ctx) {
    CommunityId id = App.communityId(ctx);
    String title = Forms.required(ctx, "title", "field.seriesTitle");
    TopicId topic = Forms.parsed(ctx, "topic", "field.topic", TopicId::of);
    SeriesId series =
        Forms.optional(ctx, "id").isPresent()
            ? Forms.parsed(ctx, "id", "field.seriesId", SeriesId::of)
            : SeriesId.of(Forms.slug(title));
    Series.Builder s = Series.builder().id(series).topic(topic).title(title);
    Forms.optional(ctx, "introduction").ifPresent(s::introduction);
    Series built = s.build();
    store.change(
        id,
        c -> {
          if (c.series(built.id()).isPresent()) {
            throw new Forms.Problem("problem.seriesExists");
          }
          return Community.builder().from(c).addSeries(built).build();
        });
    App.done(ctx, "done.series", App.community(ctx) + "#series");
  }

  void people(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    Pages.page(ctx, "people", "page.people", c.name())
        .crumb(c.name(), App.community(ctx))
        .with("community", c)
        .show();
  }

  void addPerson(Context ctx) {
    CommunityId id = App.communityId(ctx);
    Person person = person(ctx, PersonId.of(Forms.randomId("p-")));
    store.change(id, c -> withPerson(c, person));
    App.done(ctx, "done.person", App.community(ctx) + "/people/" + person.id());
  }

  /** A person from the fields of a person form, with the given id. */
  static Person person(Context ctx, PersonId id) {
    Person.Builder p = Person.builder().id(id).name(Forms.required(ctx, "name", "field.name"));
    Optional<String> email = Forms.optional(ctx, "email");
    Optional<String> phone = Forms.optional(ctx, "phone");
    if (email.isPresent() || phone.isPresent()) {
      p.contact(ContactDetails.of(email.orElse(null), phone.orElse(null)));
    }
    Forms.optional(ctx, "role").ifPresent(p::role);
    Forms.optional(ctx, "place").ifPresent(p::place);
    Forms.optional(ctx, "organisation").ifPresent(p::organisation);
    p.perspectives(perspectives(ctx, "perspective"));
    Forms.parsedOptional(ctx, "sector", "field.sector", v -> Sector.valueOf(v))
        .ifPresent(p::sector);
    return p.build();
  }

  static Community withPerson(Community c, Person person) {
    MemberRegister register = MemberRegister.builder().from(c.register()).addPerson(person).build();
    return Community.builder().from(c).register(register).build();
  }

  private static Set<Perspective> perspectives(Context ctx, String field) {
    Set<Perspective> set = EnumSet.noneOf(Perspective.class);
    for (String v : ctx.formParams(field)) {
      try {
        set.add(Perspective.valueOf(v));
      } catch (IllegalArgumentException e) {
        throw new Forms.Problem("problem.perspective");
      }
    }
    return set;
  }

  void person(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    Person p = person(c, ctx.pathParam("p"));
    Pages.page(ctx, "person", "page.person", p.name())
        .crumb(c.name(), App.community(ctx))
        .crumb("crumb.people", App.community(ctx) + "/people")
        .with("community", c)
        .with("person", p)
        .with("now", store.clock().instant())
        .with("notice", lastNotice(c.consent()).orElse(""))
        .show();
  }

  static Person person(Community c, String id) {
    try {
      return c.register().find(PersonId.of(id)).orElseThrow(Store.NotFound::new);
    } catch (org.communityofpractice.core.validation.InvalidValueException e) {
      throw new Store.NotFound();
    }
  }

  void recordConsent(Context ctx) {
    CommunityId id = App.communityId(ctx);
    Person p = person(store.community(id), ctx.pathParam("p"));
    ConsentPurpose purpose = Forms.choice(ctx, "purpose", "field.purpose", ConsentPurpose.class);
    boolean grant = Forms.required(ctx, "decision", "field.decision").equals("grant");
    ConsentTerms terms =
        terms(
            Text.of(ctx),
            p.id(),
            purpose,
            Forms.choice(ctx, "method", "field.method", ConsentMethod.class),
            Forms.parsed(ctx, "notice", "field.notice", NoticeVersion::of),
            store.clock().instant());
    store.change(
        id,
        c ->
            Community.builder()
                .from(c)
                .consent(grant ? c.consent().grant(terms) : c.consent().withdraw(terms))
                .build());
    App.done(
        ctx, grant ? "done.consent" : "done.withdrawal", App.community(ctx) + "/people/" + p.id());
  }

  /**
   * One decision; for special-category purposes the plain words the person agreed to are kept, in
   * the language they read them in.
   */
  static ConsentTerms terms(
      Text text,
      PersonId person,
      ConsentPurpose purpose,
      ConsentMethod method,
      NoticeVersion notice,
      Instant at) {
    ConsentTerms.Builder t =
        ConsentTerms.builder()
            .person(person)
            .purpose(purpose)
            .at(at)
            .method(method)
            .notice(notice)
            .recordedBy(FACILICHAIR);
    if (purpose.isSpecialCategory()) {
      t.explicitly(text.plainly(purpose));
    }
    return t.build();
  }

  /** The notice version used last, to offer it again. */
  static Optional<String> lastNotice(ConsentLedger ledger) {
    return ledger.events().isEmpty()
        ? Optional.empty()
        : Optional.of(ledger.events().get(ledger.events().size() - 1).terms().notice().value());
  }
}
