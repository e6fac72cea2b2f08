package io.ffibind.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A struct value ffibind cannot convert: thrown deep inside a record's fields, it collects the
 * field path on its way out ({@link #in}) and learns at the top which argument, result or record it
 * belongs to ({@link #at}), so the message reads {@code argument 'p' of Lib.f, field parent.name
 * contains U+0000 ...}. Building the path costs nothing unless something is wrong.
 */
public final class StructException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** Paths longer than this show their start and end only. */
  private static final int SHOWN_SEGMENTS = 12;

  private final transient Deque<String> path = new ArrayDeque<>();
  private final String detail;
  private String where = "struct";

  private StructException(String detail, Throwable cause) {
    super(detail, cause);
    this.detail = detail;
  }

  /** A problem with field {@code field} (null: with the struct value itself). */
  public static StructException of(String field, String detail) {
    return of(field, detail, null);
  }

  /** As {@link #of(String, String)}, keeping the exception that found it. */
  public static StructException of(String field, String detail, Throwable cause) {
    StructException e = new StructException(detail, cause);
    if (field != null) {
      e.path.addFirst(field);
    }
    return e;
  }

  /** Prepends the field that holds the failing value; {@code field} null leaves the path as it is. */
  public StructException in(String field) {
    if (field != null) {
      path.addFirst(field);
    }
    return this;
  }

  /** Names what was being converted: {@code argument 'p' of Lib.f}, {@code result of Lib.f}. */
  public StructException at(String where) {
    this.where = where;
    return this;
  }

  /**
   * The field path, such as {@code parent.name} or {@code kids[2].age}; a long one shows its first
   * and last six fields around {@code .(N more).}.
   */
  public String path() {
    String[] all = path.toArray(String[]::new);
    if (all.length <= SHOWN_SEGMENTS) {
      return join(all, 0, all.length);
    }
    int keep = SHOWN_SEGMENTS / 2;
    return join(all, 0, keep) + ".(" + (all.length - 2 * keep) + " more)."
        + join(all, all.length - keep, all.length);
  }

  private static String join(String[] segments, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && !segments[i].startsWith("[")) {
        sb.append('.');
      }
      sb.append(segments[i]);
    }
    return sb.toString();
  }

  @Override
  public String getMessage() {
    if (path.isEmpty()) {
      return where + " " + detail;
    }
    String p = path();
    return where + (p.startsWith("[") ? ", element " : ", field ") + p + " " + detail;
  }
}
