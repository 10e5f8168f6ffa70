package org.communityofpractice.examples.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.SessionId;
import org.communityofpractice.core.store.SendLog;
import org.communityofpractice.core.store.StoreException;
import org.communityofpractice.core.topic.RecipientId;
import org.communityofpractice.core.topic.SeriesId;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.examples.text.CoreWords;
import org.communityofpractice.report.check.PublicationFinding;
import org.communityofpractice.report.mail.Circulation;
import org.communityofpractice.report.mail.CirculationResult;
import org.communityofpractice.report.mail.CirculationSettings;
import org.communityofpractice.report.mail.Delivery;

/**
 * Circulating a finished session's or a series' report to the community email list, as {@code cop
 * send} does: who would receive it (a count and ids, never an address), what the publication check
 * found (the field and the person's id, never the text), a decision on each finding — publish it
 * anyway or redact it — and then one {@code .eml} message per person in the store's outbox, {@code
 * outbox/COMMUNITY/CIRCULATION/PERSON.eml} under the store's folder, for the charity to send from.
 * Nothing is written while a finding is open; the send log makes a second circulation send only
 * what did not go.
 */
final class CirculationPages {
  /** The folder under the store's root that messages are written to. */
  static final String OUTBOX = "outbox";

  private final Store store;
  private final Audit audit;
  private final Guard guard;

  CirculationPages(Store store, Audit audit, Guard guard) {
    this.store = store;
    this.audit = audit;
    this.guard = guard;
  }

  /** The outbox of a community: one folder per circulation, one file per person. */
  static Path outbox(Path storeRoot, CommunityId community) {
    return storeRoot.resolve(OUTBOX).resolve(community.value());
  }

  /** What a circulation is of: a session's summary report or a series' report. */
  private record Target(String kind, String id, String title) {}

  private static Target target(Context ctx, Community c) {
    String id = ctx.pathParam("id");
    try {
      return switch (ctx.pathParam("kind")) {
        case "session" ->
            new Target(
                "session",
                id,
                c.session(SessionId.of(id)).orElseThrow(Store.NotFound::new).title().orElse(id));
        case "series" ->
            new Target(
                "series", id, c.series(SeriesId.of(id)).orElseThrow(Store.NotFound::new).title());
        default -> throw new Store.NotFound();
      };
    } catch (IllegalArgumentException e) {
      throw new Store.NotFound();
    }
  }

  private Circulation.Plan plan(
      Community c, Target target, CirculationSettings settings, Text text) {
    Circulation circulation =
        Circulation.builder().settings(settings).clock(store.clock()).language(text.tag()).build();
    return target.kind().equals("session")
        ? circulation.plan(c, SessionId.of(target.id()))
        : circulation.plan(c, SeriesId.of(target.id()));
  }

  /**
   * Settings only to plan with: who would receive the report and what the check finds do not depend
   * on who sends it; the page asks for the sender when the messages are written.
   */
  private static CirculationSettings planning(Community c) {
    return CirculationSettings.builder()
        .from("circulation@example.invalid", c.name())
        .unsubscribe("circulation@example.invalid")
        .build();
  }

  void page(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    Target target = target(ctx, c);
    Circulation.Plan plan = plan(c, target, planning(c), Text.of(ctx));
    String back =
        target.kind().equals("session")
            ? App.community(ctx) + "/sessions/" + target.id()
            : App.community(ctx) + "/review";
    Pages.page(ctx, "circulate", "page.circulate", target.title())
        .crumb(c.name(), App.community(ctx))
        .crumb(target.title(), back)
        .with("community", c)
        .with("kind", target.kind())
        .with("id", target.id())
        .with("recipients", plan.recipients().stream().map(RecipientId::toString).toList())
        .with("findings", plan.findings())
        .show();
  }

  /** The form: the sender, a decision on each finding, then the messages written to the outbox. */
  void send(Context ctx) {
    CommunityId id = App.communityId(ctx);
    Community c = store.community(id);
    Target target = target(ctx, c);
    CirculationSettings settings;
    try {
      settings =
          CirculationSettings.builder()
              .from(
                  Forms.required(ctx, "from", "field.from"),
                  Forms.optional(ctx, "fromName").orElse(c.name()))
              .unsubscribe(Forms.required(ctx, "unsubscribe", "field.unsubscribe"))
              .build();
    } catch (InvalidValueException e) {
      throw new Forms.Problem(
          "problem.notSent.invalid", e.field(), new CoreWords(e::expectationIn));
    }
    Text text = Text.of(ctx);
    Circulation.Plan plan = plan(c, target, settings, text);
    for (PublicationFinding f : plan.findings()) {
      String decision = Forms.optional(ctx, Words.decisionField(f)).orElse("open");
      if (decision.equals("publish")) {
        plan = plan.publishAnyway(f.key(), SetupPages.FACILICHAIR);
      } else if (decision.equals("redact")) {
        plan = plan.redact(f.key(), SetupPages.FACILICHAIR);
      } else {
        continue;
      }
      // the decision in the audit log: the kind of finding and whom it concerns, by id
      audit.record(
          guard.actor(ctx),
          "circulation finding " + f.kind() + " " + decision,
          f.person()
              .map(
                  p ->
                      Map.of(
                          "c", id.value(), ctx.pathParam("kind"), target.id(), "person", p.value()))
              .orElse(Map.of("c", id.value(), ctx.pathParam("kind"), target.id())),
          "decided");
    }
    int open = plan.openFindings().size();
    if (open > 0) {
      throw new Forms.Problem(
          open == 1 ? "problem.notSent.open.one" : "problem.notSent.open", open);
    }
    Path outbox = outbox(store.files().root(), id);
    CirculationResult result;
    try (SendLog log = SendLog.open(store.files(), id)) {
      result =
          Circulation.builder()
              .settings(settings)
              .clock(store.clock())
              .language(text.tag())
              .build()
              .send(plan, Delivery.outbox(outbox), log);
    } catch (StoreException e) {
      if (e.reason() != StoreException.Reason.SEND_LOG_IN_USE) {
        throw e;
      }
      throw new Forms.Problem("problem.notSent.running");
    }
    if (result.isComplete()) {
      Circulation.Plan sent = plan;
      store.change(id, now -> Circulation.record(now, sent, result, LocalDate.now(store.clock())));
    }
    App.done(
        ctx,
        result.isComplete() ? "done.circulated" : "done.circulationStopped",
        ctx.path(),
        result.delivered().size(),
        outbox.resolve(plan.circulation()).toString(),
        result.alreadyDelivered().size(),
        result.refused().size(),
        result.notSent().size());
  }

  /** Removes the messages to an erased person from the community's outbox; how many there were. */
  static int eraseFromOutbox(Path storeRoot, CommunityId community, PersonId person) {
    Path outbox = outbox(storeRoot, community);
    if (!Files.isDirectory(outbox)) {
      return 0;
    }
    try (Stream<Path> circulations = Files.list(outbox)) {
      int n = 0;
      for (Path circulation : circulations.filter(Files::isDirectory).toList()) {
        n += Files.deleteIfExists(circulation.resolve(person.value() + ".eml")) ? 1 : 0;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
