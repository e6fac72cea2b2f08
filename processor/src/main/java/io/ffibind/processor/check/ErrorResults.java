package io.ffibind.processor.check;

import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.JavaMapping;
import java.math.BigInteger;

/**
 * Reads a callback's {@code onError}, the value C receives when the callback throws, into a Java
 * literal of the result's carrier type: unsigned values are range-checked against the C type and
 * written with the carrier's bits ({@code u8} 255 is {@code (byte) -1}).
 */
final class ErrorResults {
  private ErrorResults() {}

  /** The literal, or the reason {@code text} does not fit {@code base}. */
  sealed interface Result {
    record Literal(String java) implements Result {}

    record Invalid(String why) implements Result {}
  }

  static Result parse(String text, BaseType base) {
    String t = text.strip();
    return switch (base.kind()) {
      case VOID -> new Result.Invalid("the callback returns void, so C receives nothing; remove onError");
      case POINTER, STRING, BUFFER -> new Result.Invalid("a pointer result always gives C NULL; remove onError");
      case BOOL -> t.equals("true") || t.equals("false")
          ? new Result.Literal(t)
          : new Result.Invalid("a bool result takes \"true\" or \"false\"");
      case FLOAT -> floating(t, base);
      case SIGNED, UNSIGNED -> integer(t, base);
    };
  }

  private static Result integer(String text, BaseType base) {
    BigInteger value;
    try {
      value = text.startsWith("0x") || text.startsWith("0X")
          ? new BigInteger(text.substring(2), 16)
          : new BigInteger(text);
    } catch (NumberFormatException e) {
      return new Result.Invalid("not an integer; write a number such as \"-1\" or \"0xff\"");
    }
    int bits = base.size() * 8;
    boolean unsigned = base.kind() == BaseType.Kind.UNSIGNED;
    BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
    BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      return new Result.Invalid(text + " is out of range for \"" + base.canonical() + "\" (" + min + " to " + max + ")");
    }
    long bitsValue = value.longValue(); // two's complement: the carrier's bits
    return new Result.Literal(switch (JavaMapping.carrier(base)) {
      case BYTE -> "(byte) " + (byte) bitsValue;
      case SHORT -> "(short) " + (short) bitsValue;
      case INT -> Integer.toString((int) bitsValue);
      default -> bitsValue == Long.MIN_VALUE ? "Long.MIN_VALUE" : bitsValue + "L";
    });
  }

  private static Result floating(String text, BaseType base) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return new Result.Invalid("not a number; write one such as \"-1\", \"0.5\" or \"NaN\"");
    }
    boolean f32 = base == BaseType.F32;
    String type = f32 ? "Float" : "Double";
    if (Double.isNaN(value)) {
      return new Result.Literal(type + ".NaN");
    }
    if (Double.isInfinite(value)) {
      return new Result.Literal(type + (value > 0 ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY"));
    }
    if (f32 && Float.isInfinite((float) value)) {
      return new Result.Invalid(text + " is out of range for \"f32\"");
    }
    return new Result.Literal(f32 ? Float.toString((float) value) + "f" : Double.toString(value));
  }
}
