package io.ffibind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an abstract method of a {@link NativeLibrary} interface to a C global variable.
 *
 * <ul>
 *   <li>A method with no parameters reads it: {@code @Global(type = "i32") int counter();}
 *   <li>A {@code void} method with one parameter writes it: {@code @Global(name = "counter", type =
 *       "i32") void setCounter(int value);}
 *   <li>A method returning {@code MemorySegment} gives the global's own storage: its address, sized
 *       to its type, for reading and writing in place.
 * </ul>
 *
 * <p>Types: every scalar ({@code "i32"}, {@code "u64"}, {@code "f64"}, {@code "bool"}, {@code
 * "long"}, ...), {@code "pointer"} and {@code "function"} (written from a {@code MemorySegment}, read
 * through the storage), {@code "string"} (a {@code char *} global, read as a {@code String}), inline
 * arrays {@code "T[N]"} ({@code const uint8_t bytes[14]} is {@code "u8[14]"}), read and written as the
 * Java array of {@code T}, and the name of a {@link Struct} or {@link Union} record ({@code "Point"},
 * or {@code "Point[4]"} for an inline array of them), read and written as the record (or an array of
 * records) through its generated companion. A struct that points to other memory (strings, arrays,
 * records behind pointers) is written by a setter that also takes the {@link
 * java.lang.foreign.SegmentAllocator} that memory is copied into: {@code void owner(Person value,
 * SegmentAllocator allocator)}.
 *
 * <p>Writing a global C declares {@code const} is undefined behaviour in C (it lives in read-only
 * memory and the process crashes): declare such a global without a setter. A {@code "const T[N]"}
 * type makes the processor reject setters, and so does a build that checks against the real library
 * ({@code -Affibind.libraryPath}) for any variable the library keeps in read-only memory.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Global {
  /** The C symbol; the method's name when empty. */
  String name() default "";

  /** The C type of the variable, as a type string. */
  String type();

  /**
   * The library may lack this global: loading does not fail, and reading or writing it throws
   * {@link MissingSymbolException}. Ask first with {@link Native#isPresent(Object, String)}.
   */
  boolean optional() default false;
}
