package dev.stacksets.cfn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.config.model.OrganizationResourceDetailedStatus;
import dev.stacksets.cfn.model.AutoDeployment;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.cfn.model.ListStackSetsResponse;
import dev.stacksets.cfn.model.StackSet;
import dev.stacksets.cfn.model.StackSetStatus;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.cfn.model.Tag;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.ResponseParser;
import dev.stacksets.core.internal.util.XmlNode;
import dev.stacksets.core.internal.util.XmlParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/**
 * Reply members this SDK version does not model are kept in {@code additionalFields()}, by name, exactly: from
 * CloudFormation XML a leaf's text and a structure's compact inner markup; from Config JSON the raw JSON text. The
 * modelled members read as before; equality includes the map and {@code toString()} shows its names only.
 */
class UnknownMembersTest {
  private static final ResponseMetadata METADATA = new ResponseMetadata("r", null, 200, 1);
  private static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

  private static <T> T read(ResponseParser<T> parser, String body) throws Exception {
    return parser.parse(new SdkHttpResponse(200, Headers.of(), body.getBytes(StandardCharsets.UTF_8)), METADATA);
  }

  @Test
  void aStackSetKeepsAnUnknownLeafAndAnUnknownStructure() throws Exception {
    String xml = "<DescribeStackSetResponse xmlns=\"" + NS + "\"><DescribeStackSetResult><StackSet>\n"
        + "  <StackSetName>s</StackSetName>\n"
        + "  <NewLeaf> a &amp; b </NewLeaf>\n"
        + "  <Status>ACTIVE</Status>\n"
        + "  <NewStruct>\n    <Mode>FAST</Mode>\n    <Limits><member>1</member><member>&lt;2&gt;</member></Limits>\n"
        + "    <Empty/>\n  </NewStruct>\n"
        + "  <Tags><member><Key>k</Key><Value>v</Value><Since>2024</Since></member></Tags>\n"
        + "  <AutoDeployment><Enabled>true</Enabled></AutoDeployment>\n"
        + "  <Regions><member>us-east-1</member></Regions>\n"
        + "</StackSet><Extra>e</Extra></DescribeStackSetResult>"
        + "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></DescribeStackSetResponse>";

    DescribeStackSetResponse response = read(CfnOperations.describeStackSet().descriptor().reader(), xml);

    StackSet expected = StackSet.builder()
        .stackSetName("s")
        .status(StackSetStatus.ACTIVE)
        .tags(List.of(Tag.builder().key("k").value("v").putAdditionalField("Since", "2024").build()))
        .autoDeployment(AutoDeployment.builder().enabled(true).build())
        .regions(List.of("us-east-1"))
        .putAdditionalField("NewLeaf", " a & b ")
        .putAdditionalField("NewStruct",
            "<Mode>FAST</Mode><Limits><member>1</member><member>&lt;2&gt;</member></Limits><Empty></Empty>")
        .build();
    assertThat(response.stackSet()).isEqualTo(expected);
    assertThat(response.stackSet().additionalFields()).containsExactly(
        Map.entry("NewLeaf", " a & b "),
        Map.entry("NewStruct",
            "<Mode>FAST</Mode><Limits><member>1</member><member>&lt;2&gt;</member></Limits><Empty></Empty>"));
    assertThat(response.stackSet().autoDeployment().additionalFields()).isEmpty();
    assertThat(response.additionalFields()).containsExactly(Map.entry("Extra", "e"));
    // equality includes the unknown members; toString names them, never shows their values
    assertThat(response.stackSet()).isNotEqualTo(expected.toBuilder().additionalFields(null).build());
    assertThat(response.stackSet().toString())
        .contains("additionalFields=[NewLeaf, NewStruct]")
        .doesNotContain("FAST").doesNotContain("a & b");
  }

  @Test
  void aSummaryListItemKeepsItsUnknownMembersAndTheListOnlyItsMembers() throws Exception {
    String xml = "<ListStackSetsResponse xmlns=\"" + NS + "\"><ListStackSetsResult><Summaries>"
        + "<member><StackSetName>a</StackSetName><Colour>blue</Colour><StackSetId>a:1</StackSetId>"
        + "<Owner><Id>1</Id><Kind>org</Kind></Owner>"
        + "<LastDriftCheckTimestamp>2024-01-02T03:04:05Z</LastDriftCheckTimestamp></member>"
        + "<member><StackSetName>b</StackSetName></member>"
        + "</Summaries><NextToken>t</NextToken></ListStackSetsResult></ListStackSetsResponse>";

    ListStackSetsResponse page = read(CfnOperations.listStackSets().descriptor().reader(), xml);

    assertThat(page.summaries()).containsExactly(
        StackSetSummary.builder().stackSetName("a").stackSetId("a:1")
            .lastDriftCheckTimestamp(Instant.parse("2024-01-02T03:04:05Z"))
            .putAdditionalField("Colour", "blue")
            .putAdditionalField("Owner", "<Id>1</Id><Kind>org</Kind>")
            .build(),
        StackSetSummary.builder().stackSetName("b").build());
    assertThat(page.summaries().get(0).additionalFields().keySet()).containsExactly("Colour", "Owner");
    assertThat(page.summaries().get(1).additionalFields()).isEmpty();
    assertThat(page.nextToken()).isEqualTo("t");
    assertThat(page.additionalFields()).isEmpty();
    assertThat(page.summaries().get(0).toString()).isEqualTo("StackSetSummary{stackSetName=a, stackSetId=a:1, "
        + "lastDriftCheckTimestamp=2024-01-02T03:04:05Z, additionalFields=[Colour, Owner]}");
  }

  @Test
  void aRepeatedModelledElementIsNotAnUnknownMemberAndARepeatedUnknownOneKeepsItsFirst() throws Exception {
    XmlNode n = XmlParser.parse(("<S><Name>x</Name><Name>y</Name><New>1</New><New>2</New></S>")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(n.childText("Name")).isEqualTo("x");
    assertThat(n.unreadChildren()).containsExactly(Map.entry("New", "1"));
  }

  @Test
  void aConfigStatusAndTheReplyKeepTheirUnknownMembersAsRawJson() throws Exception {
    String json = "{\"OrganizationConformancePackDetailedStatuses\": [{\"AccountId\": \"111111111111\", "
        + "\"Region\": \"eu-west-1\", \"Status\": \"CREATE_FAILED\", \"Details\": {\"a\": [1, true, null]}, "
        + "\"LastUpdateTime\": 1700000000}, {\"AccountId\": \"222222222222\"}], \"NextToken\": \"n\", "
        + "\"Hint\": 7}";

    GetOrganizationConformancePackDetailedStatusResponse page =
        read(ConfigOperations.getOrganizationConformancePackDetailedStatus().descriptor().reader(), json);

    OrganizationConformancePackDetailedStatus first = OrganizationConformancePackDetailedStatus.builder()
        .accountId("111111111111")
        .status(OrganizationResourceDetailedStatus.CREATE_FAILED)
        .lastUpdateTime(Instant.ofEpochSecond(1700000000L))
        .putAdditionalField("Region", "\"eu-west-1\"")
        .putAdditionalField("Details", "{\"a\":[1,true,null]}")
        .build();
    assertThat(page.organizationConformancePackDetailedStatuses()).containsExactly(first,
        OrganizationConformancePackDetailedStatus.builder().accountId("222222222222").build());
    assertThat(page.organizationConformancePackDetailedStatuses().get(0).additionalFields().keySet())
        .containsExactly("Region", "Details");
    assertThat(page.nextToken()).isEqualTo("n");
    assertThat(page.additionalFields()).containsExactly(Map.entry("Hint", "7"));
    assertThat(page.organizationConformancePackDetailedStatuses().get(0).toString())
        .contains("additionalFields=[Region, Details]").doesNotContain("eu-west-1");
  }
}
