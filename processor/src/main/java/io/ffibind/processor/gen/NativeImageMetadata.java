package io.ffibind.processor.gen;

import io.ffibind.processor.model.CallbackModel;
import io.ffibind.processor.model.FunctionModel;
import io.ffibind.processor.model.FunctionModel.ParameterModel;
import io.ffibind.processor.model.LibraryModel;
import io.ffibind.processor.model.StructModel;
import io.ffibind.processor.types.BaseType;
import io.ffibind.processor.types.NativeType;
import io.ffibind.processor.types.StructRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * GraalVM Native Image's reachability metadata for each generated class that links C, so that a
 * native image of an application using ffibind needs no hand-written configuration: the {@code
 * foreign} section lists every function descriptor and linker option the class makes a downcall handle
 * or an upcall stub for, the {@code reflection} section the methods the runtime calls reflectively.
 *
 * <p>One file per origin, {@code META-INF/native-image/ffibind/<interface>/reachability-metadata.json}
 * (the builder reads every {@code reachability-metadata.json} below {@code META-INF/native-image/}),
 * whose only originating element is that interface, as Gradle's isolating processing needs: a library
 * interface for its binding {@code Ffibind_<Library>}, a {@code @Callback} interface for its class
 * {@code Ffibind_<Callback>} (the downcall that calls a C function pointer, the upcall stubs of its
 * pool). Struct companions link nothing and have no file: a struct passed by value is written out in
 * the descriptors that pass it. Layouts are written by {@link ForeignLayouts}.
 */
public final class NativeImageMetadata {
  /** The checked model of a struct a descriptor holds by value. */
  public interface Structs {
    StructModel model(StructRef struct);
  }

  /** A function descriptor and its linker options, as the {@code foreign} section spells them. */
  public record Descriptor(
      String returnType, List<String> parameterTypes, int firstVariadicArg, boolean critical, boolean captureCallState) {
    String json() {
      StringBuilder sb = new StringBuilder("{\"returnType\": ").append(quote(returnType));
      sb.append(", \"parameterTypes\": [");
      for (int i = 0; i < parameterTypes.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(quote(parameterTypes.get(i)));
      }
      sb.append(']');
      List<String> options = new ArrayList<>();
      if (firstVariadicArg >= 0) {
        options.add("\"firstVariadicArg\": " + firstVariadicArg); // Linker.Option.firstVariadicArg(n)
      }
      if (critical) {
        options.add("\"critical\": {\"allowHeapAccess\": true}"); // Linker.Option.critical(true)
      }
      if (captureCallState) {
        options.add("\"captureCallState\": true"); // Linker.Option.captureCallState("errno")
      }
      if (!options.isEmpty()) {
        sb.append(", \"options\": {").append(String.join(", ", options)).append('}');
      }
      return sb.append('}').toString();
    }
  }

  /** A method the runtime looks up reflectively, with its parameter types as {@code Class.getName} spells them. */
  private record Method(String name, List<String> parameterTypes) {
    String json() {
      List<String> types = parameterTypes.stream().map(NativeImageMetadata::quote).toList();
      return "{\"name\": " + quote(name) + ", \"parameterTypes\": [" + String.join(", ", types) + "]}";
    }
  }

  private NativeImageMetadata() {}

  /** The resource path of a library's file, relative to the class output. */
  public static String resourceName(LibraryModel library) {
    return resourceName(library.packageName(), library.interfaceName());
  }

  /** The resource path of a callback's file, relative to the class output. */
  public static String resourceName(CallbackModel callback) {
    return resourceName(callback.packageName(), callback.interfaceName());
  }

  private static String resourceName(String packageName, String interfaceName) {
    String qualified = packageName.isEmpty() ? interfaceName : packageName + "." + interfaceName;
    return "META-INF/native-image/ffibind/" + qualified + "/reachability-metadata.json";
  }

  /** Every distinct downcall descriptor a binding creates, in the order it creates them. */
  public static List<Descriptor> downcalls(LibraryModel library, Structs structs) {
    Set<Descriptor> descriptors = new LinkedHashSet<>();
    boolean frees = false;
    for (FunctionModel f : library.functions()) {
      descriptors.add(descriptor(f.parameters(), f.resultType(), f.firstVariadic(), f.critical(), f.options().errno(), structs));
      frees |= f.freeWith() != null;
    }
    if (frees) {
      descriptors.add(new Descriptor("void", List.of("void*"), -1, false, false)); // Marshal.FREE
    }
    return List.copyOf(descriptors);
  }

  /**
   * A callback's C function type: the descriptor of its class's downcall (a C function pointer called
   * through the interface) and of its upcall stubs, which take no options.
   */
  public static Descriptor function(CallbackModel callback, Structs structs) {
    return descriptor(callback.parameters(), callback.resultType(), -1, false, false, structs);
  }

  private static Descriptor descriptor(
      List<ParameterModel> parameters, NativeType result, int firstVariadic, boolean critical, boolean errno,
      Structs structs) {
    List<String> layouts = parameters.stream().map(p -> ForeignLayouts.of(p.nativeType(), structs)).toList();
    boolean isVoid = result instanceof NativeType.Basic b && b.base() == BaseType.VOID;
    return new Descriptor(isVoid ? "void" : ForeignLayouts.of(result, structs), layouts, firstVariadic, critical, errno);
  }

  /** A binding's file. */
  public static String json(LibraryModel library, Structs structs) {
    String generated = binaryName(library.packageName(), library.generatedName());
    Method load = new Method("load", List.of("java.nio.file.Path"));
    return file(
        "Generated by ffibind for " + library.interfaceName() + ": the downcalls its binding "
            + library.generatedName() + " makes, and the load method Native.load calls reflectively.",
        generated, List.of(load), downcalls(library, structs), List.of());
  }

  /** A callback class's file. */
  public static String json(CallbackModel callback, Structs structs) {
    String generated = binaryName(callback.packageName(), callback.generatedName());
    String iface = binaryName(callback.packageName(), callback.interfaceName().replace('.', '$'));
    List<String> upcallTypes = new ArrayList<>();
    upcallTypes.add("io.ffibind.internal.UpcallSlot");
    callback.parameters().forEach(p -> upcallTypes.add(UpcallEmitter.carrier(p.nativeType()).toString()));
    List<Method> methods = List.of(
        new Method(CallbackWriter.POINTER, List.of(iface, "java.lang.foreign.Arena")),
        new Method(CallbackWriter.WRAP, List.of("java.lang.foreign.MemorySegment")),
        new Method(UpcallEmitter.UPCALL, List.copyOf(upcallTypes)));
    Descriptor function = function(callback, structs);
    return file(
        "Generated by ffibind for callback " + callback.interfaceName() + ": the C function pointers its class "
            + callback.generatedName() + " calls (downcalls) and gives C (upcalls), and the methods Callbacks"
            + " and its upcall stubs reach reflectively.",
        generated, methods, List.of(function), List.of(function));
  }

  private static String file(
      String comment, String type, List<Method> methods, List<Descriptor> downcalls, List<Descriptor> upcalls) {
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"comment\": ").append(quote(comment)).append(",\n");
    sb.append("  \"reflection\": [\n");
    sb.append("    {\"type\": ").append(quote(type)).append(", \"methods\": [\n");
    sb.append(String.join(",\n", methods.stream().map(m -> "      " + m.json()).toList())).append("\n    ]}\n");
    sb.append("  ],\n");
    sb.append("  \"foreign\": {\n");
    array(sb, "downcalls", downcalls, !upcalls.isEmpty());
    if (!upcalls.isEmpty()) {
      array(sb, "upcalls", upcalls, false);
    }
    return sb.append("  }\n}\n").toString();
  }

  private static void array(StringBuilder sb, String name, List<Descriptor> descriptors, boolean more) {
    sb.append("    ").append(quote(name)).append(": [");
    for (int i = 0; i < descriptors.size(); i++) {
      sb.append(i == 0 ? "\n" : ",\n").append("      ").append(descriptors.get(i).json());
    }
    sb.append(descriptors.isEmpty() ? "]" : "\n    ]").append(more ? ",\n" : "\n");
  }

  private static String binaryName(String packageName, String nestedName) {
    return packageName.isEmpty() ? nestedName : packageName + "." + nestedName;
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return sb.append('"').toString();
  }
}
