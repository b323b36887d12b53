package dev.stacksets.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class SdkHttpRequestTest {

  private static SdkHttpRequest.Builder base() {
    return SdkHttpRequest.builder().method("post").encodedPath("/v1/x").addQuery("a", "1").addQuery("a", "2")
        .header("Authorization", "SECRET-SIGNATURE").body("{}", "application/json");
  }

  @Test
  void keepsEverythingInOrder() {
    SdkHttpRequest r = base().build();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.encodedPath()).isEqualTo("/v1/x");
    assertThat(r.query()).containsExactly(new QueryParam("a", "1"), new QueryParam("a", "2"));
    assertThat(r.header("authorization")).isEqualTo("SECRET-SIGNATURE");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{}");
    assertThat(r.contentType()).isEqualTo("application/json");
    assertThatThrownBy(() -> r.query().add(new QueryParam("b", "3")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilderCopiesWithoutSharing() {
    SdkHttpRequest r = base().build();
    SdkHttpRequest changed = r.toBuilder().header("X-More", "1").addQuery("b", "2").build();
    assertThat(r.header("X-More")).isNull();
    assertThat(r.query()).hasSize(2);
    assertThat(changed.query()).hasSize(3);
    assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(changed).isNotEqualTo(r);
  }

  @Test
  void toStringShowsNoHeaderValues() {
    assertThat(base().build().toString()).contains("POST /v1/x", "Authorization").doesNotContain("SECRET");
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> SdkHttpRequest.builder().encodedPath("/x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("method");
    assertThatThrownBy(() -> SdkHttpRequest.builder().method("GET").encodedPath("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("encodedPath");
    assertThatThrownBy(() -> SdkHttpRequest.builder().method("POST").body(new byte[] {1}, null).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("contentType");
  }

  @Test
  void headerEditing() {
    SdkHttpRequest r = SdkHttpRequest.builder().method("GET").addHeader("X-A", "1").addHeader("X-A", "2")
        .header("X-B", "1").removeHeader("X-B").query(List.of(new QueryParam("q", ""))).build();
    assertThat(r.headers().values("X-A")).containsExactly("1", "2");
    assertThat(r.header("X-B")).isNull();
    assertThat(r.query()).containsExactly(new QueryParam("q", ""));
    assertThat(r.encodedPath()).isEqualTo("/");
  }

  @Test
  void response() {
    SdkHttpResponse r = new SdkHttpResponse(204, Headers.of("X-Request-Id", "id"), null);
    assertThat(r.body()).isEmpty();
    assertThat(r.isSuccessful()).isTrue();
    assertThat(r.header("x-request-id")).isEqualTo("id");
    assertThat(new SdkHttpResponse(302, Headers.of(), null).isSuccessful()).isFalse();
    assertThat(new SdkHttpResponse(500, Headers.of(), "boom".getBytes(StandardCharsets.UTF_8)).bodyAsString())
        .isEqualTo("boom");
  }
}
