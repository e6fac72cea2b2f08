package io.ffibind.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ffibind.processor.diag.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the promise of {@link Message}'s javadoc: every diagnostic has a compile-testing test that
 * asserts its id. A new constant without one fails here.
 */
class MessageCoverageTest {
  /** No source triggers it unless the processor has a bug, so no test can be written for it. */
  private static final Set<Message> UNTRIGGERABLE = Set.of(Message.INTERNAL_ERROR);

  @Test
  void everyMessageIsAssertedByATest() throws IOException {
    String tests = testSources();
    List<Message> untested =
        Stream.of(Message.values())
            .filter(m -> !UNTRIGGERABLE.contains(m))
            .filter(m -> !asserted(m).matcher(tests).find())
            .toList();
    assertEquals(List.of(), untested, "diagnostics without a test asserting their id");
  }

  @Test
  void idsAreUnique() {
    Set<String> ids = Stream.of(Message.values()).map(Message::id).collect(Collectors.toSet());
    assertEquals(Message.values().length, ids.size());
  }

  /** {@code hadErrorContaining("[FFI012] ...} (or a warning or note), however the call is wrapped. */
  private static Pattern asserted(Message m) {
    return Pattern.compile("had(Error|Warning|Note)Containing\\(\\s*\"\\[" + m.id() + "\\]");
  }

  private static String testSources() throws IOException {
    Path golden = Path.of(System.getProperty("ffibind.golden.dir", "src/test/resources/golden"));
    Path dir = golden.toAbsolutePath().getParent().getParent().resolve("java");
    assertTrue(Files.isDirectory(dir), "test sources not found at " + dir);
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith("DiagnosticsTest.java"))
          .map(MessageCoverageTest::read)
          .collect(Collectors.joining("\n"));
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
