package org.communityofpractice.examples.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.communityofpractice.core.capture.CaptureEvent;
import org.communityofpractice.core.capture.CaptureWarning;
import org.communityofpractice.core.capture.SessionPlan;
import org.communityofpractice.core.capture.SessionRecorder;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.consent.ConsentLedger;
import org.communityofpractice.core.consent.ConsentMethod;
import org.communityofpractice.core.consent.ConsentPurpose;
import org.communityofpractice.core.consent.NoticeVersion;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.OnePointUpIdea;
import org.communityofpractice.core.scaling.Rating;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.Action;
import org.communityofpractice.core.session.ActionId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.BestHope;
import org.communityofpractice.core.session.ContributionKind;
import org.communityofpractice.core.session.NextSession;
import org.communityofpractice.core.session.PresentationKind;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.session.SmallStep;
import org.communityofpractice.core.session.Venue;
import org.communityofpractice.core.store.LiveSession;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.topic.TopicId;

/**
 * A session as it happens: starting it, the sign-in at the door, and the live capture walking the
 * running order. Every entry goes through the store's live session, so it is in the journal before
 * the page says it was recorded.
 */
final class CapturePages {
  /**
   * The "good enough" level offered for a scaling question: cop's own default, as in {@code cop
   * capture}.
   */
  static final int GOOD_ENOUGH = 7;

  private final Store store;

  /**
   * Which browser records each capture ("holds the pen"); any other browser on the same capture
   * sees it read-only until it takes over, so two screens never record over each other unseen.
   */
  private final Map<String, Guard.Browser> pens = new ConcurrentHashMap<>();

  CapturePages(Store store) {
    this.store = store;
  }

  // ---- starting ----

  void newSession(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    Pages.page(ctx, "newsession", "page.newSession")
        .crumb(c.name(), App.community(ctx))
        .with("community", c)
        .with("suggestedId", suggestedId(c))
        .with("now", LocalDateTime.now(store.clock()).withSecond(0).withNano(0).toString())
        .show();
  }

  private static String suggestedId(Community c) {
    int n = c.sessions().size() + 1;
    String base = c.id().value();
    while (c.session(SessionId.of(base + "-" + n)).isPresent()) {
      n++;
    }
    return base + "-" + n;
  }

  void startSession(Context ctx) {
    CommunityId id = App.communityId(ctx);
    Community c = store.community(id);
    ZoneId zone =
        c.sessions().isEmpty()
            ? store.clock().getZone()
            : c.sessions().get(c.sessions().size() - 1).startsAt().getZone();
    SessionPlan.Builder plan =
        SessionPlan.builder()
            .id(Forms.parsed(ctx, "id", "field.sessionId", SessionId::of))
            .topic(Forms.parsed(ctx, "topic", "field.topic", TopicId::of))
            .startsAt(
                Forms.parsed(
                    ctx, "startsAt", "field.startsAt", v -> LocalDateTime.parse(v).atZone(zone)))
            .venue(Forms.parsed(ctx, "venue", "field.venue", Venue::of))
            .facilitator(Forms.parsed(ctx, "facilitator", "field.facilitator", PersonId::of));
    Forms.parsedOptional(ctx, "series", "field.series", SeriesId::of).ifPresent(plan::series);
    Forms.optional(ctx, "title").ifPresent(plan::title);
    Forms.optional(ctx, "runningOrder")
        .map(
            order ->
                c.runningOrder(order).orElseThrow(() -> new Forms.Problem("problem.runningOrder")))
        .ifPresent(plan::runningOrder);
    for (String r : ctx.formParams("recorder")) {
      plan.addRecorder(Forms.parsed(ctx, "recorder", "field.recorder", x -> PersonId.of(r)));
    }
    SessionPlan built = plan.build();
    if (c.session(built.id()).isPresent() || store.inProgress(id).contains(built.id())) {
      throw new Forms.Problem("problem.sessionExists");
    }
    store.start(id, built);
    App.done(ctx, "done.sessionStarted", at(ctx, built.id()) + "/door");
  }

  private static String at(Context ctx, SessionId session) {
    return App.community(ctx) + "/capture/" + session.value();
  }

  private static SessionId sessionId(Context ctx) {
    try {
      return SessionId.of(ctx.pathParam("s"));
    } catch (IllegalArgumentException e) {
      throw new Store.NotFound();
    }
  }

  private CaptureView view(Context ctx, CommunityId id, LiveSession live) {
    return new CaptureView(
        store.community(id), live.recorder(), store.clock().instant(), Text.of(ctx));
  }

  // ---- the door ----

  void door(Context ctx) {
    CommunityId id = App.communityId(ctx);
    LiveSession live = store.live(id, sessionId(ctx));
    CaptureView view = view(ctx, id, live);
    Pages.page(ctx, "door", "page.door")
        .crumb(view.community().name(), App.community(ctx))
        .crumbKey("crumb.capture", App.capturing(ctx))
        .with("view", view)
        .with("notice", SetupPages.lastNotice(view.community().consent()).orElse(""))
        .show();
  }

  /**
   * Someone known, or a walk-in, signs in: consent as ticked (nothing is ticked to start with).
   * Someone known finds themselves by typing their name or email, matched here on the server, so
   * the door never lists the register to whoever stands at it; or the chair picks them on the
   * capture page ({@code person}).
   */
  void signIn(Context ctx) {
    CommunityId id = App.communityId(ctx);
    SessionId session = sessionId(ctx);
    Set<ConsentPurpose> agreed = EnumSet.noneOf(ConsentPurpose.class);
    for (String p : ctx.formParams("agree")) {
      agreed.add(
          Forms.parsed(ctx, "agree", "field.consentPurpose", x -> ConsentPurpose.valueOf(p)));
    }
    boolean chairPicked = Forms.optional(ctx, "person").isPresent();
    Optional<PersonId> known =
        chairPicked
            ? Optional.of(Forms.parsed(ctx, "person", "field.who", PersonId::of))
            : Forms.optional(ctx, "who").map(typed -> findAtTheDoor(store.community(id), typed));
    Optional<Person> walkIn =
        known.isPresent()
            ? Optional.empty()
            : Optional.of(SetupPages.person(ctx, PersonId.of(Forms.randomId("p-"))));
    PersonId who = known.orElseGet(() -> walkIn.orElseThrow().id());
    if (known.isPresent()) {
      SetupPages.person(store.community(id), who.value());
    }
    NoticeVersion notice =
        agreed.isEmpty() ? null : Forms.parsed(ctx, "notice", "field.notice", NoticeVersion::of);
    // the register, the consent and the arrival as one step: no entry from another browser in
    // between
    store.atomically(
        () -> {
          if (view(ctx, id, store.live(id, session)).inRoom().stream()
              .anyMatch(p -> p.id().equals(who))) {
            throw new Forms.Problem("problem.alreadyIn");
          }
          if (walkIn.isPresent() || !agreed.isEmpty()) {
            store.withCapturesPaused(
                id,
                () ->
                    store.change(
                        id,
                        c -> {
                          Community changed =
                              walkIn.map(p -> SetupPages.withPerson(c, p)).orElse(c);
                          ConsentLedger ledger = changed.consent();
                          for (ConsentPurpose purpose : agreed) {
                            ledger =
                                ledger.grant(
                                    SetupPages.terms(
                                        Text.of(ctx),
                                        who,
                                        purpose,
                                        ConsentMethod.FORM,
                                        notice,
                                        store.clock().instant()));
                          }
                          return Community.builder().from(changed).consent(ledger).build();
                        }));
          }
          return store.record(id, session, r -> r.arrived(who));
        });
    if (chairPicked) {
      App.done(ctx, "done.signedIn", App.capturing(ctx) + "#room");
      return;
    }
    App.done(ctx, "done.welcome", App.capturing(ctx) + "/door");
  }

  /**
   * The one person whose whole name or email is what was typed (ignoring case and extra spaces); a
   * {@link Forms.Problem} that names nobody when there is none or more than one.
   */
  static PersonId findAtTheDoor(Community c, String typed) {
    String wanted = normal(typed);
    List<Person> found =
        c.register().people().stream()
            .filter(
                p ->
                    normal(p.name()).equals(wanted)
                        || p.contact().email().map(e -> normal(e).equals(wanted)).orElse(false))
            .toList();
    if (found.isEmpty()) {
      throw new Forms.Problem("problem.doorNobody");
    }
    if (found.size() > 1) {
      throw new Forms.Problem("problem.doorSeveral");
    }
    return found.get(0).id();
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  // ---- live capture ----

  private static String pen(CommunityId id, SessionId session) {
    return id.value() + "/" + session.value();
  }

  /** Whether this browser records the capture: it does when it holds the pen, or nobody does. */
  private boolean recording(Context ctx, CommunityId id, SessionId session) {
    Guard.Browser me = Guard.of(ctx);
    return pens.computeIfAbsent(pen(id, session), k -> me) == me;
  }

  void capture(Context ctx) {
    CommunityId id = App.communityId(ctx);
    SessionId session = sessionId(ctx);
    LiveSession live = store.live(id, session);
    CaptureView view = view(ctx, id, live);
    String title = live.recorder().plan().title().orElse(live.recorder().plan().id().value());
    if (!recording(ctx, id, session)) {
      Pages.page(ctx, "watch", "page.watch", title)
          .crumb(view.community().name(), App.community(ctx))
          .with("view", view)
          .show();
      return;
    }
    Pages.page(ctx, "capture", "page.capture", title)
        .crumb(view.community().name(), App.community(ctx))
        .with("view", view)
        .with("goodEnough", GOOD_ENOUGH)
        .with("contributionKinds", List.of(ContributionKind.values()))
        .with("presentationKinds", List.of(PresentationKind.values()))
        .show();
  }

  /** One entry, named by the last part of the address; answered with the capture page. */
  void record(Context ctx) {
    CommunityId id = App.communityId(ctx);
    SessionId session = sessionId(ctx);
    String entry = ctx.pathParam("entry");
    if (entry.equals("finish")) {
      finish(ctx, id, session);
      return;
    }
    if (entry.equals("take")) {
      pens.put(pen(id, session), Guard.of(ctx));
      App.done(ctx, "done.takenOver", App.capturing(ctx));
      return;
    }
    if (!recording(ctx, id, session)) {
      throw new Forms.Problem("problem.otherScreen");
    }
    if (entry.equals("pause")) {
      store.pause(id, session);
      pens.remove(pen(id, session));
      App.done(ctx, "done.paused", App.community(ctx));
      return;
    }
    List<CaptureWarning> warnings =
        store.record(id, session, recorder -> entry(ctx, recorder, store.community(id), entry));
    Text text = Text.of(ctx);
    StringBuilder said = new StringBuilder(text.get("done.recorded"));
    for (CaptureWarning w : warnings) {
      said.append(warning(w, text));
    }
    App.done(ctx, "done.said", App.capturing(ctx) + anchor(entry), said.toString());
  }

  private static String anchor(String entry) {
    return switch (entry) {
      case "advance", "skip", "goto" -> "";
      default -> "#" + entry;
    };
  }

  private static String warning(CaptureWarning w, Text text) {
    if (w instanceof CaptureWarning.CoreStageSkipped s) {
      return " " + text.get("capture.note.coreSkipped", s.stage().toString());
    }
    if (w instanceof CaptureWarning.PresentationOverran o) {
      return " " + text.plural("capture.note.overran", o.ran().toMinutes());
    }
    return "";
  }

  private List<CaptureWarning> entry(
      Context ctx, SessionRecorder recorder, Community community, String entry) {
    Optional<PersonId> by = Forms.parsedOptional(ctx, "by", "field.who", PersonId::of);
    return switch (entry) {
      case "advance" -> recorder.advance();
      case "skip" -> recorder.skip();
      case "goto" -> recorder.returnTo(Forms.parsed(ctx, "stage", "field.stage", StageKey::of));
      case "arrived" ->
          recorder.arrived(Forms.parsed(ctx, "person", "field.arrived", PersonId::of));
      case "hope" ->
          recorder.giveBestHope(new BestHope(Forms.required(ctx, "text", "field.bestHope"), by));
      case "say" ->
          recorder.contribute(
              Forms.choice(ctx, "kind", "field.kind", ContributionKind.class),
              Forms.required(ctx, "text", "field.said"),
              by);
      case "present" ->
          recorder.startPresentation(
              Forms.choice(ctx, "kind", "field.kind", PresentationKind.class),
              Forms.required(ctx, "text", "field.title"),
              by,
              Optional.empty());
      case "stop" -> recorder.stopPresentation();
      case "scale" ->
          recorder.askScalingQuestion(
              // kept in the guide's own words, as cop capture keeps it; shown in the page's
              // language
              ScalingQuestion.of(
                  ScalingQuestion.GUIDE_WORDING,
                  Forms.number(ctx, "goodEnough", "field.goodEnough")));
      case "rate" ->
          recorder.rate(
              by.map(p -> Rating.by(p, Forms.number(ctx, "value", "field.rating")))
                  .orElseGet(() -> Rating.anonymous(Forms.number(ctx, "value", "field.rating"))));
      case "up" ->
          recorder.offerOnePointUp(
              new OnePointUpIdea(Forms.required(ctx, "text", "field.idea"), by));
      case "action" -> {
        Action.Builder a =
            Action.builder()
                .id(nextActionId(recorder, community))
                .text(Forms.required(ctx, "text", "field.action"));
        by.ifPresent(a::addOwner);
        yield recorder.agreeAction(a.build());
      }
      case "step" -> {
        SmallStep.Builder s =
            SmallStep.builder().text(Forms.required(ctx, "text", "field.smallStep"));
        by.ifPresent(s::noticedBy);
        Forms.parsedOptional(ctx, "follows", "field.follows", ActionId::of)
            .ifPresent(s::followsAction);
        yield recorder.noticeSmallStep(s.build());
      }
      case "conclude" -> recorder.conclude(Forms.required(ctx, "text", "field.conclusion"));
      case "recommend" -> recorder.recommend(Forms.required(ctx, "text", "field.recommendation"));
      case "ask" -> recorder.raiseQuestion(Forms.required(ctx, "text", "field.question"));
      case "photo" -> recorder.addArtefact(photo(ctx, recorder, community));
      case "next" -> {
        ZonedDateTime when =
            Forms.parsed(
                ctx,
                "startsAt",
                "field.when",
                v -> LocalDateTime.parse(v).atZone(recorder.plan().startsAt().getZone()));
        Venue venue =
            Forms.parsedOptional(ctx, "venue", "field.venue", Venue::of)
                .orElse(recorder.plan().venue());
        yield recorder.agreeNextSession(NextSession.of(when, venue));
      }
      default -> throw new Store.NotFound();
    };
  }

  /**
   * A photo of a flip chart, whiteboard or post-its with its caption and alt text. Everyone ticked
   * as pictured must be in the room and have agreed to be photographed (the guide's consent, as
   * {@code PublishableSession} asks of whoever adds one); the photo is checked by its bytes and
   * size and written again without its metadata ({@link Photos}). Who is pictured goes with the
   * artefact itself, so erasing one of them removes it from the journal, the archive and its
   * backups.
   */
  private Artefact photo(Context ctx, SessionRecorder recorder, Community community) {
    UploadedFile file = ctx.uploadedFile("photo");
    if (file == null || file.size() == 0) {
      throw new Forms.Problem("problem.noPhoto");
    }
    if (file.size() > Photos.MAX_BYTES) {
      throw new Forms.Problem("problem.photoTooLarge", Photos.MAX_BYTES / (1024 * 1024));
    }
    String caption = Forms.required(ctx, "caption", "field.caption");
    String alt = Forms.required(ctx, "alt", "field.alt");
    Set<PersonId> here = new HashSet<>(recorder.attendees());
    here.addAll(recorder.plan().hosts());
    java.time.Instant now = store.clock().instant();
    Set<PersonId> pictured = new LinkedHashSet<>();
    for (String p : ctx.formParams("pictured")) {
      PersonId who = Forms.parsed(ctx, "pictured", "field.pictured", x -> PersonId.of(p));
      pictured.add(who);
      if (!here.contains(who)) {
        throw new Forms.Problem("problem.picturedNotHere");
      }
      if (!community.consent().inForce(who, ConsentPurpose.PHOTOGRAPHED, now)) {
        throw new Forms.Problem("problem.picturedNoConsent");
      }
    }
    byte[] bytes;
    try (java.io.InputStream in = file.content()) {
      bytes = in.readNBytes(Photos.MAX_BYTES + 1);
    } catch (java.io.IOException e) {
      throw new Forms.Problem("problem.photoBroken");
    }
    return Artefact.of(Photos.dataUri(Photos.clean(bytes)), caption, alt)
        .picturing(List.copyOf(pictured));
  }

  /** An id for the next action: the session's id and a number, unused in the community. */
  private static ActionId nextActionId(SessionRecorder recorder, Community community) {
    long n =
        recorder.events().stream().filter(e -> e instanceof CaptureEvent.ActionAgreed).count() + 1;
    ActionId id;
    do {
      id = ActionId.of(recorder.plan().id().value() + "-a" + n++);
    } while (community.actions().containsKey(id));
    return id;
  }

  private void finish(Context ctx, CommunityId id, SessionId session) {
    if (!Forms.ticked(ctx, "sure")) {
      throw new Forms.Problem("problem.notSure");
    }
    List<StageKey> notRun = new ArrayList<>(store.live(id, session).recorder().coreStagesNotRun());
    Session done = store.finish(id, session);
    pens.remove(pen(id, session));
    Text text = Text.of(ctx);
    String finished = text.get("done.finished", done.headcount(), done.stagesRun().size());
    String note =
        notRun.isEmpty()
            ? ""
            : " "
                + text.get(
                    "done.finished.coreNotRun",
                    notRun.stream().map(StageKey::toString).collect(Collectors.joining(", ")));
    App.done(
        ctx, "done.said", App.community(ctx) + "/sessions/" + session.value(), finished + note);
  }
}
