package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.testing.SecretEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EchoedSecretsTest {
  private static final String SK = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN = "HostileTOKEN/FwoGZXIvYXdzEBY+aK/session==";
  private static final String SIGNATURE = "a1b2c3d4e5".repeat(6) + "f6f7";
  private static final SdkHttpRequest SIGNED = SdkHttpRequest.builder().method("GET").encodedPath("/")
      .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/cloudformation/"
          + "aws4_request, SignedHeaders=host, Signature=" + SIGNATURE)
      .header("X-Amz-Security-Token", TOKEN).build();
  private static final EchoedSecrets SECRETS = EchoedSecrets.of(SIGNED, Credentials.of("AKIDEXAMPLE", SK, TOKEN));

  @ParameterizedTest
  @EnumSource(SecretEncoding.class)
  void everySecretIsMaskedInEveryEncoding(SecretEncoding encoding) {
    String text = "key " + encoding.encode(SK) + ", token " + encoding.encode(TOKEN) + ", signature "
        + encoding.encode(SIGNATURE) + ".";

    assertThat(SECRETS.mask(text)).isEqualTo("key ***, token ***, signature ***.");
  }

  @Test
  void encodingsMixedCharacterByCharacterAndInAnyCaseAreMaskedToo() {
    String mixed = "&#072;ostileTOKEN%2fFwoGZXIvYXdzEBY\\u002BaK\\/session&#x3D;&#0061;";

    assertThat(SECRETS.mask("<Message>t=" + mixed + "</Message>")).isEqualTo("<Message>t=***</Message>");
  }

  @Test
  void textWithoutSecretsIsUnchangedAndNullStaysNull() {
    String text = "Rate exceeded &amp; 100% of %2F \\u0041 &#x41; HostileTOKEN/Fwo";

    assertThat(SECRETS.mask(text)).isSameAs(text);
    assertThat(SECRETS.mask(null)).isNull();
    assertThat(SECRETS.toString()).doesNotContain(SK).doesNotContain(TOKEN).doesNotContain(SIGNATURE);
  }
}
