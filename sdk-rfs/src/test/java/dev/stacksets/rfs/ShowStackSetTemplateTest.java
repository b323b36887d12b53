package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.rfs.model.CallIdentity;
import dev.stacksets.rfs.model.ShowStackSetTemplateResponse;
import java.net.URI;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ShowStackSetTemplate returns the temporary redirect's Location and never follows it. */
class ShowStackSetTemplateTest {
  static final String PRESIGNED = "https://rfs-templates.obs.cn-north-4.myhuaweicloud.com/t.zip"
      + "?AccessKeyId=TEMPKEY&Expires=1700000300&Signature=abc%2Bdef";

  private RfsMock mock;
  private RfsClient rfs;

  @BeforeEach
  void setUp() throws Exception {
    mock = new RfsMock();
    rfs = mock.client();
  }

  @AfterEach
  void tearDown() {
    rfs.close();
    mock.close();
  }

  private void redirect(int status, String location) {
    MockResponse.Builder b = new MockResponse.Builder().code(status).addHeader("X-Request-Id", "req-" + status);
    if (location != null) {
      b.addHeader("Location", location);
    }
    mock.server.enqueue(b.build());
  }

  @Test
  void returnsTheLocationOfTheTemporaryRedirectWithEveryQueryParameter() throws Exception {
    redirect(307, PRESIGNED);

    ShowStackSetTemplateResponse response = rfs.showStackSetTemplate(r -> r
        .stackSetName("my_stack_set")
        .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7")
        .accessControlSourceIps("192.168.1.10", "10.0.0.0/8")
        .accessControlSourceVpcIds("vpc-1", "vpc-2")
        .callIdentity(CallIdentity.DELEGATED_ADMIN)
        .clientRequestId("tpl-1"));

    RecordedRequest r = mock.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/v1/stack-sets/my_stack_set/templates"
        + "?stack_set_id=f689e9fd-97e7-4185-bd8a-7d5f708d45d7"
        + "&access_control_source_ips=192.168.1.10&access_control_source_ips=10.0.0.0%2F8"
        + "&access_control_source_vpc_ids=vpc-1&access_control_source_vpc_ids=vpc-2"
        + "&call_identity=DELEGATED_ADMIN");
    assertThat(r.getHeaders().get("Client-Request-Id")).isEqualTo("tpl-1");
    assertThat(r.getBodySize()).isZero();
    RfsMock.assertSigned(r, true);
    assertThat(response.location()).isEqualTo(URI.create(PRESIGNED));
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("req-307", "tpl-1", 307, 1));
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 302, 303, 307, 308})
  void anyRedirectOrSuccessCarryingALocationIsTheAnswer(int status) throws Exception {
    redirect(status, PRESIGNED);

    assertThat(rfs.showStackSetTemplate(r -> r.stackSetName("my_stack_set")).location())
        .isEqualTo(URI.create(PRESIGNED));
    assertThat(mock.take().getTarget()).isEqualTo("/v1/stack-sets/my_stack_set/templates");
  }

  @Test
  void aCallersOkHttpClientThatFollowsRedirectsDoesNotFollowThisOne() throws Exception {
    OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
    String elsewhere = mock.server.url("/elsewhere/template.zip").toString();
    redirect(307, elsewhere);
    mock.server.enqueue(new MockResponse.Builder().code(200).body("the template itself").build());

    try (RfsClient client = mock.builder().projectId(RfsMock.PROJECT_ID).httpClient(following).build()) {
      assertThat(client.showStackSetTemplate(r -> r.stackSetName("my_stack_set")).location())
          .isEqualTo(URI.create(elsewhere));
    }

    assertThat(mock.take().getTarget()).isEqualTo("/v1/stack-sets/my_stack_set/templates");
    assertThat(mock.requestCount()).isEqualTo(1);
    assertThat(following.followRedirects()).isTrue();
  }

  @Test
  void aRedirectWithoutALocationIsUnreadableAndNotRetried() {
    redirect(307, null);

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> rfs.showStackSetTemplate(r -> r.stackSetName("my_stack_set").clientRequestId("tpl-2")));

    assertThat(e.getMessage()).contains("no Location header");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.clientRequestId()).isEqualTo("tpl-2");
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @Test
  void aLocationThatIsNotAUriIsUnreadableAndNotEchoed() {
    redirect(307, "https://bucket.example/a b?Signature=SECRETSIG");

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> rfs.showStackSetTemplate(r -> r.stackSetName("my_stack_set")));

    assertThat(e.getMessage()).contains("Location header is not a URI").doesNotContain("SECRETSIG");
  }

  @Test
  void theUrlIsNeverShownByToString() {
    redirect(307, PRESIGNED);

    ShowStackSetTemplateResponse response = rfs.showStackSetTemplate(r -> r.stackSetName("my_stack_set"));

    assertThat(response.toString()).isEqualTo("ShowStackSetTemplateResponse{location=***, responseMetadata="
        + response.responseMetadata() + "}");
  }
}
