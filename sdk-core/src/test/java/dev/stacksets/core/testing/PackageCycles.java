package dev.stacksets.core.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds package cycles in a module's compiled classes with the JDK's {@code jdeps} (run in-process through
 * {@link ToolProvider}), so each library module can assert that its packages depend on each other in one direction.
 *
 * <pre>{@code
 * assertThat(PackageCycles.in(Path.of("target/classes"))).isEmpty();
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PackageCycles {
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

  private PackageCycles() {}

  /**
   * The package dependencies among the classes under {@code classes} (only packages found there), as
   * {@code from -> [to...]}, sorted.
   */
  public static Map<String, Set<String>> edges(Path classes) {
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException(classes.toAbsolutePath() + " does not exist: compile the module first");
    }
    ToolProvider jdeps = ToolProvider.findFirst("jdeps")
        .orElseThrow(() -> new IllegalStateException("this JDK has no jdeps"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // the classes without module-info.class: as a named module jdeps would first resolve every module it requires
    Path plain = withoutModuleInfo(classes);
    int rc;
    try {
      rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
          plain.toString());
    } finally {
      delete(plain);
    }
    if (rc != 0) {
      throw new IllegalStateException("jdeps failed (" + rc + "): " + err);
    }
    Map<String, Set<String>> all = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      Matcher m = EDGE.matcher(line);
      if (m.find()) {
        all.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    Map<String, Set<String>> own = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : all.entrySet()) {
      Set<String> targets = new TreeSet<>(e.getValue());
      targets.retainAll(all.keySet());
      targets.remove(e.getKey());
      own.put(e.getKey(), targets);
    }
    return own;
  }

  private static Path withoutModuleInfo(Path classes) {
    try {
      Path copy = Files.createTempDirectory("package-cycles");
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Path target = copy.resolve(classes.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(target);
          } else if (!f.getFileName().toString().equals("module-info.class")) {
            Files.copy(f, target);
          }
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every strongly connected group of two or more packages (a cycle), each sorted; empty when there is none. */
  public static List<Set<String>> in(Path classes) {
    return cycles(edges(classes));
  }

  /** Tarjan's strongly connected components of a package graph, keeping those with more than one package. */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    List<Set<String>> result = new ArrayList<>();
    int[] counter = {0};
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, result, counter);
      }
    }
    return result;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> result, int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, result, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        result.add(component);
      }
    }
  }
}
