package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.AuthenticationException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.testing.SecretEncoding;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A hostile RFS endpoint echoes the secret key, the security token and this request's signature in its JSON error
 * reply (message, details, encoded authorization message), in each encoding a server may use; none of them may
 * reach what the exception shows.
 */
class EchoedSecretLeakTest {
  private static final String SK = "HuaweiSECRET/0123456789+abcdefghijKLMNOP==";
  private static final String TOKEN = "HostileTOKEN/gQpjbi1ub3J0aC00+session/Token==";

  private RfsMock mock;
  private final List<String> sentForms = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    mock = new RfsMock();
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    // RfsMock checks signatures made with its own credentials; these requests used the test's
    while (mock.server.takeRequest(0, java.util.concurrent.TimeUnit.MILLISECONDS) != null) {
      // drained
    }
    mock.close();
  }

  @ParameterizedTest
  @EnumSource(SecretEncoding.class)
  void rfsJsonErrorShowsNoSecret(SecretEncoding encoding) {
    mock.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String authorization = r.getHeaders().get("Authorization");
        String signature = authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
        String token = r.getHeaders().get("X-Security-Token");
        List<String> forms = List.of(encoding.encode(SK), encoding.encode(token), encoding.encode(signature));
        synchronized (sentForms) {
          sentForms.addAll(forms);
          sentForms.addAll(List.of(SK, token, signature));
        }
        String echo = "key " + forms.get(0) + ", token " + forms.get(1) + ", signature " + forms.get(2);
        return new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
            .body("{\"error_code\": \"APIGW.0301\", \"error_msg\": \"Incorrect IAM authentication information: "
                + echo + "\", \"encoded_authorization_message\": \"" + echo + "\", \"details\": [{\"error_code\": "
                + "\"x\", \"error_msg\": \"" + echo + "\"}], \"request_id\": \"" + forms.get(1) + "\"}")
            .build();
      }
    });
    RfsClient rfs = mock.builder().projectId(RfsMock.PROJECT_ID)
        .credentialsProvider(CredentialsProvider.of(Credentials.of("AccessKey", SK, TOKEN))).build();

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> rfs.listStackSets());

    assertThat(e).isNotNull();
    assertThat(e.errorCode()).isEqualTo("APIGW.0301");
    assertThat(e.errorMessage()).isEqualTo("Incorrect IAM authentication information: key ***, token ***, "
        + "signature ***");
    assertThat(sentForms).hasSizeGreaterThanOrEqualTo(6);
    ServiceError error = e.error();
    List<String> shown = new ArrayList<>(List.of(e.getMessage(), e.toString(), e.errorMessage(), e.bodyExcerpt(),
        error.toString(), error.encodedAuthorizationMessage(), String.valueOf(error.details())));
    for (String s : shown) {
      for (String secret : sentForms) {
        assertThat(s).as("a shown text").doesNotContain(secret);
      }
    }
    rfs.close();
  }
}
