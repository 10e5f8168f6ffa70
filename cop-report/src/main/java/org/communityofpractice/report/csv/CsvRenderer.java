package org.communityofpractice.report.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communityofpractice.core.privacy.Count;
import org.communityofpractice.core.scaling.ScalingQuestion;
import org.communityofpractice.core.table.RowSink;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.table.TableFormat;
import org.communityofpractice.report.model.ActionProgressSummary;
import org.communityofpractice.report.model.AgreedAction;
import org.communityofpractice.report.model.GroupCount;
import org.communityofpractice.report.model.ImpactReport;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.ScalingResult;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;
import org.communityofpractice.report.model.SmallStepNoticed;
import org.communityofpractice.report.spi.ReportRenderer;

/**
 * Renders a report as tidy CSV tables, format name {@code "csv"}: {@link ReportTable#RATINGS}
 * (ratings in long format, one row per rating), {@link ReportTable#ATTENDANCE} (attendance by
 * perspective and sector) and {@link ReportTable#ACTIONS}. A series report gives the rows of all
 * its sessions.
 *
 * <pre>{@code
 * CsvRenderer csv = CsvRenderer.builder().build();
 * String ratings = csv.render(report);                      // the ratings table
 * Map<ReportTable, Table> tables = csv.tables(report);      // every table, typed
 * List<Path> files = csv.writeAll(report, folder.resolve("out"));  // ratings.csv, attendance.csv, actions.csv
 * }</pre>
 *
 * <p>{@link #render} writes one table — the ratings, unless {@link Builder#table} picks another —
 * so its output is one valid CSV file; {@link #writeAll} writes every table to its own file.
 *
 * <p><b>Spreadsheets and the formula guard.</b> Output is RFC 4180 (comma separated, CRLF, quotes
 * doubled) in UTF-8 without a byte-order mark. These tables are meant to be opened in spreadsheets
 * too, so the formula-injection guard of {@link TableFormat#CSV} is <em>on</em> by default: a
 * free-text cell (a question, an action, who took it on) that starts with {@code = + - @}, a tab or
 * a CR gets a leading apostrophe, so a spreadsheet shows it as text instead of running it. Ids,
 * dates, counts and ratings are never changed. For pipelines that read the text exactly (R, pandas,
 * DuckDB), turn it off with {@code CsvRenderer.builder().guardFormulas(false)}. Instances are
 * immutable and thread-safe.
 */
public final class CsvRenderer implements ReportRenderer {
  /** Characters a row takes besides its session id and free text. */
  private static final int ROW_ALLOWANCE = 48;

  private final TableFormat writer;
  private final ReportTable table;

  /**
   * The default renderer, as {@link java.util.ServiceLoader} makes it: the ratings table, guarded.
   */
  public CsvRenderer() {
    this(TableFormat.CSV, ReportTable.RATINGS);
  }

  private CsvRenderer(TableFormat writer, ReportTable table) {
    this.writer = writer;
    this.table = table;
  }

  /**
   * Starts a renderer: formula guard on, the ratings table.
   *
   * @return a new builder; never {@literal null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link CsvRenderer}. */
  public static final class Builder {
    private boolean guardFormulas = true;
    private ReportTable table = ReportTable.RATINGS;

    private Builder() {}

    /**
     * Sets whether free-text cells are guarded against spreadsheet formula injection; on unless
     * set.
     *
     * @param on whether to guard them
     * @return this builder
     */
    public Builder guardFormulas(boolean on) {
      guardFormulas = on;
      return this;
    }

    /**
     * Sets the table {@link CsvRenderer#render} writes; the ratings unless set.
     *
     * @param value the table; never {@literal null}
     * @return this builder
     * @throws NullPointerException if {@code value} is {@literal null}
     */
    public Builder table(ReportTable value) {
      table = Objects.requireNonNull(value, "table");
      return this;
    }

    /**
     * The renderer; immutable and thread-safe.
     *
     * @return the renderer; never {@literal null}
     */
    public CsvRenderer build() {
      return new CsvRenderer(
          guardFormulas ? TableFormat.CSV : TableFormat.CSV_WITHOUT_FORMULA_GUARD, table);
    }
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=UTF-8; header=present";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  /**
   * Whether this renderer guards free-text cells against formula injection.
   *
   * @return {@code true} unless built with the guard off
   */
  public boolean guardsFormulas() {
    return writer.guardsFormulas();
  }

  @Override
  public void render(Report report, Appendable output) {
    Objects.requireNonNull(output, "output");
    try {
      rows(report, table, writer.open(table.schema(), output)); // straight out, no table held
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders the table into a buffer sized from the report, so that it is built without regrowing.
   */
  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder(expectedLength(report, table));
    render(report, out);
    return out.toString();
  }

  /**
   * About how many characters the table of {@code report} takes: its rows' free text plus a
   * generous allowance for ids, dates, numbers and separators. Only a starting size.
   */
  private static int expectedLength(Report report, ReportTable which) {
    long length = 256; // the header
    for (SessionReport s : sessions(report)) {
      int row = s.session().length() + ROW_ALLOWANCE;
      switch (which) {
        case RATINGS -> {
          for (ScalingResult r : s.scaling()) {
            if (r.statistics().isPresent()) {
              length += (long) r.statistics().get().n() * (row + r.question().text().length());
            }
          }
        }
        case ATTENDANCE ->
            length +=
                (long)
                        (2
                            + s.representation().perspectives().size()
                            + s.representation().sectors().size())
                    * row;
        case ACTIONS -> {
          for (AgreedAction a : s.actions()) {
            length +=
                row
                    + a.id().length()
                    + a.text().length()
                    + a.owners().map(String::length).orElse(0);
          }
        }
      }
    }
    return (int) Math.min(length, 1 << 24);
  }

  /**
   * Writes every table of {@code report} to {@code directory} as {@code <table>.csv}, with its data
   * dictionary as {@code <table>.dictionary.csv}.
   *
   * @param report the report; never {@literal null}
   * @param directory the folder to write into, created when needed; never {@literal null}
   * @return the files written, tables first, then their dictionaries; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Path> writeAll(Report report, Path directory) {
    Objects.requireNonNull(directory, "directory");
    List<Path> tablesWritten = new ArrayList<>();
    List<Path> dictionaries = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (Map.Entry<ReportTable, Table> t : tables(report).entrySet()) {
        String name = t.getKey().schema().name();
        tablesWritten.add(write(t.getValue(), directory.resolve(name + ".csv")));
        dictionaries.add(
            write(t.getKey().schema().dictionary(), directory.resolve(name + ".dictionary.csv")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tablesWritten.addAll(dictionaries);
    return List.copyOf(tablesWritten);
  }

  private Path write(Table t, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(t, out);
    }
    return file;
  }

  /**
   * Every table of {@code report}, for a researcher's own analysis or another writer.
   *
   * @param report the report; never {@literal null}
   * @return each table by its kind, in the order of {@link ReportTable}; never {@literal null}
   * @throws NullPointerException if {@code report} is {@literal null}
   */
  public Map<ReportTable, Table> tables(Report report) {
    Map<ReportTable, Table> all = new EnumMap<>(ReportTable.class);
    for (ReportTable t : ReportTable.values()) {
      all.put(t, table(report, t));
    }
    return all;
  }

  /**
   * One table of {@code report}.
   *
   * @param report the report; never {@literal null}
   * @param which the table; never {@literal null}
   * @return the table, with no rows when the report has nothing for it; never {@literal null}
   * @throws NullPointerException if an argument is {@literal null}
   */
  public static Table table(Report report, ReportTable which) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(which, "which");
    Table.Builder table = Table.builder(which.schema());
    try {
      rows(
          report,
          which,
          new RowSink() {
            @Override
            public void row(Object... cells) {
              table.addRow(cells);
            }

            @Override
            public long rowCount() {
              return table.rowCount();
            }
          });
    } catch (IOException e) {
      throw new AssertionError("a table builder does not fail", e);
    }
    return table.build();
  }

  /** Gives the rows of one table of {@code report} to {@code rows}. */
  private static void rows(Report report, ReportTable which, RowSink rows) throws IOException {
    Objects.requireNonNull(report, "report");
    switch (which) {
      case RATINGS -> {
        for (SessionReport s : sessions(report)) {
          ratings(s, rows);
        }
      }
      case ATTENDANCE -> {
        for (SessionReport s : sessions(report)) {
          attendance(s, rows);
        }
      }
      case ACTIONS -> actions(report, rows);
    }
  }

  /**
   * The sessions whose rows a report's tables hold; an impact report's tables hold its actions
   * only.
   */
  private static List<SessionReport> sessions(Report report) {
    if (report instanceof ImpactReport) {
      return List.of();
    }
    return report instanceof SeriesReport series
        ? series.sessions()
        : List.of((SessionReport) report);
  }

  private static void ratings(SessionReport s, RowSink rows) throws IOException {
    LocalDate date = s.startsAt().toLocalDate();
    for (int q = 0; q < s.scaling().size(); q++) {
      ScalingResult result = s.scaling().get(q);
      if (result.statistics().isEmpty()) {
        continue;
      }
      ScalingQuestion question = result.question();
      int goodEnough = question.goodEnough();
      for (Map.Entry<Integer, Integer> point :
          result.statistics().get().distribution().entrySet()) {
        int rating = point.getKey();
        // one row per rating: everyone who gave this point gets the same row, so its cells are made
        // once
        Object[] row = {
          s.session(),
          date,
          q + 1,
          question.text(),
          question.scale().min(),
          question.scale().max(),
          goodEnough,
          rating,
          rating >= goodEnough
        };
        for (int i = 0; i < point.getValue(); i++) {
          rows.row(row);
        }
      }
    }
  }

  private static void attendance(SessionReport s, RowSink rows) throws IOException {
    count(s, "attendees", "ALL", s.representation().attendees(), rows);
    count(s, "organisations", "ALL", s.representation().organisations(), rows);
    for (GroupCount g : s.representation().perspectives()) {
      count(s, "perspective", g.key(), g.count(), rows);
    }
    for (GroupCount g : s.representation().sectors()) {
      count(s, "sector", g.key(), g.count(), rows);
    }
  }

  private static void count(SessionReport s, String category, String group, Count c, RowSink rows)
      throws IOException {
    rows.row(
        s.session(),
        s.startsAt().toLocalDate(),
        category,
        group,
        c.isShown() ? c.value().getAsInt() : null,
        c.suppression() == Count.Suppression.FEWER_THAN_THRESHOLD ? c.threshold() : null,
        c.suppression() == Count.Suppression.WITHHELD);
  }

  private static void actions(Report report, RowSink rows) throws IOException {
    if (report instanceof SeriesReport || report instanceof ImpactReport) {
      List<ActionProgressSummary> progress =
          report instanceof SeriesReport series
              ? series.progress()
              : ((ImpactReport) report).completedActions();
      for (ActionProgressSummary p : progress) {
        action(p.agreedAt(), p.action(), p.smallSteps().size(), rows);
      }
      return;
    }
    SessionReport s = (SessionReport) report;
    // counted once for all actions: one pass over the steps, not one per action
    Map<String, Integer> stepsFollowing = new HashMap<>();
    for (SmallStepNoticed step : s.smallSteps()) {
      step.followsAction().ifPresent(id -> stepsFollowing.merge(id, 1, Integer::sum));
    }
    for (AgreedAction a : s.actions()) {
      action(s.session(), a, stepsFollowing.getOrDefault(a.id(), 0), rows);
    }
  }

  private static void action(String session, AgreedAction a, int smallSteps, RowSink rows)
      throws IOException {
    rows.row(
        session,
        a.id(),
        a.text(),
        a.owners().orElse(null),
        a.due().orElse(null),
        a.completedOn().orElse(null),
        a.isCompleted(),
        smallSteps);
  }
}
