package dev.stacksets.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which proxy the environment and the JVM properties name, and which requests bypass it. */
class ProxyConfigurationTest {
  private final Map<String, String> env = new HashMap<>();
  private final Map<String, String> props = new HashMap<>();

  private ProxyConfiguration read() {
    return ProxyConfiguration.fromEnvironment(env::get, props::get);
  }

  @Test
  void nothingSetLeavesTheClientsOwnSelection() {
    ProxyConfiguration p = read();
    assertThat(p.isUnset()).isTrue();
    assertThat(p.proxyFor(URI.create("https://cloudformation.us-east-1.amazonaws.com"))).isNull();
    assertThat(p.toString()).isEqualTo("ProxyConfiguration{unset}");
  }

  @Test
  void httpsAndHttpVariablesServeTheirSchemesLowerCaseFirst() {
    env.put("HTTPS_PROXY", "http://upper:3128");
    env.put("https_proxy", "lower.corp:8080");
    env.put("HTTP_PROXY", "http://plain.corp");
    ProxyConfiguration p = read();
    assertThat(p.proxyFor(URI.create("https://rfs.cn-north-4.myhuaweicloud.com/v1")))
        .isEqualTo(URI.create("http://lower.corp:8080"));
    assertThat(p.proxyFor(URI.create("http://169.254.169.254/latest"))).isEqualTo(URI.create("http://plain.corp:80"));
    assertThat(p.source()).isEqualTo("https_proxy and HTTP_PROXY");
  }

  @Test
  void jvmPropertiesWinOverTheEnvironmentAndCarryTheirOwnCredentials() {
    env.put("HTTPS_PROXY", "http://env:3128");
    props.put("https.proxyHost", "jvm.corp");
    props.put("https.proxyUser", "alice");
    props.put("https.proxyPassword", "s3cret");
    props.put("http.nonProxyHosts", "*.internal|10.*");
    ProxyConfiguration p = read();
    assertThat(p.httpsProxy()).isEqualTo(URI.create("http://jvm.corp:443"));
    assertThat(p.username()).isEqualTo("alice");
    assertThat(p.password()).isEqualTo("s3cret");
    assertThat(p.proxyFor(URI.create("https://api.internal"))).isNull();
    assertThat(p.proxyFor(URI.create("https://10.1.2.3"))).isNull();
    assertThat(p.toString()).doesNotContain("s3cret").contains("user=alice, password=***");
  }

  @Test
  void noProxyEntriesAndLoopbackBypassTheProxy() {
    env.put("HTTPS_PROXY", "http://proxy.corp:3128");
    env.put("NO_PROXY", ".corp.example, *.svc.cluster.local,amazonaws.com.cn ,[fd00::1]:443,192.168.*");
    ProxyConfiguration p = read();
    for (String direct : new String[] {"https://a.corp.example", "https://corp.example", "https://x.svc.cluster.local",
        "https://sts.cn-north-1.amazonaws.com.cn", "https://[fd00::1]", "https://192.168.0.10", "https://localhost:8443",
        "https://127.0.0.1:4566", "https://[::1]:9000"}) {
      assertThat(p.proxyFor(URI.create(direct))).as(direct).isNull();
    }
    assertThat(p.proxyFor(URI.create("https://sts.amazonaws.com"))).isEqualTo(URI.create("http://proxy.corp:3128"));
    assertThat(p.proxyFor(URI.create("https://notcorp.example"))).isNotNull();
    env.put("no_proxy", "*");
    assertThat(read().proxyFor(URI.create("https://sts.amazonaws.com"))).isNull();
  }

  @Test
  void credentialsInTheUrlAreDecodedAndNeverShown() {
    env.put("HTTPS_PROXY", "http://bob%40corp:p%2Bss%3Aw0rd@proxy.corp:3128");
    ProxyConfiguration p = read();
    assertThat(p.username()).isEqualTo("bob@corp");
    assertThat(p.password()).isEqualTo("p+ss:w0rd");
    assertThat(p.httpsProxy()).isEqualTo(URI.create("http://proxy.corp:3128"));
    assertThat(p.toString()).doesNotContain("w0rd").doesNotContain("p%2Bss");
  }

  @Test
  void unusableProxiesAreNamedWithoutTheirPassword() {
    env.put("HTTPS_PROXY", "https://u:hunter2@proxy.corp:443");
    assertThatThrownBy(this::read).isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("HTTPS_PROXY must be an http://host:port proxy URL (TLS and SOCKS proxies are not supported): "
            + "https://proxy.corp");
    env.put("HTTPS_PROXY", "socks5://u:hunter2@proxy.corp:1080");
    assertThatThrownBy(this::read).hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> ProxyConfiguration.of(URI.create("ftp://proxy")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("proxy must be an http://");
  }

  @Test
  void anExplicitProxyHasNoImplicitBypassAndNoneIsDirect() {
    ProxyConfiguration p = ProxyConfiguration.of(URI.create("http://proxy.corp:3128"), "*.local");
    assertThat(p.proxyFor(URI.create("http://127.0.0.1:8080"))).isEqualTo(URI.create("http://proxy.corp:3128"));
    assertThat(p.proxyFor(URI.create("https://svc.local"))).isNull();
    assertThat(ProxyConfiguration.none().isDirect()).isTrue();
    assertThat(ProxyConfiguration.none().proxyFor(URI.create("https://x"))).isNull();
  }
}
