package org.communityofpractice.core.privacy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.core.analysis.AnalysisTables;
import org.communityofpractice.core.internal.Checks;
import org.communityofpractice.core.table.Column;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.table.TableFormat;
import org.communityofpractice.core.table.internal.TableFiles;

/**
 * A de-identified extract of {@link AnalysisTables}, for pooling many organisations' data in one
 * study. It holds no register (the tables never do): no names, contact details, organisations or
 * lived-experience categories. Person ids become keys made with the study's {@link StudyKey}, so
 * one person has one key throughout the study, yet two studies' extracts cannot be joined on people
 * and no key leads back to an id without the study's secret — which is never written with the
 * extract. Counts of people by category follow the rule the reports follow ({@link Breakdown}): a
 * count below the threshold (cop's default 5, {@link
 * DisclosurePolicy#DEFAULT_SUPPRESSION_THRESHOLD}) is withheld, and in a partition (sectors, new
 * and returning members, which add up to the headcount) further counts are withheld until none can
 * be worked out from the rest; a withheld count is empty. Headcounts, numbers of ratings and rating
 * statistics stay, as in reports. Each table comes with a data dictionary saying what every column
 * holds and what was withheld, and {@link #notes()} says what was removed.
 *
 * <pre>{@code
 * import org.communityofpractice.core.analysis.Analysis;
 * AnalysisTables tables = Analysis.asOf(now).run(List.of(community));
 * StudyKey key = StudyKey.generate();                      // the study keeps it, elsewhere
 * ResearchExtract extract = ResearchExtract.of(tables, key);
 * extract.exportCsv(folder.resolve("extract"));   // tables, their dictionaries, extract_notes.csv
 * }</pre>
 */
public final class ResearchExtract {
  private static final String PERSON = "person";
  private static final String PERSON_KEY = "person_key";

  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Table notes;

  private ResearchExtract(List<Table> tables, Table notes) {
    tables.forEach(t -> this.tables.put(t.name(), t));
    this.notes = notes;
  }

  /**
   * The extract with cop's default threshold of 5.
   *
   * @param tables the analysis' tables; must not be {@literal null}
   * @param key the study's key, which turns person ids into the extract's keys; must not be
   *     {@literal null}
   * @return the extract, never {@literal null}
   */
  public static ResearchExtract of(AnalysisTables tables, StudyKey key) {
    return of(tables, key, DisclosurePolicy.DEFAULT_SUPPRESSION_THRESHOLD);
  }

  /**
   * The extract with counts of people below {@code threshold} withheld.
   *
   * @param threshold at least 2, as for reports
   * @param tables the analysis' tables; must not be {@literal null}
   * @param key the study's key, which turns person ids into the extract's keys; must not be
   *     {@literal null}
   * @return the extract, never {@literal null}
   * @throws org.communityofpractice.core.validation.InvalidValueException naming {@code threshold}
   *     when it is outside 2..1000
   */
  public static ResearchExtract of(AnalysisTables tables, StudyKey key, int threshold) {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(key, "key");
    Checks.within(threshold, 2, 1000, "threshold");
    List<Table> out = new ArrayList<>();
    for (Table t : tables.all()) {
      out.add(new Deidentified(t, key, threshold).table());
    }
    return new ResearchExtract(out, notes(threshold));
  }

  /** {@return every table, in the analysis' order; never {@literal null}} */
  public List<Table> tables() {
    return List.copyOf(tables.values());
  }

  /**
   * A table by name, if the extract has it.
   *
   * @param name the table's name, such as {@code scaling}; must not be {@literal null}
   * @return the table, or empty when the extract has none of that name
   */
  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** {@return what was removed or withheld, and why: one row per rule; never {@literal null}} */
  public Table notes() {
    return notes;
  }

  /**
   * Writes every table with its dictionary, and the notes, as CSV.
   *
   * @param directory where to write, created when missing; must not be {@literal null}
   * @return the files written, in order; never {@literal null}
   * @throws IOException when a file cannot be written
   */
  public List<Path> exportCsv(Path directory) throws IOException {
    return export(directory, TableFormat.CSV);
  }

  /**
   * Writes every table with its dictionary, and the notes, as JSON Lines.
   *
   * @param directory where to write, created when missing; must not be {@literal null}
   * @return the files written, in order; never {@literal null}
   * @throws IOException when a file cannot be written
   */
  public List<Path> exportJsonLines(Path directory) throws IOException {
    return export(directory, TableFormat.JSON_LINES);
  }

  /**
   * Writes every table with its dictionary, and the notes, in {@code format} into {@code
   * directory}, each as {@code <name>.<extension of the format>}.
   *
   * @param directory where to write, created when missing; must not be {@literal null}
   * @param format the file format; must not be {@literal null}
   * @return the files written, in order; never {@literal null}
   * @throws IOException when a file cannot be written
   */
  public List<Path> export(Path directory, TableFormat format) throws IOException {
    return TableFiles.write(tables.values(), List.of(notes), directory, format);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ResearchExtract{");
    tables.forEach((name, t) -> s.append(name).append('=').append(t.rowCount()).append(", "));
    return s.append("notes}").toString();
  }

  private static final Schema NOTES =
      Schema.of(
          "extract_notes",
          "What the de-identified extract removed or withheld",
          Column.text("topic", "What the note is about"),
          Column.text("note", "What was done"));

  private static Table notes(int threshold) {
    return Table.builder(NOTES)
        .addRow(
            "register",
            "No names, contact details, organisations, roles or lived-experience categories: the"
                + " analysis tables never hold them")
        .addRow(
            "person ids",
            "Replaced by person_key, an HMAC-SHA-256 of the community and person id under the"
                + " study's secret key, which is not part of the extract: keys match within this study only")
        .addRow(
            "small counts",
            "Counts of people by category below "
                + threshold
                + " are empty, and in a"
                + " partition further counts are empty until none can be worked out from the total (as in reports)")
        .addRow(
            "kept",
            "Community, series, session and action ids (opaque), dates, headcounts, numbers of"
                + " ratings and rating statistics, as in reports")
        .build();
  }

  /** One table, de-identified. */
  private static final class Deidentified {
    /**
     * Columns of people that add up to the headcount: each person in exactly one category, or in
     * {@code rest}.
     */
    private record Partition(List<Integer> categories, int rest) {}

    private final Table source;
    private final StudyKey key;
    private final int threshold;
    private final List<Partition> partitions = new ArrayList<>();
    private final List<List<Integer>> overlapping = new ArrayList<>();
    private final Set<Integer> counts = new HashSet<>();
    private final int person;
    private final int community;

    Deidentified(Table source, StudyKey key, int threshold) {
      this.source = source;
      this.key = key;
      this.threshold = threshold;
      Schema schema = source.schema();
      this.person = schema.indexOf(PERSON).orElse(-1);
      this.community = schema.indexOf("community").orElse(-1);
      List<String> names = source.columns().stream().map(Column::name).toList();
      if (source.name().equals("attendance")) {
        // new and returning members add up to the headcount on their own: two cells, no third
        partitions.add(new Partition(indexes(List.of("new_members")), index("returning_members")));
        List<String> sectors =
            names.stream()
                .filter(n -> n.startsWith("sector_") && !n.equals("sector_not_known"))
                .toList();
        partitions.add(new Partition(indexes(sectors), index("sector_not_known")));
        // perspectives overlap: a person may bring several, or none
        overlapping.add(
            indexes(
                names.subList(
                    names.indexOf("returning_members") + 1,
                    names.indexOf("perspective_not_known") + 1)));
      } else if (source.name().equals("retention")) {
        overlapping.add(indexes(List.of("came_again", "at_last_session")));
      }
      partitions.forEach(
          p -> {
            counts.addAll(p.categories());
            counts.add(p.rest());
          });
      overlapping.forEach(counts::addAll);
    }

    private int index(String name) {
      return source.schema().indexOf(name).orElseThrow();
    }

    private List<Integer> indexes(List<String> names) {
      return names.stream().map(this::index).toList();
    }

    Table table() {
      Schema schema =
          Schema.of(source.name(), source.schema().description() + "; de-identified", columns());
      Table.Builder b = Table.builder(schema);
      int width = source.columns().size();
      for (int r = 0; r < source.rowCount(); r++) {
        Object[] row = new Object[width];
        for (int c = 0; c < width; c++) {
          row[c] = source.value(r, c);
        }
        if (person >= 0) {
          row[person] = key.personKey(String.valueOf(row[community]), (String) row[person]);
        }
        for (Partition p : partitions) {
          Breakdown<Integer> shown =
              Breakdown.partition(values(row, p.categories()), count(row, p.rest()), threshold);
          publish(row, shown, p.rest());
        }
        for (List<Integer> group : overlapping) {
          publish(row, Breakdown.overlapping(values(row, group), threshold), -1);
        }
        b.addRow(row);
      }
      return b.build();
    }

    /**
     * The counts of the columns; an empty cell (lived experience outside a trusted research
     * environment) stays empty.
     */
    private static Map<Integer, Integer> values(Object[] row, List<Integer> columns) {
      Map<Integer, Integer> values = new LinkedHashMap<>();
      for (int c : columns) {
        if (row[c] != null) {
          values.put(c, count(row, c));
        }
      }
      return values;
    }

    private static int count(Object[] row, int column) {
      return Math.toIntExact(((Number) row[column]).longValue());
    }

    private static void publish(Object[] row, Breakdown<Integer> shown, int notKnown) {
      for (Breakdown.Cell<Integer> cell : shown.cells()) {
        int column = cell.key().orElse(notKnown);
        if (column >= 0) {
          Count count = cell.count();
          row[column] = count.isShown() ? (Object) (long) count.value().getAsInt() : null;
        }
      }
    }

    private List<Column> columns() {
      List<Column> columns = new ArrayList<>();
      for (int c = 0; c < source.columns().size(); c++) {
        Column col = source.columns().get(c);
        if (c == person) {
          columns.add(
              Column.text(
                  PERSON_KEY,
                  "The person, as a key made from their id with the study's secret"
                      + " (HMAC-SHA-256): the same within this study, not linkable to the id or to other studies without it"));
        } else if (counts.contains(c)) {
          columns.add(
              new Column(
                  col.name(),
                  col.type(),
                  col.description()
                      + ". Empty when below "
                      + threshold
                      + " or when it would let such a count be worked out, as in reports",
                  true,
                  false));
        } else {
          columns.add(col);
        }
      }
      return columns;
    }
  }
}
