package dev.stacksets.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BuildComparisonTest {
  private static final String FIXTURE = BuildComparisonFixture.class.getName();

  /** The fixture's own classes, as a build; it needs JMH's annotations beside them, from {@link #PARENT}. */
  private static final Path BUILD = build();

  /** JMH's annotations from the test's class path, everything else from the platform: never the fixture itself. */
  private static final ClassLoader PARENT = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (name.startsWith("org.openjdk.jmh.annotations.")) {
        return BuildComparisonTest.class.getClassLoader().loadClass(name);
      }
      throw new ClassNotFoundException(name);
    }
  };

  private static Path build() {
    try {
      return Path.of(BuildComparisonFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void clearProperties() {
    System.clearProperty(BuildComparisonFixture.EVENTS);
    System.clearProperty(BuildComparisonFixture.FAIL_LATER_SET_UPS);
    System.clearProperty(BuildComparisonFixture.FAIL_TEAR_DOWNS);
  }

  @Test
  void eachBuildIsLoadedApartSetUpTimedInTurnsAndTornDown() throws Exception {
    List<String> lines = BuildComparison.compare(FIXTURE, "work", List.of(BUILD, BUILD), PARENT, 0, 2);

    String[] events = System.getProperty(BuildComparisonFixture.EVENTS).split(";");
    assertThat(events).hasSize(4);
    String first = events[0].replace("setUp in ", "");
    String second = events[1].replace("setUp in ", "");
    assertThat(first).isNotEqualTo(second)
        .isNotEqualTo(String.valueOf(System.identityHashCode(BuildComparisonFixture.class.getClassLoader())));
    // no warm-up: per round one untimed lead-in call and one timed call
    assertThat(events).containsExactly("setUp in " + first, "setUp in " + second,
        "tearDown after 4 calls in " + second, "tearDown after 4 calls in " + first); // last first
    String name = BUILD.getFileName().toString();
    ResultsReport.Interleaved read = ResultsReport.interleaved(lines);
    assertThat(read.rounds()).isEqualTo(2);
    assertThat(read.calls()).containsOnlyKeys(name, name + "2");
    assertThat(read.ratios()).containsOnlyKeys(name + "2/" + name);
  }

  @Test
  void aMissingBuildClassOrBenchmarkIsRefusedByName() {
    Path nowhere = BUILD.resolve("no-such-build.jar");
    assertThatThrownBy(() -> BuildComparison.compare(FIXTURE, "work", List.of(nowhere), PARENT, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no build at " + nowhere + " (a jar or a directory of classes)");
    assertThatThrownBy(() -> BuildComparison.compare(FIXTURE + "X", "work", List.of(BUILD), PARENT, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(FIXTURE + "X cannot be loaded from " + BUILD + " alone: ");
    assertThatThrownBy(() -> BuildComparison.compare(FIXTURE, "notABenchmark", List.of(BUILD), PARENT, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("notABenchmark is not a benchmark method of " + FIXTURE + " in " + BUILD);
    assertThat(System.getProperty(BuildComparisonFixture.EVENTS)).isNull(); // nothing was set up
  }

  @Test
  void tooFewArgumentsOrNoWarmUpAreRefusedBeforeAnyBuildIsLoaded() {
    assertThatThrownBy(() -> BuildComparison.main(new String[] {FIXTURE, "work", "0", "1", BUILD.toString()}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("usage: BuildComparison CLASS METHOD WARMUP_S ROUNDS BUILD BUILD [BUILD...] (got 5 arguments)");
    // without warm-up every turn would be one call: no measurement
    assertThatThrownBy(() -> BuildComparison.main(
        new String[] {FIXTURE, "work", "0", "1", BUILD.toString(), BUILD.toString()}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WARMUP_S must be a whole number of at least 1, not '0'");
    assertThat(System.getProperty(BuildComparisonFixture.EVENTS)).isNull(); // refused before any build was loaded
  }

  @Test
  void aFailedSetUpIsThrownAfterTheBuildsSetUpBeforeItAreTornDown() {
    System.setProperty(BuildComparisonFixture.FAIL_LATER_SET_UPS, "yes");

    assertThatThrownBy(() -> BuildComparison.compare(FIXTURE, "work", List.of(BUILD, BUILD, BUILD), PARENT, 0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("setUp of " + FIXTURE + " failed")
        .hasRootCauseMessage("set-up failed as asked");

    String[] events = System.getProperty(BuildComparisonFixture.EVENTS).split(";");
    String first = events[0].replace("setUp in ", "");
    assertThat(events).containsExactly("setUp in " + first, "tearDown after 0 calls in " + first);
  }

  @Test
  void aFailedTearDownIsThrownAfterEveryBuildIsTornDownTheLaterOnesSuppressed() {
    System.setProperty(BuildComparisonFixture.FAIL_TEAR_DOWNS, "yes");

    assertThatThrownBy(() -> BuildComparison.compare(FIXTURE, "work", List.of(BUILD, BUILD), PARENT, 0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tearDown of " + FIXTURE + " failed")
        .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
            .satisfies(s -> assertThat(s).hasMessage("tearDown of " + FIXTURE + " failed")));

    String[] events = System.getProperty(BuildComparisonFixture.EVENTS).split(";");
    String first = events[0].replace("setUp in ", "");
    String second = events[1].replace("setUp in ", "");
    assertThat(events).containsExactly("setUp in " + first, "setUp in " + second,
        "tearDown after 2 calls in " + second, "tearDown after 2 calls in " + first); // the last set up goes first
  }
}
