package io.ffibind.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Strict string encoding for arguments and the memory helpers: where {@link String#getBytes(Charset)} would quietly
 * put {@code ?} for a character the charset cannot hold, these fail, because a C string that differs
 * from the Java one is a bug the caller wants to hear about.
 */
public final class Encoding {
  private Encoding() {}

  /**
   * The bytes of {@code s} in {@code charset}, without a terminator.
   *
   * @throws IllegalArgumentException if {@code s} contains U+0000 (C would see the string end there)
   *     or a character {@code charset} cannot encode
   */
  public static byte[] encode(String s, Charset charset, String where) {
    Objects.requireNonNull(s, where);
    Objects.requireNonNull(charset, "charset");
    int nul = s.indexOf('\0');
    if (nul >= 0) {
      throw new IllegalArgumentException(
          where + " contains U+0000 at index " + nul + ": C would see the string end there");
    }
    if (charset.equals(StandardCharsets.UTF_8) && !hasLoneSurrogate(s)) {
      return s.getBytes(charset); // the common case, and UTF-8 encodes everything else
    }
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer out = encoder.encode(CharBuffer.wrap(s));
      return Arrays.copyOfRange(out.array(), out.arrayOffset() + out.position(), out.arrayOffset() + out.limit());
    } catch (CharacterCodingException e) {
      int bad = firstUnencodable(s, charset);
      throw new IllegalArgumentException(
          where + " has a character " + charset.name() + " cannot encode at index " + bad
              + String.format(" (U+%04X)", s.codePointAt(bad)), e);
    }
  }

  /** Bytes of the NUL that ends a string in {@code charset}: one code unit. */
  public static int terminatorSize(Charset charset) {
    String name = charset.name();
    if (name.startsWith("UTF-32")) {
      return 4;
    }
    return name.startsWith("UTF-16") ? 2 : 1;
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static int firstUnencodable(String s, Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int end = i + Character.charCount(s.codePointAt(i));
      if (!encoder.canEncode(s.subSequence(i, end))) {
        return i;
      }
    }
    return 0;
  }
}
