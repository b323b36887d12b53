package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.internal.config.SystemSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endpoints and regions configured outside the code, as the AWS SDKs read them. */
class ConfiguredEndpointTest {
  @StartStop
  final MockWebServer server = new MockWebServer();
  @TempDir Path home;

  private static CredentialsProvider creds() {
    return CredentialsProvider.of(TestSupport.CREDENTIALS);
  }

  private String url() {
    return server.url("/").toString();
  }

  @Test
  void theServiceSpecificVariablesPointEachClientAtItsEndpoint() throws Exception {
    Map<String, String> env = TestSupport.env("AWS_ENDPOINT_URL_CLOUDFORMATION", url() + "cfn/",
        "AWS_ENDPOINT_URL_CONFIG_SERVICE", url() + "config/", "AWS_ENDPOINT_URL", "http://elsewhere.invalid");
    server.enqueue(xml(queryReply("ListStackSets", TestSupport.XML_NS, "")));
    server.enqueue(TestSupport.json("{}"));
    try (CloudFormationClient c = CloudFormationClient.builder().environment(env::get).credentialsProvider(creds())
        .clock(TestSupport.CLOCK).build();
        ConfigClient k = ConfigClient.builder().environment(env::get).credentialsProvider(creds())
            .clock(TestSupport.CLOCK).build()) {
      assertThat(c.configuration().endpoint()).isEqualTo(URI.create(url() + "cfn/"));
      assertThat(c.configuration().region()).isNull();
      c.listStackSets(r -> { });
      k.getOrganizationConformancePackDetailedStatus(r -> r.organizationConformancePackName("p"));
    }
    RecordedRequest cfn = server.takeRequest();
    assertThat(cfn.getTarget()).isEqualTo("/cfn/");
    TestSupport.assertSigned(cfn, "cloudformation", "us-east-1", "content-type;host;x-amz-date");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/config/");
  }

  @Test
  void theGlobalVariableServesBothAndTheRegionStillSigns() throws Exception {
    Map<String, String> env = TestSupport.env("AWS_ENDPOINT_URL", url(), "AWS_REGION", "eu-west-3");
    server.enqueue(xml(queryReply("ListStackSets", TestSupport.XML_NS, "")));
    try (CloudFormationClient c = CloudFormationClient.builder().environment(env::get).credentialsProvider(creds())
        .clock(TestSupport.CLOCK).build()) {
      assertThat(c.configuration().region()).isEqualTo("eu-west-3");
      c.listStackSets(r -> { });
    }
    TestSupport.assertSigned(server.takeRequest(), "cloudformation", "eu-west-3", "content-type;host;x-amz-date");
  }

  @Test
  void anEndpointSetInCodeWinsAndTheIgnoreSwitchDropsConfiguredOnes() {
    Map<String, String> env = TestSupport.env("AWS_ENDPOINT_URL", url(), "AWS_REGION", "eu-west-3");
    try (CloudFormationClient c = CloudFormationClient.builder().environment(env::get)
        .endpoint(URI.create("http://127.0.0.1:1/mine")).credentialsProvider(creds()).build()) {
      assertThat(c.configuration().endpoint()).isEqualTo(URI.create("http://127.0.0.1:1/mine"));
    }
    env.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
    try (ConfigClient k = ConfigClient.builder().environment(env::get).credentialsProvider(creds()).build()) {
      assertThat(k.configuration().endpoint()).isEqualTo(URI.create("https://config.eu-west-3.amazonaws.com"));
    }
  }

  @Test
  void theProfileServicesSectionAndRegionAreRead() throws IOException {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), "[profile dev]\nregion = ap-northeast-1\nservices = local\n"
        + "[services local]\ncloudformation =\n  endpoint_url = " + url() + "local-cfn\n");
    SystemSettings settings = new SystemSettings(TestSupport.env("AWS_PROFILE", "dev")::get, p -> null, home);
    try (CloudFormationClient c = CloudFormationClient.builder().settings(settings).credentialsProvider(creds())
        .build();
        ConfigClient k = ConfigClient.builder().settings(settings).credentialsProvider(creds()).build()) {
      assertThat(c.configuration().endpoint()).isEqualTo(URI.create(url() + "local-cfn"));
      assertThat(c.configuration().region()).isEqualTo("ap-northeast-1");
      assertThat(k.configuration().endpoint()).isEqualTo(URI.create("https://config.ap-northeast-1.amazonaws.com"));
    }
  }

  @Test
  void anUnusableConfiguredEndpointFailsTheBuildNamingTheVariable() {
    Map<String, String> env = TestSupport.env("AWS_ENDPOINT_URL_CONFIG_SERVICE", "localhost:4566");
    assertThatThrownBy(() -> ConfigClient.builder().environment(env::get).credentialsProvider(creds()).build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("environment variable AWS_ENDPOINT_URL_CONFIG_SERVICE must be an absolute http(s) "
            + "URI with a host: 'localhost:4566'");
  }

  @Test
  void aMalformedSharedConfigFileFailsTheBuildNamingFileAndLine() throws IOException {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), "[default]\nnot a setting\n");
    SystemSettings settings = new SystemSettings(n -> null, p -> null, home);
    assertThatThrownBy(() -> CloudFormationClient.builder().settings(settings).credentialsProvider(creds()).build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("malformed credentials file " + home.resolve(".aws/config") + ", line 2: expected '[section]' "
            + "or 'name = value'");
  }

  @Test
  void onEc2TheRegionComesFromInstanceMetadataWhenNothingElseNamesOne() throws Exception {
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public mockwebserver3.MockResponse dispatch(RecordedRequest r) {
        if (r.getMethod().equals("PUT") && r.getTarget().equals("/latest/api/token")) {
          return new mockwebserver3.MockResponse.Builder().body("imds-token").build();
        }
        boolean tokened = "imds-token".equals(r.getHeaders().get("X-aws-ec2-metadata-token"));
        return new mockwebserver3.MockResponse.Builder().code(tokened ? 200 : 401)
            .body(tokened ? "sa-east-1" : "").build();
      }
    });
    Map<String, String> env = TestSupport.env("AWS_EC2_METADATA_SERVICE_ENDPOINT", url());
    try (CloudFormationClient c = CloudFormationClient.builder().environment(env::get).credentialsProvider(creds())
        .build()) {
      assertThat(c.configuration().region()).isEqualTo("sa-east-1");
      assertThat(c.configuration().endpoint()).isEqualTo(URI.create("https://cloudformation.sa-east-1.amazonaws.com"));
    }
    assertThat(server.takeRequest().getRequestLine()).isEqualTo("PUT /latest/api/token HTTP/1.1");
    assertThat(server.takeRequest().getRequestLine()).isEqualTo("GET /latest/meta-data/placement/region HTTP/1.1");
    // with an endpoint, or metadata switched off, it is not asked
    env.put("AWS_ENDPOINT_URL", url());
    try (CloudFormationClient c = CloudFormationClient.builder().environment(env::get).credentialsProvider(creds())
        .build()) {
      assertThat(c.configuration().region()).isNull();
    }
    env.remove("AWS_ENDPOINT_URL");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    assertThatThrownBy(() -> CloudFormationClient.builder().environment(env::get).credentialsProvider(creds())
        .build()).isExactlyInstanceOf(IllegalStateException.class).hasMessageStartingWith("region or endpoint is "
        + "required");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
