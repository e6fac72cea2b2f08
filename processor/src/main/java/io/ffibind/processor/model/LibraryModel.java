package io.ffibind.processor.model;

import java.util.List;

/**
 * A checked library interface, ready to generate: no javac types, only what the generated source
 * needs.
 *
 * @param interfaceName the interface as source names it from its package ({@code Outer.Inner})
 * @param generatedName the simple name of the generated class ({@code Ffibind_Outer_Inner})
 * @param libraryName the {@code @NativeLibrary} value
 * @param charset the library's canonical charset, for its globals' strings
 */
public record LibraryModel(
    String packageName,
    String interfaceName,
    String generatedName,
    String libraryName,
    boolean closeable,
    List<FunctionModel> functions,
    List<GlobalModel> globals,
    String charset) {}
