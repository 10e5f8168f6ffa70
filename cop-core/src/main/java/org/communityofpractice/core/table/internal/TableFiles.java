package org.communityofpractice.core.table.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.communityofpractice.core.table.Table;
import org.communityofpractice.core.table.TableFormat;

/**
 * Writes tables as files named after them, for the analysis tables and the research extract alike.
 */
public final class TableFiles {
  private TableFiles() {}

  /**
   * Writes each table as {@code <name>.<extension of the format>} with its data dictionary beside
   * it, then each of {@code more} on its own, into {@code directory}, created when missing;
   * existing files of the same names are replaced.
   *
   * @return the files written, in order
   */
  public static List<Path> write(
      Collection<Table> tables, List<Table> more, Path directory, TableFormat format)
      throws IOException {
    Objects.requireNonNull(format, "format");
    Files.createDirectories(directory);
    List<Table> all = new ArrayList<>();
    for (Table t : tables) {
      all.add(t);
      all.add(t.schema().dictionary());
    }
    all.addAll(more);
    List<Path> written = new ArrayList<>();
    for (Table each : all) {
      Path file = directory.resolve(each.name() + "." + format.extension());
      try (OutputStream out = Files.newOutputStream(file)) {
        format.write(each, out);
      }
      written.add(file);
    }
    return List.copyOf(written);
  }
}
