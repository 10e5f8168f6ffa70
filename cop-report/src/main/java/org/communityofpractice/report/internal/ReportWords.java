package org.communityofpractice.report.internal;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.core.scaling.ScalingStatistics;
import org.communityofpractice.report.model.AgreedAction;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.ImpactReport.StageEntered;
import org.communityofpractice.report.model.Invitation;
import org.communityofpractice.report.model.PresentationSummary;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.ScalingTrend;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.model.SmallStepNoticed;
import org.communityofpractice.report.spi.Labels;

/**
 * The sentences of a report, made from its model and the labels of one language: what every format
 * writes, word for word, however it lays the words out. Numbers and dates are written by {@link
 * Labels} alone. Immutable; thread-safe when its subclass is.
 */
public class ReportWords {
  private final Labels labels;

  /** The words in the language of {@code labels}. */
  public ReportWords(Labels labels) {
    this.labels = labels;
  }

  /** The labels these words are made with. */
  public final Labels labels() {
    return labels;
  }

  /** The BCP 47 tag of the words' language. */
  public final String language() {
    return labels.languageTag();
  }

  /** A plain label. */
  public final String label(String key) {
    return labels.get(key);
  }

  /** A label with its {@code {0}}, {@code {1}}… filled in. */
  public final String format(String key, Object... arguments) {
    return labels.format(key, arguments);
  }

  /** The label for {@code key} in the form for {@code count}, with the count in it. */
  public final String plural(String key, long count) {
    return labels.plural(key, count);
  }

  public final String number(double value) {
    return labels.number(value);
  }

  public final String percent(double share) {
    return labels.percent(share);
  }

  public final String date(TemporalAccessor when) {
    return labels.date(when);
  }

  public final String time(TemporalAccessor when) {
    return labels.time(when);
  }

  public final String count(Count count) {
    return labels.count(count);
  }

  public final String perspective(String key) {
    return labels.perspective(key);
  }

  public final String sector(String key) {
    return labels.sector(key);
  }

  /**
   * Whether a count is known to be zero, so its line is left out ("Organisations represented: 0"
   * says nothing).
   */
  public final boolean isZero(Count count) {
    return count.isShown() && count.value().getAsInt() == 0;
  }

  /** The report's title, its one level-1 heading. */
  public final String title(Report report) {
    if (report instanceof SessionReport s) {
      return format("title.session", s.title().orElse(s.topic()));
    }
    if (report instanceof SeriesReport s) {
      return format("title.series", s.title());
    }
    return format("title.impact", report.community());
  }

  /** The lines under the title: the community and place, then when, the topic and the series. */
  public final List<String> header(Report report) {
    List<String> lines = new ArrayList<>(4);
    lines.add(format("heading.community", report.community(), report.place()));
    if (report instanceof SessionReport r) {
      lines.add(when(r));
      if (r.title().isPresent()) {
        lines.add(format("heading.topic", r.topic()));
      }
      r.series().ifPresent(s -> lines.add(format("heading.series", s)));
    } else if (report instanceof SeriesReport r) {
      lines.add(format("heading.topic", r.topic()));
      if (r.concluded()) {
        lines.add(label("series.concluded"));
      }
    } else if (report instanceof ImpactReport r) {
      r.focus().ifPresent(lines::add);
      if (r.firstSession().isPresent() && r.lastSession().isPresent()) {
        lines.add(
            format("impact.period", date(r.firstSession().get()), date(r.lastSession().get())));
      }
    }
    return lines;
  }

  /** When and where a session was: "Thursday 3 March 2016 at 10:00, Hope Street Hub". */
  public final String when(SessionReport r) {
    return format("heading.when", date(r.startsAt()), time(r.startsAt()), r.venue());
  }

  /** A presentation's kind and title: "Case study: Leaving prison on a Friday". */
  public final String presentationTitle(PresentationSummary p) {
    return format("presentation.title", labels.presentationKind(p.kind()), p.title());
  }

  /** Who presented, from which perspective and for how long, one phrase each. */
  public final List<String> presentationDetails(PresentationSummary p) {
    List<String> details = new ArrayList<>(3);
    p.presenter().ifPresent(by -> details.add(format("presentation.by", by)));
    p.perspective().ifPresent(k -> details.add(format("presentation.from", perspective(k))));
    details.add(plural("presentation.minutes", p.minutes()));
    return details;
  }

  /** A remark or idea with who said it, the guide's way: "text — Expert Citizen". */
  public final String attributed(String text, Optional<String> attribution) {
    return attribution.map(a -> format("attribution.by", text, a)).orElse(text);
  }

  /** An action and its details: "Book the room; taken on by Housing Options; due …". */
  public final String actionDetails(AgreedAction a) {
    StringBuilder line = new StringBuilder(a.text());
    a.owners().ifPresent(o -> line.append("; ").append(format("action.owners", o)));
    a.due().ifPresent(d -> line.append("; ").append(format("action.due", date(d))));
    return line.toString();
  }

  /** Whether an action is done, and when: "done on …" or "open". */
  public final String actionStatus(AgreedAction a) {
    return a.completedOn()
        .map(d -> format("action.completed", date(d)))
        .orElseGet(() -> label("action.open"));
  }

  /** True when the action is done. */
  public final boolean done(AgreedAction a) {
    return a.completedOn().isPresent();
  }

  /** An action on one line: its details, a dash, then whether it is done. */
  public final String action(AgreedAction a) {
    return actionDetails(a) + " — " + actionStatus(a);
  }

  /** Who noticed a step, said as noticing, so a step about someone is not read as by them. */
  public final String noticed(SmallStepNoticed s) {
    return s.noticedBy().map(by -> format("smallStep.noticedBy", s.text(), by)).orElse(s.text());
  }

  /** The action a step follows, by its words, never its id. */
  public final Optional<String> follows(SmallStepNoticed s) {
    return s.followsActionText()
        .map(a -> format("smallStep.followsAction", a))
        .or(() -> s.followsAction().map(id -> label("smallStep.follows")));
  }

  /** The notes after a legacy's text: the topic it came from, and when it was recorded. */
  public final List<String> legacyNotes(ImpactReport.Legacy l) {
    List<String> notes = new ArrayList<>(2);
    l.topic().ifPresent(t -> notes.add(format("legacy.topic", t)));
    l.recordedOn().ifPresent(d -> notes.add(format("legacy.recorded", date(d))));
    return notes;
  }

  /** A concluded series in one sentence: its topic, how many sessions, and when. */
  public final String concludedSeries(ImpactReport.ConcludedSeries s) {
    String held =
        s.sessions() == 1
            ? label("concluded.session")
            : format("concluded.sessions", number(s.sessions()));
    if (s.from().isPresent() && s.to().isPresent()) {
      return format("concluded.dated", s.topic(), held, date(s.from().get()), date(s.to().get()));
    }
    return format("concluded.undated", s.topic(), held);
  }

  /** The community's stage: "Stage: performing". */
  public final String stage(ImpactReport r) {
    return format("lifeCycle.stage", label("lifeCycle." + r.lifeCycleStage()));
  }

  /** One entry of the history, "forming, from 3 March 2016". */
  public final String stageEntered(StageEntered e) {
    String stage = label("lifeCycle." + e.stage());
    return e.enteredOn()
        .map(d -> format("lifeCycle.entered", stage, date(d)))
        .orElseGet(() -> format("lifeCycle.enteredUndated", stage));
  }

  /**
   * One session's breadth on one line: its headcount and the groups shown (suppressed ones left
   * out).
   */
  public final String representationAt(ImpactReport.RepresentationAt at) {
    StringBuilder line = new StringBuilder(format("series.session", date(at.date()), at.title()));
    line.append(" — ").append(attendees(at.representation().attendees()));
    for (GroupCount g : at.representation().listedPerspectives()) {
      line.append("; ").append(group(perspective(g.key()), g.count()));
    }
    return line.toString();
  }

  /** "People taking part: 12". */
  public final String attendees(Count count) {
    return format("representation.attendees", count(count));
  }

  /** A group and how many: "Managers: 3". */
  public final String group(String name, Count count) {
    return format("representation.group", name, count(count));
  }

  /** A session of a series, in brief: "Thursday 3 March 2016: Leaving prison on a Friday". */
  public final String seriesSession(SessionReport s) {
    return format("series.session", date(s.startsAt()), s.title().orElse(s.topic()));
  }

  /** How many sessions and attendances a series had. */
  public final String seriesAttendances(SeriesReport r) {
    return format(
        "series.attendances",
        plural("series.sessionCount", r.sessions().size()),
        plural("series.attendanceCount", r.attendances()));
  }

  /** A scaling question as its heading: "Question: How near …?". */
  public final String question(String text) {
    return format("scaling.question", text);
  }

  /** The scale's line: "Scale 1 to 10; good enough is 7". */
  public final String scale(ScalingResult result) {
    return format(
        "scaling.scale",
        number(result.question().scale().min()),
        number(result.question().scale().max()),
        number(result.question().goodEnough()));
  }

  /**
   * The statistics of a round, one phrase each: how many, the median and middle half, the share.
   */
  public final List<String> statistics(ScalingStatistics s) {
    return List.of(
        format("scaling.n", number(s.n())),
        format(
            MiddleHalf.labelKey(s),
            number(s.median()),
            number(MiddleHalf.from(s)),
            number(MiddleHalf.to(s))),
        format("scaling.share", percent(s.shareAtOrAboveGoodEnough())));
  }

  /** How many gave each point, for the points someone gave: "7: 3". */
  public final List<String> distribution(ScalingStatistics s) {
    List<String> counts = new ArrayList<>();
    for (Map.Entry<Integer, Integer> point : s.distribution().entrySet()) {
      if (point.getValue() > 0) { // a point nobody gave is a row that says nothing
        counts.add(format("scaling.point", number(point.getKey()), number(point.getValue())));
      }
    }
    return counts;
  }

  /** One point of a trend: "3 March 2016: median 5, at or above good enough 40%". */
  public final String trendPoint(ScalingTrend.Point p) {
    return format(
        "scaling.trend.point",
        date(p.date()),
        number(p.statistics().median()),
        percent(p.statistics().shareAtOrAboveGoodEnough()));
  }

  /** The sentence of how the median moved: "The median moved by +2 …". */
  public final String medianChange(double change) {
    return format("scaling.trend.medianChange", signed(change));
  }

  /** The sentence of how the share at or above good enough moved: "… moved by +56 points." */
  public final String shareChange(double shareChange) {
    long points = Math.round(shareChange * 100);
    return labels.plural("scaling.trend.shareChange", points, signed((double) points));
  }

  /** A change with its sign, such as "+2" or "−0.5". */
  public final String signed(double change) {
    String magnitude = number(Math.abs(change));
    return change > 0 ? "+" + magnitude : change < 0 ? "\u2212" + magnitude : magnitude;
  }

  /** The invitation to the next session: when and where, and that everyone is welcome. */
  public final String invitation(Invitation i) {
    return format("invitation.text", date(i.startsAt()), time(i.startsAt()), i.venue());
  }
}
