package io.ffibind;

/**
 * A C call failed and set {@code errno}: carries the number and the text {@code strerror} gives for
 * it. The message reads {@code "open /etc/nope: No such file or directory (errno 2)"}.
 *
 * <pre>{@code
 * int fd = libc.open(path, O_RDONLY, 0);   // @Symbol(..., errno = true)
 * if (fd < 0) {
 *   throw ErrnoException.last("open " + path);
 * }
 * }</pre>
 */
public class ErrnoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int errno;
  private final String description;

  /**
   * @param context what failed, such as {@code "open /etc/nope"}; it starts the message
   * @param errno the value of C's {@code errno}
   */
  public ErrnoException(String context, int errno) {
    this(context, errno, Native.strerror(errno));
  }

  private ErrnoException(String context, int errno, String description) {
    super((context == null || context.isEmpty() ? "" : context + ": ") + description + " (errno " + errno + ")");
    this.errno = errno;
    this.description = description;
  }

  /**
   * The exception for the {@code errno} captured by the calling thread's most recent call of an
   * {@code errno = true} symbol ({@link Native#errno()}).
   */
  public static ErrnoException last(String context) {
    return new ErrnoException(context, Native.errno());
  }

  /** The value of C's {@code errno}, such as 2 ({@code ENOENT}) on Linux. */
  public int errno() {
    return errno;
  }

  /** What {@code strerror} says about it, such as {@code "No such file or directory"}. */
  public String description() {
    return description;
  }
}
