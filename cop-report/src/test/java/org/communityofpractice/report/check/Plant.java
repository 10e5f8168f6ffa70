package org.communityofpractice.report.check;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityofpractice.report.model.Report;
import org.communityofpractice.report.model.SeriesReport;
import org.communityofpractice.report.model.SessionReport;

/**
 * Plants text into one free-text field of a report model, found by its path, and lists the paths of
 * every free-text field: every {@code String} in the model except ids, keys and image paths.
 */
final class Plant {
  private static final Set<String> IDS = Set.of("language", "id", "key", "kind", "image");

  private Plant() {}

  static List<String> textPaths(Object value) {
    List<String> paths = new ArrayList<>();
    collect(value, "", paths);
    return paths;
  }

  private static void collect(Object value, String path, List<String> paths) {
    if (value instanceof String) {
      paths.add(path);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(v, path, paths));
    } else if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object item : c) {
        collect(item, path + "[" + i++ + "]", paths);
      }
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (!isId(r, c.getName())) {
          collect(read(r, c), path.isEmpty() ? c.getName() : path + "." + c.getName(), paths);
        }
      }
    }
  }

  private static boolean isId(Record r, String name) {
    return IDS.contains(name)
        || (r instanceof SessionReport && name.equals("session"))
        || (r instanceof SeriesReport && name.equals("series"));
  }

  /**
   * A copy of {@code report} with {@code text} added to the end of the string at {@code path}: the
   * same rebuilding of the model that redaction does, so a path planted is a path redacted.
   */
  @SuppressWarnings("unchecked")
  static <T extends Report> T plant(T report, String path, String text) {
    return (T) Redaction.apply(report, path, s -> s + text);
  }

  private static Object read(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
