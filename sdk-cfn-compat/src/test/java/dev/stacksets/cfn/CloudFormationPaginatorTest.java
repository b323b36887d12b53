package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.XML_NS;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.model.CallAs;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.OperationResultFilter;
import dev.stacksets.cfn.model.OperationResultFilterName;
import dev.stacksets.cfn.model.StackInstanceFilter;
import dev.stacksets.cfn.model.StackInstanceFilterName;
import dev.stacksets.cfn.model.StackInstanceSummary;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationSummary;
import dev.stacksets.cfn.model.StackSetStatus;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lazy paginators: NextToken, MaxResults, filters and CallAs on every page. */
class CloudFormationPaginatorTest {
  @StartStop
  final MockWebServer server = new MockWebServer();
  private CloudFormationClient cfn;

  @BeforeEach
  void setUp() {
    cfn = TestSupport.cfn(server);
  }

  @AfterEach
  void tearDown() {
    cfn.close();
  }

  private static String resultsPage(String nextToken, String... accounts) {
    StringBuilder sb = new StringBuilder("<Summaries>");
    for (String a : accounts) {
      sb.append("<member><Account>").append(a).append("</Account><Region>us-east-1</Region>")
          .append("<Status>FAILED</Status></member>");
    }
    sb.append("</Summaries>");
    if (nextToken != null) {
      sb.append("<NextToken>").append(nextToken).append("</NextToken>");
    }
    return queryReply("ListStackSetOperationResults", XML_NS, sb.toString());
  }

  @Test
  void pagesThroughThreePagesWithTheFilterOnEveryPage() throws Exception {
    server.enqueue(xml(resultsPage("token/1+", "111111111111", "222222222222")));
    server.enqueue(xml(resultsPage("token-2", "333333333333")));
    server.enqueue(xml(resultsPage(null, "444444444444")));

    Paginator<StackSetOperationResultSummary> results = cfn.listStackSetOperationResultsPaginator(r -> r
        .stackSetName("my-stack-set").operationId("op-1").maxResults(2).callAs(CallAs.DELEGATED_ADMIN)
        .filters(OperationResultFilter.builder().name(OperationResultFilterName.OPERATION_RESULT_STATUS)
            .values("FAILED").build()));

    assertThat(server.getRequestCount()).as("lazy: nothing sent before iterating").isZero();
    assertThat(results).extracting(StackSetOperationResultSummary::account)
        .containsExactly("111111111111", "222222222222", "333333333333", "444444444444");
    String common = "Action=ListStackSetOperationResults&Version=2010-05-15&StackSetName=my-stack-set"
        + "&OperationId=op-1&MaxResults=2&CallAs=DELEGATED_ADMIN"
        + "&Filters.member.1.Name=OPERATION_RESULT_STATUS&Filters.member.1.Values=FAILED";
    assertThat(body(server.takeRequest())).isEqualTo(common);
    assertThat(body(server.takeRequest())).isEqualTo(common + "&NextToken=token%2F1%2B");
    assertThat(body(server.takeRequest())).isEqualTo(common + "&NextToken=token-2");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void eachIterationStartsAgainFromTheFirstPage() throws Exception {
    for (int i = 0; i < 2; i++) {
      server.enqueue(xml(resultsPage("t2", "111111111111")));
      server.enqueue(xml(resultsPage(null, "222222222222")));
    }
    Paginator<StackSetOperationResultSummary> results =
        cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("s").operationId("op-1"));

    assertThat(results.stream().count()).isEqualTo(2);
    assertThat(results.stream().count()).isEqualTo(2);

    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      bodies.add(body(server.takeRequest()));
    }
    assertThat(bodies.get(0)).doesNotContain("NextToken");
    assertThat(bodies.get(1)).endsWith("&NextToken=t2");
    assertThat(bodies.get(2)).doesNotContain("NextToken");
    assertThat(bodies.get(3)).endsWith("&NextToken=t2");
  }

  @Test
  void stopsEarlyWithoutFetchingMore() {
    server.enqueue(xml(resultsPage("t2", "111111111111", "222222222222")));

    Iterator<StackSetOperationResultSummary> it =
        cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("s").operationId("op-1")).iterator();

    assertThat(it.next().account()).isEqualTo("111111111111");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anEmptyNextTokenEndsTheListing() {
    server.enqueue(xml(queryReply("ListStackSetOperationResults", XML_NS,
        "<Summaries><member><Account>111111111111</Account></member></Summaries><NextToken></NextToken>")));

    assertThat(cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("s").operationId("op-1")))
        .hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRepeatedTokenIsAnErrorNotAnEndlessLoop() {
    server.enqueue(xml(resultsPage("same", "111111111111")));
    server.enqueue(xml(resultsPage("same", "222222222222")));

    Paginator<StackSetOperationResultSummary> results =
        cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("s").operationId("op-1"));

    assertThatThrownBy(() -> results.forEach(s -> { }))
        .isInstanceOf(ClientSideException.class).hasMessageContaining("same");
  }

  @Test
  void pagesExposeTheirTokens() {
    server.enqueue(xml(resultsPage("t2", "111111111111")));
    server.enqueue(xml(resultsPage(null)));

    List<Page<StackSetOperationResultSummary>> pages = new ArrayList<>();
    cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("s").operationId("op-1")).pages()
        .forEach(pages::add);

    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).nextToken()).isEqualTo("t2");
    assertThat(pages.get(1).items()).isEmpty();
  }

  @Test
  void aNextTokenInTheRequestIsWhereTheListingStarts() throws Exception {
    server.enqueue(xml(resultsPage(null, "999999999999")));

    assertThat(cfn.listStackSetOperationResultsPaginator(ListStackSetOperationResultsRequest.builder()
        .stackSetName("s").operationId("op-1").nextToken("resume-here").build())).hasSize(1);
    assertThat(body(server.takeRequest())).endsWith("&NextToken=resume-here");
  }

  @Test
  void serviceErrorsSurfaceWhileIterating() {
    server.enqueue(TestSupport.xmlError(404, TestSupport.queryError("StackSetNotFoundException", "gone")));

    Paginator<StackSetOperationResultSummary> results =
        cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("s").operationId("op-1"));

    assertThatThrownBy(() -> results.iterator().hasNext()).isInstanceOf(StackSetNotFoundException.class);
  }

  @Test
  void validatesWhenThePaginatorIsCreated() {
    assertThatThrownBy(() -> cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("s")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("operationId");
    assertThatThrownBy(() -> cfn.listStackSetOperationsPaginator(r -> r.maxResults(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("stackSetName");
    assertThatThrownBy(() -> cfn.listStackSetsPaginator(r -> r.maxResults(101)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxResults");
    assertThatThrownBy(() -> cfn.listStackInstancesPaginator(r -> r.stackSetName("s").stackInstanceAccount("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("stackInstanceAccount");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void listStackSetOperationsPaginator() throws Exception {
    server.enqueue(xml(queryReply("ListStackSetOperations", XML_NS,
        "<Summaries><member><OperationId>op-2</OperationId></member></Summaries><NextToken>n</NextToken>")));
    server.enqueue(xml(queryReply("ListStackSetOperations", XML_NS,
        "<Summaries><member><OperationId>op-1</OperationId></member></Summaries>")));

    assertThat(cfn.listStackSetOperationsPaginator(r -> r.stackSetName("s").maxResults(1).callAs(CallAs.SELF)))
        .extracting(StackSetOperationSummary::operationId).containsExactly("op-2", "op-1");
    String common = "Action=ListStackSetOperations&Version=2010-05-15&StackSetName=s&MaxResults=1&CallAs=SELF";
    assertThat(body(server.takeRequest())).isEqualTo(common);
    assertThat(body(server.takeRequest())).isEqualTo(common + "&NextToken=n");
  }

  @Test
  void listStackSetsPaginator() throws Exception {
    server.enqueue(xml(queryReply("ListStackSets", XML_NS,
        "<Summaries><member><StackSetName>a</StackSetName></member></Summaries><NextToken>n</NextToken>")));
    server.enqueue(xml(queryReply("ListStackSets", XML_NS,
        "<Summaries><member><StackSetName>b</StackSetName></member></Summaries>")));

    assertThat(cfn.listStackSetsPaginator(r -> r.status(StackSetStatus.ACTIVE).maxResults(1)))
        .extracting(StackSetSummary::stackSetName).containsExactly("a", "b");
    String common = "Action=ListStackSets&Version=2010-05-15&Status=ACTIVE&MaxResults=1";
    assertThat(body(server.takeRequest())).isEqualTo(common);
    assertThat(body(server.takeRequest())).isEqualTo(common + "&NextToken=n");
  }

  @Test
  void listStackInstancesPaginatorCarriesFiltersAccountAndRegion() throws Exception {
    server.enqueue(xml(queryReply("ListStackInstances", XML_NS,
        "<Summaries><member><Account>111111111111</Account></member></Summaries><NextToken>n</NextToken>")));
    server.enqueue(xml(queryReply("ListStackInstances", XML_NS,
        "<Summaries><member><Account>111111111111</Account><Region>eu-west-1</Region></member></Summaries>")));

    assertThat(cfn.listStackInstancesPaginator(r -> r.stackSetName("s")
        .filters(StackInstanceFilter.builder().name(StackInstanceFilterName.DETAILED_STATUS).values("FAILED").build())
        .stackInstanceAccount("111111111111").stackInstanceRegion("eu-west-1")))
        .extracting(StackInstanceSummary::account).containsExactly("111111111111", "111111111111");
    String common = "Action=ListStackInstances&Version=2010-05-15&StackSetName=s"
        + "&Filters.member.1.Name=DETAILED_STATUS&Filters.member.1.Values=FAILED"
        + "&StackInstanceAccount=111111111111&StackInstanceRegion=eu-west-1";
    assertThat(body(server.takeRequest())).isEqualTo(common);
    assertThat(body(server.takeRequest())).isEqualTo(common + "&NextToken=n");
  }
}
