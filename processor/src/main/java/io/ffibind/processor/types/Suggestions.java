package io.ffibind.processor.types;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Edit distance, for "did you mean" hints on type and parameter names. */
public final class Suggestions {
  private Suggestions() {}

  /** The candidate closest to {@code name}, if one is close enough to be a plausible typo. */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    return candidates.stream()
        .min(Comparator.comparingInt((String c) -> distance(name, c)))
        .filter(c -> distance(name, c) <= Math.max(2, name.length() / 2));
  }

  /** Levenshtein distance, counting a swap of neighbours as one edit. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
