package io.ffibind.processor.elf;

/**
 * A symbol a shared library exports through its dynamic symbol table.
 *
 * @param version the symbol version ({@code GLIBC_2.2.5}), or empty when unversioned
 * @param value its address relative to the library's load address
 * @param sectionIndex {@code st_shndx}: the section it is defined in (or a special index such as
 *     {@code SHN_ABS})
 */
public record ElfSymbol(String name, String version, Kind kind, long value, long size, int sectionIndex) {

  /** What {@code STT_*} says the symbol is. */
  public enum Kind {
    /** {@code STT_FUNC}. */
    FUNCTION,
    /** {@code STT_GNU_IFUNC}: a function whose implementation a resolver picks at load time. */
    INDIRECT_FUNCTION,
    /** {@code STT_OBJECT} or {@code STT_COMMON}: a variable. */
    OBJECT,
    /** {@code STT_TLS}: a thread-local variable. */
    THREAD_LOCAL,
    /** {@code STT_NOTYPE} and anything else: hand-written assembly often leaves symbols untyped. */
    UNTYPED;

    static Kind of(int stt) {
      return switch (stt) {
        case 2 -> FUNCTION;
        case 10 -> INDIRECT_FUNCTION;
        case 1, 5 -> OBJECT;
        case 6 -> THREAD_LOCAL;
        default -> UNTYPED;
      };
    }
  }

  /** Code a downcall may jump to: a function or an indirect function. */
  public boolean isFunction() {
    return kind == Kind.FUNCTION || kind == Kind.INDIRECT_FUNCTION;
  }

  /** Memory a global variable lives in, never code. */
  public boolean isData() {
    return kind == Kind.OBJECT || kind == Kind.THREAD_LOCAL;
  }

  /** {@code name@VERSION} as readelf writes it, or the bare name. */
  public String displayName() {
    return version.isEmpty() ? name : name + "@" + version;
  }

  /** What the symbol is, in words, for messages. */
  public String describe() {
    return switch (kind) {
      case FUNCTION -> "a function";
      case INDIRECT_FUNCTION -> "an indirect function (STT_GNU_IFUNC)";
      case OBJECT -> "a variable (a data object, STT_OBJECT)";
      case THREAD_LOCAL -> "a thread-local variable (STT_TLS)";
      case UNTYPED -> "an untyped symbol";
    };
  }
}
