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
    Pages.page(ctx, "newsession", "Start a session")
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
            .id(Forms.parsed(ctx, "id", "The session's short name", SessionId::of))
            .topic(Forms.parsed(ctx, "topic", "The topic", TopicId::of))
            .startsAt(
                Forms.parsed(
                    ctx, "startsAt", "When it starts", v -> LocalDateTime.parse(v).atZone(zone)))
            .venue(Forms.parsed(ctx, "venue", "The venue", Venue::of))
            .facilitator(Forms.parsed(ctx, "facilitator", "The facilichair", PersonId::of));
    Forms.parsedOptional(ctx, "series", "The series", SeriesId::of).ifPresent(plan::series);
    Forms.optional(ctx, "title").ifPresent(plan::title);
    Forms.optional(ctx, "runningOrder")
        .map(
            order ->
                c.runningOrder(order)
                    .orElseThrow(
                        () ->
                            new Forms.Problem(
                                "The running order is not one of the guide's nor of the community's.")))
        .ifPresent(plan::runningOrder);
    for (String r : ctx.formParams("recorder")) {
      plan.addRecorder(Forms.parsed(ctx, "recorder", "A recorder", x -> PersonId.of(r)));
    }
    SessionPlan built = plan.build();
    if (c.session(built.id()).isPresent() || store.inProgress(id).contains(built.id())) {
      throw new Forms.Problem("There is already a session with that short name; choose another.");
    }
    store.start(id, built);
    App.done(ctx, "Session started. Sign people in as they arrive.", at(ctx, built.id()) + "/door");
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

  private CaptureView view(CommunityId id, LiveSession live) {
    return new CaptureView(store.community(id), live.recorder(), store.clock().instant());
  }

  // ---- the door ----

  void door(Context ctx) {
    CommunityId id = App.communityId(ctx);
    LiveSession live = store.live(id, sessionId(ctx));
    CaptureView view = view(id, live);
    Pages.page(ctx, "door", "Welcome: please sign in")
        .crumb(view.community().name(), App.community(ctx))
        .crumb("Capture", App.capturing(ctx))
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
      agreed.add(Forms.parsed(ctx, "agree", "A consent purpose", x -> ConsentPurpose.valueOf(p)));
    }
    boolean chairPicked = Forms.optional(ctx, "person").isPresent();
    Optional<PersonId> known =
        chairPicked
            ? Optional.of(Forms.parsed(ctx, "person", "Who", PersonId::of))
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
        agreed.isEmpty()
            ? null
            : Forms.parsed(ctx, "notice", "The privacy notice's version", NoticeVersion::of);
    // the register, the consent and the arrival as one step: no entry from another browser in
    // between
    store.atomically(
        () -> {
          if (view(id, store.live(id, session)).inRoom().stream()
              .anyMatch(p -> p.id().equals(who))) {
            throw new Forms.Problem("You are signed in already. Welcome!");
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
      App.done(ctx, "Signed in.", App.capturing(ctx) + "#room");
      return;
    }
    App.done(ctx, "Welcome, you are signed in. Thank you.", App.capturing(ctx) + "/door");
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
      throw new Forms.Problem(
          "Nobody signed in: we could not find that name or email. Check the spelling, type"
              + " your email instead, ask the chair, or sign in below as new.");
    }
    if (found.size() > 1) {
      throw new Forms.Problem(
          "Nobody signed in: more than one person has that name. Type your email instead,"
              + " or ask the chair.");
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
    CaptureView view = view(id, live);
    String title = live.recorder().plan().title().orElse(live.recorder().plan().id().value());
    if (!recording(ctx, id, session)) {
      Pages.page(ctx, "watch", "Watching: " + title)
          .crumb(view.community().name(), App.community(ctx))
          .with("view", view)
          .show();
      return;
    }
    Pages.page(
            ctx,
            "capture",
            "Capture: "
                + live.recorder().plan().title().orElse(live.recorder().plan().id().value()))
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
      App.done(
          ctx,
          "You are recording now; the other screen shows the session read-only.",
          App.capturing(ctx));
      return;
    }
    if (!recording(ctx, id, session)) {
      throw new Forms.Problem(
          "Not recorded: another screen is recording this session, so nothing you sent was"
              + " saved. Take over below if you mean to record here.");
    }
    if (entry.equals("pause")) {
      store.pause(id, session);
      pens.remove(pen(id, session));
      App.done(
          ctx,
          "Paused. Everything so far is kept; carry on from the community's page.",
          App.community(ctx));
      return;
    }
    List<CaptureWarning> warnings =
        store.record(id, session, recorder -> entry(ctx, recorder, store.community(id), entry));
    String said =
        "Recorded." + warnings.stream().map(CapturePages::warning).collect(Collectors.joining());
    App.done(ctx, said, App.capturing(ctx) + anchor(entry));
  }

  private static String anchor(String entry) {
    return switch (entry) {
      case "advance", "skip", "goto" -> "";
      default -> "#" + entry;
    };
  }

  private static String warning(CaptureWarning w) {
    if (w instanceof CaptureWarning.CoreStageSkipped s) {
      return " Note: '" + s.stage() + "' is core to every session in the guide; it was skipped.";
    }
    if (w instanceof CaptureWarning.PresentationOverran o) {
      return " Note: the presentation ran "
          + o.ran().toMinutes()
          + " minutes; the guide suggests five at most.";
    }
    return "";
  }

  private List<CaptureWarning> entry(
      Context ctx, SessionRecorder recorder, Community community, String entry) {
    Optional<PersonId> by = Forms.parsedOptional(ctx, "by", "Who", PersonId::of);
    return switch (entry) {
      case "advance" -> recorder.advance();
      case "skip" -> recorder.skip();
      case "goto" -> recorder.returnTo(Forms.parsed(ctx, "stage", "The stage", StageKey::of));
      case "arrived" -> recorder.arrived(Forms.parsed(ctx, "person", "Who arrived", PersonId::of));
      case "hope" ->
          recorder.giveBestHope(new BestHope(Forms.required(ctx, "text", "The best hope"), by));
      case "say" ->
          recorder.contribute(
              Forms.choice(ctx, "kind", "The kind", ContributionKind.class),
              Forms.required(ctx, "text", "What was said"),
              by);
      case "present" ->
          recorder.startPresentation(
              Forms.choice(ctx, "kind", "The kind", PresentationKind.class),
              Forms.required(ctx, "text", "The title"),
              by,
              Optional.empty());
      case "stop" -> recorder.stopPresentation();
      case "scale" ->
          recorder.askScalingQuestion(
              ScalingQuestion.of(
                  ScalingQuestion.GUIDE_WORDING, Forms.number(ctx, "goodEnough", "Good enough")));
      case "rate" ->
          recorder.rate(
              by.map(p -> Rating.by(p, Forms.number(ctx, "value", "The rating")))
                  .orElseGet(() -> Rating.anonymous(Forms.number(ctx, "value", "The rating"))));
      case "up" ->
          recorder.offerOnePointUp(new OnePointUpIdea(Forms.required(ctx, "text", "The idea"), by));
      case "action" -> {
        Action.Builder a =
            Action.builder()
                .id(nextActionId(recorder, community))
                .text(Forms.required(ctx, "text", "The action"));
        by.ifPresent(a::addOwner);
        yield recorder.agreeAction(a.build());
      }
      case "step" -> {
        SmallStep.Builder s =
            SmallStep.builder().text(Forms.required(ctx, "text", "The small step"));
        by.ifPresent(s::noticedBy);
        Forms.parsedOptional(ctx, "follows", "The action it follows", ActionId::of)
            .ifPresent(s::followsAction);
        yield recorder.noticeSmallStep(s.build());
      }
      case "conclude" -> recorder.conclude(Forms.required(ctx, "text", "The conclusion"));
      case "recommend" -> recorder.recommend(Forms.required(ctx, "text", "The recommendation"));
      case "ask" -> recorder.raiseQuestion(Forms.required(ctx, "text", "The question"));
      case "photo" -> recorder.addArtefact(photo(ctx, recorder, community));
      case "next" -> {
        ZonedDateTime when =
            Forms.parsed(
                ctx,
                "startsAt",
                "When",
                v -> LocalDateTime.parse(v).atZone(recorder.plan().startsAt().getZone()));
        Venue venue =
            Forms.parsedOptional(ctx, "venue", "The venue", Venue::of)
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
      throw new Forms.Problem("Choose a photo to add.");
    }
    if (file.size() > Photos.MAX_BYTES) {
      throw new Forms.Problem(
          "The photo is larger than "
              + Photos.MAX_BYTES / (1024 * 1024)
              + " MB; nothing was saved.");
    }
    String caption = Forms.required(ctx, "caption", "The caption");
    String alt = Forms.required(ctx, "alt", "The alt text");
    Set<PersonId> here = new HashSet<>(recorder.attendees());
    here.addAll(recorder.plan().hosts());
    java.time.Instant now = store.clock().instant();
    Set<PersonId> pictured = new LinkedHashSet<>();
    for (String p : ctx.formParams("pictured")) {
      PersonId who = Forms.parsed(ctx, "pictured", "Who is pictured", x -> PersonId.of(p));
      pictured.add(who);
      if (!here.contains(who)) {
        throw new Forms.Problem("Not saved: only people in the room can be ticked as pictured.");
      }
      if (!community.consent().inForce(who, ConsentPurpose.PHOTOGRAPHED, now)) {
        throw new Forms.Problem(
            "Not saved: someone ticked as pictured has not agreed to be photographed. Take"
                + " the photo again without them, or record their consent first.");
      }
    }
    byte[] bytes;
    try (java.io.InputStream in = file.content()) {
      bytes = in.readNBytes(Photos.MAX_BYTES + 1);
    } catch (java.io.IOException e) {
      throw new Forms.Problem("The photo did not arrive whole; nothing was saved. Try again.");
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
      throw new Forms.Problem("Tick 'The session is over' to finish it.");
    }
    List<StageKey> notRun = new ArrayList<>(store.live(id, session).recorder().coreStagesNotRun());
    Session done = store.finish(id, session);
    pens.remove(pen(id, session));
    String note =
        notRun.isEmpty()
            ? ""
            : " Core stages not run: "
                + notRun.stream().map(StageKey::toString).collect(Collectors.joining(", "))
                + "; the review will mention them.";
    App.done(
        ctx,
        "Finished: "
            + done.headcount()
            + " in the room, "
            + done.stagesRun().size()
            + " stages run."
            + note,
        App.community(ctx) + "/sessions/" + session.value());
  }
}
