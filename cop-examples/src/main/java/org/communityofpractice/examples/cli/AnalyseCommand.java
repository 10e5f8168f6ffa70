package org.communityofpractice.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communityofpractice.core.analysis.Analysis;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.session.Session;
import org.communityofpractice.core.table.Schema;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.table.TableFormat;
import org.communityofpractice.core.validation.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop analyse}: one tidy table over the sessions of one archive or many, as CSV (for R,
 * pandas or a spreadsheet) or JSON Lines (for Spark or DuckDB).
 */
@Command(
    name = "analyse",
    aliases = "analyze",
    description =
        "Analyse the sessions of one or many archives into one tidy table, as CSV or JSON Lines;"
            + " --table names the table.")
final class AnalyseCommand extends CopCommand {
  @Parameters(
      paramLabel = "ARCHIVE",
      arity = "1..*",
      description = "community archives: JSON files or store folders")
  List<Path> archives;

  @Option(
      names = "--table",
      paramLabel = "NAME",
      required = true,
      completionCandidates = TableNames.class,
      description = "the table: ${COMPLETION-CANDIDATES}")
  String table;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      completionCandidates = Formats.class,
      description = "csv (the default) or jsonl")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "where to write the table; standard out when not given")
  Path out;

  /** The names of the analysis tables, for help and for checking --table before any work. */
  static final class TableNames implements Iterable<String> {
    static final List<String> NAMES =
        Analysis.asOf(Instant.EPOCH).start().finish().all().stream()
            .map(Table::name)
            .collect(Collectors.toUnmodifiableList());

    @Override
    public java.util.Iterator<String> iterator() {
      return NAMES.iterator();
    }
  }

  /** The formats a table can be written in. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("csv", "jsonl").iterator();
    }
  }

  @Override
  int run() throws IOException {
    if (!TableNames.NAMES.contains(table)) {
      throw UserError.usage(
          ToolText.says(
              "analyse.unknownTable", Words.says(table), String.join(", ", TableNames.NAMES)));
    }
    TableFormat writer =
        switch (format) {
          case "csv" -> TableFormat.CSV;
          case "jsonl" -> TableFormat.JSON_LINES;
          default ->
              throw UserError.usage(ToolText.says("table.unknownFormat", Words.says(format)));
        };
    for (Path archive : archives) {
      Outputs.requireNotAnInput(out, archive);
    }
    Schema schema =
        Analysis.schemas().stream().filter(s -> s.name().equals(table)).findFirst().orElseThrow();
    Analysis analysis = Analysis.asOf(Instant.now());
    if (out == null) {
      stream(analysis, schema, writer, out());
    } else {
      Written[] written = new Written[1];
      Outputs.writeText(
          out,
          w -> {
            Writer buffered = new BufferedWriter(w, 1 << 16);
            written[0] = stream(analysis, schema, writer, buffered);
            buffered.flush();
          });
      out()
          .println(
              words()
                  .format(
                      "analyse.wrote",
                      String.valueOf(out),
                      table,
                      String.valueOf(written[0].rows()),
                      String.valueOf(written[0].sessions())));
    }
    return Cop.OK;
  }

  /**
   * Folds every archive into the one table, its rows written to {@code to} as they come: nothing
   * but the fold's own state is held, whatever the number of sessions.
   */
  private Written stream(Analysis analysis, Schema schema, TableFormat writer, Appendable to)
      throws IOException {
    Analysis.Streaming fold = analysis.stream(Map.of(table, writer.open(schema, to)));
    fold(archives, fold::accept, err(), words());
    long sessions = fold.finish();
    return new Written(fold.rowCount(table), sessions);
  }

  /** What a run wrote: rows of the table, from how many sessions. */
  private record Written(long rows, long sessions) {}

  /** Takes in one session of a community. */
  @FunctionalInterface
  interface SessionSink {
    void accept(Community community, Session session) throws IOException;
  }

  /**
   * Pushes every session of each archive into {@code run}, in the order given, saying on {@code
   * progress} how far it got when there are several; returns the number of sessions.
   */
  static long fold(List<Path> archives, SessionSink run, PrintWriter progress, ToolText words)
      throws IOException {
    long sessions = 0;
    try (ReadAhead read = ReadAhead.of(archives, Archives::read)) {
      for (int i = 0; i < archives.size(); i++) {
        sessions += analyse(run, archives, read.next(), i, progress, words);
      }
    }
    return sessions;
  }

  /** Folds one archive's sessions into the run; the sessions it held. */
  private static long analyse(
      SessionSink run,
      List<Path> archives,
      Community community,
      int index,
      PrintWriter progress,
      ToolText words)
      throws IOException {
    Path archive = archives.get(index);
    try {
      for (Session session : community.sessions()) {
        run.accept(community, session);
      }
    } catch (IllegalArgumentException e) {
      throw UserError.invalid(
          ToolText.says(
              "analyse.overlap",
              String.valueOf(archive),
              e instanceof InvalidValueException v
                  ? ToolText.core(v::messageIn)
                  : String.valueOf(e.getMessage())));
    }
    if (archives.size() > 1) {
      progress.println(
          words.format(
              "analyse.progress",
              String.valueOf(index + 1),
              String.valueOf(archives.size()),
              String.valueOf(archive),
              String.valueOf(community.sessions().size())));
    }
    return community.sessions().size();
  }
}
