package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class OkHttpVersionCheckTest {
  private static final String NEEDS = "stacksets-java needs OkHttp 5.x (com.squareup.okhttp3:okhttp-jvm)";

  @Test
  void okHttp4IsRefusedNamingTheVersionFound() {
    assertThat(OkHttpVersionCheck.problem("4.12.0")).isEqualTo(NEEDS + ", but OkHttp 4.12.0 is on the class path");
    assertThat(OkHttpVersionCheck.problem("3.14.9")).isEqualTo(NEEDS + ", but OkHttp 3.14.9 is on the class path");
    assertThat(OkHttpVersionCheck.problem("4.0.0-RC1")).isEqualTo(NEEDS + ", but OkHttp 4.0.0-RC1 is on the class path");
  }

  @Test
  void okHttp5AndLaterAreAccepted() {
    assertThat(OkHttpVersionCheck.problem("5.5.1")).isNull();
    assertThat(OkHttpVersionCheck.problem("5.0.0")).isNull();
    assertThat(OkHttpVersionCheck.problem("5.0.0-alpha.14")).isNull();
    assertThat(OkHttpVersionCheck.problem("6.0.0")).isNull();
    assertThat(OkHttpVersionCheck.problem("10.1")).isNull();
  }

  @Test
  void anUnreadableVersionIsRefused() {
    assertThat(OkHttpVersionCheck.problem(null)).isEqualTo(NEEDS
        + ", but the OkHttp on the class path has no readable okhttp3.OkHttp.VERSION (OkHttp 3 or older)");
  }

  @Test
  void aVersionThatIsNotANumberIsRefused() {
    for (String garbage : new String[] {"", "garbage", "v5.5.1", "$projectVersion", "5x", "99999.0", ".5"}) {
      assertThat(OkHttpVersionCheck.problem(garbage)).as(garbage).isEqualTo(NEEDS
          + ", but the OkHttp on the class path reports an unrecognised version '" + garbage + "'");
    }
  }

  @Test
  void theOkHttpThisBuildRunsOnPasses() {
    assertThatCode(OkHttpVersionCheck::requireSupported).doesNotThrowAnyException();
  }
}
