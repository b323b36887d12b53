package dev.stacksets.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sub-properties of the AWS config file (the {@code services} sections) are kept as {@code parent.name}. */
class ProfileFileTest {
  @Test
  void indentedSettingsUnderAnEmptyValuedPropertyAreKeptAsParentDotName() {
    ProfileFile f = ProfileFile.parse("config", List.of(
        "[services local]",
        "cloudformation =",
        "  endpoint_url = http://localhost:4566",
        "  Max_Attempts = 3",
        "  a note without an equals sign",
        "sts =",
        "\tendpoint_url = http://localhost:4567",
        "region = us-east-1",
        "  indented = plain"));
    assertThat(f.section("services local")).isEqualTo(Map.of(
        "cloudformation", "", "cloudformation.endpoint_url", "http://localhost:4566",
        "cloudformation.max_attempts", "3", "sts", "", "sts.endpoint_url", "http://localhost:4567",
        "region", "us-east-1", "indented", "plain"));
  }

  @Test
  void anIndentedLineWithoutAParentStillNeedsAnEqualsSign() {
    assertThatThrownBy(() -> ProfileFile.parse("f", List.of("[default]", "region = x", "  stray")))
        .isExactlyInstanceOf(ConfigFileException.class)
        .hasMessage("malformed credentials file f, line 3: expected '[section]' or 'name = value'");
  }
}
