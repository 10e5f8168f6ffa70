package org.communityofpractice.core.privacy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks every value reachable from an object through its public accessors (record components and
 * public no-argument methods of the project's types), for tests that must see everything a value
 * exposes, whatever its shape.
 */
final class Reachable {
  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Consumer<Object> visitor;

  private Reachable(Consumer<Object> visitor) {
    this.visitor = visitor;
  }

  /** Every object reachable from {@code root}, itself included. */
  static List<Object> from(Object root) {
    List<Object> all = new ArrayList<>();
    new Reachable(all::add).walk(root);
    return all;
  }

  /**
   * Every string reachable from {@code root}, with enum names and the text of dates and numbers.
   */
  static List<String> strings(Object root) {
    List<String> strings = new ArrayList<>();
    for (Object o : from(root)) {
      if (o instanceof String s) {
        strings.add(s);
      } else if (o instanceof Enum<?> e) {
        strings.add(e.name());
      } else if (!isProjectType(o.getClass()) && !isContainer(o)) {
        strings.add(String.valueOf(o));
      }
    }
    return strings;
  }

  private void walk(Object o) {
    if (o == null || !seen.add(o)) {
      return;
    }
    visitor.accept(o);
    if (o instanceof Optional<?> opt) {
      opt.ifPresent(this::walk);
    } else if (o instanceof OptionalInt opt) {
      if (opt.isPresent()) {
        walk(opt.getAsInt());
      }
    } else if (o instanceof Collection<?> c) {
      c.forEach(this::walk);
    } else if (o instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            walk(k);
            walk(v);
          });
    } else if (isProjectType(o.getClass()) && !(o instanceof Enum<?>)) {
      for (Method m : accessors(o.getClass())) {
        try {
          walk(m.invoke(o));
        } catch (InvocationTargetException e) {
          // an accessor that refuses (the result of a refused request) holds nothing to reach
        } catch (IllegalAccessException e) {
          throw new AssertionError("cannot read " + m, e);
        }
      }
    }
  }

  private static boolean isContainer(Object o) {
    return o instanceof Collection<?>
        || o instanceof Map<?, ?>
        || o instanceof Optional<?>
        || o instanceof OptionalInt;
  }

  static boolean isProjectType(Class<?> type) {
    return type.getName().startsWith("org.communityofpractice.");
  }

  /**
   * Public no-argument instance methods, found on the public types a class implements or extends.
   */
  static List<Method> accessors(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        Method m = c.getAccessor();
        m.setAccessible(true);
        methods.add(m);
      }
      return methods;
    }
    Class<?> publicType = type;
    while (publicType != null && !Modifier.isPublic(publicType.getModifiers())) {
      publicType = publicType.getSuperclass();
    }
    if (publicType == null) {
      return methods;
    }
    for (Method m : publicType.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class
          && isProjectType(m.getDeclaringClass())
          && !m.getName().equals("toString")
          && !m.getName().equals("hashCode")
          // a no-argument "with…" or "keeping…" builds a changed copy, not something the value
          // holds
          && !m.getName().startsWith("with")
          && !m.getName().startsWith("keeping")
          && !m.getName().equals("dictionary")) {
        methods.add(m);
      }
    }
    return methods;
  }
}
