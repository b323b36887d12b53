package dev.stacksets.benchmarks;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark method as built by two or more builds of the SDK, in one JVM, taking turns: each build (a
 * self-contained jar such as {@code benchmarks/target/benchmarks.jar}, or a directory of classes) is loaded by its
 * own class loader, the benchmark class is set up in each, and {@link InterleavedCalls#run} times them in shuffled
 * turns after a common warm-up. For deciding whether a change to the SDK is faster on a machine whose speed drifts
 * (see {@link InterleavedCalls}), where separate runs cannot tell: on the 2-core build machine, on 2026-12-04, two
 * JMH runs of one jar read 40.6 and 106.7 us for {@code rfsParsePage}. Name the first build twice: the ratio of its
 * copy to it is the run's noise floor, and a change shows only as a ratio outside that floor's spread. Run it more
 * than once, too: the JIT compiles each copy of the code on its own, and not alike from one JVM to the next. There,
 * over 60 rounds, a jar against itself read a median of 0.96 (10th-90th percentile 0.94-0.99) in one run and 1.02
 * (1.00-1.05) in the next, and a build whose string scan read eight bytes at a time read 1.00 (0.99-1.03) and 1.20
 * (1.17-1.22) against the build before it.
 *
 * <pre>{@code
 * cp benchmarks/target/benchmarks.jar /tmp/before.jar   # then change the SDK, build again
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.stacksets.benchmarks.BuildComparison \
 *     dev.stacksets.benchmarks.CodecBenchmarks rfsParsePage 20 60 /tmp/before.jar benchmarks/target/benchmarks.jar \
 *     /tmp/before.jar
 * }</pre>
 *
 * <p>Arguments: the benchmark class, one of its {@code @Benchmark} methods (no parameters), seconds of warm-up,
 * rounds, then the builds. The class needs a public no-argument constructor; its public {@code @Setup} methods
 * without parameters run once before the turns (whatever their level, in no set order) and its {@code @TearDown}
 * ones once after, the builds torn down last first; {@code @Param} fields keep their initial values. Prints the lines
 * of {@link InterleavedCalls}, each contender named by its build's file name (numbered when repeated: two builds in
 * directories named {@code classes} read {@code classes} and {@code classes2}), every build compared with the first.
 * Not thread-safe; run it alone.
 */
public final class BuildComparison {
  private static final String JMH = "org.openjdk.jmh.annotations.";

  private BuildComparison() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      throw new IllegalArgumentException(
          "usage: BuildComparison CLASS METHOD WARMUP_S ROUNDS BUILD BUILD [BUILD...] (got " + args.length
              + " arguments)");
    }
    int warmupSeconds = InterleavedCalls.count(args[2], "WARMUP_S", 1);
    int rounds = InterleavedCalls.count(args[3], "ROUNDS", 1);
    List<Path> builds = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      builds.add(Path.of(args[i]));
    }
    for (String line : compare(args[0], args[1], builds, ClassLoader.getPlatformClassLoader(),
        warmupSeconds * 1_000_000_000L, rounds)) {
      System.out.println(line);
    }
  }

  /**
   * Loads {@code className} from each build (in a class loader of its own under {@code parent}), sets each up,
   * times {@code method} in turns, then tears down the builds that were set up, last first, and closes every class
   * loader. The first failure is thrown, with any later one in clean-up added to it as suppressed.
   */
  static List<String> compare(String className, String method, List<Path> builds, ClassLoader parent,
      long warmupNanos, int rounds) throws Exception {
    List<URLClassLoader> loaders = new ArrayList<>();
    List<Build> setUp = new ArrayList<>();
    List<String> lines = null;
    Exception failure = null;
    try {
      List<InterleavedCalls.Contender> contenders = new ArrayList<>();
      for (Path path : builds) {
        Build build = Build.load(path, parent, className, method, loaders);
        build.run(JMH + "Setup");
        setUp.add(build);
        String name = InterleavedCalls.unique(String.valueOf(path.getFileName()), contenders);
        contenders.add(InterleavedCalls.contender(name, build.benchmark(), build.instance()));
      }
      lines = InterleavedCalls.run(contenders, InterleavedCalls.firstAgainstOthers(contenders), warmupNanos, rounds);
    } catch (Exception e) {
      failure = e;
    }
    for (int i = setUp.size() - 1; i >= 0; i--) {
      Build build = setUp.get(i);
      failure = cleanUp(failure, () -> build.run(JMH + "TearDown"));
    }
    for (int i = loaders.size() - 1; i >= 0; i--) {
      failure = cleanUp(failure, loaders.get(i)::close);
    }
    if (failure != null) {
      throw failure;
    }
    return lines;
  }

  /** One step of clean-up. */
  @FunctionalInterface
  private interface CleanUp {
    void run() throws Exception;
  }

  /** Runs {@code step}; its failure becomes the failure when there was none, else is added to it as suppressed. */
  private static Exception cleanUp(Exception failure, CleanUp step) {
    try {
      step.run();
      return failure;
    } catch (Exception e) {
      if (failure == null) {
        return e;
      }
      failure.addSuppressed(e);
      return failure;
    }
  }

  /** One build's class loader, benchmark instance and method. */
  private record Build(URLClassLoader loader, Object instance, Method benchmark) {
    /** The build at {@code path}; its class loader is added to {@code loaders} (to be closed) as soon as made. */
    static Build load(Path path, ClassLoader parent, String className, String methodName,
        List<URLClassLoader> loaders) {
      if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
        throw new IllegalArgumentException("no build at " + path + " (a jar or a directory of classes)");
      }
      URLClassLoader loader = new URLClassLoader(new URL[] {url(path)}, parent);
      loaders.add(loader);
      try {
        Class<?> type = loader.loadClass(className);
        Method benchmark = benchmark(type, methodName, path);
        return new Build(loader, type.getConstructor().newInstance(), benchmark);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalArgumentException(className + " cannot be loaded from " + path + " alone: " + e, e);
      } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
        throw new IllegalArgumentException(className + " in " + path + " needs a public no-argument constructor", e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(className + " in " + path + " failed to construct", e.getCause());
      }
    }

    private static URL url(Path path) {
      try {
        return path.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("no URL for " + path, e);
      }
    }

    private static Method benchmark(Class<?> type, String name, Path path) {
      for (Method m : type.getMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && annotated(m, JMH + "Benchmark")) {
          return m;
        }
      }
      throw new IllegalArgumentException(name + " is not a benchmark method of " + type.getName() + " in " + path);
    }

    /** Calls the public methods without parameters annotated with {@code annotation} (by name: the build's own). */
    void run(String annotation) throws Exception {
      for (Method m : instance.getClass().getMethods()) {
        if (m.getParameterCount() == 0 && annotated(m, annotation)) {
          try {
            m.invoke(instance);
          } catch (InvocationTargetException e) {
            throw new IllegalStateException(m.getName() + " of " + instance.getClass().getName() + " failed",
                e.getCause());
          }
        }
      }
    }

    private static boolean annotated(Method m, String annotation) {
      for (Annotation a : m.getAnnotations()) {
        if (a.annotationType().getName().equals(annotation)) {
          return true;
        }
      }
      return false;
    }
  }
}
