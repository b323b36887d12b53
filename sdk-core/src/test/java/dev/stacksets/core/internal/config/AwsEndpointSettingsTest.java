package dev.stacksets.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endpoints configured outside the code, in the AWS SDK for Java's order, and the switch that ignores them. */
class AwsEndpointSettingsTest {
  @TempDir Path home;
  private final Map<String, String> env = new HashMap<>();
  private final Map<String, String> props = new HashMap<>();

  private ConfiguredEndpoint resolve(AwsService service) {
    SystemSettings s = new SystemSettings(env::get, props::get, home);
    return AwsEndpointSettings.resolve(s, AwsConfigFiles.of(s, null), service);
  }

  private void config(String content) throws IOException {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), content);
  }

  @Test
  void theServiceNamesAreThoseOfTheAwsSdks() {
    assertThat(AwsService.CLOUDFORMATION.endpointEnv()).isEqualTo("AWS_ENDPOINT_URL_CLOUDFORMATION");
    assertThat(AwsService.CONFIG.endpointEnv()).isEqualTo("AWS_ENDPOINT_URL_CONFIG_SERVICE");
    assertThat(AwsService.STS.endpointEnv()).isEqualTo("AWS_ENDPOINT_URL_STS");
    assertThat(AwsService.SSO.endpointEnv()).isEqualTo("AWS_ENDPOINT_URL_SSO");
    assertThat(AwsService.CLOUDFORMATION.endpointProperty()).isEqualTo("aws.endpointUrlCloudFormation");
    assertThat(AwsService.CONFIG.endpointProperty()).isEqualTo("aws.endpointUrlConfig");
    assertThat(AwsService.STS.endpointProperty()).isEqualTo("aws.endpointUrlSts");
    assertThat(AwsService.CONFIG.profileKey()).isEqualTo("config_service");
    assertThat(AwsService.SSO.publicEndpoint("eu-west-1")).isEqualTo("https://portal.sso.eu-west-1.amazonaws.com");
    assertThat(AwsService.STS.publicEndpoint("cn-north-1")).isEqualTo("https://sts.cn-north-1.amazonaws.com.cn");
  }

  @Test
  void eachPlaceWinsOverTheOnesAfterIt() throws IOException {
    config("[services local]\nconfig_service =\n  endpoint_url = http://services:1\n"
        + "[default]\nservices = local\nendpoint_url = http://profile:1\n");
    props.put("aws.endpointUrlConfig", "http://service-property:1");
    props.put("aws.endpointUrl", "http://global-property:1");
    env.put("AWS_ENDPOINT_URL_CONFIG_SERVICE", "http://service-env:1");
    env.put("AWS_ENDPOINT_URL", "http://global-env:1");

    assertThat(resolve(AwsService.CONFIG)).isEqualTo(new ConfiguredEndpoint(URI.create("http://service-property:1"),
        "system property aws.endpointUrlConfig"));
    props.remove("aws.endpointUrlConfig");
    assertThat(resolve(AwsService.CONFIG)).isEqualTo(new ConfiguredEndpoint(URI.create("http://global-property:1"),
        "system property aws.endpointUrl"));
    props.remove("aws.endpointUrl");
    assertThat(resolve(AwsService.CONFIG)).isEqualTo(new ConfiguredEndpoint(URI.create("http://service-env:1"),
        "environment variable AWS_ENDPOINT_URL_CONFIG_SERVICE"));
    env.remove("AWS_ENDPOINT_URL_CONFIG_SERVICE");
    assertThat(resolve(AwsService.CONFIG)).isEqualTo(new ConfiguredEndpoint(URI.create("http://global-env:1"),
        "environment variable AWS_ENDPOINT_URL"));
    env.remove("AWS_ENDPOINT_URL");
    assertThat(resolve(AwsService.CONFIG)).isEqualTo(new ConfiguredEndpoint(URI.create("http://services:1"),
        "config_service.endpoint_url in [services local] of " + home.resolve(".aws/config")));
    // a service the services section does not name falls back to the profile's own endpoint_url
    assertThat(resolve(AwsService.CLOUDFORMATION)).isEqualTo(new ConfiguredEndpoint(URI.create("http://profile:1"),
        "endpoint_url of profile 'default' of " + home.resolve(".aws/credentials") + " and "
            + home.resolve(".aws/config")));
  }

  @Test
  void theActiveProfileIsTheOneRead() throws IOException {
    config("[default]\nendpoint_url = http://default:1\n[profile dev]\nendpoint_url = http://dev:1/base\n");
    env.put("AWS_PROFILE", "dev");
    assertThat(resolve(AwsService.STS).uri()).isEqualTo(URI.create("http://dev:1/base"));
  }

  @Test
  void nothingConfiguredIsNull() throws IOException {
    assertThat(resolve(AwsService.CLOUDFORMATION)).isNull();
    config("[default]\nregion = us-east-1\n");
    assertThat(resolve(AwsService.CLOUDFORMATION)).isNull();
  }

  @Test
  void theIgnoreSwitchDropsEveryConfiguredEndpoint() throws IOException {
    config("[default]\nendpoint_url = http://profile:1\n");
    env.put("AWS_ENDPOINT_URL", "http://global-env:1");
    env.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "TRUE");
    assertThat(resolve(AwsService.CLOUDFORMATION)).isNull();
    props.put("aws.ignoreConfiguredEndpointUrls", "false"); // the property wins over the variable
    assertThat(resolve(AwsService.CLOUDFORMATION).uri()).isEqualTo(URI.create("http://global-env:1"));
    props.clear();
    env.clear();
    config("[default]\nendpoint_url = http://profile:1\nignore_configured_endpoint_urls = true\n");
    assertThat(resolve(AwsService.CLOUDFORMATION)).isNull();
  }

  @Test
  void anUnusableValueIsReportedNamingWhereItIs() {
    env.put("AWS_ENDPOINT_URL_STS", "localhost:4566");
    assertThatThrownBy(() -> resolve(AwsService.STS)).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("environment variable AWS_ENDPOINT_URL_STS must be an absolute http(s) URI with a host: "
            + "'localhost:4566'");
    env.put("AWS_ENDPOINT_URL_STS", "http://user:pa55word@localhost:4566");
    assertThatThrownBy(() -> resolve(AwsService.STS)).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("environment variable AWS_ENDPOINT_URL_STS must not contain user info: http://localhost")
        .hasMessageNotContaining("pa55word");
    env.put("AWS_ENDPOINT_URL_STS", "user:pa55word@localhost");
    assertThatThrownBy(() -> resolve(AwsService.STS)).hasMessageNotContaining("pa55word");
    env.put("AWS_ENDPOINT_URL_STS", "http://localhost:4566/?x=1");
    assertThatThrownBy(() -> resolve(AwsService.STS))
        .hasMessage("environment variable AWS_ENDPOINT_URL_STS must not have a query or fragment: "
            + "'http://localhost:4566/?x=1'");
    env.clear();
    env.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "yes");
    assertThatThrownBy(() -> resolve(AwsService.STS)).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("environment variable AWS_IGNORE_CONFIGURED_ENDPOINT_URLS must be true or false: 'yes'");
  }

  @Test
  void aMalformedConfigFileIsAConfigFileException() throws IOException {
    config("[default]\nthis line is wrong\n");
    assertThatThrownBy(() -> resolve(AwsService.STS)).isExactlyInstanceOf(ConfigFileException.class)
        .hasMessage("malformed credentials file " + home.resolve(".aws/config") + ", line 2: expected '[section]' "
            + "or 'name = value'");
  }

  @Test
  void isolatedSettingsReadOnlyTheGivenVariables() throws IOException {
    config("[default]\nendpoint_url = http://profile:1\n");
    SystemSettings s = SystemSettings.isolated(Map.of("AWS_REGION", "eu-west-1")::get);
    assertThat(s.home()).isNull();
    assertThat(AwsEndpointSettings.resolve(s, AwsConfigFiles.of(s, null), AwsService.STS)).isNull();
    assertThat(AwsRegionSettings.resolve(s, AwsConfigFiles.of(s, null))).isEqualTo("eu-west-1");
  }

  @Test
  void theRegionComesFromThePropertyTheVariableThenTheProfile() throws IOException {
    config("[profile dev]\nregion = ap-south-1\n");
    env.put("AWS_PROFILE", "dev");
    SystemSettings s = new SystemSettings(env::get, props::get, home);
    assertThat(AwsRegionSettings.resolve(s, AwsConfigFiles.of(s, null))).isEqualTo("ap-south-1");
    env.put("AWS_REGION", "eu-west-1");
    assertThat(AwsRegionSettings.resolve(s, AwsConfigFiles.of(s, null))).isEqualTo("eu-west-1");
    props.put("aws.region", "us-west-2");
    assertThat(AwsRegionSettings.resolve(s, AwsConfigFiles.of(s, null))).isEqualTo("us-west-2");
    props.put("aws.region", "US West");
    assertThatThrownBy(() -> AwsRegionSettings.resolve(s, AwsConfigFiles.of(s, null)))
        .hasMessage("system property aws.region must look like 'us-east-1': 'US West'");
  }
}
