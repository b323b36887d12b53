package dev.stacksets.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.AuthenticationException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.testing.SecretEncoding;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A hostile server echoes the secret key, the session token and this request's signature in its error reply, in
 * each encoding a server may use; none of them may reach what the exception shows (message, toString, error
 * message and code, body excerpt), on CloudFormation (Query XML) and Config (JSON 1.1).
 */
class EchoedSecretLeakTest {
  static final String SK = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final String TOKEN = "HostileTOKEN/FwoGZXIvYXdzEBY+aKsession/Token==";
  private static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLE", SK, TOKEN);

  @StartStop
  final MockWebServer server = new MockWebServer();
  private final List<String> sentForms = new ArrayList<>();

  @ParameterizedTest
  @EnumSource(SecretEncoding.class)
  void cloudFormationXmlErrorShowsNoSecret(SecretEncoding encoding) {
    echo(encoding, "text/xml", message -> "<ErrorResponse xmlns=\"" + TestSupport.XML_NS + "\"><Error><Type>Sender"
        + "</Type><Code>SignatureDoesNotMatch</Code><Message>" + message + "</Message></Error><RequestId>r-1"
        + "</RequestId></ErrorResponse>");
    CloudFormationClient cfn = CloudFormationClient.builder().environment(n -> null).region("us-east-1")
        .endpoint(URI.create(server.url("/").toString())).credentialsProvider(CredentialsProvider.of(CREDENTIALS))
        .clock(TestSupport.CLOCK).build();

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> cfn.listStackSets(b -> { }));

    assertShowsNoSecret(e);
    assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(e.errorMessage()).startsWith("The request signature we calculated does not match. key ***, token ***");
    cfn.close();
  }

  @ParameterizedTest
  @EnumSource(SecretEncoding.class)
  void configJsonErrorShowsNoSecret(SecretEncoding encoding) {
    echo(encoding, "application/x-amz-json-1.1",
        message -> "{\"__type\": \"UnrecognizedClientException\", \"message\": \"" + message + "\"}");
    ConfigClient config = ConfigClient.builder().environment(n -> null).region("us-east-1")
        .endpoint(URI.create(server.url("/").toString())).credentialsProvider(CredentialsProvider.of(CREDENTIALS))
        .clock(TestSupport.CLOCK).build();

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
        () -> config.getOrganizationConformancePackDetailedStatus(b -> b.organizationConformancePackName("p")));

    assertShowsNoSecret(e);
    assertThat(e.errorCode()).isEqualTo("UnrecognizedClientException");
    assertThat(e.errorMessage()).startsWith("The request signature we calculated does not match. key ***, token ***");
    config.close();
  }

  /** Replies 403 with a message echoing the secret key, the token header and the signature, in {@code encoding}. */
  private void echo(SecretEncoding encoding, String contentType, Function<String, String> body) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String authorization = r.getHeaders().get("Authorization");
        String signature = authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
        String token = r.getHeaders().get("X-Amz-Security-Token");
        List<String> forms = List.of(encoding.encode(SK), encoding.encode(token), encoding.encode(signature));
        synchronized (sentForms) {
          sentForms.addAll(forms);
          sentForms.addAll(List.of(SK, token, signature));
        }
        String message = "The request signature we calculated does not match. key " + forms.get(0) + ", token "
            + forms.get(1) + ", signature " + forms.get(2) + ", canonical request: 'x-amz-security-token:"
            + forms.get(1) + "'";
        return new MockResponse.Builder().code(403).setHeader("Content-Type", contentType)
            .body(body.apply(message)).build();
      }
    });
  }

  private void assertShowsNoSecret(ServiceException e) {
    assertThat(e).isNotNull();
    assertThat(sentForms).hasSizeGreaterThanOrEqualTo(6);
    List<String> shown = new ArrayList<>();
    shown.add(e.getMessage());
    shown.add(e.toString());
    shown.add(e.errorMessage());
    shown.add(e.errorCode());
    shown.add(e.bodyExcerpt());
    shown.add(e.error().toString());
    for (String s : shown) {
      assertThat(s).isNotNull();
      for (String secret : sentForms) {
        assertThat(s).as("a shown text").doesNotContain(secret);
      }
    }
  }
}
