package io.ffibind.processor.diag;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports: a stable id users can search for, its kind, and its text
 * ({@link String#format} arguments). Each constant is covered by a compile-testing test.
 *
 * <p>Ids are grouped by feature so they stay stable as features arrive: FFI001-FFI029 interfaces and
 * signatures, FFI030-FFI049 structs and unions, FFI050-FFI064 callbacks, FFI065-FFI079 optional
 * symbols, globals, nonblocking calls and errno, FFI080-FFI098 verification against the real library,
 * FFI999 internal errors.
 */
public enum Message {
  NOT_AN_INTERFACE("FFI001", "@NativeLibrary goes on an interface, but %s is %s: declare it as 'interface %s'"),
  NOT_REACHABLE("FFI002", "%s cannot be implemented by generated code: %s"),
  GENERIC_INTERFACE("FFI003", "@NativeLibrary interface %s has type parameters: C functions are not generic; remove <%s>"),
  MISSING_SYMBOL("FFI004", "abstract method %s has no @Symbol: annotate it with @Symbol(parameters = {...}, result = \"...\") or give it a default body"),
  SYMBOL_OUTSIDE_LIBRARY("FFI005", "@Symbol on %s, which is not in a @NativeLibrary interface: annotate %s with @NativeLibrary(\"name\")"),
  SYMBOL_NOT_ABSTRACT("FFI006", "@Symbol on %s method %s: only abstract methods are bound; remove the body or the annotation"),
  GENERIC_METHOD("FFI007", "method %s has type parameters: a C function has one signature; remove <%s>"),
  RESERVED_NAME("FFI008", "%s '%s' of %s %s, which ffibind reserves for generated code: rename it"),
  BAD_TYPE("FFI010", "%s of %s: %s"),
  VOID_PARAMETER("FFI011", "parameter %d of %s is declared \"void\": void is only a result type; remove it from parameters"),
  ARITY("FFI012", "%s declares %d C parameter%s in @Symbol(parameters) but has %d Java parameter%s: give one type string per Java parameter"),
  PARAMETER_TYPE("FFI013", "parameter '%s' of %s is %s, which cannot carry C type \"%s\"; accepted: %s"),
  RESULT_TYPE("FFI014", "%s returns %s, which cannot carry C result \"%s\"; accepted: %s"),
  CONFLICTING_SYMBOL("FFI015", "%s binds C symbol '%s' as %s, but %s binds it as %s: one C function has one signature"),
  INDISTINGUISHABLE_OVERLOADS("FFI016", "%s and %s have the same name and parameter types: rename one (and set @Symbol(name) to keep the C name)"),
  RESERVED_CLOSE("FFI017", "%s extends AutoCloseable, so close() unloads the library and cannot bind a C function: name the method differently and set @Symbol(name = \"%s\")"),
  BAD_CHARSET("FFI018", "unsupported charset \"%s\" on %s: use one of %s"),
  LENGTH_REQUIRED("FFI020", "result \"%s\" of %s has no length, so the generated code cannot know how much to copy: write \"%s\" with a constant or a parameter name, or return MemorySegment"),
  LENGTH_PARAMETER_MISSING("FFI021", "\"%s\" in %s names parameter '%s', which does not exist%s"),
  LENGTH_PARAMETER_NOT_INTEGER("FFI022", "\"%s\" in %s takes its length from parameter '%s', which is %s: a length must be an integer parameter"),
  FREE_RESULT_NOT_MEMORY("FFI023", "@FreeResult on %s, whose result \"%s\" %s: it frees C memory after copying it into Java, so use it only with a string or array result returned as String or a Java array"),
  FREE_RESULT_NAME("FFI026", "@FreeResult on %s names \"%s\", which is not a C function name: write @FreeResult (libc's free) or name the library's own deallocator, e.g. @FreeResult(\"sqlite3_free\")"),
  VARIADIC("FFI027", "%s of %s: %s"),
  GENERATED_NAME_TAKEN("FFI028", "ffibind generates %s for %s, but %s: rename one of the two declarations"),
  TOO_MANY_SYMBOLS("FFI029", "%s binds %d C functions, variables and @FreeResult functions, more than the %d one"
      + " generated binding can hold (a JVM limit on a record's components): split it into several @NativeLibrary"
      + " interfaces"),
  CONST_RESULT("FFI024", "result \"%s\" of %s is const: const only applies to memory C reads from parameters; drop it"),
  OUT_PARAMETER_RESULT("FFI025", "result \"%s\" of %s: an out-parameter type (with *) can only be a parameter; return \"pointer\" instead"),
  STRUCT_NOT_RECORD("FFI030", "@%s goes on a record, but %s is %s: declare it as 'record %s(...)' with one component per C field"),
  FIELD_BAD_TYPE("FFI031", "field '%s' of %s: %s"),
  STRUCT_NAME_AMBIGUOUS("FFI032", "%s of %s: struct name \"%s\" is claimed by %s: give each a distinct name with @Struct(name = \"...\")"),
  STRUCT_CONTAINS_ITSELF("FFI033", "%s contains itself by value (%s): C cannot give it a size; make one of these fields a pointer (\"%s*\")"),
  INLINE_ARRAY_WITHOUT_SIZE("FFI034", "field '%s' of %s is \"%s\", an array inside the struct without a size: write a count such as \"%s\", or \"%s\" for a pointer to elements"),
  LENGTH_FIELD_MISSING("FFI035", "\"%s\" in field '%s' of %s takes its length from field '%s', which does not exist%s"),
  LENGTH_FIELD_NOT_INTEGER("FFI036", "\"%s\" in field '%s' of %s takes its length from field '%s', which is %s: a length must be an integer field"),
  STRUCT_SIZE_MISMATCH("FFI037", "%s states size = %d, but its C layout is %d bytes: %s"),
  STRUCT_ALIGN_MISMATCH("FFI038", "%s states align = %d, but its C layout is aligned to %d: %s"),
  FIELD_JAVA_TYPE("FFI039", "field '%s' of %s is %s, which cannot carry C type \"%s\"; accepted: %s"),
  STRUCT_VARIADIC("FFI040", "%s of %s: a struct passed by value cannot go through C's \"...\" in ffibind; pass a pointer (\"%s*\")"),
  FLEXIBLE_BY_VALUE("FFI041", "%s of %s: %s ends in a flexible array member ('%s'), so C cannot copy it by value or make arrays of it; use a pointer to one (\"%s*\")"),
  FLEXIBLE_NOT_LAST("FFI042", "field '%s' of %s is a flexible array member (\"%s\"): only the last field of a struct can be one, and a union has none"),
  UNION_FOLLOWED_POINTER("FFI043", "member '%s' of %s is \"%s\" read as %s: a union does not say which member C wrote, so ffibind never follows a member's pointer; declare it \"pointer\" (MemorySegment)"),
  STRUCT_EMPTY("FFI044", "%s has no components, and C has no empty structs: declare its fields as record components"),
  STRUCT_ATTRIBUTE("FFI045", "%s on %s: %s"),
  STRUCT_NOT_REACHABLE("FFI046", "%s cannot be used by generated code: %s"),
  FIELD_OUTSIDE_STRUCT("FFI047", "@Field on component '%s' of %s, which is not a @Struct or @Union record: annotate %s with @Struct"),
  PACKED_BY_VALUE("FFI048", "%s of %s: %s is packed or holds a packed struct, and Panama passes only naturally aligned structs by value; use a pointer (\"%s*\")"),
  CALLBACK_NOT_INTERFACE("FFI050", "@Callback goes on a functional interface, but %s is %s: declare it as 'interface %s' with the one method C calls"),
  CALLBACK_NOT_FUNCTIONAL("FFI051", "@Callback interface %s has %s: it needs exactly one abstract method, the function C calls; %s"),
  CALLBACK_NOT_REACHABLE("FFI052", "@Callback interface %s cannot be used by generated code: %s"),
  CALLBACK_GENERIC("FFI053", "%s has type parameters: a C function pointer has one signature; remove <%s>"),
  CALLBACK_ARITY("FFI054", "callback %s declares %d C parameter%s in @Callback(parameters) but its method has %d Java parameter%s: give one type string per Java parameter"),
  CALLBACK_PARAMETER_UNSUPPORTED("FFI055", "parameter %d of callback %s is \"%s\": %s"),
  CALLBACK_RESULT_UNSUPPORTED("FFI056", "callback %s returns \"%s\": %s"),
  CALLBACK_ON_ERROR("FFI058", "onError = \"%s\" of callback %s: %s"),
  CALLBACK_AND_LIBRARY("FFI059", "%s is both a @NativeLibrary and a @Callback, but ffibind implements a library"
      + " and your code implements a callback: declare the callback as an interface of its own"),
  CRITICAL_CALLBACK("FFI057", "@Critical on %s, which passes callback '%s' to C: a critical call must not call back into Java; remove @Critical"),
  // FFI065-FFI079: optional symbols, globals, nonblocking calls and errno
  NONBLOCKING_NOT_FUTURE("FFI065", "%s is declared nonblocking = true but returns %s: a nonblocking call returns at once, so declare the result %s (the boxed Java type of C result \"%s\")"),
  NONBLOCKING_TYPE_ARGUMENT("FFI066", "%s returns %s, whose type argument cannot carry C result \"%s\"; accepted: %s"),
  NONBLOCKING_CRITICAL("FFI067", "%s is both @Critical and nonblocking = true: a critical call must be short and never block, while nonblocking is for calls that may block; remove one"),
  FUTURE_NOT_NONBLOCKING("FFI068", "%s returns %s but is not nonblocking: set @Symbol(nonblocking = true) to run the call on another thread, or return the C result directly"),
  GLOBAL_SHAPE("FFI069", "@Global method %s %s: read a global with a method that takes no parameter and returns its value, write it with a void method of one parameter"),
  GLOBAL_JAVA_TYPE("FFI070", "%s of %s is %s, which cannot carry C global type \"%s\"; accepted: %s"),
  GLOBAL_TYPE("FFI071", "type \"%s\" of global %s: %s"),
  GLOBAL_NOT_A_FUNCTION("FFI072", "%s on %s, which binds a C global with @Global: %s"),
  GLOBAL_PLACEMENT("FFI073", "@Global on %s: %s"),
  GLOBAL_CONST_WRITE("FFI074", "%s writes global '%s', declared \"%s\": C keeps const data in read-only memory, so writing it is undefined behaviour (usually a crash); remove the setter, or drop const if the C variable is not const"),
  GLOBAL_CONFLICT("FFI075", "%s binds C symbol '%s' as %s, but %s binds it as %s: one C symbol is one thing"),
  GLOBAL_STRUCT_MEMORY("FFI076", "%s writes global '%s' of type \"%s\", whose fields point to memory outside the struct (%s): that memory must stay valid for as long as C may read the global, so the setter takes the allocator it comes from: declare 'void %s(%s value, SegmentAllocator allocator)' and pass an arena that lives as long as the value stays in the global"),
  // Verification against the real library (check/LibraryVerification).
  LIBRARY_NOT_FOUND("FFI080", Diagnostic.Kind.WARNING, "@NativeLibrary(\"%s\") on %s: no library file found on -Affibind.libraryPath to check its declarations against. Tried:\n  %s"),
  SYMBOL_NOT_EXPORTED("FFI081", "%s binds C symbol '%s', which %s does not export%s"),
  OPTIONAL_SYMBOL_NOT_EXPORTED("FFI082", Diagnostic.Kind.WARNING, "%s binds optional C symbol '%s', which %s does not export%s"),
  SYMBOL_NOT_A_FUNCTION("FFI083", "%s binds C symbol '%s', which %s exports as %s, not a function: a call would jump into data; read it with @Global instead"),
  PROTOTYPE_MISMATCH("FFI084", "%s: declared %s, but %s defines %s: %s"),
  NO_DEBUG_INFO("FFI085", Diagnostic.Kind.NOTE, "%s has no debug information, so only the names of %s's symbols were checked against it (build it with -g, or install its debug file under %s)"),
  NO_PROTOTYPE("FFI086", Diagnostic.Kind.NOTE, "%s: the debug information of %s has no prototype for '%s', so only its name was checked"),
  DEBUG_INFO_UNREADABLE("FFI087", Diagnostic.Kind.WARNING, "the debug information of %s cannot be read (%s), so only the names of %s's symbols were checked against it"),
  GLOBAL_NOT_A_VARIABLE("FFI088", "%s binds C symbol '%s' with @Global, but %s exports it as %s, not a variable: the global would be the function's machine code; bind it with @Symbol instead"),
  STRUCT_LAYOUT_MISMATCH("FFI089", "%s (record %s) does not match C's %s in the debug information of %s: %s"),
  GLOBAL_READ_ONLY("FFI090", "%s writes C global '%s', which %s keeps in read-only memory (%s): C declares it const, and writing it crashes the process; remove the setter"),
  GLOBAL_TYPE_MISMATCH("FFI091", "%s: declared global \"%s\", but %s defines %s: %s"),
  GLOBAL_THREAD_LOCAL("FFI092", "%s binds C symbol '%s' with @Global, but %s exports it as %s: every thread has its own copy, and the binding would hold the one of the thread that loaded the library; call a C function that reads or writes it instead"),
  INTERNAL_ERROR("FFI999", "internal error in ffibind while processing %s, please report: %s");

  private final String id;
  private final Diagnostic.Kind kind;
  private final String format;

  Message(String id, String format) {
    this(id, Diagnostic.Kind.ERROR, format);
  }

  Message(String id, Diagnostic.Kind kind, String format) {
    this.id = id;
    this.kind = kind;
    this.format = format;
  }

  public String id() {
    return id;
  }

  /** Error for mistakes; a warning or note where the build can go on (a library not found, say). */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The text with its id, as users see it: {@code [FFI012] ...}. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(format, args);
  }
}
