package dev.stacksets.rfs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fast parser's table of member names ({@link RfsResponseParser#NAMES}) holds every name the readers'
 * {@code switch} cases look for, as the very literal instances: a name missing there would still be read correctly,
 * only more slowly, so nothing else would notice a reader gaining a member the table lacks.
 */
class KnownNamesTest {
  private static final Path READER = Path.of("src/main/java/dev/stacksets/rfs/internal/RfsModelReader.java");

  @Test
  void everyMemberNameOfTheReadersIsAKnownNameReadAsItsLiteral() throws IOException {
    Matcher cases = Pattern.compile("case \"([^\"]+)\" ->").matcher(Files.readString(READER));
    List<String> names = new ArrayList<>();
    while (cases.find()) {
      names.add(cases.group(1));
    }
    assertThat(names).hasSizeGreaterThan(40).contains("stack_set_operation_id", "var_overrides");

    KnownNames table = RfsResponseParser.NAMES;
    for (String name : names) {
      byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
      int index = table.find(bytes, 0, bytes.length);
      assertThat(index).as(name).isNotNegative();
      assertThat(table.string(index)).as(name).isSameAs(name.intern());
    }
    assertThat(table.find(new byte[] {'n', 'o', 'p', 'e'}, 0, 4)).isEqualTo(-1);
  }
}
