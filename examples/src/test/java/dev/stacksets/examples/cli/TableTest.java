package dev.stacksets.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tables print ids whole; only columns marked as free text are shortened. */
class TableTest {
  private static final String CFN_ID = "security-guardrails:8e0c7a34-4d1b-4b7e-9a0e-5d2f1c3b4a59";

  @Test
  void idsAreNeverCut() {
    String text = new Table("NAME", "ID").row("security-guardrails", CFN_ID).render();
    assertThat(text).isEqualTo(""
        + "NAME                 ID\n"
        + "-------------------  " + "-".repeat(CFN_ID.length()) + "\n"
        + "security-guardrails  " + CFN_ID + "\n");
  }

  @Test
  void freeTextColumnsAreShortenedToFortyEightCharacters() {
    String reason = "The stack failed to deploy because the role does not exist in account 123456789012";
    String text = new Table("ID", "REASON").abbreviate("REASON").row(CFN_ID, reason + "\nsecond line").render();
    assertThat(text.split("\n")[2]).isEqualTo(CFN_ID + "  " + reason.substring(0, 47) + "…");
  }

  @Test
  void shorteningNeverSplitsACharacter() {
    String reason = "😀".repeat(60);
    String text = new Table("REASON").abbreviate("REASON").row(reason).render();
    assertThat(text.split("\n")[2]).isEqualTo("😀".repeat(47) + "…");
  }

  @Test
  void abbreviatingAColumnTheTableLacksIsRefused() {
    assertThatThrownBy(() -> new Table("ID").abbreviate("REASON"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no column REASON in [ID]");
  }
}
