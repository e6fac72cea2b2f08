package io.ffibind.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The library naming and directory conventions of the operating system we run on. */
enum Platform {
  LINUX,
  MAC,
  WINDOWS;

  static Platform current() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      return WINDOWS;
    }
    return os.contains("mac") || os.contains("darwin") ? MAC : LINUX;
  }

  String fileName(String name) {
    return switch (this) {
      case LINUX -> "lib" + name + ".so";
      case MAC -> "lib" + name + ".dylib";
      case WINDOWS -> name + ".dll";
    };
  }

  /** Names the system search can find without a directory scan: SONAMEs of major version 0 to 9. */
  List<String> commonVersionedNames(String name) {
    if (this != LINUX) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (int major = 0; major <= 9; major++) {
      names.add("lib" + name + ".so." + major);
    }
    return names;
  }

  /** Versioned files for {@code name} in {@code dir}, newest version first. */
  List<Path> versionedFiles(Path dir, String name) {
    String prefix = this == MAC ? "lib" + name + "." : "lib" + name + ".so.";
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, prefix + "*")) {
      for (Path entry : entries) {
        String rest = entry.getFileName().toString().substring(prefix.length());
        if (rest.matches("[0-9][0-9.]*(\\.dylib)?")) {
          found.add(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    found.sort(Comparator.comparing((Path p) -> versionKey(p.getFileName().toString())).reversed());
    return found;
  }

  private static String versionKey(String fileName) {
    StringBuilder key = new StringBuilder();
    for (String part : fileName.split("\\.")) {
      key.append(part.matches("[0-9]+") ? String.format("%010d", Long.parseLong(part)) : part).append('.');
    }
    return key.toString();
  }

  List<Path> systemDirectories() {
    List<String> dirs =
        switch (this) {
          case LINUX ->
              List.of(
                  "/lib/" + multiarch(),
                  "/usr/lib/" + multiarch(),
                  "/lib64",
                  "/usr/lib64",
                  "/lib",
                  "/usr/lib",
                  "/usr/local/lib");
          case MAC -> List.of("/opt/homebrew/lib", "/usr/local/lib", "/usr/lib");
          case WINDOWS -> List.of();
        };
    return dirs.stream().map(Path::of).toList();
  }

  private static String multiarch() {
    String arch = System.getProperty("os.arch", "");
    return switch (arch) {
      case "amd64", "x86_64" -> "x86_64-linux-gnu";
      case "aarch64", "arm64" -> "aarch64-linux-gnu";
      default -> arch + "-linux-gnu";
    };
  }
}
