package org.communityofpractice.examples.serve;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.ErasureGround;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.RestrictionGround;
import org.communityofpractice.core.rights.AccessReport;
import org.communityofpractice.core.rights.DataSubjectRights;
import org.communityofpractice.core.rights.Erasure;
import org.communityofpractice.core.rights.ErasureRequest;
import org.communityofpractice.core.rights.RequestOutcome;
import org.communityofpractice.core.store.ErasureAcrossStore;
import org.communityofpractice.core.store.FilesReached;

/**
 * People's rights, for whoever answers a request: find the person by name or email, then access
 * (everything held, as a download), rectification, restriction and erasure. Erasure goes through
 * the store, so backups and the journals of sessions being captured are reached too, and asks for
 * an explicit confirmation that says what it will and will not reach.
 */
final class RightsPages {
  /** The word typed to confirm an erasure, in English; the page's own language's word is too. */
  static final String CONFIRM = "erase";

  private final Store store;

  RightsPages(Store store) {
    this.store = store;
  }

  void start(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    find(ctx, c, Optional.empty());
  }

  /** A search is sent as a form (POST), so a name never sits in an address, a history or a log. */
  void search(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    String q = Forms.required(ctx, "q", "field.query").toLowerCase(Locale.ROOT);
    List<Person> found =
        c.register().people().stream()
            .filter(
                p ->
                    p.name().toLowerCase(Locale.ROOT).contains(q)
                        || p.contact()
                            .email()
                            .map(e -> e.toLowerCase(Locale.ROOT).contains(q))
                            .orElse(false))
            .toList();
    find(ctx, c, Optional.of(found));
  }

  private void find(Context ctx, Community c, Optional<List<Person>> found) {
    Pages.page(ctx, "rights", "page.rights")
        .crumb(c.name(), App.community(ctx))
        .with("community", c)
        .with("found", found)
        .show();
  }

  void person(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    Person p = SetupPages.person(c, ctx.pathParam("p"));
    Pages.page(ctx, "rightsperson", "page.rightsOf", p.name())
        .crumb(c.name(), App.community(ctx))
        .crumbKey("crumb.rights", App.community(ctx) + "/rights")
        .with("community", c)
        .with("person", p)
        .with("held", access(c, p))
        .with("grounds", List.of(RestrictionGround.values()))
        .show();
  }

  private static AccessReport access(Community c, Person p) {
    RequestOutcome<AccessReport> outcome = DataSubjectRights.access(c, p.id());
    if (!outcome.isDone()) {
      throw new Store.NotFound();
    }
    return outcome.result();
  }

  /** Everything held about the person, as the CSV {@code cop subject export} writes. */
  void export(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    Person p = SetupPages.person(c, ctx.pathParam("p"));
    ctx.header("Content-Disposition", "attachment; filename=\"" + p.id().value() + "-access.csv\"");
    ctx.contentType("text/csv; charset=utf-8")
        .result(access(c, p).csv().getBytes(StandardCharsets.UTF_8));
  }

  void rectify(Context ctx) {
    CommunityId id = App.communityId(ctx);
    Person held = SetupPages.person(store.community(id), ctx.pathParam("p"));
    Person.Builder corrected =
        Person.builder().from(held).name(Forms.required(ctx, "name", "field.name"));
    Optional<String> email = Forms.optional(ctx, "email");
    Optional<String> phone = Forms.optional(ctx, "phone");
    corrected.contact(ContactDetails.of(email.orElse(null), phone.orElse(null)));
    corrected
        .role(Forms.optional(ctx, "role"))
        .place(Forms.optional(ctx, "place"))
        .organisation(Forms.optional(ctx, "organisation"));
    Person after = corrected.build();
    Instant now = store.clock().instant();
    store.change(id, c -> done(DataSubjectRights.rectify(c, after, SetupPages.FACILICHAIR, now)));
    App.done(ctx, "done.rectified", back(ctx));
  }

  void restrict(Context ctx) {
    CommunityId id = App.communityId(ctx);
    Person held = SetupPages.person(store.community(id), ctx.pathParam("p"));
    Instant now = store.clock().instant();
    if (held.isRestricted()) {
      store.change(
          id,
          c -> done(DataSubjectRights.liftRestriction(c, held.id(), SetupPages.FACILICHAIR, now)));
      App.done(ctx, "done.lifted", back(ctx));
      return;
    }
    RestrictionGround ground = Forms.choice(ctx, "ground", "field.ground", RestrictionGround.class);
    store.change(
        id,
        c -> done(DataSubjectRights.restrict(c, held.id(), ground, SetupPages.FACILICHAIR, now)));
    App.done(ctx, "done.restricted", back(ctx));
  }

  private static Community done(RequestOutcome<Community> outcome) {
    if (!outcome.isDone()) {
      throw new Forms.Problem("problem.notDone", outcome.refusal().orElseThrow().explanation());
    }
    return outcome.result();
  }

  private static String back(Context ctx) {
    return App.community(ctx) + "/rights/" + ctx.pathParam("p");
  }

  /** The confirmation: what erasure will reach, and what it cannot. */
  void confirmErase(Context ctx) {
    Community c = store.community(App.communityId(ctx));
    Person p = SetupPages.person(c, ctx.pathParam("p"));
    Pages.page(ctx, "erase", "page.erase", p.name())
        .crumb(c.name(), App.community(ctx))
        .crumbKey("crumb.rights", App.community(ctx) + "/rights")
        .crumb(p.name(), back(ctx))
        .with("community", c)
        .with("person", p)
        .with("held", access(c, p))
        .with("capturing", store.inProgress(c.id()).size())
        .with("backups", store.files().backups(c.id()).size())
        .with("photos", store.photosOf(c.id(), p.id()))
        .show();
  }

  void erase(Context ctx) {
    CommunityId id = App.communityId(ctx);
    Person p = SetupPages.person(store.community(id), ctx.pathParam("p"));
    String word = Text.of(ctx).get("erase.word");
    if (!Forms.optional(ctx, "confirm")
        .map(v -> v.equalsIgnoreCase(CONFIRM) || v.equalsIgnoreCase(word))
        .orElse(false)) {
      throw new Forms.Problem("problem.notErased.confirm", word);
    }
    ErasureRequest request =
        ErasureRequest.of(
            p.id(),
            store.clock().instant(),
            SetupPages.FACILICHAIR,
            Forms.choice(ctx, "ground", "field.ground", ErasureGround.class));
    ErasureRequest asked =
        Forms.ticked(ctx, "keepWords") ? request.keepingContributionsUnattributed() : request;
    List<String> waiting = store.waitingPhotosOf(id, p.id());
    if (!waiting.isEmpty()) {
      throw new Forms.Problem("problem.notErased.photo", String.join(", ", waiting));
    }
    int photos = store.photosOf(id, p.id());
    ErasureAcrossStore done = store.withCapturesPaused(id, () -> store.files().erase(id, asked));
    RequestOutcome<Erasure> outcome = done.outcome();
    if (!outcome.isDone()) {
      throw new Forms.Problem("problem.notErased", outcome.refusal().orElseThrow().explanation());
    }
    int messages = CirculationPages.eraseFromOutbox(store.files().root(), id, p.id());
    FilesReached reached = done.reached();
    App.done(
        ctx,
        "done.erased",
        App.community(ctx) + "/rights",
        outcome.result().tombstone().id().value(),
        reached.backupsRewritten().size(),
        reached.backupsDeleted().size(),
        reached.journalsRewritten().size(),
        photos,
        messages);
  }
}
