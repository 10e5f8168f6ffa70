package org.communityofpractice.core.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.table.TableFormat;
import org.communityofpractice.core.table.internal.TableFiles;

/**
 * The result of an {@link Analysis}: one tidy {@link Table} per question a researcher asks, each
 * with its data dictionary, ready to export as CSV or JSON Lines.
 *
 * <pre>{@code
 * AnalysisTables tables = Analysis.asOf(now).run(List.of(community));
 * tables.scaling().rowCount();
 * tables.exportCsv(folder.resolve("out"));        // out/scaling.csv, out/scaling_dictionary.csv, …
 * tables.exportJsonLines(folder.resolve("out"));  // out/scaling.jsonl, …
 * }</pre>
 */
public final class AnalysisTables {
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final long sessions;
  private final int communities;

  AnalysisTables(List<Table> tables, long sessions, int communities) {
    tables.forEach(t -> this.tables.put(t.name(), t));
    this.sessions = sessions;
    this.communities = communities;
  }

  /** {@return how many sessions were analysed} */
  public long sessions() {
    return sessions;
  }

  /** {@return how many communities they came from} */
  public int communities() {
    return communities;
  }

  /**
   * Every table, in a fixed order: scaling, scaling_movement, paired_movement, attendance,
   * retention, representation, actions, contributions.
   *
   * @return the tables, unmodifiable; never {@literal null}
   */
  public List<Table> all() {
    return List.copyOf(tables.values());
  }

  /**
   * A table by name, if the analysis has it.
   *
   * @param name the table's name, such as {@code scaling}; must not be {@literal null}
   * @return the table, or empty when the analysis has none of that name
   */
  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /**
   * {@return per question and session: n, quartiles, median, mean, share at or above good enough;
   * never {@literal null}}
   */
  public Table scaling() {
    return tables.get("scaling");
  }

  /**
   * {@return per question and series: the movement from its first session to its last; never
   * {@literal null}}
   */
  public Table scalingMovement() {
    return tables.get("scaling_movement");
  }

  /**
   * {@return person-level: consecutive ratings by the same consenting person (see {@link
   * Analysis}); never {@literal null}}
   */
  public Table pairedMovement() {
    return tables.get("paired_movement");
  }

  /**
   * {@return per session: headcount, new and returning members, by perspective and sector; never
   * {@literal null}}
   */
  public Table attendance() {
    return tables.get("attendance");
  }

  /** {@return per series: who came back after its first session; never {@literal null}} */
  public Table retention() {
    return tables.get("retention");
  }

  /**
   * {@return per session: distinct perspectives, sectors and organisations, and whether lived
   * experience was present; never {@literal null}}
   */
  public Table representation() {
    return tables.get("representation");
  }

  /**
   * {@return per action: completed, followed up by a small step, time to follow-up; never {@literal
   * null}}
   */
  public Table actions() {
    return tables.get("actions");
  }

  /** {@return per community: contributions by stage and kind; never {@literal null}} */
  public Table contributions() {
    return tables.get("contributions");
  }

  /**
   * Writes every table as {@code <name>.csv} with {@code <name>_dictionary.csv} beside it; the
   * formula guard is on.
   *
   * @param directory where to write, created when missing; must not be {@literal null}
   * @return the files written, in order; never {@literal null}
   * @throws IOException when a file cannot be written
   */
  public List<Path> exportCsv(Path directory) throws IOException {
    return export(directory, TableFormat.CSV);
  }

  /**
   * Writes every table as {@code <name>.jsonl} with {@code <name>_dictionary.jsonl} beside it.
   *
   * @param directory where to write, created when missing; must not be {@literal null}
   * @return the files written, in order; never {@literal null}
   * @throws IOException when a file cannot be written
   */
  public List<Path> exportJsonLines(Path directory) throws IOException {
    return export(directory, TableFormat.JSON_LINES);
  }

  /**
   * Writes every table and its data dictionary in {@code format} into {@code directory}, which is
   * created when missing, each as {@code <name>.<extension of the format>}; existing files of the
   * same names are replaced.
   *
   * @param directory where to write; must not be {@literal null}
   * @param format the file format; must not be {@literal null}
   * @return the files written, in order
   * @throws IOException when a file cannot be written
   */
  public List<Path> export(Path directory, TableFormat format) throws IOException {
    return TableFiles.write(tables.values(), List.of(), directory, format);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AnalysisTables{sessions=").append(sessions);
    tables.forEach((name, t) -> s.append(", ").append(name).append('=').append(t.rowCount()));
    return s.append('}').toString();
  }
}
