package io.ffibind.internal;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Conversions between Java values and C memory that generated code makes around a call: strings,
 * arrays, buffers, out-parameters, and results that C returns through pointers. Argument memory comes
 * from the caller's {@link Scratch}; a Java {@code null} always becomes C {@code NULL} and back.
 */
@SuppressWarnings("restricted") // it exists to make these calls for generated code and users
public final class Marshal {
  /** {@code void free(void *)}: the shape of every function named by {@code @FreeResult}. */
  public static final FunctionDescriptor FREE = FunctionDescriptor.ofVoid(ValueLayout.ADDRESS);

  /** Strings up to this length take the char-by-char path; longer ones are copied in bulk. */
  private static final int ASCII_FAST_PATH = 256;

  private Marshal() {}

  // ---- strings -----------------------------------------------------------------------------

  /**
   * What generated code calls: a NUL-terminated copy of {@code s} in the thread's scratch memory,
   * encoded straight into it for UTF-8, ISO-8859-1 and US-ASCII (see {@link Scratch}); anything the
   * fast path declines, errors included, takes the strict path below.
   */
  public static MemorySegment string(Scratch scratch, String s, Charset charset, String where) {
    if (s == null) {
      return MemorySegment.NULL;
    }
    MemorySegment fast = scratch.cString(s, charset);
    return fast != null ? fast : string((SegmentAllocator) scratch, s, charset, where);
  }

  /** A NUL-terminated copy of {@code s}; {@code null} gives NULL; U+0000 inside is rejected. */
  public static MemorySegment string(SegmentAllocator scratch, String s, Charset charset, String where) {
    if (s == null) {
      return MemorySegment.NULL;
    }
    MemorySegment ascii = asciiCopy(scratch, s, charset);
    if (ascii != null) {
      return ascii;
    }
    byte[] bytes = Encoding.encode(s, charset, where);
    int terminator = Encoding.terminatorSize(charset);
    MemorySegment segment = scratch.allocate(bytes.length + (long) terminator, terminator);
    MemorySegment.copy(bytes, 0, segment, ValueLayout.JAVA_BYTE, 0, bytes.length);
    segment.asSlice(bytes.length, terminator).fill((byte) 0);
    return segment;
  }

  /**
   * The common case without an intermediate {@code byte[]}: a short ASCII string in an ASCII-compatible
   * charset is written char by char. Returns null when the string does not qualify (a NUL inside
   * included, so that the strict path reports it).
   */
  private static MemorySegment asciiCopy(SegmentAllocator scratch, String s, Charset charset) {
    int n = s.length();
    if (n > ASCII_FAST_PATH
        || !(charset == StandardCharsets.UTF_8
            || charset == StandardCharsets.US_ASCII
            || charset == StandardCharsets.ISO_8859_1)) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 0 || c >= 0x80) {
        return null;
      }
    }
    MemorySegment segment = scratch.allocate(n + 1L, 1);
    for (int i = 0; i < n; i++) {
      segment.set(ValueLayout.JAVA_BYTE, i, (byte) s.charAt(i));
    }
    segment.set(ValueLayout.JAVA_BYTE, n, (byte) 0);
    return segment;
  }

  /** Reads the NUL-terminated string at {@code p}; NULL gives {@code null}. */
  public static String readString(MemorySegment p, Charset charset) {
    if (p.address() == 0) {
      return null;
    }
    return p.reinterpret(Long.MAX_VALUE).getString(0, charset);
  }

  // ---- primitive arrays ---------------------------------------------------------------------

  /**
   * A native copy of a primitive Java array ({@code int[]}, {@code double[]}, ...) whose elements
   * have the layout {@code element}; {@code null} gives NULL.
   */
  public static MemorySegment array(SegmentAllocator scratch, Object array, ValueLayout element, int length) {
    if (array == null) {
      return MemorySegment.NULL;
    }
    MemorySegment segment = scratch.allocate(element.byteSize() * length, element.byteAlignment());
    MemorySegment.copy(array, 0, segment, element, 0, length);
    return segment;
  }

  /** Copies what C left in {@code segment} back into the Java array it was copied from. */
  public static void copyBack(MemorySegment segment, Object array, ValueLayout element, int length) {
    if (array != null) {
      MemorySegment.copy(segment, element, 0, array, 0, length);
    }
  }

  // ---- pointer and string arrays ------------------------------------------------------------

  /** A {@code void *[]} of the addresses, with one NULL after the last as C lists often want. */
  public static MemorySegment pointers(SegmentAllocator scratch, MemorySegment[] pointers) {
    if (pointers == null) {
      return MemorySegment.NULL;
    }
    MemorySegment segment = scratch.allocate(ValueLayout.ADDRESS, pointers.length + 1L);
    for (int i = 0; i < pointers.length; i++) {
      MemorySegment p = pointers[i];
      segment.setAtIndex(ValueLayout.ADDRESS, i, p == null ? MemorySegment.NULL : p);
    }
    segment.setAtIndex(ValueLayout.ADDRESS, pointers.length, MemorySegment.NULL);
    return segment;
  }

  /** Reads back the pointers C stored; NULL entries become {@code null}. */
  public static void copyBackPointers(MemorySegment segment, MemorySegment[] pointers) {
    if (pointers != null) {
      for (int i = 0; i < pointers.length; i++) {
        MemorySegment p = segment.getAtIndex(ValueLayout.ADDRESS, i);
        pointers[i] = p.address() == 0 ? null : p;
      }
    }
  }

  /** A NULL-terminated {@code char *[]} of string copies; {@code null} elements become NULL. */
  public static MemorySegment strings(
      SegmentAllocator scratch, String[] strings, Charset charset, String where) {
    return strings == null ? MemorySegment.NULL : strings(scratch, List.of(), strings, charset, where);
  }

  /** As {@link #strings(SegmentAllocator, String[], Charset, String)}, from a list. */
  public static MemorySegment strings(
      SegmentAllocator scratch, List<String> strings, Charset charset, String where) {
    return strings == null
        ? MemorySegment.NULL
        : strings(scratch, strings, null, charset, where);
  }

  private static MemorySegment strings(
      SegmentAllocator scratch, List<String> list, String[] array, Charset charset, String where) {
    int n = array != null ? array.length : list.size();
    MemorySegment segment = scratch.allocate(ValueLayout.ADDRESS, n + 1L);
    for (int i = 0; i < n; i++) {
      String s = array != null ? array[i] : list.get(i);
      MemorySegment copy = scratch instanceof Scratch thread
          ? string(thread, s, charset, where + "[" + i + "]")
          : string(scratch, s, charset, where + "[" + i + "]");
      segment.setAtIndex(ValueLayout.ADDRESS, i, copy);
    }
    segment.setAtIndex(ValueLayout.ADDRESS, n, MemorySegment.NULL);
    return segment;
  }

  /** Reads back the strings the {@code char *} slots point to after C changed them. */
  public static void copyBackStrings(MemorySegment segment, String[] strings, Charset charset) {
    if (strings != null) {
      for (int i = 0; i < strings.length; i++) {
        strings[i] = readString(segment.getAtIndex(ValueLayout.ADDRESS, i), charset);
      }
    }
  }

  // ---- buffers ------------------------------------------------------------------------------

  /**
   * The memory of a {@link ByteBuffer} from its position to its limit: a direct buffer is passed as
   * it is; a heap buffer is copied unless the call is critical.
   */
  public static MemorySegment buffer(
      SegmentAllocator scratch, ByteBuffer buffer, boolean cWrites, boolean critical, String where) {
    if (buffer == null) {
      return MemorySegment.NULL;
    }
    if (cWrites && buffer.isReadOnly()) {
      throw new IllegalArgumentException(
          where + " is a read-only ByteBuffer but C writes to it: pass a writable buffer, or declare"
              + " the parameter \"const buffer\" if C only reads");
    }
    MemorySegment view = MemorySegment.ofBuffer(buffer);
    if (view.isNative() || critical) {
      return view;
    }
    MemorySegment copy = scratch.allocate(view.byteSize(), 8);
    copy.copyFrom(view);
    return copy;
  }

  /** Copies what C wrote into the scratch copy back into a heap buffer (no-op when none was made). */
  public static void copyBack(MemorySegment passed, ByteBuffer buffer) {
    if (buffer != null && !buffer.isDirect() && !buffer.isReadOnly()) {
      MemorySegment view = MemorySegment.ofBuffer(buffer);
      if (view.address() != passed.address() || view.isNative() != passed.isNative()) {
        view.copyFrom(passed);
      }
    }
  }

  /**
   * A segment passed where C takes memory: native segments go as they are, heap segments are copied
   * unless the call is critical.
   */
  public static MemorySegment segment(
      SegmentAllocator scratch, MemorySegment segment, boolean cWrites, boolean critical, String where) {
    if (segment == null) {
      return MemorySegment.NULL;
    }
    if (cWrites && segment.isReadOnly()) {
      throw new IllegalArgumentException(
          where + " is a read-only segment but C writes to it: pass a writable one, or declare the"
              + " parameter \"const\" if C only reads");
    }
    if (segment.isNative() || critical) {
      return segment;
    }
    MemorySegment copy = scratch.allocate(segment.byteSize(), 8);
    copy.copyFrom(segment);
    return copy;
  }

  /** Copies C's writes back into a heap segment that was passed as a copy. */
  public static void copyBack(MemorySegment passed, MemorySegment segment) {
    if (segment != null && !segment.isNative() && !segment.isReadOnly() && passed != segment) {
      segment.copyFrom(passed);
    }
  }

  // ---- results ------------------------------------------------------------------------------

  /** {@code n} elements at {@code p} as a new Java array; NULL gives {@code null}. */
  public static byte[] bytes(MemorySegment p, long n) {
    return p.address() == 0 ? null : p.reinterpret(n).toArray(ValueLayout.JAVA_BYTE);
  }

  /** As {@link #bytes}, for 16-bit elements. */
  public static short[] shorts(MemorySegment p, long n) {
    return p.address() == 0 ? null : p.reinterpret(n * 2).toArray(ValueLayout.JAVA_SHORT);
  }

  /** As {@link #bytes}, for unsigned 16-bit elements read as {@code char}. */
  public static char[] chars(MemorySegment p, long n) {
    return p.address() == 0 ? null : p.reinterpret(n * 2).toArray(ValueLayout.JAVA_CHAR);
  }

  /** As {@link #bytes}, for 32-bit elements. */
  public static int[] ints(MemorySegment p, long n) {
    return p.address() == 0 ? null : p.reinterpret(n * 4).toArray(ValueLayout.JAVA_INT);
  }

  /** As {@link #bytes}, for 64-bit elements. */
  public static long[] longs(MemorySegment p, long n) {
    return p.address() == 0 ? null : p.reinterpret(n * 8).toArray(ValueLayout.JAVA_LONG);
  }

  /** As {@link #bytes}, for {@code float} elements. */
  public static float[] floats(MemorySegment p, long n) {
    return p.address() == 0 ? null : p.reinterpret(n * 4).toArray(ValueLayout.JAVA_FLOAT);
  }

  /** As {@link #bytes}, for {@code double} elements. */
  public static double[] doubles(MemorySegment p, long n) {
    return p.address() == 0 ? null : p.reinterpret(n * 8).toArray(ValueLayout.JAVA_DOUBLE);
  }

  /** {@code n} pointers at {@code p}; NULL entries become {@code null}. */
  public static MemorySegment[] pointers(MemorySegment p, long n) {
    if (p.address() == 0) {
      return null;
    }
    MemorySegment[] out = new MemorySegment[Math.toIntExact(n)];
    copyBackPointers(p.reinterpret(n * ValueLayout.ADDRESS.byteSize()), out);
    return out;
  }

  /** {@code n} strings at {@code p}; NULL entries become {@code null}. */
  public static String[] strings(MemorySegment p, long n, Charset charset) {
    if (p.address() == 0) {
      return null;
    }
    String[] out = new String[Math.toIntExact(n)];
    copyBackStrings(p.reinterpret(n * ValueLayout.ADDRESS.byteSize()), out, charset);
    return out;
  }
}
