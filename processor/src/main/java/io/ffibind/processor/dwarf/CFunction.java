package io.ffibind.processor.dwarf;

import java.util.List;

/**
 * A function's prototype as the library's debug information gives it.
 *
 * @param name the name DWARF gives the function (an alias such as {@code __snprintf} when the
 *     exported symbol is one of several names for the same code)
 * @param variadic whether it ends with {@code ...} ({@code DW_TAG_unspecified_parameters})
 * @param prototyped false for a K&amp;R-style C declaration, whose parameters are unknown
 */
public record CFunction(String name, CType result, List<Parameter> parameters, boolean variadic, boolean prototyped) {
  /** A parameter; {@code name} is empty when DWARF has none (a declaration from a header, say). */
  public record Parameter(String name, CType type) {}
}
