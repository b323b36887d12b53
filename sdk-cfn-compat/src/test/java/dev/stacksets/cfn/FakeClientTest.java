package dev.stacksets.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.model.DescribeStackSetOperationRequest;
import dev.stacksets.cfn.model.DescribeStackSetOperationResponse;
import dev.stacksets.cfn.model.DescribeStackSetRequest;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.cfn.model.ListStackInstancesRequest;
import dev.stacksets.cfn.model.ListStackInstancesResponse;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsResponse;
import dev.stacksets.cfn.model.ListStackSetsRequest;
import dev.stacksets.cfn.model.ListStackSetsResponse;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.CreateStackInstancesRequest;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.WaitForTurn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The clients are interfaces: a fake that implements the single-page calls gets the paginators for free. */
class FakeClientTest {

  @Test
  void aFakeCloudFormationClientPaginates() {
    List<String> tokens = new ArrayList<>();
    CloudFormationClient fake = new UnsupportedCloudFormationClient() {
      @Override
      public ListStackSetOperationResultsResponse listStackSetOperationResults(
          ListStackSetOperationResultsRequest request) {
        tokens.add(request.nextToken());
        boolean first = request.nextToken() == null;
        return ListStackSetOperationResultsResponse.builder()
            .summaries(StackSetOperationResultSummary.builder().account(first ? "1" : "2").build())
            .nextToken(first ? "t" : null).build();
      }
    };

    assertThat(fake.listStackSetOperationResultsPaginator(r -> r.stackSetName("s").operationId("op")))
        .extracting(StackSetOperationResultSummary::account).containsExactly("1", "2");
    assertThat(tokens).containsExactly(null, "t");
  }

  @Test
  void aFakeConfigClientPaginates() {
    ConfigClient fake = new ConfigClient() {
      @Override
      public ClientConfiguration configuration() {
        throw new UnsupportedOperationException();
      }

      @Override
      public GetOrganizationConformancePackDetailedStatusResponse getOrganizationConformancePackDetailedStatus(
          GetOrganizationConformancePackDetailedStatusRequest request) {
        return GetOrganizationConformancePackDetailedStatusResponse.builder()
            .organizationConformancePackDetailedStatuses(OrganizationConformancePackDetailedStatus.builder()
                .accountId(request.nextToken() == null ? "a" : "b").build())
            .nextToken(request.nextToken() == null ? "n" : "").build();
      }

      @Override
      public void close() {
      }
    };

    assertThat(fake.getOrganizationConformancePackDetailedStatusPaginator(r -> r.organizationConformancePackName("p"))
        .stream().map(OrganizationConformancePackDetailedStatus::accountId)).containsExactly("a", "b");
  }

  @Test
  void aFakeImplementsOnlyWhatItNeedsAndTheRestNamesTheOperation() {
    CloudFormationClient cfn = new CloudFormationClient() {
      @Override
      public DescribeStackSetResponse describeStackSet(DescribeStackSetRequest request) {
        return DescribeStackSetResponse.builder().build();
      }
    };
    ConfigClient config = new ConfigClient() {};

    assertThat(cfn.describeStackSet(r -> r.stackSetName("s"))).isEqualTo(DescribeStackSetResponse.builder().build());
    assertThatThrownBy(() -> cfn.listStackSets(r -> r.maxResults(1)))
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("listStackSets");
    assertThatThrownBy(() -> cfn.listStackSetOperationResults(r -> r.stackSetName("s").operationId("o")))
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("listStackSetOperationResults");
    assertThatThrownBy(() -> cfn.listStackSetOperations(r -> r.stackSetName("s")))
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("listStackSetOperations");
    assertThatThrownBy(() -> cfn.describeStackSetOperation(r -> r.stackSetName("s").operationId("o")))
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("describeStackSetOperation");
    assertThatThrownBy(() -> cfn.listStackInstances(r -> r.stackSetName("s")))
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("listStackInstances");
    assertThatThrownBy(() -> cfn.describeStackInstance(r -> r.stackSetName("s")))
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("describeStackInstance");
    assertThatThrownBy(cfn::configuration)
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("configuration");
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(r -> r
        .organizationConformancePackName("p")))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessage("getOrganizationConformancePackDetailedStatus");
    assertThatThrownBy(config::configuration)
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("configuration");
    cfn.close();
    config.close();
  }

  @Test
  void theWritesOfAFakeNameTheirOperationToo() {
    CloudFormationClient cfn = new CloudFormationClient() {};
    ConfigClient config = new ConfigClient() {};
    CreateStackInstancesRequest create = CreateStackInstancesRequest.builder().stackSetName("s").build();
    WaitForTurn wait = WaitForTurn.upTo(Duration.ofMinutes(1));
    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put("createStackSet", () -> cfn.createStackSet(r -> r.stackSetName("s")));
    calls.put("updateStackSet", () -> cfn.updateStackSet(r -> r.stackSetName("s")));
    calls.put("deleteStackSet", () -> cfn.deleteStackSet(r -> r.stackSetName("s")));
    calls.put("createStackInstances", () -> cfn.createStackInstances(r -> r.stackSetName("s")));
    calls.put("updateStackInstances", () -> cfn.updateStackInstances(r -> r.stackSetName("s")));
    calls.put("deleteStackInstances", () -> cfn.deleteStackInstances(r -> r.stackSetName("s")));
    calls.put("stopStackSetOperation", () -> cfn.stopStackSetOperation(r -> r.stackSetName("s")));
    calls.put("detectStackSetDrift", () -> cfn.detectStackSetDrift(r -> r.stackSetName("s")));
    calls.put("listStackSetAutoDeploymentTargets", () -> cfn.listStackSetAutoDeploymentTargets(r -> r
        .stackSetName("s")));
    calls.put("putOrganizationConformancePack", () -> config.putOrganizationConformancePack(r -> r
        .organizationConformancePackName("p")));
    calls.put("deleteOrganizationConformancePack", () -> config.deleteOrganizationConformancePack(r -> r
        .organizationConformancePackName("p")));
    calls.put("describeOrganizationConformancePacks", () -> config.describeOrganizationConformancePacks(r -> { }));
    calls.put("describeOrganizationConformancePackStatuses",
        () -> config.describeOrganizationConformancePackStatuses(r -> { }));
    calls.forEach((name, call) -> assertThatThrownBy(call)
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage(name));
    assertThatThrownBy(() -> cfn.createStackInstances(create, wait))
        .isExactlyInstanceOf(UnsupportedOperationException.class).hasMessage("createStackInstances");
    assertThat(cfn.listStackSetAutoDeploymentTargetsPaginator(r -> r.stackSetName("s")).iterator())
        .satisfies(it -> assertThatThrownBy(it::hasNext).isExactlyInstanceOf(UnsupportedOperationException.class)
            .hasMessage("listStackSetAutoDeploymentTargets"));
  }

  /** Every operation unsupported; tests override what they need. */
  private abstract static class UnsupportedCloudFormationClient implements CloudFormationClient {
    @Override
    public ClientConfiguration configuration() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DescribeStackSetOperationResponse describeStackSetOperation(DescribeStackSetOperationRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ListStackSetsResponse listStackSets(ListStackSetsRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ListStackInstancesResponse listStackInstances(ListStackInstancesRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DescribeStackSetResponse describeStackSet(DescribeStackSetRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
  }
}
