package org.communityofpractice.report.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.report.model.ActionProgress;
import org.communityofpractice.report.model.AgreedAction;
import org.communityofpractice.report.model.CaptionedArtefact;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Invitation;
import org.communityofpractice.report.model.PresentationSummary;
import org.communityofpractice.report.model.Remark;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.Representation;
import org.communityofpractice.report.model.ResourceLink;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.ScalingTrend;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.model.SmallStepNoticed;
import org.communityofpractice.report.spi.Labels;

/**
 * The order and wording of a report's sections, shared by the document formats (Markdown, text);
 * the HTML templates follow the same outline. Empty sections are left out, in keeping with the
 * guide's "Keep reports brief and to the point. The details of the conversations are less important
 * than the recommendations and the breadth of community members represented": a series report leads
 * with its recommendations and who was represented, and gives each session in a few lines.
 */
public final class ReportOutline {
  private final Labels labels;
  private final DocumentSink out;

  private ReportOutline(Labels labels, DocumentSink out) {
    this.labels = labels;
    this.out = out;
  }

  /** Walks {@code report} into {@code out} with {@code labels}. */
  public static void write(Report report, Labels labels, DocumentSink out) {
    ReportOutline outline = new ReportOutline(labels, out);
    if (report instanceof SessionReport session) {
      outline.session(session);
    } else if (report instanceof SeriesReport series) {
      outline.series(series);
    } else if (report instanceof ImpactReport impact) {
      outline.impact(impact);
    }
    out.end();
  }

  private void session(SessionReport r) {
    out.heading(1, labels.format("title.session", r.title().orElse(r.topic())));
    out.paragraph(labels.format("heading.community", r.community(), r.place()));
    out.paragraph(when(r));
    if (r.title().isPresent()) {
      out.paragraph(labels.format("heading.topic", r.topic()));
    }
    r.series().ifPresent(s -> out.paragraph(labels.format("heading.series", s)));
    introduction(r.introduction());
    representation(2, r.representation());
    sessionBody(2, r);
    texts(2, "section.conclusions", r.conclusions());
    texts(2, "section.recommendations", r.recommendations());
    texts(2, "section.questions", r.questions());
    artefacts(2, r.artefacts());
    resources(r.resources());
    thanks(r.nextSession(), false);
    texts(2, "section.principles", r.principles());
  }

  private void series(SeriesReport r) {
    out.heading(1, labels.format("title.series", r.title()));
    out.paragraph(labels.format("heading.community", r.community(), r.place()));
    out.paragraph(labels.format("heading.topic", r.topic()));
    if (r.concluded()) {
      out.paragraph(labels.get("series.concluded"));
    }
    introduction(r.introduction());
    texts(2, "section.recommendations", r.recommendations());
    representation(2, r.representation());
    texts(2, "section.conclusions", r.conclusions());
    if (!r.scalingTrends().isEmpty()) {
      out.heading(2, labels.get("section.scalingMovement"));
      r.scalingTrends().forEach(this::trend);
    }
    progress(2, r.progress());
    texts(2, "section.questions", r.questions());
    if (!r.sessions().isEmpty()) {
      out.heading(2, labels.get("section.sessions"));
      out.paragraph(
          labels.format(
              "series.attendances",
              labels.plural("series.sessionCount", r.sessions().size()),
              labels.plural("series.attendanceCount", r.attendances())));
      for (SessionReport s : r.sessions()) {
        // a session in brief: its full report went out after it
        out.heading(
            3,
            labels.format(
                "series.session", labels.date(s.startsAt()), s.title().orElse(s.topic())));
        out.paragraph(when(s));
        out.item(
            0,
            labels.format(
                "representation.attendees", labels.count(s.representation().attendees())));
        s.presentation().ifPresent(p -> out.item(0, presentationTitle(p)));
      }
    }
    resources(r.resources());
    thanks(r.nextSession(), r.concluded());
    texts(2, "section.principles", r.principles());
  }

  /** What was said and agreed at a session, between who was there and its conclusions. */
  private void sessionBody(int level, SessionReport r) {
    remarks(level, "section.bestHopes", r.bestHopes());
    r.presentation().ifPresent(p -> presentation(level, p));
    remarks(level, "section.goodPractice", r.goodPractice());
    remarks(level, "section.preferredFuture", r.preferredFuture());
    remarks(level, "section.workingWell", r.workingWell());
    if (!r.scaling().isEmpty()) {
      out.heading(level, labels.get("section.scaling"));
      r.scaling().forEach(this::scaling);
    }
    actions(level, r.actions());
    smallSteps(level, r.smallSteps());
  }

  private String when(SessionReport r) {
    return labels.format(
        "heading.when", labels.date(r.startsAt()), labels.time(r.startsAt()), r.venue());
  }

  private void introduction(Optional<String> introduction) {
    introduction.ifPresent(
        i -> {
          out.heading(2, labels.get("section.introduction"));
          out.paragraph(i);
        });
  }

  private void representation(int level, Representation r) {
    out.heading(level, labels.get("section.representation"));
    out.item(0, labels.format("representation.attendees", labels.count(r.attendees())));
    if (!isZero(r.organisations())) {
      out.item(0, labels.format("representation.organisations", labels.count(r.organisations())));
    }
    groups("representation.perspectives", r.listedPerspectives(), true);
    groups("representation.sectors", r.listedSectors(), false);
    labels.groupsNotListed(r).ifPresent(out::paragraph);
    out.paragraph(
        labels.get(
            r.livedExperiencePresent()
                ? "representation.livedExperience.present"
                : "representation.livedExperience.absent"));
  }

  private void groups(String key, List<GroupCount> listed, boolean perspectives) {
    if (listed.isEmpty()) {
      return;
    }
    out.item(0, labels.get(key));
    for (GroupCount g : listed) {
      String name = perspectives ? labels.perspective(g.key()) : labels.sector(g.key());
      out.item(1, labels.format("representation.group", name, labels.count(g.count())));
    }
  }

  private void remarks(int level, String key, List<Remark> remarks) {
    if (remarks.isEmpty()) {
      return;
    }
    out.heading(level, labels.get(key));
    remarks.forEach(r -> out.item(0, attributed(r.text(), r.attribution())));
  }

  private static boolean isZero(org.communityofpractice.report.model.Count count) {
    return count.exactly().isPresent() && count.exactly().getAsInt() == 0;
  }

  private String attributed(String text, Optional<String> attribution) {
    return attribution.map(a -> labels.format("attribution.by", text, a)).orElse(text);
  }

  private void texts(int level, String key, List<String> texts) {
    if (texts.isEmpty()) {
      return;
    }
    out.heading(level, labels.get(key));
    texts.forEach(t -> out.item(0, t));
  }

  private void presentation(int level, PresentationSummary p) {
    out.heading(level, labels.get("section.presentation"));
    out.paragraph(presentationTitle(p));
    p.summary().ifPresent(out::paragraph);
    p.presenter().ifPresent(by -> out.item(0, labels.format("presentation.by", by)));
    p.perspective()
        .ifPresent(k -> out.item(0, labels.format("presentation.from", labels.perspective(k))));
    out.item(0, labels.plural("presentation.minutes", p.minutes()));
  }

  private String presentationTitle(PresentationSummary p) {
    return labels.format("presentation.title", labels.presentationKind(p.kind()), p.title());
  }

  private void scaling(ScalingResult s) {
    out.paragraph(labels.format("scaling.question", s.question().text()));
    out.item(
        0,
        labels.format(
            "scaling.scale",
            s.question().scale().min(),
            s.question().scale().max(),
            s.question().goodEnough()));
    out.item(0, labels.format("scaling.n", s.n()));
    if (s.statistics().isEmpty()) {
      out.item(0, labels.get("scaling.none"));
    }
    s.statistics()
        .ifPresent(
            st -> {
              out.item(
                  0,
                  labels.format(
                      MiddleHalf.labelKey(st),
                      labels.number(st.median()),
                      labels.number(MiddleHalf.from(st)),
                      labels.number(MiddleHalf.to(st))));
              out.item(
                  0, labels.format("scaling.share", labels.percent(st.shareAtOrAboveGoodEnough())));
              out.item(0, labels.get("scaling.distribution"));
              for (Map.Entry<Integer, Integer> point : st.distribution().entrySet()) {
                if (point.getValue() > 0) { // a point nobody gave is a row that says nothing
                  out.item(1, labels.format("scaling.point", point.getKey(), point.getValue()));
                }
              }
            });
    if (!s.onePointUpIdeas().isEmpty()) {
      out.item(0, labels.get("scaling.onePointUp"));
      s.onePointUpIdeas().forEach(i -> out.item(1, attributed(i.text(), i.attribution())));
    }
  }

  private void trend(ScalingTrend t) {
    out.paragraph(labels.format("scaling.question", t.question()));
    for (ScalingTrend.Point p : t.points()) {
      ScalingStatistics st = p.statistics();
      out.item(
          0,
          labels.format(
              "scaling.trend.point",
              labels.date(p.date()),
              labels.number(st.median()),
              labels.percent(st.shareAtOrAboveGoodEnough())));
    }
    t.medianChange()
        .ifPresent(c -> out.paragraph(labels.format("scaling.trend.medianChange", signed(c))));
    t.shareChange()
        .ifPresent(
            c -> {
              long points = Math.round(c * 100);
              out.paragraph(
                  labels.plural("scaling.trend.shareChange", points, signed((double) points)));
            });
  }

  /** A change with its sign, "+2" or "−0.5", written as the HTML report writes it. */
  private String signed(double change) {
    String magnitude = labels.number(Math.abs(change));
    return change > 0 ? "+" + magnitude : change < 0 ? "\u2212" + magnitude : magnitude;
  }

  private void actions(int level, List<AgreedAction> actions) {
    if (actions.isEmpty()) {
      return;
    }
    out.heading(level, labels.get("section.actions"));
    actions.forEach(a -> out.item(0, action(a)));
  }

  private String action(AgreedAction a) {
    StringBuilder line = new StringBuilder(a.text());
    a.owners().ifPresent(o -> line.append(" — ").append(labels.format("action.owners", o)));
    a.due().ifPresent(d -> line.append(" — ").append(labels.format("action.due", labels.date(d))));
    line.append(" — ")
        .append(
            a.completedOn()
                .map(d -> labels.format("action.completed", labels.date(d)))
                .orElse(labels.get("action.open")));
    return line.toString();
  }

  private void progress(int level, List<ActionProgress> progress) {
    if (progress.isEmpty()) {
      return;
    }
    out.heading(level, labels.get("section.progress"));
    for (ActionProgress p : progress) {
      out.item(0, action(p.action()));
      p.smallSteps().forEach(s -> out.item(1, noticed(s)));
    }
  }

  private void smallSteps(int level, List<SmallStepNoticed> steps) {
    if (steps.isEmpty()) {
      return;
    }
    out.heading(level, labels.get("section.smallSteps"));
    for (SmallStepNoticed s : steps) {
      // the action it follows by its words, never its id
      Optional<String> follows =
          s.followsActionText()
              .map(a -> labels.format("smallStep.followsAction", a))
              .or(() -> s.followsAction().map(id -> labels.get("smallStep.follows")));
      out.item(0, noticed(s) + follows.map(f -> " — " + f).orElse(""));
    }
  }

  /** Who noticed it, said as noticing, so a step about someone is not read as by them. */
  private String noticed(SmallStepNoticed s) {
    return s.noticedBy()
        .map(by -> labels.format("smallStep.noticedBy", s.text(), by))
        .orElse(s.text());
  }

  private void artefacts(int level, List<CaptionedArtefact> artefacts) {
    if (artefacts.isEmpty()) {
      return;
    }
    out.heading(level, labels.get("section.artefacts"));
    artefacts.forEach(
        a -> out.image(a.image(), a.hasSafeImageReference(), a.altText(), a.caption()));
  }

  private void resources(List<ResourceLink> resources) {
    if (resources.isEmpty()) {
      return;
    }
    out.heading(2, labels.get("section.resources"));
    resources.forEach(r -> out.link(r.title(), r.link(), r.note()));
  }

  private void thanks(Optional<Invitation> next, boolean concluded) {
    out.heading(2, labels.get("section.thanks"));
    out.paragraph(labels.get("thanks.text"));
    if (next.isEmpty()) {
      if (!concluded) {
        out.paragraph(labels.get("invitation.none"));
      }
      return;
    }
    Invitation i = next.get();
    out.paragraph(
        labels.format(
            "invitation.text", labels.date(i.startsAt()), labels.time(i.startsAt()), i.venue()));
    i.address().ifPresent(a -> out.item(0, labels.format("invitation.address", a)));
    i.topic().ifPresent(t -> out.item(0, labels.format("invitation.topic", t)));
  }

  private void impact(ImpactReport r) {
    out.heading(1, labels.format("title.impact", r.community()));
    out.paragraph(labels.format("heading.community", r.community(), r.place()));
    r.focus().ifPresent(out::paragraph);
    if (r.firstSession().isPresent() && r.lastSession().isPresent()) {
      out.paragraph(
          labels.format(
              "impact.period",
              labels.date(r.firstSession().get()),
              labels.date(r.lastSession().get())));
    }
    introduction(r.introduction());
    if (!r.legacy().isEmpty()) {
      out.heading(2, labels.get("section.legacy"));
      r.legacy().forEach(l -> out.item(0, legacy(l)));
    }
    if (!r.concludedSeries().isEmpty()) {
      out.heading(2, labels.get("section.concludedSeries"));
      for (ImpactReport.ConcludedSeries s : r.concludedSeries()) {
        out.heading(3, s.title());
        out.paragraph(concludedSeries(s));
        texts(4, "section.recommendations", s.recommendations());
      }
    }
    if (!r.completedActions().isEmpty()) {
      out.heading(2, labels.get("section.completedActions"));
      for (ActionProgress p : r.completedActions()) {
        out.item(0, action(p.action()));
        p.smallSteps().forEach(s -> out.item(1, noticed(s)));
      }
    }
    out.heading(2, labels.get("section.lifeCycle"));
    out.paragraph(labels.format("lifeCycle.stage", labels.get("lifeCycle." + r.lifeCycleStage())));
    if (historyTellsMore(r)) {
      out.paragraph(labels.get("lifeCycle.history"));
      r.lifeCycleHistory().forEach(e -> out.item(0, stageEntered(labels, e)));
    }
    representation(2, r.representation());
    if (!r.representationOverTime().isEmpty()) {
      out.heading(2, labels.get("section.representationOverTime"));
      for (ImpactReport.RepresentationAt at : r.representationOverTime()) {
        out.item(0, representationAt(at));
      }
    }
    remarks(2, "section.wentWell", r.workingWell());
    if (!r.coreGroup().isEmpty()) {
      out.heading(2, labels.get("section.coreGroup"));
      r.coreGroup().forEach(name -> out.item(0, name));
    }
    resources(r.resources());
    texts(2, "section.principles", r.principles());
  }

  /**
   * Whether the history says more than the current stage: a history of the current stage alone on a
   * date not recorded (an archive from before histories) would only repeat it.
   */
  public static boolean historyTellsMore(ImpactReport r) {
    List<ImpactReport.StageEntered> h = r.lifeCycleHistory();
    return h.size() > 1 || (h.size() == 1 && h.get(0).enteredOn().isPresent());
  }

  /** One entry of the history, "forming, from 3 March 2016", as every format writes it. */
  public static String stageEntered(Labels labels, ImpactReport.StageEntered e) {
    String stage = labels.get("lifeCycle." + e.stage());
    return e.enteredOn()
        .map(d -> labels.format("lifeCycle.entered", stage, labels.date(d)))
        .orElseGet(() -> labels.format("lifeCycle.enteredUndated", stage));
  }

  private String legacy(ImpactReport.Legacy l) {
    StringBuilder line = new StringBuilder(l.text());
    l.topic().ifPresent(t -> line.append(" — ").append(labels.format("legacy.topic", t)));
    l.recordedOn()
        .ifPresent(
            d -> line.append(" — ").append(labels.format("legacy.recorded", labels.date(d))));
    return line.toString();
  }

  private String concludedSeries(ImpactReport.ConcludedSeries s) {
    String held =
        s.sessions() == 1
            ? labels.get("concluded.session")
            : labels.format("concluded.sessions", s.sessions());
    if (s.from().isPresent() && s.to().isPresent()) {
      return labels.format(
          "concluded.dated",
          s.topic(),
          held,
          labels.date(s.from().get()),
          labels.date(s.to().get()));
    }
    return labels.format("concluded.undated", s.topic(), held);
  }

  /**
   * One session's breadth on one line: its headcount and the groups shown (suppressed ones left
   * out).
   */
  private String representationAt(ImpactReport.RepresentationAt at) {
    StringBuilder line =
        new StringBuilder(labels.format("series.session", labels.date(at.date()), at.title()));
    line.append(" — ")
        .append(
            labels.format(
                "representation.attendees", labels.count(at.representation().attendees())));
    for (GroupCount g : at.representation().perspectives()) {
      if (g.count().exactly().isPresent() && g.count().exactly().getAsInt() > 0) {
        line.append("; ")
            .append(
                labels.format(
                    "representation.group", labels.perspective(g.key()), labels.count(g.count())));
      }
    }
    return line.toString();
  }
}
