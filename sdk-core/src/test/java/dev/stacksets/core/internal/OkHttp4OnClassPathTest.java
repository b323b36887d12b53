package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stacksets.core.testing.TestClientBuilder;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An application that also depends on {@code com.squareup.okhttp3:okhttp:4.12.0}: its OkHttp 4 and okio 3.6 jars
 * come before the SDK's OkHttp 5 on the class path. Built here with a child-first class loader holding OkHttp 4.12,
 * okio 3.6 and sdk-core's classes (the jars are copied into {@code target/okhttp4} by the build, see sdk-core's pom).
 */
class OkHttp4OnClassPathTest {
  private static final Path CLASSES = codeLocation(OkHttpVersionCheck.class);
  private static final Path TEST_CLASSES = codeLocation(TestClientBuilder.class);
  private static final Path OKHTTP4 = CLASSES.getParent().resolve("okhttp4");

  @Test
  void buildingAClientOnOkHttp4FailsNamingTheVersionAndTheFix() throws Exception {
    Path okhttp = OKHTTP4.resolve("okhttp.jar");
    Path okio = OKHTTP4.resolve("okio-jvm.jar");
    assertThat(okhttp).as("copied by maven-dependency-plugin").isRegularFile();
    assertThat(okio).as("copied by maven-dependency-plugin").isRegularFile();

    try (ChildFirstLoader loader = new ChildFirstLoader(okhttp, okio, CLASSES, TEST_CLASSES)) {
      assertThat(okHttpVersionSeenBy(loader)).isEqualTo("4.12.0");

      Throwable thrown = catchThrowable(() -> buildTransport(loader));

      assertThat(thrown).isExactlyInstanceOf(IllegalStateException.class).hasMessage(
          "stacksets-java needs OkHttp 5.x (com.squareup.okhttp3:okhttp-jvm), but OkHttp 4.12.0 is on the class "
          + "path (okhttp3.OkHttp loaded from " + okhttp.toUri().toURL() + "). Another dependency of your "
          + "application brings com.squareup.okhttp3:okhttp 4.x (see `mvn dependency:tree "
          + "-Dincludes=com.squareup.okhttp3`): exclude it from that dependency, or align every OkHttp artifact on "
          + "5.x by importing com.squareup.okhttp3:okhttp-bom 5.x in dependencyManagement (see the README, "
          + "\"OkHttp 4 on the class path\").");
    }
  }

  /** The same harness without OkHttp 4 in front: the client is built, so the failure above is the check's. */
  @Test
  void theSameHarnessOnOkHttp5BuildsTheClient() throws Exception {
    try (ChildFirstLoader loader = new ChildFirstLoader(CLASSES, TEST_CLASSES)) {
      assertThat(okHttpVersionSeenBy(loader)).startsWith("5.");

      Object transport = buildTransport(loader);

      assertThat(transport.getClass().getName()).isEqualTo(HttpTransport.class.getName());
      assertThat(transport.getClass().getClassLoader()).isSameAs(loader);
      ((AutoCloseable) transport).close();
    }
  }

  /** {@code new HttpTransport(new TestClientBuilder().region("r1").build())}, all inside the loader. */
  private static Object buildTransport(ClassLoader loader) throws Exception {
    Class<?> builderType = Class.forName(TestClientBuilder.class.getName(), true, loader);
    Object builder = builderType.getConstructor().newInstance();
    builderType.getMethod("region", String.class).invoke(builder, "r1");
    Object config = builderType.getMethod("build").invoke(builder);
    Class<?> transportType = Class.forName(HttpTransport.class.getName(), true, loader);
    try {
      return transportType.getConstructor(config.getClass()).newInstance(config);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }

  private static String okHttpVersionSeenBy(ClassLoader loader) throws ReflectiveOperationException {
    return (String) Class.forName("okhttp3.OkHttp", true, loader).getField("VERSION").get(null);
  }

  private static Path codeLocation(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads OkHttp, okio and the SDK from its own URLs first; everything else (Kotlin, Jackson, SLF4J) from its parent. */
  private static final class ChildFirstLoader extends URLClassLoader {
    ChildFirstLoader(Path... entries) throws Exception {
      super(urls(entries), OkHttp4OnClassPathTest.class.getClassLoader());
    }

    private static URL[] urls(Path... entries) throws Exception {
      URL[] urls = new URL[entries.length];
      for (int i = 0; i < entries.length; i++) {
        assertThat(Files.exists(entries[i])).as(entries[i].toString()).isTrue();
        urls[i] = entries[i].toUri().toURL();
      }
      return urls;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("okhttp3.") && !name.startsWith("okio.") && !name.startsWith("dev.stacksets.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          try {
            c = findClass(name);
          } catch (ClassNotFoundException notHere) {
            c = super.loadClass(name, false);
          }
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
