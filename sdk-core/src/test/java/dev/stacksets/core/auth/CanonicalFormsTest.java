package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.signing.Canonical;
import dev.stacksets.core.internal.util.PercentEncoding;
import org.junit.jupiter.api.Test;

/** The shared encoding helpers the two signers stand on. */
class CanonicalFormsTest {

  @Test
  void encodeLeavesOnlyUnreservedCharacters() {
    assertThat(PercentEncoding.encode("aZ09-_.~")).isEqualTo("aZ09-_.~");
    assertThat(PercentEncoding.encode("a b+c*d/e%f=g&h|i,j")).isEqualTo("a%20b%2Bc%2Ad%2Fe%25f%3Dg%26h%7Ci%2Cj");
    assertThat(PercentEncoding.encode("栈集😀")).isEqualTo("%E6%A0%88%E9%9B%86%F0%9F%98%80");
  }

  @Test
  void normalizeIsIdentityOnCanonicalTextAndFixesEverythingElse() {
    String canonical = "cn-north-4%2F0123%E6%A0%88";
    assertThat(PercentEncoding.normalize(canonical)).isSameAs(canonical);
    assertThat(PercentEncoding.normalize("cn-north-4%2f0123%e6%a0%88")).isEqualTo(canonical);
    assertThat(PercentEncoding.normalize("%41%7e")).isEqualTo("A~");
    assertThat(PercentEncoding.normalize("a:b@c+d")).isEqualTo("a%3Ab%40c%2Bd");
    assertThat(PercentEncoding.normalize("栈😀")).isEqualTo("%E6%A0%88%F0%9F%98%80");
    assertThat(PercentEncoding.normalize("%FF%zz%")).isEqualTo("%FF%25zz%25");
    assertThat(PercentEncoding.normalize("")).isEmpty();
  }

  @Test
  void decodeReversesEncode() {
    String raw = "region==cn-north-4|x,y 栈";
    assertThat(PercentEncoding.decode(PercentEncoding.encode(raw))).isEqualTo(raw);
    assertThat(PercentEncoding.decode("a+b%2")).isEqualTo("a+b%2");
  }

  @Test
  void decodeNonAsciiTurnsOnlyWellFormedUtf8EscapesIntoCharacters() {
    assertThat(PercentEncoding.decodeNonAscii("%E6%A0%88%2Fa%e6%a0%88")).isEqualTo("栈%2Fa栈");
    assertThat(PercentEncoding.decodeNonAscii("%F0%9F%98%80%41%25%20%zz%")).isEqualTo("😀%41%25%20%zz%");
    // overlong, surrogate, truncated and stray continuation bytes stay as sent
    String broken = "%C0%AF%ED%A0%80%E6%A0x%80%FF";
    assertThat(PercentEncoding.decodeNonAscii(broken)).isEqualTo(broken);
    assertThat(PercentEncoding.decodeNonAscii("plain-栈")).isEqualTo("plain-栈");
  }

  @Test
  void huaweiPathEncodesTheIriFormOfEachSegment() {
    assertThat(Canonical.huaweiPath("/")).isEqualTo("/");
    assertThat(Canonical.huaweiPath("")).isEqualTo("/");
    assertThat(Canonical.huaweiPath("/a%2Fb//%E6%A0%88/栈:/")).isEqualTo("/a%252Fb//%E6%A0%88/%E6%A0%88%3A/");
    assertThat(Canonical.huaweiPath("/v1/stack-sets")).isEqualTo("/v1/stack-sets");
  }

  @Test
  void pathsSingleAndDouble() {
    assertThat(Canonical.path("/", false)).isEqualTo("/");
    assertThat(Canonical.path("/a%2fb//c/", false)).isEqualTo("/a%2Fb//c/");
    assertThat(Canonical.path("/a%2Fb", true)).isEqualTo("/a%252Fb");
    assertThat(Canonical.normalizedPath("/v1/stack-sets")).isEqualTo("/v1/stack-sets");
  }

  @Test
  void contentTypeFollowsWhatTheTransportSends() {
    SdkHttpRequest post = SdkHttpRequest.builder().method("POST").header("Content-Type", "text/plain")
        .body("x", "application/json").build();
    assertThat(Canonical.contentType(post)).isEqualTo("application/json");
    SdkHttpRequest getWithHeader = SdkHttpRequest.builder().method("GET").header("Content-Type", "application/json")
        .build();
    assertThat(Canonical.contentType(getWithHeader)).isEqualTo("application/json");
    SdkHttpRequest emptyPost = SdkHttpRequest.builder().method("POST").body(new byte[0], "application/json").build();
    assertThat(Canonical.contentType(emptyPost)).isEqualTo("application/json");
    SdkHttpRequest emptyGet = SdkHttpRequest.builder().method("GET").body(new byte[0], "application/json").build();
    assertThat(Canonical.contentType(emptyGet)).isNull();
  }

  @Test
  void foldSpaces() {
    assertThat(Canonical.foldSpaces("  a   b  c ")).isEqualTo("a b c");
    assertThat(Canonical.foldSpaces("plain")).isEqualTo("plain");
  }
}
