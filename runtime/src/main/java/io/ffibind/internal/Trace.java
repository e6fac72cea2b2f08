package io.ffibind.internal;

import java.lang.foreign.MemorySegment;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The opt-in trace of generated calls: {@code -Dffibind.trace=true} logs every call through a
 * generated binding (the Java method, the C symbol and the arguments) to the {@link System.Logger}
 * named {@code io.ffibind.trace}, at level {@code INFO}. Instead of {@code true}, a comma-separated
 * list of names traces only what matches: a library interface ({@code LibM}, {@code Outer.Inner}), one
 * method ({@code LibM.pow}) or a C symbol ({@code strlen}).
 *
 * <p>Off by default at no cost: generated code tests {@link #ENABLED}, a {@code static final} the JIT
 * folds to a constant, so an untraced call contains no trace code at all.
 */
public final class Trace {
  /** The system property that turns tracing on. */
  public static final String PROPERTY = "ffibind.trace";

  /** Whether {@value #PROPERTY} is set (to anything but {@code false}); read once, at class init. */
  public static final boolean ENABLED;

  private static final List<String> FILTER;
  private static final int MAX_ELEMENTS = 8;
  private static final int MAX_CHARS = 120;

  static {
    String value = System.getProperty(PROPERTY);
    ENABLED = value != null && !value.strip().equalsIgnoreCase("false");
    List<String> filter = new ArrayList<>();
    if (ENABLED) {
      for (String entry : value.split(",")) {
        String name = entry.strip();
        if (!name.isEmpty() && !List.of("true", "all", "*").contains(name.toLowerCase(Locale.ROOT))) {
          filter.add(name);
        }
      }
    }
    FILTER = List.copyOf(filter);
  }

  private Trace() {}

  /**
   * Logs one call, if the filter selects it.
   *
   * @param method the Java method as {@code Interface.method}
   * @param symbol the C symbol it calls
   * @param names the Java parameter names, comma-separated
   * @param arguments the Java arguments, as the caller passed them
   */
  public static void call(String method, String symbol, String names, Object... arguments) {
    if (!selected(method, symbol)) {
      return;
    }
    System.Logger logger = System.getLogger("io.ffibind.trace");
    if (logger.isLoggable(System.Logger.Level.INFO)) {
      logger.log(System.Logger.Level.INFO, format(method, symbol, names, arguments));
    }
  }

  /**
   * Logs one access to a C global variable, if the filter selects it: {@code Lib.counter -> global
   * counter} (a read), {@code Lib.counter -> global counter = 5} (a write), {@code Lib.counterStorage ->
   * &counter} (its storage).
   *
   * @param access {@code read}, {@code write} or {@code storage}
   * @param value what a write stores; ignored otherwise
   */
  public static void global(String method, String symbol, String access, Object value) {
    if (!selected(method, symbol)) {
      return;
    }
    System.Logger logger = System.getLogger("io.ffibind.trace");
    if (logger.isLoggable(System.Logger.Level.INFO)) {
      logger.log(System.Logger.Level.INFO, formatGlobal(method, symbol, access, value));
    }
  }

  static String formatGlobal(String method, String symbol, String access, Object value) {
    String target = switch (access) {
      case "write" -> "global " + symbol + " = " + render(value);
      case "storage" -> "&" + symbol;
      default -> "global " + symbol;
    };
    return method + " -> " + target;
  }

  /**
   * The callee of a call through a C function pointer, as {@code call} takes a symbol: {@code
   * (*0x7f3a2c001230)}.
   */
  public static String pointer(MemorySegment function) {
    return "(*0x" + Long.toHexString(function.address()) + ")";
  }

  /** {@code LibM.pow -> pow(base=2.0, exponent=10.0)}. */
  static String format(String method, String symbol, String names, Object... arguments) {
    StringBuilder sb = new StringBuilder(method).append(" -> ").append(symbol).append('(');
    String[] parameter = names.isEmpty() ? new String[0] : names.split(", ");
    for (int i = 0; i < arguments.length; i++) {
      sb.append(i == 0 ? "" : ", ");
      if (i < parameter.length) {
        sb.append(parameter[i]).append('=');
      }
      sb.append(render(arguments[i]));
    }
    return sb.append(')').toString();
  }

  private static boolean selected(String method, String symbol) {
    if (FILTER.isEmpty()) {
      return true;
    }
    int dot = method.lastIndexOf('.');
    String library = dot < 0 ? method : method.substring(0, dot);
    for (String name : FILTER) {
      if (name.equals(method) || name.equals(library) || name.equals(symbol)) {
        return true;
      }
    }
    return false;
  }

  private static String render(Object value) {
    return switch (value) {
      case null -> "null";
      case String s -> quote(s);
      case Character c -> quote(String.valueOf(c)).replace('"', '\'');
      case MemorySegment m when m.address() == 0 && m.isNative() -> "NULL";
      case MemorySegment m ->
          (m.isNative() ? String.format("0x%x", m.address()) : "heap") + "[" + m.byteSize() + " bytes]";
      case ByteBuffer b -> b.toString();
      case List<?> list -> elements(list.toArray(), list.size(), "List");
      case Object o when o.getClass().isArray() -> {
        int length = Array.getLength(o);
        Object[] first = new Object[Math.min(length, MAX_ELEMENTS)];
        for (int i = 0; i < first.length; i++) {
          first[i] = Array.get(o, i);
        }
        yield elements(first, length, o.getClass().getComponentType().getSimpleName() + "[" + length + "]");
      }
      default -> value.toString();
    };
  }

  private static String elements(Object[] first, int length, String prefix) {
    StringBuilder sb = new StringBuilder(prefix).append('{');
    for (int i = 0; i < Math.min(first.length, MAX_ELEMENTS); i++) {
      sb.append(i == 0 ? "" : ", ").append(render(first[i]));
    }
    return sb.append(length > MAX_ELEMENTS ? ", ...}" : "}").toString();
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    int n = Math.min(s.length(), MAX_CHARS);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\0' -> sb.append("\\0");
        default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return sb.append(s.length() > n ? "\"..." : "\"").toString();
  }
}
