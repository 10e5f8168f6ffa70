package org.communityofpractice.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityofpractice.report.model.ActionProgressSummary;
import org.communityofpractice.report.model.CaptionedArtefact;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Invitation;
import org.communityofpractice.report.model.PresentationSummary;
import org.communityofpractice.report.model.Remark;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.RepresentationSummary;
import org.communityofpractice.report.model.ResourceLink;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.ScalingTrend;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.model.SmallStepNoticed;
import org.communityofpractice.report.spi.Labels;

/**
 * The order of a report's sections, shared by every format: {@link #sections} is the one list the
 * HTML templates and {@link #write} (Markdown, text) both follow, and {@link ReportWords} the one
 * source of their sentences. Empty sections are left out, in keeping with the guide's "Keep reports
 * brief and to the point. The details of the conversations are less important than the
 * recommendations and the breadth of community members represented": a series report leads with its
 * recommendations and who was represented, and gives each session in a few lines.
 *
 * <p>Inside a section, a scaling question, a presentation, a session of a series and a concluded
 * series are level-3 headings, and a question's "one point up" ideas a level-4 heading, in every
 * format.
 */
public final class ReportOutline {
  private final ReportWords words;
  private final Labels labels;
  private final DocumentSink out;

  private ReportOutline(Labels labels, DocumentSink out) {
    this.words = new ReportWords(labels);
    this.labels = labels;
    this.out = out;
  }

  /** The sections {@code report} has, in the order every format gives them. */
  public static List<Section> sections(Report report) {
    List<Section> sections = new ArrayList<>(16);
    if (report instanceof SessionReport r) {
      add(sections, Section.INTRODUCTION, r.introduction().isPresent());
      add(sections, Section.REPRESENTATION, true);
      add(sections, Section.BEST_HOPES, !r.bestHopes().isEmpty());
      add(sections, Section.PRESENTATION, r.presentation().isPresent());
      add(sections, Section.GOOD_PRACTICE, !r.goodPractice().isEmpty());
      add(sections, Section.PREFERRED_FUTURE, !r.preferredFuture().isEmpty());
      add(sections, Section.WORKING_WELL, !r.workingWell().isEmpty());
      add(sections, Section.SCALING, !r.scaling().isEmpty());
      add(sections, Section.ACTIONS, !r.actions().isEmpty());
      add(sections, Section.SMALL_STEPS, !r.smallSteps().isEmpty());
      add(sections, Section.CONCLUSIONS, !r.conclusions().isEmpty());
      add(sections, Section.RECOMMENDATIONS, !r.recommendations().isEmpty());
      add(sections, Section.QUESTIONS, !r.questions().isEmpty());
      add(sections, Section.ARTEFACTS, !r.artefacts().isEmpty());
      add(sections, Section.RESOURCES, !r.resources().isEmpty());
      add(sections, Section.THANKS, true);
    } else if (report instanceof SeriesReport r) {
      add(sections, Section.INTRODUCTION, r.introduction().isPresent());
      add(sections, Section.RECOMMENDATIONS, !r.recommendations().isEmpty());
      add(sections, Section.REPRESENTATION, true);
      add(sections, Section.CONCLUSIONS, !r.conclusions().isEmpty());
      add(sections, Section.SCALING_MOVEMENT, !r.scalingTrends().isEmpty());
      add(sections, Section.PROGRESS, !r.progress().isEmpty());
      add(sections, Section.QUESTIONS, !r.questions().isEmpty());
      add(sections, Section.SESSIONS, !r.sessions().isEmpty());
      add(sections, Section.RESOURCES, !r.resources().isEmpty());
      add(sections, Section.THANKS, true);
    } else if (report instanceof ImpactReport r) {
      add(sections, Section.INTRODUCTION, r.introduction().isPresent());
      add(sections, Section.LEGACY, !r.legacy().isEmpty());
      add(sections, Section.CONCLUDED_SERIES, !r.concludedSeries().isEmpty());
      add(sections, Section.COMPLETED_ACTIONS, !r.completedActions().isEmpty());
      add(sections, Section.LIFE_CYCLE, true);
      add(sections, Section.REPRESENTATION, true);
      add(sections, Section.REPRESENTATION_OVER_TIME, !r.representationOverTime().isEmpty());
      add(sections, Section.WENT_WELL, !r.workingWell().isEmpty());
      add(sections, Section.CORE_GROUP, !r.coreGroup().isEmpty());
      add(sections, Section.RESOURCES, !r.resources().isEmpty());
    }
    add(sections, Section.PRINCIPLES, !report.principles().isEmpty());
    return sections;
  }

  private static void add(List<Section> sections, Section section, boolean present) {
    if (present) {
      sections.add(section);
    }
  }

  /** Walks {@code report} into {@code out} with {@code labels}. */
  public static void write(Report report, Labels labels, DocumentSink out) {
    ReportOutline outline = new ReportOutline(labels, out);
    out.heading(1, outline.words.title(report));
    outline.words.header(report).forEach(out::paragraph);
    for (Section section : sections(report)) {
      out.heading(2, section.heading(labels));
      if (report instanceof SessionReport session) {
        outline.session(section, session);
      } else if (report instanceof SeriesReport series) {
        outline.series(section, series);
      } else if (report instanceof ImpactReport impact) {
        outline.impact(section, impact);
      }
    }
    out.end();
  }

  private void session(Section section, SessionReport r) {
    switch (section) {
      case INTRODUCTION -> out.paragraph(r.introduction().orElseThrow());
      case REPRESENTATION -> representation(r.representation());
      case BEST_HOPES -> remarks(r.bestHopes());
      case PRESENTATION -> presentation(r.presentation().orElseThrow());
      case GOOD_PRACTICE -> remarks(r.goodPractice());
      case PREFERRED_FUTURE -> remarks(r.preferredFuture());
      case WORKING_WELL -> remarks(r.workingWell());
      case SCALING -> r.scaling().forEach(this::scaling);
      case ACTIONS -> r.actions().forEach(a -> out.item(0, words.action(a)));
      case SMALL_STEPS -> smallSteps(r.smallSteps());
      case CONCLUSIONS -> texts(r.conclusions());
      case RECOMMENDATIONS -> texts(r.recommendations());
      case QUESTIONS -> texts(r.questions());
      case ARTEFACTS -> artefacts(r.artefacts());
      case RESOURCES -> resources(r.resources());
      case THANKS -> thanks(r.nextSession(), false);
      case PRINCIPLES -> texts(r.principles());
      default -> throw new IllegalStateException("a session report has no " + section);
    }
  }

  private void series(Section section, SeriesReport r) {
    switch (section) {
      case INTRODUCTION -> out.paragraph(r.introduction().orElseThrow());
      case RECOMMENDATIONS -> texts(r.recommendations());
      case REPRESENTATION -> representation(r.representation());
      case CONCLUSIONS -> texts(r.conclusions());
      case SCALING_MOVEMENT -> r.scalingTrends().forEach(this::trend);
      case PROGRESS -> progress(r.progress());
      case QUESTIONS -> texts(r.questions());
      case SESSIONS -> sessions(r);
      case RESOURCES -> resources(r.resources());
      case THANKS -> thanks(r.nextSession(), r.concluded());
      case PRINCIPLES -> texts(r.principles());
      default -> throw new IllegalStateException("a series report has no " + section);
    }
  }

  private void impact(Section section, ImpactReport r) {
    switch (section) {
      case INTRODUCTION -> out.paragraph(r.introduction().orElseThrow());
      case LEGACY -> r.legacy().forEach(l -> out.item(0, legacy(l)));
      case CONCLUDED_SERIES -> concludedSeries(r.concludedSeries());
      case COMPLETED_ACTIONS -> progress(r.completedActions());
      case LIFE_CYCLE -> lifeCycle(r);
      case REPRESENTATION -> representation(r.representation());
      case REPRESENTATION_OVER_TIME ->
          r.representationOverTime().forEach(at -> out.item(0, words.representationAt(at)));
      case WENT_WELL -> remarks(r.workingWell());
      case CORE_GROUP -> texts(r.coreGroup());
      case RESOURCES -> resources(r.resources());
      case PRINCIPLES -> texts(r.principles());
      default -> throw new IllegalStateException("an impact report has no " + section);
    }
  }

  private void sessions(SeriesReport r) {
    out.paragraph(words.seriesAttendances(r));
    for (SessionReport s : r.sessions()) {
      // a session in brief: its full report went out after it
      out.heading(3, words.seriesSession(s));
      out.paragraph(words.when(s));
      out.item(0, words.attendees(s.representation().attendees()));
      s.presentation().ifPresent(p -> out.item(0, words.presentationTitle(p)));
    }
  }

  private void representation(RepresentationSummary r) {
    out.item(0, words.attendees(r.attendees()));
    if (!words.isZero(r.organisations())) {
      out.item(0, labels.format("representation.organisations", words.count(r.organisations())));
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
      out.item(1, words.group(name, g.count()));
    }
  }

  private void remarks(List<Remark> remarks) {
    remarks.forEach(r -> out.item(0, words.attributed(r.text(), r.attribution())));
  }

  private void texts(List<String> texts) {
    texts.forEach(t -> out.item(0, t));
  }

  private void presentation(PresentationSummary p) {
    out.heading(3, words.presentationTitle(p));
    p.summary().ifPresent(out::paragraph);
    words.presentationDetails(p).forEach(d -> out.item(0, d));
  }

  private void scaling(ScalingResult s) {
    out.heading(3, words.question(s.question().text()));
    out.item(0, words.scale(s));
    if (s.statistics().isEmpty()) {
      out.item(0, labels.get("scaling.none"));
    }
    s.statistics()
        .ifPresent(
            st -> {
              words.statistics(st).forEach(line -> out.item(0, line));
              out.item(0, labels.get("scaling.distribution"));
              words.distribution(st).forEach(point -> out.item(1, point));
            });
    if (!s.onePointUpIdeas().isEmpty()) {
      out.heading(4, labels.get("scaling.onePointUp"));
      s.onePointUpIdeas().forEach(i -> out.item(0, words.attributed(i.text(), i.attribution())));
    }
  }

  private void trend(ScalingTrend t) {
    out.heading(3, words.question(t.question()));
    if (t.points().isEmpty()) {
      out.paragraph(labels.get("scaling.none"));
      return;
    }
    t.points().forEach(p -> out.item(0, words.trendPoint(p)));
    t.medianChange().ifPresent(c -> out.paragraph(words.medianChange(c)));
    t.shareChange().ifPresent(c -> out.paragraph(words.shareChange(c)));
  }

  private void progress(List<ActionProgressSummary> progress) {
    for (ActionProgressSummary p : progress) {
      out.item(0, words.action(p.action()));
      p.smallSteps().forEach(s -> out.item(1, words.noticed(s)));
    }
  }

  private void smallSteps(List<SmallStepNoticed> steps) {
    for (SmallStepNoticed s : steps) {
      out.item(0, words.noticed(s) + words.follows(s).map(f -> " — " + f).orElse(""));
    }
  }

  private void artefacts(List<CaptionedArtefact> artefacts) {
    artefacts.forEach(
        a -> out.image(a.image(), a.hasSafeImageReference(), a.altText(), a.caption()));
  }

  private void resources(List<ResourceLink> resources) {
    resources.forEach(r -> out.link(r.title(), r.link(), r.note()));
  }

  private void thanks(Optional<Invitation> next, boolean concluded) {
    out.paragraph(labels.get("thanks.text"));
    if (next.isEmpty()) {
      if (!concluded) {
        out.paragraph(labels.get("invitation.none"));
      }
      return;
    }
    Invitation i = next.get();
    out.paragraph(words.invitation(i));
    i.address().ifPresent(a -> out.item(0, labels.format("invitation.address", a)));
    i.topic().ifPresent(t -> out.item(0, labels.format("invitation.topic", t)));
  }

  private void lifeCycle(ImpactReport r) {
    out.paragraph(words.stage(r));
    if (historyTellsMore(r)) {
      out.paragraph(labels.get("lifeCycle.history"));
      r.lifeCycleHistory().forEach(e -> out.item(0, words.stageEntered(e)));
    }
  }

  private void concludedSeries(List<ImpactReport.ConcludedSeries> concluded) {
    for (ImpactReport.ConcludedSeries s : concluded) {
      out.heading(3, s.title());
      out.paragraph(words.concludedSeries(s));
      if (!s.recommendations().isEmpty()) {
        out.heading(4, labels.get("section.recommendations"));
        texts(s.recommendations());
      }
    }
  }

  private String legacy(ImpactReport.Legacy l) {
    StringBuilder line = new StringBuilder(l.text());
    words.legacyNotes(l).forEach(n -> line.append(" — ").append(n));
    return line.toString();
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
    return new ReportWords(labels).stageEntered(e);
  }
}
