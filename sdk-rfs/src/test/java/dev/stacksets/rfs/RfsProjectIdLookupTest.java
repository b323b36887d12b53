package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsException;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.internal.config.SystemSettings;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A client built for a region without a project id asks IAM for it once, and sends it signed on every call. */
class RfsProjectIdLookupTest {
  private static final Credentials TEMPORARY = Credentials.of("HWTEMPAK", "hw/temp+secret", "hw-security-token");

  @StartStop
  final MockWebServer server = new MockWebServer();
  private final List<RecordedRequest> seen = new CopyOnWriteArrayList<>();
  private volatile String projects = "[{\"id\": \"0b2c7b1fd9e64f6d\", \"name\": \"cn-north-4\"}]";

  private RfsClient client() {
    return builder().build();
  }

  private RfsClient.Builder builder() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        seen.add(r);
        String body = r.getUrl().encodedPath().equals("/iam/v3/projects") ? "{\"projects\": " + projects + "}"
            : "{\"stack_sets\": [], \"page_info\": {}}";
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
      }
    });
    String base = server.url("/").toString();
    Map<String, String> env = Map.of("HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4", base + "rfs",
        "HUAWEICLOUD_SDK_IAM_ENDPOINT", base + "iam");
    return RfsClient.builder().settings(new SystemSettings(env::get, p -> null, null)).region("cn-north-4")
        .credentialsProvider(CredentialsProvider.of(TEMPORARY)).clock(Clock.fixed(RfsMock.NOW, ZoneOffset.UTC));
  }

  @Test
  void theProjectIdComesFromIamOnceAndIsSignedOnEveryCall() {
    try (RfsClient rfs = client()) {
      assertThat(rfs.projectId()).isNull();
      rfs.listStackSets();
      rfs.listStackSets();
    }
    assertThat(seen).extracting(RecordedRequest::getRequestLine).containsExactly(
        "GET /iam/v3/projects?name=cn-north-4 HTTP/1.1", "GET /rfs/v1/stack-sets HTTP/1.1",
        "GET /rfs/v1/stack-sets HTTP/1.1");
    assertThat(seen.get(0).getHeaders().get("X-Security-Token")).isEqualTo("hw-security-token");
    assertThat(seen.get(0).getHeaders().get("Authorization")).startsWith("SDK-HMAC-SHA256 Access=HWTEMPAK, ");
    for (RecordedRequest call : seen.subList(1, 3)) {
      assertThat(call.getHeaders().get("X-Project-Id")).isEqualTo("0b2c7b1fd9e64f6d");
      assertThat(call.getHeaders().get("Authorization")).contains("x-project-id");
    }
  }

  @Test
  void severalProjectsFailTheCallBeforeAnythingReachesRfs() {
    projects = "[{\"id\": \"p-a\"}, {\"id\": \"p-b\"}]";
    try (RfsClient rfs = client()) {
      assertThatThrownBy(rfs::listStackSets).isInstanceOf(CredentialsException.class)
          .hasMessageContaining("lists 2 projects (p-a, p-b) named 'cn-north-4' for access key HWTEMPAK; set the "
              + "project id (projectId(...) or HUAWEICLOUD_SDK_PROJECT_ID)");
    }
    assertThat(seen).extracting(r -> r.getUrl().encodedPath()).containsExactly("/iam/v3/projects");
  }

  @Test
  void switchedOffNoIamCallAndNoProjectHeader() {
    try (RfsClient rfs = builder().projectIdLookup(false).build()) {
      rfs.listStackSets();
    }
    assertThat(seen).extracting(RecordedRequest::getRequestLine).containsExactly("GET /rfs/v1/stack-sets HTTP/1.1");
    assertThat(seen.get(0).getHeaders().get("X-Project-Id")).isNull();
  }

  @Test
  void aProjectIdOrAnEndpointMeansNoLookup() {
    try (RfsClient rfs = RfsClient.builder().settings(new SystemSettings(n -> null, p -> null, null))
        .endpoint(server.url("/rfs").uri()).credentialsProvider(CredentialsProvider.of(TEMPORARY)).build()) {
      server.enqueue(new MockResponse.Builder().body("{\"stack_sets\": []}").build());
      rfs.listStackSets();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
