package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.internal.config.SystemSettings;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The RFS endpoint and region configured in the environment, as the Huawei Cloud SDKs (and this SDK) read them. */
class RfsConfiguredEndpointTest {
  private static RfsClient.Builder builder(Map<String, String> env) {
    return RfsClient.builder().settings(new SystemSettings(env::get, p -> null, null))
        .credentialsProvider(CredentialsProvider.of(RfsMock.CREDENTIALS))
        .clock(Clock.fixed(RfsMock.NOW, ZoneOffset.UTC)).projectId(RfsMock.PROJECT_ID);
  }

  @Test
  void theRegionalVariableSendsCallsToItsFirstEndpoint() throws Exception {
    try (RfsMock mock = new RfsMock()) {
      String first = mock.server.url("/first").toString();
      Map<String, String> env = Map.of("HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4", first + ",https://second.invalid");
      mock.enqueue(200, "{\"stack_sets\":[]}");
      try (RfsClient rfs = builder(env).region("cn-north-4").build()) {
        assertThat(rfs.configuration().endpoint()).isEqualTo(URI.create(first));
        assertThat(rfs.configuration().region()).isEqualTo("cn-north-4");
        rfs.listStackSets();
      }
      RecordedRequest r = mock.take();
      assertThat(r.getTarget()).isEqualTo("/first/v1/stack-sets");
    }
  }

  @Test
  void theRegionComesFromHuaweicloudSdkRegion() {
    Map<String, String> env = Map.of("HUAWEICLOUD_SDK_REGION", "ap-southeast-3",
        "HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4", "http://127.0.0.1:1");
    try (RfsClient rfs = builder(env).build()) {
      assertThat(rfs.configuration().region()).isEqualTo("ap-southeast-3");
      assertThat(rfs.configuration().endpoint()).isEqualTo(URI.create("https://rfs.ap-southeast-3.myhuaweicloud.com"));
    }
    try (RfsClient rfs = builder(env).region("cn-north-4").build()) {
      assertThat(rfs.configuration().endpoint()).isEqualTo(URI.create("http://127.0.0.1:1"));
    }
  }

  @Test
  void anEndpointSetInCodeWins() {
    Map<String, String> env = Map.of("HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4", "http://127.0.0.1:1");
    try (RfsClient rfs = builder(env).region("cn-north-4").endpoint(URI.create("http://127.0.0.1:2")).build()) {
      assertThat(rfs.configuration().endpoint()).isEqualTo(URI.create("http://127.0.0.1:2"));
    }
  }

  @Test
  void unusableSettingsFailTheBuildNamingTheVariable() {
    assertThatThrownBy(() -> builder(Map.of("HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4", "http://u:p4ss@host"))
        .region("cn-north-4").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("environment variable HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4 must not contain user "
            + "info: http://host")
        .hasMessageNotContaining("p4ss");
    assertThatThrownBy(() -> builder(Map.of("HUAWEICLOUD_SDK_REGION", "North 4")).build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("HUAWEICLOUD_SDK_REGION must look like 'us-east-1': 'North 4'");
    assertThatThrownBy(() -> builder(Map.of()).build()).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("region or endpoint is required: set region(...), the HUAWEICLOUD_SDK_REGION environment "
            + "variable (this SDK's own), or endpoint(...)");
  }
}
