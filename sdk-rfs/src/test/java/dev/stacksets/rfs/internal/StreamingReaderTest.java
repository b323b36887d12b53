package dev.stacksets.rfs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.util.EpochTime;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.StackSetOperation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins what the streaming reader of RFS replies keeps exactly as the tree reader did: unknown members' JSON text,
 * repeated names, epoch milliseconds of any size, the order of errors, and malformed JSON failing as malformed even
 * when an earlier value is also wrong. {@link StreamingReaderDifferentialTest} checks the same against the old reader
 * on generated bodies.
 */
class StreamingReaderTest {
  private static final ResponseMetadata METADATA = new ResponseMetadata("r", "c", 200, 1);

  private static ListStackSetOperationsResponse page(String json) throws Exception {
    return RfsResponseParser.listStackSetOperations(json.getBytes(StandardCharsets.UTF_8), METADATA);
  }

  private static StackSetOperation operation(String json) throws Exception {
    return RfsResponseParser.showStackSetOperationMetadata(json.getBytes(StandardCharsets.UTF_8), METADATA)
        .stackSetOperation();
  }

  @Test
  void unknownMembersKeepTheTreesCompactJsonText() throws Exception {
    Map<String, String> extra = page("""
        {"stack_set_operations":[], "obj":{ "a" : 1, "b":[ 1 , "x" , {} ] }, "dup":{"a":1,"a":2},
         "fraction":1.0e5, "tenth":0.1, "negzero":-0, "huge":1e400, "big":100000000000000000000,
         "long":9223372036854775807, "str":"a\\u0000\\"\\\\\\/é😀\\n", "lone":"\\ud800", "null":null, "t":true,
         "f":false, "empty":"", "arr":[]}""").additionalFields();
    assertThat(extra).containsExactly(
        Map.entry("obj", "{\"a\":1,\"b\":[1,\"x\",{}]}"),
        Map.entry("dup", "{\"a\":2}"), // a repeated name inside an unknown member: the tree keeps the last
        Map.entry("fraction", "100000.0"),
        Map.entry("tenth", "0.1"),
        Map.entry("negzero", "0"),
        Map.entry("huge", "\"Infinity\""),
        Map.entry("big", "100000000000000000000"),
        Map.entry("long", "9223372036854775807"),
        Map.entry("str", "\"a\\u0000\\\"\\\\/é😀\\n\""),
        Map.entry("lone", "\"\ud800\""),
        Map.entry("null", "null"),
        Map.entry("t", "true"),
        Map.entry("f", "false"),
        Map.entry("empty", "\"\""),
        Map.entry("arr", "[]"));
  }

  @Test
  void aRepeatedUnknownMemberKeepsItsFirstPlaceAndItsLastValue() throws Exception {
    StackSetOperation op = operation("{\"b\":1,\"a\":1,\"b\":{\"x\":2}}");
    assertThat(op.additionalFields()).containsExactly(Map.entry("b", "{\"x\":2}"), Map.entry("a", "1"));
  }

  @Test
  void aRepeatedKnownMemberReadsItsLastValue() throws Exception {
    StackSetOperation op = operation("""
        {"status":"OPERATION_COMPLETE","status":null,"create_time":"not a time",
         "create_time":"2023-05-15T17:39:25.210Z","operation_preferences":{"failure_tolerance_count":"x"},
         "operation_preferences":"not an object","stack_set_operation_id":"a","stack_set_operation_id":null,
         "operation_id":"b"}""");
    assertThat(op.statusAsString()).isNull();
    assertThat(op.createTime()).isEqualTo(Instant.parse("2023-05-15T17:39:25.210Z"));
    assertThat(op.operationPreferences()).isNull();
    assertThat(op.operationId()).isEqualTo("b");
    assertThatThrownBy(() -> operation("{\"create_time\":\"2023-05-15T17:39:25Z\",\"create_time\":\"x\"}"))
        .isInstanceOf(IllegalStateException.class).hasMessage("create_time: not a time: 'x'");
  }

  @Test
  void aRepeatedListMemberReadsItsLastArray() throws Exception {
    ListStackSetOperationsResponse page = page("""
        {"stack_set_operations":[{"operation_id":"1","create_time":"bad"}],"stack_set_operations":[{"operation_id":"2"}]}""");
    assertThat(page.stackSetOperations()).extracting(StackSetOperation::operationId).containsExactly("2");
  }

  @Test
  void epochMillisOfAnySizeReadExactlyOrFailNamingTheField() throws Exception {
    for (long millis : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, -1, 0, 1684172365210L, Integer.MIN_VALUE}) {
      assertThat(operation("{\"create_time\":" + millis + "}").createTime())
          .isEqualTo(EpochTime.ofMillis(BigDecimal.valueOf(millis), "create_time"));
    }
    assertThat(operation("{\"update_time\":31556889864403199999}").updateTime())
        .isEqualTo(Instant.MAX.minusNanos(999_999));
    assertThatThrownBy(() -> operation("{\"update_time\":31556889864403200000}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("update_time is out of range");
  }

  @Test
  void errorsComeInTheTreeReadersOrderWhateverTheMembersOrder() {
    assertThatThrownBy(() -> page("""
        {"stack_set_operations":[{"update_time":"u","create_time":"c"}],"page_info":{"current_count":"n"}}"""))
        .isInstanceOf(IllegalStateException.class).hasMessage("current_count: not a whole number: \"n\"");
    assertThatThrownBy(() -> operation("""
        {"operation_preferences":{"max_concurrent_count":"m","failure_tolerance_count":1.5},"update_time":"u"}"""))
        .isInstanceOf(IllegalStateException.class).hasMessage("update_time: not a time: 'u'");
    assertThatThrownBy(() -> operation("""
        {"operation_preferences":{"max_concurrent_count":"m","failure_tolerance_count":1.5}}"""))
        .isInstanceOf(IllegalStateException.class).hasMessage("failure_tolerance_count: not a whole number: 1.5");
    assertThatThrownBy(() -> page("{\"page_info\":{},\"x\":1,\"stack_set_operations\":\"s\"}"))
        .isInstanceOf(IllegalStateException.class).hasMessage("stack_set_operations: expected an array, got STRING");
    assertThatThrownBy(() -> page("{\"a\":1,\"b\":2,\"a\":3,\"c\":4,\"d\":5,\"e\":6,\"f\":7}"))
        .isInstanceOf(IllegalStateException.class).hasMessage("the reply has no \"stack_set_operations\" member, "
            + "so it is not the expected list document (members: [a, b, c, d, e, ...])");
  }

  @Test
  void malformedJsonFailsAsMalformedEvenAfterAWrongValue() {
    assertThatThrownBy(() -> page("{\"stack_set_operations\":[{\"create_time\":\"not a time\"}],\"x\":"))
        .isInstanceOf(JsonEOFException.class);
  }

  @Test
  void theBodyMustBeAnObjectAndWhatFollowsItIsNotRead() throws Exception {
    assertThatThrownBy(() -> page("")).hasMessage("expected a JSON object, got an empty body");
    assertThatThrownBy(() -> page(" \n")).hasMessage("expected a JSON object, got an empty body");
    assertThatThrownBy(() -> page("[{}]")).hasMessage("expected a JSON object, got array");
    assertThatThrownBy(() -> page("null")).hasMessage("expected a JSON object, got null");
    assertThatThrownBy(() -> page("\"x\"")).hasMessage("expected a JSON object, got string");
    assertThat(page("{\"stack_set_operations\":[]} {\"not\": json").stackSetOperations()).isEmpty();
  }

  @Test
  void textThatRepeatsFromItemToItemIsOneString() throws Exception {
    StringBuilder sb = new StringBuilder("{\"stack_set_operations\":[");
    for (int i = 0; i < 100; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"operation_id\":\"op-").append(i)
          .append("\",\"stack_set_name\":\"my_stack_set\",\"action\":\"")
          .append(i % 2 == 0 ? "DEPLOY_STACK_SET" : "CREATE_STACK_INSTANCES").append("\"}");
    }
    List<StackSetOperation> ops = page(sb.append("]}").toString()).stackSetOperations();
    for (int i = 0; i < 100; i++) {
      assertThat(ops.get(i).operationId()).isEqualTo("op-" + i);
      assertThat(ops.get(i).stackSetName()).isEqualTo("my_stack_set").isSameAs(ops.get(0).stackSetName());
      assertThat(ops.get(i).actionAsString()).isSameAs(ops.get(i % 2).actionAsString());
    }
  }

  @Test
  void manyDistinctTextsAreEachReadAsSent() throws Exception {
    StringBuilder sb = new StringBuilder("{\"stack_set_operations\":[");
    for (int i = 0; i < 500; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"stack_set_name\":\"n").append(i % 300)
          .append("\",\"status\":\"S").append(i % 7).append("\",\"status_message\":\"")
          .append("m".repeat(i % 70)).append("\"}");
    }
    List<StackSetOperation> ops = page(sb.append("]}").toString()).stackSetOperations();
    for (int i = 0; i < 500; i++) {
      assertThat(ops.get(i).stackSetName()).isEqualTo("n" + i % 300); // a collision costs a string, never a mix-up
      assertThat(ops.get(i).statusAsString()).isEqualTo("S" + i % 7);
      assertThat(ops.get(i).statusMessage()).isEqualTo("m".repeat(i % 70));
    }
  }
}
