package org.communityofpractice.report.aidememoire;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communityofpractice.core.community.Principle;
import org.communityofpractice.core.runningorder.RunningOrder;
import org.communityofpractice.core.runningorder.Stage;
import org.communityofpractice.core.runningorder.StageKey;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.session.Presentation;
import org.communityofpractice.report.html.internal.AideMemoireView;
import org.communityofpractice.report.html.internal.AppendableOutput;
import org.communityofpractice.report.pdf.internal.HtmlToPdf;
import org.communityofpractice.report.pdf.internal.PageSetup;
import org.communityofpractice.report.spi.Labels;

/**
 * The guide's "Aide memoire and quick reference guide", which the guide leaves empty: a card for
 * the facilichair to keep at hand, made from the community's running order. It reminds them that
 * there is no such thing as late, of "No Name, No Blame, No Shame", of the best hopes question, of
 * the five-minute presentation and of the scaling question with "one point up" and "good enough";
 * then it lists each stage of the running order with its prompts in the guide's words.
 *
 * <pre>{@code
 * AideMemoire card = AideMemoire.builder().paper(AideMemoire.Paper.A5).build();
 * String html = card.html("@SoTCoP", RunningOrder.subsequentSession());
 * try (OutputStream out = Files.newOutputStream(folder.resolve("aide-memoire-a5.pdf"))) {
 *   card.writePdf("@SoTCoP", RunningOrder.subsequentSession(), out); // needs the pdf libraries
 * }
 * }</pre>
 *
 * <p>The card is black on white with no meaning carried by colour, so it photocopies and prints in
 * greyscale. In normal print the guide's running orders fit one side of A4, or the two sides of one
 * A5 card; large print runs over as many pages as it needs. Immutable and thread-safe.
 */
public final class AideMemoire {
  /** The paper the card is printed on. */
  public enum Paper {
    /** A4: the guide's running orders fit one side in normal print. */
    A4,
    /** A5: the guide's running orders fit the two sides of one card in normal print. */
    A5
  }

  /**
   * Text sizes in points. cop's own choices, not the guide's: 9 points fits the guide's longer
   * running order (subsequent sessions) on one side of A4; on A5, 8 points fits it on the two sides
   * of one card; 16 points is the lower end of large print in the RNIB's clear print guidance.
   */
  static final double A4_TEXT = 9;

  static final double A5_TEXT = 8;
  static final double LARGE_PRINT_TEXT = 16;

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          AideMemoire.class.getClassLoader(),
          "org.communityofpractice.report.html.internal.templates");

  private final Paper paper;
  private final boolean largePrint;
  private final Optional<Labels> labels;

  private AideMemoire(Builder builder) {
    this.paper = builder.paper;
    this.largePrint = builder.largePrint;
    this.labels = builder.labels;
  }

  /**
   * Starts a card: A4, normal print, English labels.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether {@link #writePdf} can work here.
   *
   * @return {@code true} when the optional printing libraries (openhtmltopdf and jsoup) are on the
   *     class path
   */
  public static boolean canPrintPdf() {
    return HtmlToPdf.available();
  }

  /**
   * The card as one self-contained HTML page, with its print style.
   *
   * @param community the community's name, must not be {@literal null}
   * @param order the running order the session follows, must not be {@literal null}
   * @return the page, in the card's language; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   */
  public String html(String community, RunningOrder order) {
    StringBuilder out = new StringBuilder(8 * 1024);
    TEMPLATES.render(
        "aidememoire.jte", Map.of("card", view(community, order)), new AppendableOutput(out));
    return out.toString();
  }

  /**
   * The card as a tagged, accessible PDF (PDF/UA-1, PDF/A-3a) on the card's paper.
   *
   * @param community the community's name; never {@literal null}
   * @param order the running order the session follows; never {@literal null}
   * @param output where the PDF is written; left open; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws IllegalStateException when the printing libraries are not on the class path
   * @throws java.io.UncheckedIOException when writing to {@code output} fails
   */
  public void writePdf(String community, RunningOrder order, OutputStream output) {
    Objects.requireNonNull(output, "output");
    if (!canPrintPdf()) {
      throw new IllegalStateException(
          "printing the aide-memoire needs openhtmltopdf-pdfbox, openhtmltopdf-svg-support"
              + " and jsoup on the class path");
    }
    Labels words = words();
    HtmlToPdf.write(
        html(community, order),
        new PageSetup(paper.name(), textSize(), words.get("print.pageNumber"), Optional.empty()),
        output);
  }

  private Labels words() {
    return labels.orElseGet(() -> Labels.forLanguage(Labels.BASE_LANGUAGE));
  }

  private double textSize() {
    return largePrint ? LARGE_PRINT_TEXT : paper == Paper.A4 ? A4_TEXT : A5_TEXT;
  }

  private AideMemoireView view(String community, RunningOrder given) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(given, "order");
    Labels words = words();
    String language = words.languageTag();
    // the guide's stages in the card's language; a community's own as it wrote them
    RunningOrder order = given.inLanguage(language);
    String bestHopes =
        order
            .stage(StageKey.BEST_HOPES)
            .or(() -> RunningOrder.firstSession().inLanguage(language).stage(StageKey.BEST_HOPES))
            .map(s -> s.prompts().get(0))
            .orElseThrow();
    List<AideMemoireView.Reminder> reminders =
        List.of(
            new AideMemoireView.Reminder(words.get("aide.late"), words.get("aide.late.detail")),
            new AideMemoireView.Reminder(
                Principle.NO_NAME_NO_BLAME_NO_SHAME.inLanguage(language).text() + ".",
                words.get("aide.principle.detail")),
            new AideMemoireView.Reminder(
                words.get("aide.bestHopes"), words.format("aide.quoted", bestHopes)),
            new AideMemoireView.Reminder(
                words.format("aide.presentation", Presentation.RECOMMENDED_MAXIMUM.toMinutes()),
                words.get("aide.presentation.detail")),
            new AideMemoireView.Reminder(
                words.get("aide.scaling"),
                words.format("aide.scaling.detail", ScalingQuestion.guideWording(language))));
    List<AideMemoireView.StageLine> stages =
        order.stages().stream().map(AideMemoire::line).toList();
    return new AideMemoireView(
        words.languageTag(),
        community,
        words.get("aide.title"),
        words.format("aide.subtitle", community, order.name()),
        paper.name(),
        textSize(),
        words.get("aide.remember"),
        reminders,
        words.get("aide.order"),
        stages);
  }

  private static AideMemoireView.StageLine line(Stage stage) {
    return new AideMemoireView.StageLine(stage.title(), stage.prompts());
  }

  /** Builds an {@link AideMemoire}. */
  public static final class Builder {
    private Paper paper = Paper.A4;
    private boolean largePrint;
    private Optional<Labels> labels = Optional.empty();

    private Builder() {}

    /**
     * Sets the paper, {@link Paper#A4} unless set.
     *
     * @param paper the paper; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code paper} is {@literal null}
     */
    public Builder paper(Paper paper) {
      this.paper = Objects.requireNonNull(paper, "paper");
      return this;
    }

    /**
     * Sets large print: 16-point text, over as many pages as it needs. Off unless set.
     *
     * @param largePrint whether the card is in large print
     * @return this builder
     */
    public Builder largePrint(boolean largePrint) {
      this.largePrint = largePrint;
      return this;
    }

    /**
     * Sets the card's words, {@code en-GB} unless set.
     *
     * @param labels the labels of the card's language; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code labels} is {@literal null}
     */
    public Builder labels(Labels labels) {
      this.labels = Optional.of(Objects.requireNonNull(labels, "labels"));
      return this;
    }

    /**
     * The card; immutable and thread-safe.
     *
     * @return the card; never {@literal null}
     */
    public AideMemoire build() {
      return new AideMemoire(this);
    }
  }
}
