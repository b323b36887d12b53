package dev.stacksets.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a library module's compiled {@code module-info}: every public package is exported to everyone, every
 * {@code .internal} package only to named sibling modules, and the module name is the one in the jar manifest.
 *
 * <pre>{@code
 * ModuleLayout.assertExportsFollowTheRules(Path.of("target/classes"), "dev.stacksets.rfs");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ModuleLayout {
  private ModuleLayout() {}

  /** Asserts the rules above for the classes under {@code classes}, whose module must be {@code moduleName}. */
  public static void assertExportsFollowTheRules(Path classes, String moduleName) {
    ModuleDescriptor module = read(classes.resolve("module-info.class"));
    assertThat(module.name()).isEqualTo(moduleName);
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports e : module.exports()) {
      exports.put(e.source(), e.targets());
    }
    for (String pkg : packagesWithClasses(classes)) {
      if (pkg.contains(".internal")) {
        assertThat(exports.get(pkg)).as("internal package %s is exported only to named sibling modules", pkg)
            .satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isNotEmpty().allMatch(m -> m.startsWith("dev.stacksets.")));
      } else {
        assertThat(exports).as("public package %s is exported to everyone", pkg).containsEntry(pkg, Set.of());
      }
    }
  }

  /**
   * Asserts that no public or protected member of a public type outside the {@code .internal} packages names an
   * {@code .internal} type: in its supertypes, fields, constructors, methods, exceptions or their type arguments.
   */
  public static void assertNoInternalTypeInPublicSignatures(Path classes) {
    java.util.List<String> violations = new java.util.ArrayList<>();
    for (String name : classNames(classes)) {
      if (name.contains(".internal.")) {
        continue;
      }
      Class<?> type;
      try {
        type = Class.forName(name, false, ModuleLayout.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(name, e);
      }
      if (!java.lang.reflect.Modifier.isPublic(type.getModifiers()) || !isVisible(type)) {
        continue;
      }
      java.util.List<java.lang.reflect.Type> used = new java.util.ArrayList<>();
      used.add(type.getGenericSuperclass());
      used.addAll(java.util.List.of(type.getGenericInterfaces()));
      for (java.lang.reflect.Field f : type.getDeclaredFields()) {
        if (exposed(f.getModifiers())) {
          used.add(f.getGenericType());
        }
      }
      for (java.lang.reflect.Constructor<?> c : type.getDeclaredConstructors()) {
        if (exposed(c.getModifiers())) {
          used.addAll(java.util.List.of(c.getGenericParameterTypes()));
          used.addAll(java.util.List.of(c.getGenericExceptionTypes()));
        }
      }
      for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
        if (exposed(m.getModifiers()) && !m.isSynthetic()) {
          used.add(m.getGenericReturnType());
          used.addAll(java.util.List.of(m.getGenericParameterTypes()));
          used.addAll(java.util.List.of(m.getGenericExceptionTypes()));
        }
      }
      for (java.lang.reflect.Type t : used) {
        String text = t == null ? "" : t.getTypeName();
        if (text.matches(".*\\bdev\\.stacksets\\.[\\w.]*\\.internal\\..*")) {
          violations.add(name + " exposes " + text);
        }
      }
    }
    assertThat(violations).as("internal types in public signatures").isEmpty();
  }

  private static boolean exposed(int modifiers) {
    return java.lang.reflect.Modifier.isPublic(modifiers) || java.lang.reflect.Modifier.isProtected(modifiers);
  }

  /** A public type reachable from outside: every enclosing type public too. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Asserts that every class the jar leaves out ({@code model/*Spec.class}, by the {@code maven-jar-plugin} excludes of
   * the modules with model specs) is a spec the model processor read: package-private, beside the model generated from
   * it, and named by no other class, so that no code can need it at run time. Returns how many there are.
   */
  public static int assertLeftOutSpecsAreUnused(Path classes) {
    Set<String> all = classNames(classes);
    Set<String> specs = all.stream().filter(n -> n.matches(".*\\.model\\.[^.]+Spec"))
        .collect(Collectors.toCollection(TreeSet::new));
    for (String spec : specs) {
      assertThat(all).as("the model generated from %s", spec).contains(spec.substring(0, spec.length() - 4));
      try {
        Class<?> type = Class.forName(spec, false, ModuleLayout.class.getClassLoader());
        assertThat(java.lang.reflect.Modifier.isPublic(type.getModifiers())).as("%s is public", spec).isFalse();
      } catch (ClassNotFoundException e) {
        throw new AssertionError(spec + " cannot be loaded", e);
      }
    }
    for (String name : all) {
      String text = new String(bytes(classes.resolve(name.replace('.', '/') + ".class")),
          java.nio.charset.StandardCharsets.ISO_8859_1);
      for (String spec : specs) {
        if (!name.equals(spec) && !name.startsWith(spec + "$")) {
          assertThat(text).as("%s names the spec %s, which the jar leaves out", name, spec)
              .doesNotContain(spec.replace('.', '/')).doesNotContain(spec);
        }
      }
    }
    return specs.size();
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> classNames(Path classes) {
    try (Stream<Path> files = Files.walk(classes)) {
      return files.map(f -> classes.relativize(f).toString())
          .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class") && !f.endsWith("package-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> packagesWithClasses(Path classes) {
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class")
              && !f.getFileName().toString().equals("package-info.class"))
          .map(f -> classes.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ModuleDescriptor read(Path moduleInfo) {
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(moduleInfo + ": compile the module first", e);
    }
  }
}
