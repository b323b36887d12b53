package dev.stacksets.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.rfs.RfsClient;
import org.junit.jupiter.api.Test;

/** Smoke tests of the fixtures and servers the benchmarks use (the benchmarks themselves never run in the build). */
class LoopbackServerTest {
  @Test
  void everyClientReadsTheFixturePages() throws Exception {
    try (LoopbackServer server = new LoopbackServer();
        RfsClient rfs = Clients.rfs(server.uri(), false);
        CloudFormationClient cfn = Clients.cfn(server.uri(), false);
        software.amazon.awssdk.services.cloudformation.CloudFormationClient aws = Clients.awsSdk(server.uri())) {
      assertThat(server.uri().toString()).startsWith("http://127.0.0.1:");
      assertThat(rfs.listStackSetOperations(r -> r.stackSetName(Clients.STACK_SET)).stackSetOperations())
          .hasSize(Fixtures.ITEMS);
      assertThat(cfn.listStackSetOperationResults(r -> r.stackSetName(Clients.CFN_STACK_SET)
          .operationId(Clients.OPERATION_ID)).summaries()).hasSize(Fixtures.ITEMS);
      assertThat(aws.listStackSetOperationResults(r -> r.stackSetName(Clients.CFN_STACK_SET)
          .operationId(Clients.OPERATION_ID)).summaries()).hasSize(Fixtures.ITEMS);
    }
  }

  @Test
  void pagingServerChainsPagesWithMarkersAndTokens() throws Exception {
    try (LoopbackServer server = LoopbackServer.paging(7, 40);
        RfsClient rfs = Clients.rfs(server.uri(), false);
        CloudFormationClient cfn = Clients.cfn(server.uri(), false)) {
      assertThat(rfs.listStackSetOperationsPaginator(r -> r.stackSetName(Clients.STACK_SET)).stream().count())
          .isEqualTo(7L * Fixtures.ITEMS);
      assertThat(cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName(Clients.CFN_STACK_SET)
          .operationId(Clients.OPERATION_ID)).stream().count()).isEqualTo(7L * Fixtures.ITEMS);
    }
  }

  @Test
  void tokensHaveTheAskedLength() {
    assertThat(LoopbackServer.token(12, 40)).hasSize(40).startsWith("p-0").endsWith("12");
  }
}
