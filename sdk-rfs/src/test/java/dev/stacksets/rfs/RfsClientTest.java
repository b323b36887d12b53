package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.auth.HuaweiProjectId;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.PageInfo;
import dev.stacksets.rfs.model.StackSetOperation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The client's builder, defaults and its interface defaults. */
class RfsClientTest {
  private static final CredentialsProvider CREDS = CredentialsProvider.of(Credentials.of("AK", "SK"));

  @Test
  void endpointsForANullRegionIsAnIllegalArgument() {
    assertThatThrownBy(() -> RfsEndpoints.forRegion(null)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("region must not be null");
  }

  @Test
  void regionPicksThePublicEndpoint() {
    try (RfsClient rfs = RfsClient.builder().region("cn-north-4").credentialsProvider(CREDS).build()) {
      ClientConfiguration c = rfs.configuration();
      assertThat(c.endpoint()).isEqualTo(URI.create("https://rfs.cn-north-4.myhuaweicloud.com"));
      assertThat(c.region()).isEqualTo("cn-north-4");
      assertThat(c.credentialsProvider()).isSameAs(CREDS);
      assertThat(rfs.projectId()).isNull();
    }
    try (RfsClient rfs = RfsClient.builder().region("eu-west-101").credentialsProvider(CREDS).build()) {
      assertThat(rfs.configuration().endpoint()).isEqualTo(URI.create("https://aos.myhuaweicloud.eu"));
    }
  }

  @Test
  void endpointOverridesTheRegion() {
    try (RfsClient rfs = RfsClient.builder().region("cn-north-4").endpoint(URI.create("http://127.0.0.1:1/base"))
        .projectId("p1").credentialsProvider(CREDS).build()) {
      assertThat(rfs.configuration().endpoint()).isEqualTo(URI.create("http://127.0.0.1:1/base"));
      assertThat(rfs.projectId()).isEqualTo("p1");
      assertThat(rfs.toString()).contains("http://127.0.0.1:1/base").contains("p1");
    }
  }

  @Test
  void defaultsToTheHuaweiCredentialsChain() {
    try (RfsClient rfs = RfsClient.create("cn-north-4")) {
      assertThat(rfs.configuration().credentialsProvider()).isNotNull();
      assertThat(rfs.configuration().retryPolicy()).isNotNull();
    }
  }

  @Test
  void theDefaultChainBringsTheConfiguredProjectIdAnExplicitProviderDoesNot() {
    String saved = System.getProperty(HuaweiProjectId.PROPERTY);
    System.setProperty(HuaweiProjectId.PROPERTY, "p-from-property");
    try {
      try (RfsClient rfs = RfsClient.builder().region("cn-north-4").build()) {
        assertThat(rfs.projectId()).isEqualTo("p-from-property");
      }
      try (RfsClient rfs = RfsClient.builder().region("cn-north-4").projectId("explicit").build()) {
        assertThat(rfs.projectId()).isEqualTo("explicit");
      }
      try (RfsClient rfs = RfsClient.builder().region("cn-north-4").credentialsProvider(CREDS).build()) {
        assertThat(rfs.projectId()).isNull();
      }
    } finally {
      if (saved == null) {
        System.clearProperty(HuaweiProjectId.PROPERTY);
      } else {
        System.setProperty(HuaweiProjectId.PROPERTY, saved);
      }
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"0b2c7b1f\u00a0", "0b2c 7b1f", "\u00e9t\u00e9",
      "p\tq", "p\u007f"})
  void aProjectIdThatIsNotPrintableAsciiIsRejected(String projectId) {
    assertThatThrownBy(() -> RfsClient.builder().projectId(projectId))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("projectId (X-Project-Id) must")
        .hasMessageContaining("U+");
  }

  @Test
  void aConfiguredProjectIdThatIsNotPrintableAsciiFailsTheBuild() {
    String saved = System.getProperty(HuaweiProjectId.PROPERTY);
    System.setProperty(HuaweiProjectId.PROPERTY, "0b2c7b1fd9e64f6d\u00a0");
    try {
      assertThatThrownBy(() -> RfsClient.builder().region("cn-north-4").build())
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageContaining("projectId")
          .hasMessageContaining(HuaweiProjectId.PROPERTY)
          .hasMessageContaining("U+00A0 at index 16");
    } finally {
      if (saved == null) {
        System.clearProperty(HuaweiProjectId.PROPERTY);
      } else {
        System.setProperty(HuaweiProjectId.PROPERTY, saved);
      }
    }
  }

  @Test
  void anyPrintableAsciiProjectIdIsAccepted() {
    try (RfsClient rfs = RfsClient.builder().region("cn-north-4").credentialsProvider(CREDS)
        .projectId("proj.ect:id/~1").build()) {
      assertThat(rfs.projectId()).isEqualTo("proj.ect:id/~1");
    }
  }

  @Test
  void buildWithoutRegionOrEndpointFails() {
    assertThatThrownBy(() -> RfsClient.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("region or endpoint");
    assertThatThrownBy(() -> RfsClient.create(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RfsClient.create("Not A Region")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closingLeavesACallersOkHttpClientUsable() {
    OkHttpClient mine = new OkHttpClient();
    RfsClient rfs = RfsClient.builder().region("cn-north-4").credentialsProvider(CREDS).httpClient(mine).build();
    rfs.close();
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    mine.dispatcher().executorService().shutdown();
  }

  /** A test double implementing only the single-page call gets the paginator for free. */
  @Test
  void paginatorsWorkOnAnyImplementationOfTheSinglePageCall() {
    List<ListStackSetOperationsRequest> seen = new ArrayList<>();
    RfsClient fake = new RfsClient() {
      @Override
      public ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
        seen.add(request);
        String next = request.marker() == null ? "p2" : null;
        return ListStackSetOperationsResponse.builder()
            .addStackSetOperation(StackSetOperation.builder().operationId(request.marker() == null ? "a" : "b")
                .build())
            .pageInfo(PageInfo.builder().nextMarker(next).build())
            .responseMetadata(ResponseMetadata.none())
            .build();
      }
    };
    assertThat(fake.listStackSetOperationsPaginator(r -> r.stackSetName("s").limit(10)).stream()
        .map(StackSetOperation::operationId).collect(Collectors.toList())).containsExactly("a", "b");
    assertThat(seen).extracting(ListStackSetOperationsRequest::marker).containsExactly(null, "p2");
    assertThat(seen).extracting(ListStackSetOperationsRequest::limit).containsExactly(10, 10);
    assertThatThrownBy(() -> fake.listStackSets()).isInstanceOf(UnsupportedOperationException.class);
  }
}
