package dev.stacksets.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Huawei Cloud settings read from the environment. */
class HuaweiSettingsTest {
  private final Map<String, String> env = new HashMap<>();
  private final Map<String, String> props = new HashMap<>();
  private final SystemSettings settings = new SystemSettings(env::get, props::get, null);

  @Test
  void theServiceEndpointVariableIsNamedAsTheOfficialSdkNamesItAndItsFirstEntryIsUsed() {
    assertThat(HuaweiSettings.endpointEnv("rfs", "cn-north-4")).isEqualTo("HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4");
    assertThat(HuaweiSettings.endpoint(settings, "RFS", "cn-north-4")).isNull();
    env.put("HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4", " http://127.0.0.1:8080/rfs , https://rfs.backup.example");
    assertThat(HuaweiSettings.endpoint(settings, "RFS", "cn-north-4")).isEqualTo(new ConfiguredEndpoint(
        URI.create("http://127.0.0.1:8080/rfs"), "environment variable HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4"));
    env.put("HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4", "rfs.internal.example");
    assertThat(HuaweiSettings.endpoint(settings, "RFS", "cn-north-4").uri())
        .isEqualTo(URI.create("https://rfs.internal.example"));
    env.put("HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4", ",https://x");
    assertThatThrownBy(() -> HuaweiSettings.endpoint(settings, "RFS", "cn-north-4"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("environment variable HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4 starts with an empty endpoint");
  }

  @Test
  void theRegionComesFromOurOwnPropertyThenVariable() {
    assertThat(HuaweiSettings.region(settings)).isNull();
    env.put("HUAWEICLOUD_SDK_REGION", "cn-east-3");
    assertThat(HuaweiSettings.region(settings)).isEqualTo("cn-east-3");
    props.put("huaweicloud.sdk.region", "ap-southeast-1");
    assertThat(HuaweiSettings.region(settings)).isEqualTo("ap-southeast-1");
    props.clear();
    env.put("HUAWEICLOUD_SDK_REGION", "CN North 4");
    assertThatThrownBy(() -> HuaweiSettings.region(settings)).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("HUAWEICLOUD_SDK_REGION must look like 'us-east-1': 'CN North 4'");
  }

  @Test
  void theIamEndpointIsTheVariableElseRegionalElseGlobal() {
    assertThat(HuaweiSettings.iamEndpoint(settings, "cn-north-4"))
        .isEqualTo(URI.create("https://iam.cn-north-4.myhuaweicloud.com"));
    assertThat(HuaweiSettings.iamEndpoint(settings, "tr-west-1")).isEqualTo(URI.create("https://iam.myhuaweicloud.com"));
    assertThat(HuaweiSettings.iamEndpoint(settings, null)).isEqualTo(URI.create("https://iam.myhuaweicloud.com"));
    env.put("HUAWEICLOUD_SDK_IAM_ENDPOINT", "http://127.0.0.1:9/iam");
    assertThat(HuaweiSettings.iamEndpoint(settings, "cn-north-4")).isEqualTo(URI.create("http://127.0.0.1:9/iam"));
  }

  @Test
  void theMetadataServiceCanBeMovedOrSwitchedOff() {
    assertThat(HuaweiSettings.metadataEndpoint(settings)).isEqualTo(URI.create("http://169.254.169.254"));
    env.put("HUAWEICLOUD_SDK_METADATA_ENDPOINT", "http://127.0.0.1:7");
    assertThat(HuaweiSettings.metadataEndpoint(settings)).isEqualTo(URI.create("http://127.0.0.1:7"));
    env.put("HUAWEICLOUD_SDK_METADATA_DISABLED", "true");
    assertThat(HuaweiSettings.metadataEndpoint(settings)).isNull();
    assertThat(HuaweiSettings.metadataEndpoint(SystemSettings.isolated(n -> null))).isNull();
  }
}
