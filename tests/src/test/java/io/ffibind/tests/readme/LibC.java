package io.ffibind.tests.readme;

import io.ffibind.FreeResult;
import io.ffibind.NativeLibrary;
import io.ffibind.Symbol;

/** README, "Strings, buffers, arrays and out-parameters": kept verbatim. */
@NativeLibrary("")
public interface LibC {
  @Symbol(parameters = {"string"}, result = "usize")
  long strlen(String s);

  // char **endptr: a String[1] receives the rest of the string
  @Symbol(parameters = {"string", "string*", "i32"}, result = "long")
  long strtol(String s, String[] end, int base);

  @Symbol(parameters = {"string"}, result = "string")
  String getenv(String name); // null when unset; libc owns the memory

  @FreeResult // the caller owns strdup's result: copied, then freed with free()
  @Symbol(parameters = {"string"}, result = "string")
  String strdup(String s);

  // variadic: "..." marks where C's variadic part starts; this binding passes one int and one string
  @Symbol(parameters = {"buffer[size]", "usize", "string", "...", "i32", "string"}, result = "i32")
  int snprintf(byte[] buffer, long size, String format, int number, String word);
}
