package io.ffibind.tests.readme;

import io.ffibind.Callback;
import io.ffibind.Field;
import io.ffibind.NativeLibrary;
import io.ffibind.Struct;
import io.ffibind.Symbol;
import java.lang.foreign.MemorySegment;

/** README, "Callbacks in struct fields": kept verbatim. */
@NativeLibrary("")
public interface Cookies {
  // ssize_t (*write)(void *cookie, const char *buf, size_t size)
  @Callback(parameters = {"pointer", "const u8[size]", "usize"}, result = "isize")
  interface Write {
    long write(MemorySegment cookie, byte[] buf, long size);
  }

  // int (*close)(void *cookie)
  @Callback(parameters = "pointer", result = "i32")
  interface Close {
    int close(MemorySegment cookie);
  }

  // typedef struct { read; write; seek; close; } cookie_io_functions_t; (glibc)
  @Struct(name = "cookie_io_functions_t", size = 32)
  record IoFunctions(@Field("function") MemorySegment read, Write write,
                     @Field("function") MemorySegment seek, Close close) {}

  // FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t io_funcs): glibc keeps io_funcs
  @Symbol(parameters = {"pointer", "string", "cookie_io_functions_t"}, result = "pointer")
  MemorySegment fopencookie(MemorySegment cookie, String mode, MemorySegment ioFunctions);

  @Symbol(parameters = {"string", "pointer"}, result = "i32")
  int fputs(String s, MemorySegment file);

  @Symbol(parameters = "pointer", result = "i32")
  int fclose(MemorySegment file);
}
