package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final String TOKEN = "FwoGZXIvYXdzEXAMPLETOKENVALUE";

  @Test
  void toStringShowsOnlyTheAccessKeyId() {
    Credentials c = Credentials.builder().accessKeyId("AKIDEXAMPLE").secretAccessKey(SECRET).sessionToken(TOKEN)
        .expiration(Instant.parse("2030-01-01T00:00:00Z")).build();
    assertThat(c.toString()).contains("AKIDEXAMPLE").contains("2030-01-01T00:00:00Z")
        .doesNotContain(SECRET).doesNotContain(TOKEN);
    assertThat(CredentialsProvider.of(c).toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
    assertThat(CachingCredentialsProvider.of(CredentialsProvider.of(c)).toString())
        .doesNotContain(SECRET).doesNotContain(TOKEN);
  }

  @Test
  void valuesAndEquality() {
    Credentials c = Credentials.of("AK", "SK", "");
    assertThat(c.sessionToken()).isNull();
    assertThat(c).isEqualTo(Credentials.of("AK", "SK")).hasSameHashCodeAs(Credentials.of("AK", "SK"));
    assertThat(c.toBuilder().sessionToken("T").build()).isNotEqualTo(c);
    assertThat(Credentials.of("AK", "SK", "T").sessionToken()).isEqualTo("T");
  }

  @Test
  void missingPartsAreNamed() {
    assertThatThrownBy(() -> Credentials.of(" ", "SK")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("accessKeyId");
    assertThatThrownBy(() -> Credentials.of("AK", "")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secretAccessKey");
  }

  @Test
  void headerUnsafeKeyOrTokenIsRejectedWithoutShowingIt() {
    String badToken = "token-with-line-break\nX-Injected: 1";
    assertThatThrownBy(() -> Credentials.of("AK", "SK", badToken)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sessionToken").hasMessageContaining("control character")
        .hasMessageNotContaining("token-with-line-break");
    assertThatThrownBy(() -> Credentials.of("AK ID", "SK")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("accessKeyId").hasMessageContaining("position 2");
    assertThatThrownBy(() -> Credentials.of("AKé", "SK")).hasMessageContaining("non-ASCII");
    // the secret is only an HMAC key: anything non-empty goes
    assertThat(Credentials.of("AK", "s e c r e t é").secretAccessKey()).isEqualTo("s e c r e t é");
  }
}
