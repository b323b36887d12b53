package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.auth.CredentialsException;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.StackSetsException;
import java.net.URI;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Region, endpoint and credential resolution of both client builders. */
class ClientBuilderTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private static CredentialsProvider creds() {
    return CredentialsProvider.of(TestSupport.CREDENTIALS);
  }

  @Test
  void endpointsForANullServiceOrRegionIsAnIllegalArgument() {
    assertThatThrownBy(() -> AwsEndpoints.forService(null, "us-east-1"))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("service must not be null");
    assertThatThrownBy(() -> AwsEndpoints.forService("config", null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("region must not be null");
  }

  @Test
  void cloudFormationEndpointFromTheRegion() {
    try (CloudFormationClient c = CloudFormationClient.builder().environment(n -> null).region("eu-west-1")
        .credentialsProvider(creds()).build()) {
      assertThat(c.configuration().endpoint()).isEqualTo(URI.create("https://cloudformation.eu-west-1.amazonaws.com"));
      assertThat(c.configuration().region()).isEqualTo("eu-west-1");
    }
  }

  @Test
  void chinaRegionsUseTheChinaDomain() {
    try (CloudFormationClient c = CloudFormationClient.builder().environment(n -> null).region("cn-north-1")
        .credentialsProvider(creds()).build();
        ConfigClient k = ConfigClient.builder().environment(n -> null).region("cn-northwest-1")
            .credentialsProvider(creds()).build()) {
      assertThat(c.configuration().endpoint())
          .isEqualTo(URI.create("https://cloudformation.cn-north-1.amazonaws.com.cn"));
      assertThat(k.configuration().endpoint()).isEqualTo(URI.create("https://config.cn-northwest-1.amazonaws.com.cn"));
    }
  }

  @Test
  void theRegionComesFromAwsRegionWhenNotSet() {
    Map<String, String> env = TestSupport.env("AWS_REGION", "ap-southeast-2");
    try (CloudFormationClient c = CloudFormationClient.builder().environment(env::get).credentialsProvider(creds())
        .build();
        ConfigClient k = ConfigClient.builder().environment(env::get).credentialsProvider(creds()).build()) {
      assertThat(c.configuration().endpoint())
          .isEqualTo(URI.create("https://cloudformation.ap-southeast-2.amazonaws.com"));
      assertThat(k.configuration().endpoint()).isEqualTo(URI.create("https://config.ap-southeast-2.amazonaws.com"));
    }
  }

  @Test
  void theBuilderRegionWinsOverTheEnvironment() {
    Map<String, String> env = TestSupport.env("AWS_REGION", "ap-southeast-2");
    try (CloudFormationClient c = CloudFormationClient.builder().environment(env::get).region("us-west-2")
        .credentialsProvider(creds()).build()) {
      assertThat(c.configuration().region()).isEqualTo("us-west-2");
    }
  }

  @Test
  void withoutRegionOrEndpointBuildFailsNamingWhatIsMissing() {
    assertThatThrownBy(() -> CloudFormationClient.builder().environment(n -> null).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("region").hasMessageContaining("AWS_REGION");
    assertThatThrownBy(() -> ConfigClient.builder().environment(n -> "  ").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("region");
  }

  @Test
  void aMalformedAwsRegionIsReported() {
    assertThatThrownBy(() -> CloudFormationClient.builder().environment(n -> "US East 1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("AWS_REGION");
  }

  @Test
  void aMalformedBuilderRegionIsAnIllegalArgument() {
    assertThatThrownBy(() -> CloudFormationClient.builder().region("us_east_1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEndpointAloneSignsForUsEast1() throws Exception {
    server.enqueue(xml(queryReply("ListStackSets", TestSupport.XML_NS, "")));
    try (CloudFormationClient c = CloudFormationClient.builder().environment(n -> null)
        .endpoint(URI.create(server.url("/").toString())).credentialsProvider(creds()).clock(TestSupport.CLOCK)
        .build()) {
      assertThat(c.configuration().region()).isNull();
      c.listStackSets(r -> { });
    }
    RecordedRequest r = server.takeRequest();
    TestSupport.assertSigned(r, "cloudformation", "us-east-1", "content-type;host;x-amz-date");
  }

  @Test
  void anEndpointWithARegionSignsForThatRegion() throws Exception {
    server.enqueue(TestSupport.json("{}"));
    try (ConfigClient c = ConfigClient.builder().environment(n -> null).region("eu-central-1")
        .endpoint(URI.create(server.url("/").toString())).credentialsProvider(creds()).clock(TestSupport.CLOCK)
        .build()) {
      c.getOrganizationConformancePackDetailedStatus(r -> r.organizationConformancePackName("p"));
    }
    TestSupport.assertSigned(server.takeRequest(), "config", "eu-central-1",
        "content-type;host;x-amz-date;x-amz-target");
  }

  @Test
  void anEndpointWithABasePathKeepsIt() throws Exception {
    server.enqueue(xml(queryReply("ListStackSets", TestSupport.XML_NS, "")));
    try (CloudFormationClient c = CloudFormationClient.builder().environment(n -> null)
        .endpoint(URI.create(server.url("/cfn/").toString())).credentialsProvider(creds()).clock(TestSupport.CLOCK)
        .build()) {
      c.listStackSets(r -> { });
    }
    RecordedRequest r = server.takeRequest();
    assertThat(r.getTarget()).isEqualTo("/cfn/");
    TestSupport.assertSigned(r, "cloudformation", "us-east-1", "content-type;host;x-amz-date");
  }

  @Test
  void missingCredentialsFailTheCallNotTheBuild() {
    try (CloudFormationClient c = CloudFormationClient.builder().environment(n -> null)
        .endpoint(URI.create(server.url("/").toString()))
        .credentialsProvider(() -> {
          throw new CredentialsException("no credentials found: test");
        }).build()) {
      assertThatThrownBy(() -> c.listStackSets(r -> { })).isInstanceOf(StackSetsException.class)
          .hasMessageContaining("no credentials found");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void toStringShowsEndpointAndRegionOnly() {
    try (CloudFormationClient c = CloudFormationClient.builder().environment(n -> null).region("us-east-1")
        .credentialsProvider(creds()).build()) {
      assertThat(c.toString()).contains("cloudformation.us-east-1.amazonaws.com", "us-east-1")
          .doesNotContain("wJalr");
    }
  }
}
