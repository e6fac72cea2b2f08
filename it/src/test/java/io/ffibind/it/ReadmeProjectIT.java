package io.ffibind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Maven instructions, proven on every build: {@code src/it/readme-project} holds the
 * README's snippet word for word and its first binding; it is built by a separate Maven, on this JDK,
 * from nothing but the ffibind artifacts this build made (installed here into {@code
 * target/it/repository}, never into {@code ~/.m2}), everything else coming offline from the outer
 * build's local repository through a file mirror.
 */
class ReadmeProjectIT {
  private static final Path PROJECT = Path.of(System.getProperty("it.project"));
  private static final Path WORK = Path.of(System.getProperty("it.work"));
  private static final Path ROOT = Path.of(System.getProperty("it.root"));
  private static final String VERSION = System.getProperty("it.version");

  @Test
  void theProjectHoldsTheReadmeSnippetWordForWord() throws IOException {
    String pom = normalized(Files.readString(PROJECT.resolve("pom.xml")));
    List<String> parts = readmeMavenSnippet();
    assertEquals(2, parts.size(), "the dependency and the compiler plugin: " + parts);
    for (String part : parts) {
      assertTrue(pom.contains(part), "README snippet not in the project's pom.xml:\n" + part);
      assertTrue(part.contains("<version>" + VERSION + "</version>"), "README names another version: " + part);
    }
  }

  @Test
  void aUserProjectBuildsWithTheReadmeSnippetAlone() throws Exception {
    Path repository = WORK.resolve("repository");
    Path project = WORK.resolve("readme-project");
    deleteTree(project);
    copyTree(PROJECT, project);
    install(repository);
    Path settings = WORK.resolve("settings.xml");
    String outer = Path.of(System.getProperty("it.outerRepository")).toUri().toString();
    Files.writeString(
        settings,
        Files.readString(PROJECT.resolveSibling("settings.xml")).replace("@outerRepositoryUrl@", outer));

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("it.mavenHome"), "bin", "mvn").toString(),
        "-B", "-ntp", "-s", settings.toString(), "-Dmaven.repo.local=" + repository, "verify"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_OPTS");
    Path log = WORK.resolve("build.log");
    builder.redirectOutput(log.toFile());
    Process p = builder.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the user project's build did not finish; see " + log);
    }
    String output = Files.readString(log);
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("Tests run: 1, Failures: 0, Errors: 0"), output);
    assertTrue(Files.exists(project.resolve("target/classes/example/Ffibind_LibM.class")), output);
    assertTrue(
        Files.exists(project.resolve(
            "target/classes/META-INF/native-image/ffibind/example.LibM/reachability-metadata.json")),
        output);
    assertFalse(output.contains("[WARNING] /"), "no compiler warning: " + output);
  }

  /** What {@code mvn install} of runtime and processor would put in a repository. */
  private static void install(Path repository) throws IOException {
    installPom(repository, "ffibind-parent", ROOT.resolve("pom.xml"));
    for (String module : List.of("runtime", "processor")) {
      String artifact = "ffibind-" + module;
      Path dir = installPom(repository, artifact, ROOT.resolve(module).resolve("pom.xml"));
      Path jar = ROOT.resolve(module).resolve("target").resolve(artifact + "-" + VERSION + ".jar");
      assertTrue(Files.exists(jar), "the reactor packages " + jar + " first");
      Files.copy(jar, dir.resolve(artifact + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Path installPom(Path repository, String artifact, Path pom) throws IOException {
    Path dir = repository.resolve("io/ffibind").resolve(artifact).resolve(VERSION);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifact + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    return dir;
  }

  /** The README's first xml block, split where it says "...", each part normalized. */
  private static List<String> readmeMavenSnippet() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("it.readme")), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "README.md has an xml block");
    List<String> parts = new ArrayList<>();
    for (String part : m.group(1).split("(?m)^\\s*\\.\\.\\.\\s*$")) {
      if (!part.isBlank()) {
        parts.add(normalized(part));
      }
    }
    return parts;
  }

  private static String normalized(String xml) {
    return xml.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> {
        try {
          Files.delete(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
