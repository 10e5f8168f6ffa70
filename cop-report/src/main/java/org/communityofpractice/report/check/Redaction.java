package org.communityofpractice.report.check;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityofpractice.report.model.Report;

/**
 * Takes what a finding found out of the one field it was found in, rebuilding the report's records
 * around the changed text: the rest of the report is the same values.
 */
final class Redaction {
  /** What stands where the text was. */
  static final String REMOVED = "[removed]";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

  private Redaction() {}

  /**
   * {@code report} with {@code edit} applied to the text at {@code field}, a path as findings name
   * them.
   */
  static Report apply(Report report, String field, UnaryOperator<String> edit) {
    return (Report) rebuild(report, "", field, edit);
  }

  private static Object rebuild(
      Object value, String path, String field, UnaryOperator<String> edit) {
    if (value instanceof String s) {
      return path.equals(field) ? edit.apply(s) : s;
    }
    if (!field.startsWith(path)) {
      return value; // the field is not under here
    }
    if (value instanceof Optional<?> o) {
      return o.map(v -> rebuild(v, path, field, edit));
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        items.add(rebuild(list.get(i), path + "[" + i + "]", field, edit));
      }
      return List.copyOf(items);
    }
    if (value instanceof Collection<?>) {
      return value; // the check reads no free text from other collections by index
    }
    if (value instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      boolean changed = false;
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        Object before = PublicationCheck.read(r, c);
        values[i] =
            PublicationCheck.isText(r, c.getName())
                ? rebuild(
                    before, path.isEmpty() ? c.getName() : path + "." + c.getName(), field, edit)
                : before;
        changed |= values[i] != before;
      }
      return changed ? construct(r, types, values) : r;
    }
    return value;
  }

  private static Object construct(Record r, Class<?>[] types, Object[] values) {
    try {
      Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + r.getClass().getSimpleName(), e);
    }
  }

  /**
   * {@code text} without the word sequences {@code names} (normalised as the check normalises) and
   * outside the spans {@code keep} excludes (the email addresses, whose parts are not names).
   */
  static String withoutNames(String text, List<String> names, Pattern notNames) {
    List<String> words = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<int[]> excluded = new ArrayList<>();
    Matcher address = notNames.matcher(text);
    while (address.find()) {
      excluded.add(new int[] {address.start(), address.end()});
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int start = m.start();
      if (excluded.stream().anyMatch(x -> start >= x[0] && start < x[1])) {
        continue;
      }
      for (String w : PublicationCheck.normalise(m.group()).trim().split(" ")) {
        if (!w.isEmpty()) {
          words.add(w);
          spans.add(new int[] {m.start(), m.end()});
        }
      }
    }
    List<int[]> cut = new ArrayList<>();
    for (String name : names) {
      String[] nameWords = name.trim().split(" ");
      for (int i = 0; i + nameWords.length <= words.size(); i++) {
        boolean match = true;
        for (int j = 0; j < nameWords.length && match; j++) {
          match = words.get(i + j).equals(nameWords[j]);
        }
        if (match) {
          cut.add(new int[] {spans.get(i)[0], spans.get(i + nameWords.length - 1)[1]});
        }
      }
    }
    return replace(text, cut);
  }

  /** {@code text} with each span of {@code cut} (they may overlap) replaced by {@link #REMOVED}. */
  static String replace(String text, List<int[]> cut) {
    if (cut.isEmpty()) {
      return text;
    }
    cut.sort((a, b) -> Integer.compare(a[0], b[0]));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int[] span : cut) {
      if (span[1] <= at) {
        continue;
      }
      if (span[0] >= at) {
        out.append(text, at, span[0]).append(REMOVED);
      }
      at = span[1];
    }
    return out.append(text, at, text.length()).toString();
  }
}
