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
