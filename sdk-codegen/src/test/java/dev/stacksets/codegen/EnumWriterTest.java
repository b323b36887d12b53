package dev.stacksets.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated open enum: known constants with their names as wire values, then the unknown one. */
class EnumWriterTest {
  @Test
  void constantsKeepTheirDocsAndWireValuesAndTheUnknownOneComesLast() {
    String s = EnumWriter.source("p", "Status", "A status.",
        List.of(new String[] {"IDLE", "Idle."}, new String[] {"BUSY", ""}));
    assertThat(s).contains("public enum Status {", "  /** Idle. */\n  IDLE(\"IDLE\"),\n",
        "  /** {@code BUSY}. */\n  BUSY(\"BUSY\"),\n", "UNKNOWN_TO_SDK_VERSION(null);",
        "public static @Nullable Status fromValue(@Nullable String value)",
        "Collections.unmodifiableSet(OpenEnums.known(Status.class, UNKNOWN_TO_SDK_VERSION))",
        "return value == null ? name() : value;");
    assertThat(s.indexOf("BUSY(")).isLessThan(s.indexOf("UNKNOWN_TO_SDK_VERSION(null)"));
  }
}
