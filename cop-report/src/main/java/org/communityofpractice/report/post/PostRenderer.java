package org.communityofpractice.report.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communityofpractice.core.validation.InvalidValueException;
import org.communityofpractice.report.internal.Plain;
import org.communityofpractice.report.model.ActionProgressSummary;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Remark;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.model.SmallStepNoticed;
import org.communityofpractice.report.spi.Labels;
import org.communityofpractice.report.spi.ReportRenderer;

/**
 * The {@code post} renderer: the guide's "small victories" — the small steps noticed and what has
 * gone well since the community last met — as a short plain-text post to paste into social media,
 * ending with the community's tag. Never longer than {@link #length()} characters.
 *
 * <pre>{@code
 * ReportRenderer post = PostRenderer.builder().length(500).tag("#SoTCoP").build();
 * String text = post.render(report);
 * // Small victories since we last met:
 * // • A former prison governor accepted the invitation (noticed by Morgan Hale)
 * // #SoTCoP
 * }</pre>
 *
 * <p>What it takes: from a session report, its small steps and what is working well; from a series
 * report, those of its latest session; from an impact report, the legacy and the small steps that
 * followed completed actions. People appear only as the report already shows them — the disclosure
 * policy decided that before the report was composed — so a name is there only with consent. Items
 * are taken in order while they fit whole; one that does not fit is left out and a later, shorter
 * one may still fit. When none fits, the first is cut at a word and ends with "…". Length is
 * counted in Unicode code points (what most platforms count as characters; X counts some characters
 * twice and links as 23, so leave room there). Line breaks in recorded text become spaces.
 * Immutable and thread-safe.
 */
public final class PostRenderer implements ReportRenderer {
  /**
   * cop's own default length, not the guide's (the guide gives none): 280 characters, the limit of
   * a post on X (formerly Twitter) since 2017 — the guide's @SoTCoP account was on Twitter — and
   * well within Mastodon's default 500 and Bluesky's 300.
   */
  public static final int DEFAULT_LENGTH = 280;

  /** The shortest length a post may be set to: room for a tag and a few words. */
  public static final int MINIMUM_LENGTH = 60;

  private static final Pattern TAG = Pattern.compile("[#@][\\p{L}\\p{N}_]{1,50}");
  private static final String ELLIPSIS = "…";

  private final int length;
  private final Optional<String> tag;
  private final Optional<Labels> labels;

  /**
   * The default renderer, as {@link java.util.ServiceLoader} makes it: 280 characters, the tag from
   * the community's name.
   */
  public PostRenderer() {
    this(DEFAULT_LENGTH, Optional.empty(), Optional.empty());
  }

  private PostRenderer(int length, Optional<String> tag, Optional<Labels> labels) {
    this.length = length;
    this.tag = tag;
    this.labels = labels;
  }

  /**
   * Starts a renderer: 280 characters, the tag from the community's name, labels in each report's
   * own language.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link PostRenderer}. */
  public static final class Builder {
    private int length = DEFAULT_LENGTH;
    private String tag;
    private Labels labels;

    private Builder() {}

    /**
     * Sets the most characters (code points) a post may hold; 280 unless set, cop's own choice.
     *
     * @param characters the length, within {@value #MINIMUM_LENGTH}..10000
     * @return this builder
     * @throws InvalidValueException naming {@code length} when it is off that range
     */
    public Builder length(int characters) {
      if (characters < MINIMUM_LENGTH || characters > 10_000) {
        throw InvalidValueException.of(
            "length", "must be within " + MINIMUM_LENGTH + "..10000", characters);
      }
      length = characters;
      return this;
    }

    /**
     * The community's tag, such as {@code "#SoTCoP"} or {@code "@SoTCoP"}: {@code #} or {@code @}
     * then 1..50 letters, digits or underscores. By default {@code #} and the letters and digits of
     * the community's name.
     *
     * @param value the tag; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     * @throws InvalidValueException naming {@code tag} when it is not such a tag
     */
    public Builder tag(String value) {
      Objects.requireNonNull(value, "tag");
      if (!TAG.matcher(value).matches()) {
        throw InvalidValueException.of(
            "tag", "must be # or @ then 1..50 letters, digits or underscores", value);
      }
      tag = value;
      return this;
    }

    /**
     * Uses these labels for every report instead of those of the report's language.
     *
     * @param value the labels; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder labels(Labels value) {
      labels = Objects.requireNonNull(value, "labels");
      return this;
    }

    /**
     * The renderer; immutable and thread-safe.
     *
     * @return the renderer; never {@literal null}
     */
    public PostRenderer build() {
      return new PostRenderer(length, Optional.ofNullable(tag), Optional.ofNullable(labels));
    }
  }

  @Override
  public String format() {
    return "post";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=UTF-8";
  }

  /** {@code post.txt}: plain text, named apart from the {@code text} format's {@code .txt}. */
  @Override
  public String fileExtension() {
    return "post.txt";
  }

  /**
   * The most characters a post holds.
   *
   * @return the length in Unicode code points
   */
  public int length() {
    return length;
  }

  @Override
  public void render(Report report, Appendable output) {
    Objects.requireNonNull(output, "output");
    try {
      output.append(render(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String render(Report report) {
    Objects.requireNonNull(report, "report");
    Labels words = labels.orElseGet(() -> Labels.forLanguage(report.language()));
    String hashtag = tag.orElseGet(() -> tagOf(report.community()));
    String ending = "\n" + hashtag;
    String heading = words.get("post.heading");
    List<String> items = items(report, words);
    StringBuilder post = new StringBuilder(heading);
    int used = columns(heading) + columns(ending);
    int taken = 0;
    for (String item : items) {
      String line = "\n" + words.format("post.item", item);
      if (used + columns(line) <= length) {
        post.append(line);
        used += columns(line);
        taken++;
      }
    }
    if (taken == 0) {
      String first =
          items.isEmpty() ? words.get("post.none") : words.format("post.item", items.get(0));
      post.append('\n').append(cut(first, length - used - 1));
    }
    post.append(ending);
    // the cuts above keep to the length; this only guards a tag or heading longer than the post
    return columns(post.toString()) <= length ? post + "\n" : cut(post.toString(), length) + "\n";
  }

  /** The small victories of {@code report}, attributed as the report shows them, one line each. */
  private static List<String> items(Report report, Labels words) {
    List<String> items = new ArrayList<>();
    if (report instanceof SessionReport session) {
      sinceWeLastMet(session, words, items);
    } else if (report instanceof SeriesReport series && !series.sessions().isEmpty()) {
      sinceWeLastMet(series.sessions().get(series.sessions().size() - 1), words, items);
    } else if (report instanceof ImpactReport impact) {
      impact.legacy().forEach(l -> items.add(Plain.line(l.text())));
      for (ActionProgressSummary p : impact.completedActions()) {
        p.smallSteps().forEach(s -> items.add(step(s, words)));
      }
    }
    return items;
  }

  private static void sinceWeLastMet(SessionReport session, Labels words, List<String> items) {
    session.smallSteps().forEach(s -> items.add(step(s, words)));
    for (Remark r : session.workingWell()) {
      items.add(
          r.attribution()
              .map(a -> words.format("attribution.by", Plain.line(r.text()), Plain.line(a)))
              .orElse(Plain.line(r.text())));
    }
  }

  private static String step(SmallStepNoticed s, Labels words) {
    return s.noticedBy()
        .map(by -> words.format("smallStep.noticedBy", Plain.line(s.text()), Plain.line(by)))
        .orElse(Plain.line(s.text()));
  }

  /** {@code #} and the letters and digits of the community's name: "@SoTCoP" gives "#SoTCoP". */
  static String tagOf(String community) {
    StringBuilder tag = new StringBuilder("#");
    community
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .limit(50)
        .forEach(tag::appendCodePoint);
    return tag.length() > 1 ? tag.toString() : "#CoP";
  }

  /**
   * {@code text} in at most {@code room} code points: whole if it fits, else cut at a word with
   * "…".
   */
  static String cut(String text, int room) {
    if (columns(text) <= room) {
      return text;
    }
    if (room <= 0) {
      return "";
    }
    int keep = text.offsetByCodePoints(0, Math.max(0, room - 1));
    int space = text.lastIndexOf(' ', keep);
    int end = space > keep / 2 ? space : keep;
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  private static int columns(String s) {
    return s.codePointCount(0, s.length());
  }
}
